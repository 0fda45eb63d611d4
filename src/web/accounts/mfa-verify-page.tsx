import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../platform/api';
import { describeError, fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { Loading } from '../shell/guards';
import { CODE_PATTERN } from './mfa-enrol-page';
import { fetchSession, pathForStage, storeSession, useSession } from './session';

type Method = 'code' | 'recoveryCode';

export function MfaVerifyPage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('mfaVerify.title'));
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [method, setMethod] = useState<Method>('code');
  const [value, setValue] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const verify = useMutation({
    mutationFn: (body: Partial<Record<Method, string>>) => api.post<{ ok: true }>('/api/auth/mfa/verify', body),
    onSuccess: async () => {
      const fresh = await fetchSession();
      storeSession(queryClient, fresh);
      navigate(pathForStage(fresh), { replace: true });
    },
    onError: () => focusFirstInvalid(formRef.current),
  });

  if (session.isPending) return <Loading />;
  if (session.data?.stage !== 'mfa-verify' && !verify.isPending) return <Navigate to={pathForStage(session.data ?? null)} replace />;

  const switchMethod = () => {
    setMethod(method === 'code' ? 'recoveryCode' : 'code');
    setValue('');
    setLocal({});
    verify.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = method === 'code' ? value.replace(/\s/g, '') : value.trim();
    const errors: FieldErrors = {};
    if (method === 'code' && !CODE_PATTERN.test(trimmed)) errors.code = t('errors.code');
    if (method === 'recoveryCode' && !trimmed) errors.recoveryCode = t('errors.required');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    verify.mutate({ [method]: trimmed });
  };

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('mfaVerify.title')}</h1>
      <p className="lede">{method === 'code' ? t('mfaVerify.introCode') : t('mfaVerify.introRecovery')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert message={verify.error ? describeError(t, verify.error) : null} />
        {method === 'code' ? (
          <Field
            key="code"
            label={t('fields.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            className="field--short"
            hint={t('fields.codeHint')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={fieldError(local, verify.error, 'code')}
            required
          />
        ) : (
          <Field
            key="recoveryCode"
            label={t('fields.recoveryCode')}
            name="recoveryCode"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={fieldError(local, verify.error, 'recoveryCode')}
            required
          />
        )}
        <SubmitButton pending={verify.isPending} pendingLabel={t('common:working')}>
          {t('mfaVerify.submit')}
        </SubmitButton>
      </form>
      <p>
        <button type="button" className="button button--link" onClick={switchMethod}>
          {method === 'code' ? t('mfaVerify.useRecovery') : t('mfaVerify.useCode')}
        </button>
      </p>
    </section>
  );
}
