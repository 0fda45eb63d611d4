// Readable predicates over the case facts, shared by the knowledge files, so that each rule
// reads as a sentence: `isOutOfStatus(ctx) && answered(ctx, 'violence')`.
import type { FactId, ImmigrationStatus, LegalTestId, RemedyId } from '../contract';
import { daysBetween, type IsoDate } from '../dates/iso-date';
import { activeBar, claimPendingIn } from './bars';
import type { BarId, EvaluationContext } from './model';

const TEMPORARY_RESIDENT_STATUSES: readonly ImmigrationStatus[] = [
  'work-permit-employer-specific',
  'work-permit-open',
  'study-permit',
  'visitor',
  'temporary-resident-permit',
];
const SECURE: readonly ImmigrationStatus[] = ['citizen', 'permanent-resident'];

const status = (ctx: EvaluationContext) => ctx.facts.person.immigrationStatus;
export const hasStatus = (ctx: EvaluationContext, ...statuses: ImmigrationStatus[]) => statuses.includes(status(ctx));
export const isCitizenOrPermanentResident = (ctx: EvaluationContext) => SECURE.includes(status(ctx));
export const isTemporaryResident = (ctx: EvaluationContext) => TEMPORARY_RESIDENT_STATUSES.includes(status(ctx));
export const isOutOfStatus = (ctx: EvaluationContext) => status(ctx) === 'no-status';
/** Anyone who could be removed from Canada: not a citizen, permanent resident or protected person. */
export const isRemovable = (ctx: EvaluationContext) => !hasStatus(ctx, 'citizen', 'permanent-resident', 'protected-person');
/** Out of status, or status not known: contacting an authority may reveal the person to enforcement. */
export const statusPrecarious = (ctx: EvaluationContext) => hasStatus(ctx, 'no-status', 'unknown');

export const answered = (ctx: EvaluationContext, id: FactId) =>
  ctx.answeredYes ? ctx.answeredYes.has(id) : ctx.facts.facts.some((f) => f.id === id && f.answer === 'yes');
export const anyAnswered = (ctx: EvaluationContext, ids: readonly FactId[]) => ids.some((id) => answered(ctx, id));

export const WAGE_FACTS: readonly FactId[] = [
  'low-or-no-pay',
  'withholding-of-wages-or-money',
  'wage-manipulation',
  'labour-law-violations',
  'excessive-hours',
  'recruitment-fee-paid',
];
export const VIOLENCE_FACTS: readonly FactId[] = ['violence', 'threats-of-violence', 'violence-or-threats-to-family', 'sexual-exploitation'];
export const ABUSE_AT_WORK_FACTS: readonly FactId[] = [
  ...VIOLENCE_FACTS,
  'documents-confiscated',
  'debt-bondage',
  'isolation-confinement-surveillance',
  'threat-of-denunciation',
  'withholding-of-wages-or-money',
  'very-bad-working-conditions',
  'hazardous-work',
];
export const FORCED_MARRIAGE_FACTS: readonly FactId[] = [
  'marriage-without-free-consent',
  'marriage-under-16',
  'taken-abroad-to-marry',
  'abduction-forced-marriage-or-sale',
];

export const exploitedBy = (ctx: EvaluationContext, who: CaseFactsExploiter) => ctx.facts.exploiters.includes(who);
type CaseFactsExploiter = EvaluationContext['facts']['exploiters'][number];
export const employerInvolved = (ctx: EvaluationContext) => exploitedBy(ctx, 'employer') || exploitedBy(ctx, 'recruiter-or-agent');
export const workContext = (ctx: EvaluationContext) =>
  ctx.facts.contexts.includes('labour') || ctx.facts.contexts.includes('domestic-servitude') || exploitedBy(ctx, 'employer');

export const sexIndustryWork = (ctx: EvaluationContext) => ctx.facts.person.sexIndustryWork === 'yes';
export const criminalCharges = (ctx: EvaluationContext) => ctx.facts.person.criminalCharges === 'yes';
export const stillEmployed = (ctx: EvaluationContext) => ctx.facts.events.employmentEnded === undefined && workContext(ctx);
export const removalState = (ctx: EvaluationContext) => ctx.facts.person.removal?.state ?? 'none';
export const removalInMotion = (ctx: EvaluationContext) => ['order-issued', 'scheduled'].includes(removalState(ctx));

