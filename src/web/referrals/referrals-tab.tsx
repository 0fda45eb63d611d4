import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { CheckboxGroup, RadioGroup, TextAreaField, useAnnounce, focusSoon } from '../cases/ui';
import { isApiError } from '../platform/api';
import { describeError } from '../platform/errors';
import { Field, FormAlert, SelectField } from '../platform/form';
import { currentLanguage } from '../platform/i18n';
import { LoadFailed, Loading } from '../shell/guards';
import {
  NEXT_STATUSES,
  OUTCOMES,
  referralsApi,
  useReceived,
  useReferrals,
  useSendReferral,
  useSuggestions,
  useUpdateReferral,
  type DirectoryFilters,
  type Packet,
  type Referral,
  type SearchResult,
} from './api';
import { EntryCard, inLanguage } from './entry-card';
import { cleanFilters, Filters } from './filters';
import { PacketView } from './packet-view';
import './referrals.css';
import { formatDay } from '../platform/dates';

const CATEGORIES = ['identity', 'contact', 'narrative', 'immigration', 'employment', 'health', 'documents'] as const;
type Category = (typeof CATEGORIES)[number];

/** Choosing what leaves: categories, purpose, language; the preview is the packet that would be sent. */
function ReferralForm({ result, onClose }: { result: SearchResult; onClose: () => void }) {
  const { t } = useTranslation('referrals');
  const { code } = useCase();
  const announce = useAnnounce();
  const lang = currentLanguage();
  const [categories, setCategories] = useState<Category[]>([]);
  const [purpose, setPurpose] = useState('');
  const [language, setLanguage] = useState<'en' | 'fr'>(lang);
  const [preview, setPreview] = useState<Packet | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const send = useSendReferral(code, () => {
    announce(t('send.sent'));
    onClose();
    focusSoon('#case-referrals-heading');
  });
  const body = () => ({ entryId: result.entry.id, categories, purpose: purpose.trim(), language });
  const errorText = (error: unknown) => {
    if (isApiError(error, 'consent-required'))
      return t('send.consentMissing', {
        recipient: inLanguage(result.entry.name, lang),
        categories: (error.fieldMessage('consent.categories') ?? '')
          .split(',')
          .filter(Boolean)
          .map((c) => t(`categories.${c}`))
          .join(', '),
      });
    return describeError(t, error);
  };
  const showPreview = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!purpose.trim()) return setProblem(new Error(t('send.purposeRequired')));
    try {
      setPreview((await referralsApi.preview(code, body())).packet);
      focusSoon('#referral-preview-heading');
    } catch (error) {
      setProblem(error);
    }
  };
  const change =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPreview(null);
    };
  return (
    <form className="stack card" onSubmit={showPreview} noValidate aria-labelledby="referral-form-heading">
      <h3 id="referral-form-heading" tabIndex={-1}>
        {t('send.heading', { name: inLanguage(result.entry.name, lang) })}
      </h3>
      {result.entry.confirmBeforeReferring ? <p className="notice">{t('entry.confirm')}</p> : null}
      <FormAlert
        message={
          problem ? (problem instanceof Error && !isApiError(problem) ? problem.message : errorText(problem)) : send.error ? errorText(send.error) : null
        }
      />
      <CheckboxGroup
        legend={t('send.categories')}
        hint={t('send.categoriesHint')}
        name="categories"
        options={CATEGORIES}
        label={(c) => t(`categories.${c}`)}
        values={categories}
        onChange={change(setCategories)}
      />
      <TextAreaField
        label={t('send.purpose')}
        name="purpose"
        rows={3}
        hint={t('send.purposeHint')}
        value={purpose}
        onChange={(e) => change(setPurpose)(e.target.value)}
      />
      <RadioGroup
        legend={t('send.language')}
        name="language"
        options={['en', 'fr'] as const}
        label={(l) => t(`languages.${l}`)}
        value={language}
        onChange={change(setLanguage)}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('send.preview')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('send.cancel')}
        </button>
      </div>
      {preview ? (
        <>
          <PacketView packet={preview} headingId="referral-preview-heading" />
          <div className="actions">
            <SubmitButtonLike pending={send.isPending} onClick={() => send.mutate(body())} label={t('send.send')} pendingLabel={t('common:working')} />
          </div>
        </>
      ) : null}
    </form>
  );
}

