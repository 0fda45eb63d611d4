import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { pathForStage, useSession } from '../accounts/session';
import { describeError } from '../platform/errors';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--problem" role="alert">
      <p>{describeError(t, error)}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

/** Renders child routes only for a signed-in person who has finished two-step verification. */
export function RequireActive() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadFailed error={session.error} />;
  if (session.data?.stage !== 'active') {
    return <Navigate to={pathForStage(session.data)} replace state={{ from: location.pathname }} />;
  }
  return <Outlet />;
}

/** Renders children only for a person who holds the admin duty (role 'admin', or beside a practice role). */
export function RequireAdminDuty({ children }: { children: ReactNode }) {
  return useSession().data?.user.isAdmin ? <>{children}</> : <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
    </section>
  );
}
