import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../accounts/session';
import { formatDay, formatInstant, splitLines } from '../cases/format';
import { LanguagesField } from '../cases/languages-field';
import { CheckboxGroup, RadioGroup, TextAreaField } from '../cases/ui';
import { isApiError } from '../platform/api';
import { describeError, describeFieldIssue, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useEntry, useEntryChanges, useSaveEntry, type EntryBody, type ListedEntry, type Visibility } from './api';
import { KINDS, SERVICES } from './filters';
import './referrals.css';

// An organisation's own entry of the directory: added and edited here by its practitioners and
// admins (the API's rule); sharing one with the whole instance is an admin's choice. Every save
// is a dated, attributed review, listed under the form.

export const ENTRY_EDITORS = ['lawyer', 'legal-worker', 'support-worker', 'admin'] as const;
const JURISDICTIONS = ['CA', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
const AGES = ['', 'adults', 'youth', 'children-and-youth'] as const;
type Answer = 'yes' | 'no' | 'unknown';
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];
const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Draft {
  nameEn: string;
  nameFr: string;
  kinds: string[];
  services: string[];
  jurisdictions: string[];
  regions: string;
  languages: string[];
  statusRequired: Answer;
  genders: string;
  ages: (typeof AGES)[number];
  sectors: string;
  phone: string;
  email: string;
  website: string;
  hoursEn: string;
  hoursFr: string;
  safetyEn: string;
  safetyFr: string;
  accepts: Answer;
  sourceUrl: string;
  sourceTitle: string;
  visibility: Visibility;
  receivesHere: boolean;
}

const EMPTY: Draft = {
  nameEn: '',
  nameFr: '',
  kinds: [],
  services: [],
  jurisdictions: [],
  regions: '',
  languages: [],
  statusRequired: 'unknown',
  genders: '',
  ages: '',
  sectors: '',
  phone: '',
  email: '',
  website: '',
  hoursEn: '',
  hoursFr: '',
  safetyEn: '',
  safetyFr: '',
  accepts: 'unknown',
  sourceUrl: '',
  sourceTitle: '',
  visibility: 'organisation',
  receivesHere: false,
};

const answerOf = (value: boolean | null): Answer => (value === null ? 'unknown' : value ? 'yes' : 'no');
const booleanOf = (answer: Answer) => (answer === 'unknown' ? null : answer === 'yes');
const orNull = (text: string) => text.trim() || null;
const bilingual = (en: string, fr: string) => (en.trim() ? { en: en.trim(), fr: orNull(fr) } : null);

function draftOf(listed: ListedEntry): Draft {
  const e = listed.entry;
  return {
    nameEn: e.name.en,
    nameFr: e.name.fr ?? '',
    kinds: e.kinds,
    services: e.services,
    jurisdictions: e.jurisdictions,
    regions: e.regions.join('\n'),
    languages: e.languages,
    statusRequired: answerOf(e.serves.statusRequired),
    genders: (e.serves.genders ?? []).join('\n'),
    ages: e.serves.ages ?? '',
    sectors: e.serves.sectors.join('\n'),
    phone: e.contact.phone ?? '',
    email: e.contact.email ?? '',
    website: e.contact.website ?? '',
    hoursEn: e.contact.hours?.en ?? '',
    hoursFr: e.contact.hours?.fr ?? '',
    safetyEn: e.safetyNotes?.en ?? '',
    safetyFr: e.safetyNotes?.fr ?? '',
    accepts: answerOf(e.acceptsLawyerReferrals),
    sourceUrl: e.sources[0]?.url ?? '',
    sourceTitle: e.sources[0]?.title ?? '',
    visibility: listed.visibility ?? 'organisation',
    receivesHere: listed.inHarbour,
  };
}