function SubmitButtonLike({ pending, onClick, label, pendingLabel }: { pending: boolean; onClick: () => void; label: string; pendingLabel: string }) {
  return (
    <button type="button" className="button button--primary" disabled={pending} aria-busy={pending} onClick={onClick}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/** Recording the next step of a referral: the status (the receiving organisation answers for itself inside Harbour), an outcome, a follow-up date. */
function TrackForm({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const { code } = useCase();
  const announce = useAnnounce();
  const next = (NEXT_STATUSES[referral.status] ?? []).filter((s) => !referral.inHarbour || s === 'outcome');
  const [status, setStatus] = useState('');
  const [outcome, setOutcome] = useState<string>(OUTCOMES[0]);
  const [followUpOn, setFollowUpOn] = useState(referral.followUpOn ?? '');
  const update = useUpdateReferral(code, referral.id, () => announce(t('track.saved')));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ ...(status ? { status } : {}), ...(status === 'outcome' ? { outcome } : {}), followUpOn: followUpOn || null });
  };
  return (
    <form className="referral-track" onSubmit={submit} noValidate aria-label={t('track.label')}>
      <FormAlert message={update.error ? describeError(t, update.error) : null} />
      {next.length > 0 ? (
        <SelectField label={t('track.status')} name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('track.unchanged')}</option>
          {next.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {status === 'outcome' ? (
        <SelectField label={t('track.outcome')} name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Field label={t('track.followUp')} name="followUpOn" type="date" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} />
      <button type="submit" className="button" disabled={update.isPending}>
        {t('track.save')}
      </button>
    </form>
  );
}

function CaseReferrals() {
  const { t } = useTranslation('referrals');
  const { code } = useCase();
  const lang = currentLanguage();
  const referrals = useReferrals(code);
  const mayTrack = useCase().can.write('team');
  return (
    <section aria-labelledby="case-referrals-heading" className="stack">
      <h2 id="case-referrals-heading" tabIndex={-1}>
        {t('case.listHeading')}
      </h2>
      {referrals.isPending ? <Loading /> : null}
      {referrals.isError ? <LoadFailed error={referrals.error} /> : null}
      {referrals.data?.length === 0 ? <p className="muted">{t('case.none')}</p> : null}
      <ul className="referral-list">
        {referrals.data?.map((r) => (
          <li key={r.id} className="card">
            <h3>{r.entryName ? inLanguage(r.entryName, lang) : r.entryId}</h3>
            <p>
              <strong>{t(`status.${r.status}`)}</strong> · {r.categories.map((c) => t(`categories.${c}`)).join(', ') || t('packet.nothingShared')}
            </p>
            {r.followUpOn ? <p>{t('case.followUp', { date: formatDay(r.followUpOn) })}</p> : null}
            {r.consent === 'ended' ? <p className="notice notice--problem">{t('case.consentEnded')}</p> : null}
            {mayTrack ? <TrackForm referral={r} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Received() {
  const { t } = useTranslation('referrals');
  const { code } = useCase();
  const received = useReceived(code);
  if (!received.data?.length) return null;
  return (
    <section aria-labelledby="received-heading" className="stack">
      <h2 id="received-heading">{t('received.heading')}</h2>
      {received.data.map((r) =>
        r.packet ? (
          <PacketView key={r.id} packet={r.packet} headingId={`received-${r.id}`} />
        ) : (
          <p key={r.id} className="notice notice--problem">
            {t('received.ended')}
          </p>
        ),
      )}
    </section>
  );
}

/** The case's Referrals tab: find a service for this client, pick what to share, see it, send, track. */
export function ReferralsTab() {
  const { t } = useTranslation('referrals');
  const { code, can } = useCase();
  const [filters, setFilters] = useState<DirectoryFilters>({});
  const [chosen, setChosen] = useState<SearchResult | null>(null);
  const suggestions = useSuggestions(code, cleanFilters(filters));
  const mayRefer = can.write('team');
  return (
    <div className="stack">
      <Received />
      <CaseReferrals />
      <section aria-labelledby="find-service-heading" className="stack">
        <h2 id="find-service-heading">{t('case.findHeading')}</h2>
        <p className="muted">{t('case.findIntro')}</p>
        {suggestions.data?.needs.length ? <p>{t('case.needs', { needs: suggestions.data.needs.map((n) => t(`services.${n.service}`)).join(', ') })}</p> : null}
        <Filters value={filters} onChange={setFilters} />
        {chosen ? <ReferralForm result={chosen} onClose={() => setChosen(null)} /> : null}
        {suggestions.isPending ? <Loading /> : null}
        {suggestions.isError ? <LoadFailed error={suggestions.error} /> : null}
        <ul className="referral-list">
          {suggestions.data?.results.map((r) => (
            <EntryCard
              key={r.entry.id}
              result={r}
              action={
                mayRefer ? (
                  <button type="button" className="button" onClick={() => setChosen(r)}>
                    {t('case.refer')}
                  </button>
                ) : null
              }
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