export const legalTest = (ctx: EvaluationContext, id: LegalTestId) => ctx.screening.legalTests.find((t) => t.id === id)?.status;
export const legalTestMet = (ctx: EvaluationContext, id: LegalTestId) => legalTest(ctx, id) === 'met';
const CONTINUUM_ORDER = ['no-indicators', 'labour-rights-violations', 'exploitation', 'forced-labour', 'trafficking-indicators'];
export const continuumAtLeast = (ctx: EvaluationContext, level: 'exploitation' | 'forced-labour' | 'trafficking-indicators') =>
  CONTINUUM_ORDER.indexOf(ctx.screening.continuum) >= CONTINUUM_ORDER.indexOf(level);

export const priorClaim = (ctx: EvaluationContext) => ctx.facts.person.priorRefugeeClaim;
export const claimPending = (ctx: EvaluationContext) => claimPendingIn(ctx.facts);

// ---- Entries into Canada (contract additions of December 2026) --------------------------------

/** The entries the person recorded, oldest first; empty when none were given. */
export const entriesInto = (ctx: EvaluationContext) => ctx.facts.person.entries ?? [];
/** The most recent entry, or undefined when no entry was recorded. */
export const lastEntry = (ctx: EvaluationContext) => entriesInto(ctx).at(-1);
/** Days from an entry's date to asOf (0 on the day of entry). */
export const daysSinceEntry = (ctx: EvaluationContext, date: string) => daysBetween(date as IsoDate, ctx.asOf);

/** IRPA s. 101(1)(b.1): only an entry after this day counts for the one-year bar. */
const ONE_YEAR_BAR_ENTRY_CUTOFF = '2020-06-24';

/**
 * The entry that starts the one-year refugee-claim bar (IRPA s. 101(1)(b.1) with (1.1)): with
 * `entries`, the first entry after 24 June 2020 (the year "begins on the day after the day of their
 * first entry"); without them, `inCanadaSince`. 'before-cutoff' when the recorded entries are all on
 * or before 24 June 2020; undefined when nothing says when the person entered.
 */
type OneYearBarStart = { date: string; field: 'person.entries' | 'person.inCanadaSince'; entriesAfterCutoff: number } | 'before-cutoff';
export function oneYearBarStart(ctx: EvaluationContext): OneYearBarStart | undefined {
  const entries = entriesInto(ctx);
  if (entries.length) {
    const after = entries.filter((e) => e.date > ONE_YEAR_BAR_ENTRY_CUTOFF);
    return after.length ? { date: after[0]!.date, field: 'person.entries', entriesAfterCutoff: after.length } : 'before-cutoff';
  }
  const since = ctx.facts.person.inCanadaSince;
  if (since === undefined) return undefined;
  return since > ONE_YEAR_BAR_ENTRY_CUTOFF ? { date: since, field: 'person.inCanadaSince', entriesAfterCutoff: 1 } : 'before-cutoff';
}

/** The bar of this id runs against this remedy on asOf, not merely possibly (read from the one register in bars.ts). */
export const barRuns = (ctx: EvaluationContext, id: BarId, remedy: RemedyId) => {
  const bar = activeBar(ctx.facts, ctx.asOf, id, remedy);
  return bar !== undefined && !bar.dateUnknown && !bar.uncertain;
};
/** The first day the remedy opens again, for a reason's {opens}. */
export const barEnds = (ctx: EvaluationContext, id: BarId, remedy: RemedyId) => ({ opens: activeBar(ctx.facts, ctx.asOf, id, remedy)?.until ?? '' });
/** The bar's trigger happened on an unrecorded date, so whether it still runs is not known. */
export const barDateUnknown = (ctx: EvaluationContext, id: BarId, remedy: RemedyId) => {
  const bar = activeBar(ctx.facts, ctx.asOf, id, remedy);
  return bar?.dateUnknown === true && !bar.uncertain;
};
/** A fact the bar turns on is unknown (see ActiveBar.uncertain): the bar may apply. */
export const barUncertain = (ctx: EvaluationContext, id: BarId, remedy: RemedyId) => activeBar(ctx.facts, ctx.asOf, id, remedy)?.uncertain === true;
/** The bar runs with a known end ({opens}), rather than while its trigger lasts or with an unknown start. */
export const barRunsUntil = (ctx: EvaluationContext, id: BarId, remedy: RemedyId) =>
  barRuns(ctx, id, remedy) && activeBar(ctx.facts, ctx.asOf, id, remedy)?.until !== undefined;

/** The claim was found ineligible and an entry was by land from the United States (the Safe Third Country rule may be why). */
export const ineligibleAfterLandEntryFromUs = (ctx: EvaluationContext) =>
  priorClaim(ctx)?.outcome === 'ineligible' &&
  (ctx.facts.person.entries ?? []).some((e) => e.via === 'land-from-us-at-port' || e.via === 'land-from-us-between-ports');

export type { RemedyId };