/** The body the API takes; sources after the first (from an import) are kept as they were. */
function bodyOf(d: Draft, before: ListedEntry | undefined): EntryBody {
  const genders = splitLines(d.genders);
  const source = d.sourceUrl.trim() ? [{ url: d.sourceUrl.trim(), title: d.sourceTitle.trim(), covers: before?.entry.sources[0]?.covers ?? [] }] : [];
  return {
    entry: {
      name: { en: d.nameEn.trim(), fr: orNull(d.nameFr) },
      kinds: d.kinds,
      services: d.services,
      jurisdictions: d.jurisdictions,
      regions: splitLines(d.regions),
      languages: d.languages,
      serves: { statusRequired: booleanOf(d.statusRequired), genders: genders.length ? genders : null, ages: d.ages || null, sectors: splitLines(d.sectors) },
      contact: { phone: orNull(d.phone), website: orNull(d.website), email: orNull(d.email), hours: bilingual(d.hoursEn, d.hoursFr) },
      safetyNotes: bilingual(d.safetyEn, d.safetyFr),
      acceptsLawyerReferrals: booleanOf(d.accepts),
      sources: [...source, ...(before?.entry.sources.slice(1) ?? [])],
      confirmBeforeReferring: before?.entry.confirmBeforeReferring ?? true,
    },
    visibility: d.visibility,
    receivesReferralsHere: d.receivesHere,
  };
}

/** Where the server's field paths (entry.contact.website, entry.regions[2] …) show in this form. */
const SERVER_PATHS: Record<string, string> = {
  'entry.name.en': 'nameEn',
  'entry.name.fr': 'nameFr',
  'entry.kinds': 'kinds',
  'entry.services': 'services',
  'entry.jurisdictions': 'jurisdictions',
  'entry.regions': 'regions',
  'entry.languages': 'languages',
  'entry.serves.genders': 'genders',
  'entry.serves.sectors': 'sectors',
  'entry.serves.ages': 'ages',
  'entry.contact.phone': 'phone',
  'entry.contact.email': 'email',
  'entry.contact.website': 'website',
  'entry.contact.hours.en': 'hoursEn',
  'entry.contact.hours.fr': 'hoursFr',
  'entry.safetyNotes.en': 'safetyEn',
  'entry.safetyNotes.fr': 'safetyFr',
  'entry.sources[0].url': 'sourceUrl',
  'entry.sources[0].title': 'sourceTitle',
  visibility: 'visibility',
};

function fieldOfServerPath(path: string): string | undefined {
  for (const [prefix, field] of Object.entries(SERVER_PATHS))
    if (path === prefix || path.startsWith(`${prefix}[`) || path.startsWith(`${prefix}.`)) return field;
  return undefined;
}

/** Add a local entry (/directory/new) or edit one (/directory/:id/edit), with its history. */
export function EntryFormPage() {
  const { id = null } = useParams();
  const existing = useEntry(id);
  if (id === null) return <EntryForm key="new" before={undefined} />;
  if (existing.isPending) return <Loading />;
  if (existing.isError) return <LoadFailed error={existing.error} />;
  return <EntryForm key={id} before={existing.data} />;
}

