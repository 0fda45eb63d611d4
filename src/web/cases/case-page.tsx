import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useSession } from '../accounts/session';
import { isApiError } from '../platform/api';
import type { CaseTab } from '../shell/capability';
import { useDocumentTitle } from '../shell/document-title';
import { Loading } from '../shell/guards';
import { useCaseHeader, useTeam } from './api';
import { BreakGlassRequest } from './break-glass';
import { ReassignForm } from './reassign-form';
import { CaseHeaderView } from './case-header';
import type { CaseContext } from './case-context';
import { permissionsFor, type CasePermissions } from './permissions';
import { AnnouncerProvider, CaseProblem } from './ui';

interface TabLink {
  id: string;
  to: string;
  label: string;
}

/**
 * The case page's own tabs in two groups: the work (overview, sittings, story, dates), which the
 * contributed work tabs (screening, remedies, plan…) follow, then the keeping of the file
 * (consents, team, activity, closing), so the daily work comes first (issue 18).
 */
function ownTabs(can: CasePermissions, isAdmin: boolean): { work: TabLink[]; keeping: TabLink[] } {
  const work = [
    { id: 'overview', to: '', label: 'cases:tabs.overview' },
    { id: 'sittings', to: 'sittings', label: 'cases:tabs.sittings' },
    { id: 'story', to: 'story', label: 'cases:tabs.story', show: can.read('team') },
    { id: 'dates', to: 'dates', label: 'calendar:tab' },
  ];
  const keeping = [
    { id: 'consents', to: 'consents', label: 'cases:tabs.consents' },
    { id: 'team', to: 'team', label: 'cases:tabs.team' },
    { id: 'activity', to: 'activity', label: 'cases:tabs.activity', show: can['case:read-audit'] },
    { id: 'closing', to: 'closing', label: 'cases:tabs.closing', show: can['case:close'] || can['case:delete'] || isAdmin },
  ];
  const shown = (tabs: (TabLink & { show?: boolean })[]) => tabs.filter((tab) => tab.show !== false);
  return { work: shown(work), keeping: shown(keeping) };
}

/** A tab another capability contributed; the page around it has already checked the case. */
export function ContributedTab({ tab }: { tab: CaseTab }) {
  return <div className="case-tab">{tab.element}</div>;
}

/** After switching tabs, move focus to the tab's heading (after the layout has focused the page's h1). */
function useFocusTabHeading() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => document.querySelector<HTMLElement>('.case-tab h2[tabindex="-1"]')?.focus(), 30);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}

/** The case page: its own tabs, then the tabs other capabilities contributed. */
export function CasePage({ contributed }: { contributed: readonly CaseTab[] }) {
  const { t } = useTranslation('cases');
  const code = (useParams().code ?? '').toUpperCase();
  const session = useSession().data;
  const header = useCaseHeader(code);
  const team = useTeam(code, header.isSuccess);
  useDocumentTitle(t('case.title', { code }));
  useFocusTabHeading();

  if (header.isPending) return <Loading />;
  if (header.isError || !session) {
    const adminLockedOut = session?.user.role === 'admin' && isApiError(header.error, 'forbidden');
    return (
      <section className="page">
        <h1 tabIndex={-1}>{adminLockedOut ? t('breakGlass.title', { code }) : t('case.unavailable')}</h1>
        {adminLockedOut ? <BreakGlassRequest code={code} /> : <CaseProblem error={header.error} />}
        {adminLockedOut ? <ReassignForm code={code} /> : null}
        <p>
          <Link to="/cases">{t('list.back')}</Link>
        </p>
      </section>
    );
  }

  const viewer = { userId: session.user.id, role: session.user.role };
  const can = permissionsFor(header.data, viewer, team.data?.team);
  const contributedLinks = contributed
    .filter((tab) => !tab.roles || tab.roles.includes(session.user.role))
    .map((tab) => ({ id: tab.id, to: tab.path, label: tab.label }));
  const context: CaseContext = { code, header: header.data, team: team.data?.team, can, viewer };
  const own = ownTabs(can, session.user.role === 'admin');

  return (
    <AnnouncerProvider>
      <section className="page case-page">
        <CaseHeaderView header={header.data} />
        <nav className="case-tabs" aria-label={t('tabs.label')}>
          <ul>
            {[...own.work, ...contributedLinks, ...own.keeping].map((tab) => (
              <li key={tab.id}>
                <NavLink to={tab.to ? `/cases/${code}/${tab.to}` : `/cases/${code}`} end={!tab.to}>
                  {t(tab.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <Outlet context={context} />
      </section>
    </AnnouncerProvider>
  );
}
