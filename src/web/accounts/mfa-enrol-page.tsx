import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../platform/api';
import { describeError, fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { fetchSession, pathForStage, storeSession, useSession } from './session';
import { QrCode } from './qr-code';
import { RecoveryCodes } from './recovery-codes';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", easier to read aloud and type. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export const CODE_PATTERN = /^\d{6}$/;

export function MfaEnrolPage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('mfaEnrol.title'));
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const inEnrolStage = session.data?.stage === 'mfa-enrol';
  // A query (not an effect) so the secret is requested once, even when React renders twice.
  const enrolment = useQuery({
    queryKey: ['mfa-enrolment', session.data?.user.id],
    queryFn: () => api.post<{ secret: string; otpauthUri: string }>('/api/auth/mfa/enrolment'),
    enabled: inEnrolStage && recoveryCodes === null,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: (value: string) => api.post<{ recoveryCodes: string[] }>('/api/auth/mfa/enrolment/confirm', { code: value }),
    onSuccess: (result) => {
      queryClient.removeQueries({ queryKey: ['mfa-enrolment'] });
      setRecoveryCodes(result.recoveryCodes);
    },
    onError: () => focusFirstInvalid(formRef.current),
  });

  // The session is already active once codes are shown; only move on when the person says so.
  if (recoveryCodes) {
    return (
      <RecoveryCodes
        codes={recoveryCodes}
        onDone={async () => {
          storeSession(queryClient, await fetchSession());
          navigate('/', { replace: true });
        }}
      />
    );
  }
  if (session.isPending) return <Loading />;
  if (!inEnrolStage) return <Navigate to={pathForStage(session.data ?? null)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = code.replace(/\s/g, '');
    const errors: FieldErrors = CODE_PATTERN.test(normalised) ? {} : { code: t('errors.code') };
    setLocal(errors);
    if (errors.code) return focusFirstInvalid(formRef.current);
    confirm.mutate(normalised);
  };

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('mfaEnrol.title')}</h1>
      <p className="lede">{t('mfaEnrol.intro')}</p>
      {enrolment.isPending ? <Loading /> : null}
      {enrolment.isError ? <LoadFailed error={enrolment.error} /> : null}
      {enrolment.data ? (
        <ol className="steps">
          <li>
            <h2>{t('mfaEnrol.step1')}</h2>
            <p>{t('mfaEnrol.step1Body')}</p>
          </li>
          <li>
            <h2>{t('mfaEnrol.step2')}</h2>
            <div className="mfa-setup">
              <figure className="mfa-setup__qr">
                <QrCode text={enrolment.data.otpauthUri} label={t('mfaEnrol.qrLabel')} />
                <figcaption className="muted">{t('mfaEnrol.qrCaption')}</figcaption>
              </figure>
              <div>
                <p>{t('mfaEnrol.secretLabel')}</p>
                <p className="secret" data-testid="mfa-secret">
                  {groupSecret(enrolment.data.secret)}
                </p>
              </div>
            </div>
            <p className="muted">
              {t('mfaEnrol.uriHint')} <a href={enrolment.data.otpauthUri}>{t('mfaEnrol.uriLink')}</a>
            </p>
          </li>
          <li>
            <h2>{t('mfaEnrol.step3')}</h2>
            <form ref={formRef} onSubmit={submit} noValidate className="stack">
              <FormAlert message={confirm.error ? describeError(t, confirm.error) : null} />
              <Field
                label={t('fields.code')}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                className="field--short"
                hint={t('fields.codeHint')}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                error={fieldError(local, confirm.error, 'code')}
                required
              />
              <SubmitButton pending={confirm.isPending} pendingLabel={t('common:working')}>
                {t('mfaEnrol.submit')}
              </SubmitButton>
            </form>
          </li>
        </ol>
      ) : null}
    </section>
  );
}