function EntryForm({ before }: { before: ListedEntry | undefined }) {
  const { t } = useTranslation('referrals');
  const session = useSession().data;
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const id = before?.entry.id ?? null;
  const title = id ? t('form.editTitle', { name: before!.entry.name.en }) : t('form.addTitle');
  useDocumentTitle(title);
  const [draft, setDraft] = useState<Draft>(before ? draftOf(before) : EMPTY);
  const [local, setLocal] = useState<FieldErrors>({});
  // Just added: the page moved to the entry's own address, and says so there.
  const justAdded = (useLocation().state as { added?: boolean } | null)?.added === true;
  const [saved, setSaved] = useState<string | null>(justAdded ? t('form.added') : null);
  const save = useSaveEntry(id, (entry) => {
    if (id) setSaved(t('form.saved'));
    else void navigate(`/directory/${encodeURIComponent(entry.entry.id)}/edit`, { state: { added: true } });
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(null);
  };
  const mayEdit = !before || before.mine;
  const isAdmin = session?.user.isAdmin ?? false;

  const err = (field: string): string | undefined => {
    if (local[field]) return local[field];
    if (!isApiError(save.error)) return undefined;
    const issue = save.error.fields.find((f) => fieldOfServerPath(f.path) === field);
    return issue ? describeFieldIssue(t, issue) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!draft.nameEn.trim()) errors.nameEn = t('form.errors.nameRequired');
    if (draft.kinds.length === 0) errors.kinds = t('form.errors.kindRequired');
    if (draft.jurisdictions.length === 0) errors.jurisdictions = t('form.errors.provinceRequired');
    if (draft.website.trim() && !WEB_ADDRESS.test(draft.website.trim())) errors.website = t('form.errors.webAddress');
    if (draft.email.trim() && !EMAIL.test(draft.email.trim())) errors.email = t('form.errors.email');
    if (draft.sourceUrl.trim() && !WEB_ADDRESS.test(draft.sourceUrl.trim())) errors.sourceUrl = t('form.errors.webAddress');
    if (draft.sourceUrl.trim() && !draft.sourceTitle.trim()) errors.sourceTitle = t('form.errors.sourceTitle');
    if (!draft.hoursEn.trim() && draft.hoursFr.trim()) errors.hoursEn = t('form.errors.englishFirst');
    if (!draft.safetyEn.trim() && draft.safetyFr.trim()) errors.safetyEn = t('form.errors.englishFirst');
    setLocal(errors);
    setSaved(null);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    save.mutate(bodyOf(draft, before), { onError: () => focusFirstInvalid(formRef.current) });
  };

  const problem = save.error ? (isApiError(save.error, 'forbidden') ? t('form.errors.forbidden') : describeError(t, save.error)) : null;

  return (
    <div className="stack">
      <p>
        <Link to="/directory">{t('form.back')}</Link>
      </p>
      <h1>{title}</h1>
      {mayEdit ? (
        <>
          <p className="muted">{t('form.intro')}</p>
          <form ref={formRef} className="stack card referral-entry-form" onSubmit={submit} noValidate aria-label={title}>
            <FormAlert message={problem} />
            <FormAlert message={saved} tone="success" />
            <fieldset>
              <legend>{t('form.sections.name')}</legend>
              <Field label={t('form.nameEn')} name="nameEn" value={draft.nameEn} onChange={(e) => set('nameEn', e.target.value)} error={err('nameEn')} />
              <Field
                label={t('form.nameFr')}
                name="nameFr"
                hint={t('form.optional')}
                value={draft.nameFr}
                onChange={(e) => set('nameFr', e.target.value)}
                error={err('nameFr')}
              />
            </fieldset>
            <CheckboxGroup
              legend={t('form.kinds')}
              name="kinds"
              options={KINDS}
              label={(k) => t(`kinds.${k}`)}
              values={draft.kinds}
              onChange={(v) => set('kinds', v)}
              error={err('kinds')}
            />
            <CheckboxGroup
              legend={t('form.services')}
              name="services"
              options={SERVICES}
              label={(s) => t(`services.${s}`)}
              values={draft.services}
              onChange={(v) => set('services', v)}
              error={err('services')}
            />
            <CheckboxGroup
              legend={t('form.jurisdictions')}
              name="jurisdictions"
              options={JURISDICTIONS}
              label={(j) => t(`provinces.${j}`)}
              values={draft.jurisdictions}
              onChange={(v) => set('jurisdictions', v)}
              error={err('jurisdictions')}
            />
            <TextAreaField
              label={t('form.regions')}
              name="regions"
              hint={t('form.onePerLine')}
              value={draft.regions}
              onChange={(e) => set('regions', e.target.value)}
              error={err('regions')}
            />
            <LanguagesField value={draft.languages} onChange={(v) => set('languages', v)} error={err('languages')} />
            <fieldset>
              <legend>{t('form.sections.served')}</legend>
              <RadioGroup
                legend={t('form.statusRequired')}
                name="statusRequired"
                options={ANSWERS}
                label={(a) => t(`form.statusAnswers.${a}`)}
                value={draft.statusRequired}
                onChange={(v) => set('statusRequired', v)}
              />
              <SelectField
                label={t('form.ages')}
                name="ages"
                value={draft.ages}
                onChange={(e) => set('ages', e.target.value as Draft['ages'])}
                error={err('ages')}
              >
                {AGES.map((a) => (
                  <option key={a} value={a}>
                    {t(`form.ageOptions.${a || 'any'}`)}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                label={t('form.genders')}
                name="genders"
                hint={t('form.gendersHint')}
                value={draft.genders}
                onChange={(e) => set('genders', e.target.value)}
                error={err('genders')}
              />
              <TextAreaField
                label={t('form.sectors')}
                name="sectors"
                hint={t('form.onePerLine')}
                value={draft.sectors}
                onChange={(e) => set('sectors', e.target.value)}
                error={err('sectors')}
              />
            </fieldset>
            <fieldset>
              <legend>{t('form.sections.reach')}</legend>
              <Field label={t('form.phone')} name="phone" type="tel" value={draft.phone} onChange={(e) => set('phone', e.target.value)} error={err('phone')} />
              <Field
                label={t('form.email')}
                name="email"
                type="email"
                value={draft.email}
                onChange={(e) => set('email', e.target.value)}
                error={err('email')}
              />
              <Field
                label={t('form.website')}
                name="website"
                type="url"
                hint={t('form.webAddressHint')}
                value={draft.website}
                onChange={(e) => set('website', e.target.value)}
                error={err('website')}
              />
              <Field label={t('form.hoursEn')} name="hoursEn" value={draft.hoursEn} onChange={(e) => set('hoursEn', e.target.value)} error={err('hoursEn')} />
              <Field label={t('form.hoursFr')} name="hoursFr" value={draft.hoursFr} onChange={(e) => set('hoursFr', e.target.value)} error={err('hoursFr')} />
              <TextAreaField
                label={t('form.safetyEn')}
                name="safetyEn"
                hint={t('form.safetyHint')}
                value={draft.safetyEn}
                onChange={(e) => set('safetyEn', e.target.value)}
                error={err('safetyEn')}
              />
              <TextAreaField
                label={t('form.safetyFr')}
                name="safetyFr"
                value={draft.safetyFr}
                onChange={(e) => set('safetyFr', e.target.value)}
                error={err('safetyFr')}
              />
              <RadioGroup
                legend={t('form.accepts')}
                name="accepts"
                options={ANSWERS}
                label={(a) => t(`form.answers.${a}`)}
                value={draft.accepts}
                onChange={(v) => set('accepts', v)}
              />
            </fieldset>
            <fieldset>
              <legend>{t('form.sections.source')}</legend>
              <Field
                label={t('form.sourceUrl')}
                name="sourceUrl"
                type="url"
                hint={t('form.sourceHint')}
                value={draft.sourceUrl}
                onChange={(e) => set('sourceUrl', e.target.value)}
                error={err('sourceUrl')}
              />
              <Field
                label={t('form.sourceTitle')}
                name="sourceTitle"
                value={draft.sourceTitle}
                onChange={(e) => set('sourceTitle', e.target.value)}
                error={err('sourceTitle')}
              />
            </fieldset>
            <RadioGroup
              legend={t('form.visibility')}
              name="visibility"
              hint={isAdmin ? undefined : t('form.visibilityAdminOnly')}
              options={isAdmin || draft.visibility === 'instance' ? (['organisation', 'instance'] as const) : (['organisation'] as const)}
              label={(v) => t(`form.visibilities.${v}`)}
              value={draft.visibility}
              onChange={(v) => set('visibility', v)}
              error={err('visibility')}
            />
            <label className="choice">
              <input type="checkbox" name="receivesHere" checked={draft.receivesHere} onChange={(e) => set('receivesHere', e.target.checked)} />
              {t('form.receivesHere')}
            </label>
            <div className="actions">
              <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
                {id ? t('form.save') : t('form.add')}
              </SubmitButton>
            </div>
          </form>
        </>
      ) : (
        <p className="notice">{t('form.notMine')}</p>
      )}
      {id ? <ChangeHistory id={id} /> : null}
    </div>
  );
}

/** The entry's reviewed, dated changes, newest first. */
function ChangeHistory({ id }: { id: string }) {
  const { t } = useTranslation('referrals');
  const changes = useEntryChanges(id);
  return (
    <section aria-labelledby="entry-history-heading" className="stack">
      <h2 id="entry-history-heading">{t('history.heading')}</h2>
      {changes.isPending ? <Loading /> : null}
      {changes.isError ? <LoadFailed error={changes.error} /> : null}
      {changes.data && changes.data.length === 0 ? <p className="muted">{t('history.none')}</p> : null}
      {changes.data && changes.data.length > 0 ? (
        <ol className="referral-history">
          {[...changes.data].reverse().map((c) => (
            <li key={c.at}>
              <p>
                <time dateTime={c.at}>{formatInstant(c.at)}</time> — {c.changed.map((k) => t(`history.fields.${k}`, { defaultValue: k })).join(', ')}
              </p>
              <p className="muted">{t(c.by ? 'history.reviewedBy' : 'history.reviewed', { date: formatDay(c.reviewedOn), name: c.by })}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
