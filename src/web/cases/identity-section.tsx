import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../platform/api';
import type { TFunction } from 'i18next';
import { describeFieldIssue, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation } from './api';
import { useCase } from './case-context';
import { splitLines } from './format';
import type { Identity } from './types';
import { caseErrorText, focusSoon, optional, TextAreaField, useAnnounce } from './ui';

function IdentityView({ identity }: { identity: Identity }) {
  const { t } = useTranslation('cases');
  const rows: [string, string | undefined][] = [
    ['names', identity.names.join(', ')],
    ['aliases', identity.aliases.join(', ')],
    ['dateOfBirth', identity.dateOfBirth],
    ['nationality', identity.nationality],
    ['phone', identity.contact.phone],
    ['email', identity.contact.email],
    ['address', identity.contact.address],
    ['otherContact', identity.contact.other],
    ['documentsHeld', identity.documentsHeld.join(', ')],
  ];
  return (
    <dl className="summary identity" id="identity-details" tabIndex={-1}>
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`identity.fields.${key}`)}</dt>
          <dd>{value || <span className="muted">{t('identity.notGiven')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

// The limits of identitySchema (src/cases/schemas.ts), so a field stops at its limit and says so before sending.
const LIMITS = {
  line: 200,
  names: 10,
  aliases: 20,
  documentsHeld: 30,
  dateOfBirth: 40,
  nationality: 100,
  phone: 100,
  email: 254,
  address: 500,
  otherContact: 500,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().\-/]{3,40}(?:\s*(?:ext\.?|x|poste)\s*\d{1,6})?$/i;

type IdentityFields = Record<'names' | 'aliases' | 'dateOfBirth' | 'nationality' | 'phone' | 'email' | 'address' | 'otherContact' | 'documentsHeld', string>;

/** The identity form's own checks, each worded for a person under its field. */
function identityProblems(t: TFunction, f: IdentityFields): FieldErrors {
  const errors: FieldErrors = {};
  for (const list of ['names', 'aliases', 'documentsHeld'] as const) {
    const lines = splitLines(f[list]);
    if (lines.length > LIMITS[list]) errors[list] = t('common:fieldProblems.too-many', { count: LIMITS[list] });
    else if (lines.some((line) => line.length > LIMITS.line)) errors[list] = t('identity.lineTooLong', { count: LIMITS.line });
  }
  const email = f.email.trim();
  if (email && !EMAIL.test(email)) errors.email = t('common:fieldProblems.not-an-email');
  const phone = f.phone.trim();
  if (phone && !(PHONE.test(phone) && /\d{3}/.test(phone.replace(/\D/g, '')))) errors.phone = t('common:fieldProblems.not-a-phone');
  return errors;
}

function IdentityForm({ initial, onDone, onCancel }: { initial: Identity | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [f, setF] = useState({
    names: initial?.names.join('\n') ?? '',
    aliases: initial?.aliases.join('\n') ?? '',
    dateOfBirth: initial?.dateOfBirth ?? '',
    nationality: initial?.nationality ?? '',
    phone: initial?.contact.phone ?? '',
    email: initial?.contact.email ?? '',
    address: initial?.contact.address ?? '',
    otherContact: initial?.contact.other ?? '',
    documentsHeld: initial?.documentsHeld.join('\n') ?? '',
  });
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value });
  const save = useCaseMutation(
    code,
    (identity: Identity) => casesApi.put(`${casesApi.base(code)}/identity`, identity),
    () => {
      announce(t('identity.saved'));
      onDone();
    },
    { header: true },
  );
  const [local, setLocal] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = identityProblems(t, f);
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    save.mutate({
      names: splitLines(f.names),
      aliases: splitLines(f.aliases),
      dateOfBirth: optional(f.dateOfBirth),
      nationality: optional(f.nationality),
      contact: { phone: optional(f.phone), email: optional(f.email), address: optional(f.address), other: optional(f.otherContact) },
      documentsHeld: splitLines(f.documentsHeld),
    });
  };
  // A server issue on a list item (names[3]) or a contact field (contact.email) shows under its field.
  const err = (field: string, path = field) => {
    if (local[field]) return local[field];
    const issue = isApiError(save.error)
      ? save.error.fields.find((x) => x.path === path || x.path.startsWith(`${path}[`) || x.path.startsWith(`${path}.`))
      : undefined;
    return issue ? describeFieldIssue(t, issue) : undefined;
  };
  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-labelledby="identity-form-heading">
      <h3 id="identity-form-heading" tabIndex={-1}>
        {t('identity.formHeading')}
      </h3>
      <p className="field__hint">{t('identity.formHint')}</p>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      <TextAreaField
        label={t('identity.fields.names')}
        name="names"
        rows={2}
        hint={t('identity.onePerLine')}
        value={f.names}
        onChange={set('names')}
        error={err('names')}
      />
      <TextAreaField
        label={t('identity.fields.aliases')}
        name="aliases"
        rows={2}
        hint={t('identity.onePerLine')}
        value={f.aliases}
        onChange={set('aliases')}
        error={err('aliases')}
      />
      <Field
        label={t('identity.fields.dateOfBirth')}
        name="dateOfBirth"
        hint={t('identity.dateOfBirthHint')}
        maxLength={LIMITS.dateOfBirth}
        value={f.dateOfBirth}
        onChange={set('dateOfBirth')}
        error={err('dateOfBirth')}
      />
      <Field
        label={t('identity.fields.nationality')}
        name="nationality"
        maxLength={LIMITS.nationality}
        value={f.nationality}
        onChange={set('nationality')}
        error={err('nationality')}
      />
      <Field
        label={t('identity.fields.phone')}
        name="phone"
        type="tel"
        autoComplete="off"
        maxLength={LIMITS.phone}
        value={f.phone}
        onChange={set('phone')}
        error={err('phone', 'contact.phone')}
      />
      <Field
        label={t('identity.fields.email')}
        name="email"
        type="email"
        autoComplete="off"
        maxLength={LIMITS.email}
        value={f.email}
        onChange={set('email')}
        error={err('email', 'contact.email')}
      />
      <TextAreaField
        label={t('identity.fields.address')}
        name="address"
        rows={2}
        maxLength={LIMITS.address}
        value={f.address}
        onChange={set('address')}
        error={err('address', 'contact.address')}
      />
      <Field
        label={t('identity.fields.otherContact')}
        name="otherContact"
        maxLength={LIMITS.otherContact}
        value={f.otherContact}
        onChange={set('otherContact')}
        error={err('otherContact', 'contact.other')}
      />
      <TextAreaField
        label={t('identity.fields.documentsHeld')}
        name="documentsHeld"
        rows={2}
        hint={t('identity.onePerLine')}
        value={f.documentsHeld}
        onChange={set('documentsHeld')}
        error={err('documentsHeld')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('identity.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Identity stays hidden until someone asks to see it; each reveal is written to the activity log. */
export function IdentitySection() {
  const { t } = useTranslation('cases');
  const { code, header, can } = useCase();
  const [editing, setEditing] = useState(false);
  const reveal = useMutation({
    mutationFn: () => api.post<{ identity: Identity | null }>(`${casesApi.base(code)}/identity/reveal`, {}),
    onSuccess: () => focusSoon('#identity-details'),
  });
  const revealed = reveal.data?.identity ?? null;
  const mayEdit = can['case:update'];
  const close = (focus: string) => {
    setEditing(false);
    reveal.reset();
    focusSoon(focus);
  };

  return (
    <section className="card" aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('identity.heading')}</h2>
      {editing ? (
        <IdentityForm initial={revealed} onDone={() => close('#identity-heading-action')} onCancel={() => close('#identity-heading-action')} />
      ) : header.identityRecorded && !revealed ? (
        <>
          <p>{t('identity.hidden')}</p>
          <p className="field__hint">{t('identity.revealExplains')}</p>
          <FormAlert message={reveal.error ? caseErrorText(t, reveal.error) : null} />
          <button
            type="button"
            id="identity-heading-action"
            className="button"
            onClick={() => reveal.mutate()}
            disabled={reveal.isPending || !can['case:reveal-identity']}
          >
            {t('identity.reveal')}
          </button>
        </>
      ) : revealed ? (
        <>
          <IdentityView identity={revealed} />
          <div className="actions">
            <button type="button" id="identity-heading-action" className="button" onClick={() => close('#identity-heading-action')}>
              {t('identity.hide')}
            </button>
            {mayEdit ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setEditing(true);
                  focusSoon('#identity-form-heading');
                }}
              >
                {t('identity.edit')}
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <>
          <p>{t('identity.none')}</p>
          {mayEdit ? (
            <button
              type="button"
              id="identity-heading-action"
              className="button"
              onClick={() => {
                setEditing(true);
                focusSoon('#identity-form-heading');
              }}
            >
              {t('identity.add')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
