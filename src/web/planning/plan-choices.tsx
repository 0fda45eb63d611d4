import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { formatLongDay } from '../calendar/model';
import { caseErrorText, RadioGroup } from '../cases/ui';
import { isApiError, request } from '../platform/api';
import { FormAlert, SubmitButton } from '../platform/form';
import { currentLanguage } from '../platform/i18n';
import { useSaveFacts, type LegalView } from '../screening/case-data';

// The practitioner's two choices on the plan tab: the client's tolerance for risk (a case fact,
// saved through the facts' partial update, so nothing else is touched) and the plan adopted for
// the case (PUT …/plan/adopted, naming the plan by the key the legal view gave it). Both are
// offered only to those who may write the case; the options sheet follows the adopted plan.

const TOLERANCES = ['low', 'medium', 'high'] as const;
type Tolerance = (typeof TOLERANCES)[number];
type Plan = LegalView['plans'][number];
type Adoption = LegalView['adoption'];

/** "Plan adopted on …", or that the adopted plan no longer exists and the recommended plan applies. */
export function AdoptionNotice({ adoption }: { adoption: Adoption }) {
  const { t } = useTranslation('planning');
  const day = (d: string) => formatLongDay(d, currentLanguage());
  if (adoption.status === 'none') return <p className="muted">{t('choices.noneAdopted')}</p>;
  if (adoption.status === 'gone')
    return (
      <div className="notice" role="status">
        <p>
          <strong>{t('choices.goneTitle')}</strong>
        </p>
        <p>{t('choices.gone', { date: day(adoption.on), strategy: adoption.strategy })}</p>
      </div>
    );
  return (
    <p className="notice" role="status">
      {adoption.index === 0
        ? t('choices.adoptedRecommended', { date: day(adoption.on) })
        : t('choices.adoptedAlternative', { n: adoption.index, date: day(adoption.on) })}
    </p>
  );
}

/** The client's tolerance for risk: the plans are ranked by it. */
export function RiskToleranceForm({ value }: { value: Tolerance | null }) {
  const { t } = useTranslation('planning');
  const { t: tc } = useTranslation('cases');
  const { code, can } = useCase();
  const save = useSaveFacts(code);
  const [choice, setChoice] = useState<Tolerance | null>(value);
  const [saved, setSaved] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  if (!can.write('team'))
    return <p className="muted">{t('choices.toleranceIs', { tolerance: value ? t(`choices.tolerances.${value}`) : t('choices.toleranceUnset') })}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!choice);
    if (!choice) return;
    setSaved(null);
    save.mutate({ riskTolerance: choice }, { onSuccess: () => setSaved(t('choices.toleranceSaved', { tolerance: t(`choices.tolerances.${choice}`) })) });
  };
  return (
    <form className="stack card plan-choice" onSubmit={submit} noValidate aria-labelledby="tolerance-heading">
      <h3 id="tolerance-heading">{t('choices.toleranceHeading')}</h3>
      <FormAlert message={save.error ? caseErrorText(tc, save.error) : null} />
      <RadioGroup
        legend={t('choices.toleranceLegend')}
        name="riskTolerance"
        hint={t('choices.toleranceHint')}
        options={TOLERANCES}
        label={(o) => t(`choices.tolerances.${o}`)}
        error={missing ? t('choices.toleranceRequired') : undefined}
        value={choice}
        onChange={(o) => {
          setChoice(o);
          setMissing(false);
        }}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('choices.saving')}>
          {t('choices.toleranceSave')}
        </SubmitButton>
        <FormAlert message={saved} tone="success" />
      </div>
    </form>
  );
}

/** "Adopt this plan" on a plan card, or "Adopted" on the adopted one (with the way back to the recommended plan). */
export function AdoptPlanControl({ plan, index, adoption, label }: { plan: Plan; index: number; adoption: Adoption; label: string }) {
  const { t } = useTranslation('planning');
  const { t: tc } = useTranslation('cases');
  const { code, can } = useCase();
  const queryClient = useQueryClient();
  const [said, setSaid] = useState<string | null>(null);
  const adopt = useMutation({
    mutationFn: (body: { plan: { strategy: string; key: string } | null }) =>
      request<{ adoptedPlan: unknown }>('PUT', `/api/cases/${encodeURIComponent(code)}/plan/adopted`, body),
    onSuccess: async (_result, body) => {
      setSaid(body.plan ? t('choices.adoptedNow', { plan: label }) : t('choices.backToRecommended'));
      await queryClient.invalidateQueries({ queryKey: ['legal', code.toUpperCase()] });
    },
  });
  const isAdopted = adoption.status === 'adopted' && adoption.index === index;
  if (!can.write('team')) return isAdopted ? <p className="tag tag--adopted">{t('choices.adoptedTag')}</p> : null;
  return (
    <div className="plan-adopt">
      {isAdopted ? (
        <>
          <p className="tag tag--adopted">{t('choices.adoptedTag')}</p>
          {index > 0 ? (
            <button type="button" className="button" aria-busy={adopt.isPending || undefined} onClick={() => adopt.mutate({ plan: null })}>
              {t('choices.useRecommended')}
            </button>
          ) : null}
        </>
      ) : (
        <button
          type="button"
          className="button"
          aria-busy={adopt.isPending || undefined}
          onClick={() => {
            setSaid(null);
            adopt.mutate({ plan: { strategy: plan.strategyId, key: plan.key } });
          }}
        >
          {t('choices.adopt', { plan: label })}
        </button>
      )}
      <FormAlert message={adopt.error ? (isApiError(adopt.error, 'conflict') ? t('choices.stale') : caseErrorText(tc, adopt.error)) : null} />
      <FormAlert message={said} tone="success" />
    </div>
  );
}
