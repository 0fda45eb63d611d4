// Rows and risk rules that several remedies share, written once so they cannot drift apart. Their
// data (versions, effects, fixed levels, citations by source id) is in ./common.json; here, under
// the same ids, are their conditions, their sentences and the levels worked out from the facts
// or the remedy (shared-rows.ts joins the two and refuses an id written on one side only).
import type { Eligibility, RemedyId } from '../../../contract';
import { barRule } from '../../bars';
import { described, param, row } from '../../build';
import {
  employerInvolved,
  exploitedBy,
  isCitizenOrPermanentResident,
  isRemovable,
  isTemporaryResident,
  answered,
  barDateUnknown,
  barEnds,
  barRuns,
  barRunsUntil,
  barUncertain,
  priorClaim,
  sexIndustryWork,
  statusPrecarious,
  stillEmployed,
} from '../../facts';
import type { BarId, EligibilityRule, Localized, RiskRule } from '../../model';
import { filled, wordingOf } from '../../../wording';
import data from './common.json';
import { sharedRulesOf } from './shared-rows';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/common', { en, fr });

/** S.C. 2026, c. 4 received royal assent on 2026-03-26; the version of common.json that starts that day carries this banner. */
export const notYetInForce = (section: string) => filled(wording('common.not-yet-in-force'), { section: { en: section, fr: section.replace('s.', 'art.') } });

/** The shared rows of ./common.json with their conditions, by the same ids (a row on one side only fails the load). */
const SHARED = sharedRulesOf(data, {
  eligibility: {
    'has-permanent-status': { when: isCitizenOrPermanentResident },
    'minister-withdrawal-not-in-force': { when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn', verify: notYetInForce('s. 34') },
    'quebec-selection': { when: (ctx) => ctx.province === 'QC' && isRemovable(ctx) },
  },
  risks: {
    'sex-industry-condition': {
      when: (ctx) => sexIndustryWork(ctx) && (isTemporaryResident(ctx) || ctx.facts.person.immigrationStatus === 'refugee-claimant'),
    },
    'employer-tip-off': { when: (ctx) => statusPrecarious(ctx) && employerInvolved(ctx) },
    'employer-named': {
      when: (ctx) => exploitedBy(ctx, 'employer') || exploitedBy(ctx, 'recruiter-or-agent'),
      level: (ctx) =>
        stillEmployed(ctx) ||
        answered(ctx, 'dependency-on-exploiter') ||
        param(ctx, 'employment-standards.complaint-disclosed-to-employer')?.disclosed === 'yes'
          ? 'high'
          : 'medium',
    },
    'family-threatened': { when: (ctx) => answered(ctx, 'violence-or-threats-to-family') || answered(ctx, 'threats-to-inform-family-or-public') },
    misrepresentation: { when: (ctx) => answered(ctx, 'entered-on-false-documents') },
    'organized-criminality': { when: (ctx) => answered(ctx, 'coerced-into-facilitating') },
  },
  barRows: ['pending-prra-bar', 'designated-foreign-national-bar'],
});

/**
 * A shared row has one version today, so each function below gives one rule; a second version in
 * common.json needs its function to give them all (the remedies' `shared` lists take several).
 */
function only<R>(rules: R[], id: string): R {
  if (rules.length !== 1) throw new Error(`${id}: common.json gives ${rules.length} versions; its function in common.ts gives one rule`);
  return rules[0]!;
}

export const notForCitizensOrPermanentResidents = (remedy: string) =>
  only(SHARED.eligibility('has-permanent-status', remedy, wording('common.has-permanent-status.reason')), 'has-permanent-status');

/** IRPR s. 183(1)(b.1) and companions, in force 31 Dec 2013: no temporary resident may work for a sex-industry business. A remedy may pass a lower level than common.json's. */
export const sexIndustryStatusRisk = (remedy: string, level?: 'medium' | 'high') =>
  only(SHARED.risk('sex-industry-condition', remedy, wording('common.sex-industry-condition.why'), level), 'sex-industry-condition');

/** Seed report: employers can tip off CBSA when a hearing needs the client in person. */
export const hearingTipOffRisk = (remedy: string) => only(SHARED.risk('employer-tip-off', remedy, wording('common.employer-tip-off.why')), 'employer-tip-off');

export const employerRetaliationRisk = (remedy: string) => only(SHARED.risk('employer-named', remedy, wording('common.employer-named.why')), 'employer-named');

export const familyReprisalRisk = (remedy: string) =>
  only(SHARED.risk('family-threatened', remedy, wording('common.family-threatened.why')), 'family-threatened');

/**
 * A bar's trigger happened on a date nobody recorded (a refused claim without its date): the
 * remedy says so, on the bar's own dates and authority, as the plan holds it back.
 */
export function barDateUnknownRow(remedy: RemedyId, bar: BarId, effect: 'unknown' | 'note', reason: Localized): EligibilityRule {
  const rule = barRule(bar, remedy);
  return row({
    effective: rule.effective,
    id: `${remedy}.refugee-rejection-date-unknown`,
    effect,
    when: (ctx) => barDateUnknown(ctx, bar, remedy),
    reason,
    citations: [rule.citation],
  });
}

// ---- Legal review of December 2026: bars and inadmissibility shared by the immigration remedies ----

/**
 * Entering on documents or statements the traffickers supplied (misrepresentation, s. 40) and
 * being made to recruit, transport or control others (s. 37(1)(b), s. 117) can make the person
 * inadmissible once an officer examines the file: two rules of the `inadmissibility` risk, each
 * naming its ground; `extra` says what the ground does to this remedy in particular. Their levels
 * and the citations each remedy adds are common.json's `byRemedy`.
 */
function inadmissibilityRisks(remedy: RemedyId, misrepresentation: { extra: Localized }, criminality: { extra: Localized }): RiskRule[] {
  return [
    only(SHARED.risk('misrepresentation', remedy, filled(wording('common.misrepresentation.why'), { extra: misrepresentation.extra })), 'misrepresentation'),
    only(
      SHARED.risk('organized-criminality', remedy, filled(wording('common.organized-criminality.why'), { extra: criminality.extra })),
      'organized-criminality',
    ),
  ];
}

/**
 * A bar from the register on this remedy, in three rows: it runs until a known day ({opens}),
 * it runs while its trigger lasts or from a day not recorded, or a fact it turns on is unknown.
 */
export function registerBarRows(
  remedy: RemedyId,
  bar: BarId,
  rows: {
    effect: Eligibility;
    /** id suffix, e.g. 'designated-foreign-national-bar' */
    id: string;
    /** With {opens}: the bar runs until a known day. */
    until?: Localized;
    /** The bar runs, its end not known from the facts. */
    runs: Localized;
    /** A fact the bar turns on is unknown: what counsel needs to find out. */
    uncertain: { effect: Eligibility | 'note'; reason: Localized };
    citations: EligibilityRule['citations'];
  },
): EligibilityRule[] {
  const rule = barRule(bar, remedy);
  const { effect, id, until, runs, uncertain, citations } = rows;
  return [
    ...(until
      ? [
          row({
            effective: rule.effective,
            id: `${remedy}.${id}`,
            effect,
            when: (ctx) => barRunsUntil(ctx, bar, remedy),
            reason: until,
            details: (ctx) => barEnds(ctx, bar, remedy),
            citations,
          }),
        ]
      : []),
    row({
      effective: rule.effective,
      id: until ? `${remedy}.${id}-end-unknown` : `${remedy}.${id}`,
      effect,
      when: (ctx) => (until ? barRuns(ctx, bar, remedy) && !barRunsUntil(ctx, bar, remedy) : barRuns(ctx, bar, remedy)) || barDateUnknown(ctx, bar, remedy),
      reason: runs,
      citations,
    }),
    row({
      effective: rule.effective,
      id: `${remedy}.${id}-facts-needed`,
      effect: uncertain.effect,
      when: (ctx) => barUncertain(ctx, bar, remedy),
      reason: uncertain.reason,
      citations,
    }),
  ];
}

/** The rows of a bar whose effects and citations are common.json's `barRows` (its dates are the bar register's). */
function sharedBarRows(remedy: RemedyId, id: string, sentences: { until?: Localized; runs: Localized; uncertain: Localized }): EligibilityRule[] {
  const { bar, effect, uncertain, citations } = SHARED.barRows(id);
  return registerBarRows(remedy, bar, {
    effect,
    id,
    ...(sentences.until ? { until: sentences.until } : {}),
    runs: sentences.runs,
    uncertain: { effect: uncertain, reason: sentences.uncertain },
    citations,
  });
}

/** s. 24(3.1): no TRP request after a claim found ineligible, while a PRRA is pending. */
export const pendingPrraTrpRows = (remedy: 'vtip-trp' | 'fv-trp') =>
  sharedBarRows(remedy, 'pending-prra-bar', {
    runs: wording('common.pending-prra-bar.runs'),
    uncertain: wording('common.pending-prra-bar.uncertain.reason'),
  });

/** s. 24(5): a designated foreign national may not request a TRP for five years. */
export const designatedForeignNationalTrpRows = (remedy: 'vtip-trp' | 'fv-trp') =>
  sharedBarRows(remedy, 'designated-foreign-national-bar', {
    until: wording('common.designated-foreign-national-bar.until'),
    runs: wording('common.designated-foreign-national-bar.runs'),
    uncertain: wording('common.designated-foreign-national-bar.uncertain.reason'),
  });

/** S.C. 2026, c. 4, s. 34 (not in force): a 12-month TRP bar after a claim the Minister determines withdrawn. */
export const ministerWithdrawalTrpNote = (remedy: 'vtip-trp' | 'fv-trp') =>
  only(
    SHARED.eligibility('minister-withdrawal-not-in-force', remedy, wording('common.minister-withdrawal-not-in-force.reason')),
    'minister-withdrawal-not-in-force',
  );

/** The permit holder class (IRPR ss. 63–65) as read in the official XML. */
export const PERMIT_HOLDER_CLASS = described(wording('common.permit-holder-class'), SHARED.fact('permit-holder-class'));

/** IRPR s. 65(d): in Quebec the permit holder route needs Quebec's selection. */
export const quebecPermitHolderNote = (remedy: 'vtip-trp' | 'fv-trp') =>
  only(SHARED.eligibility('quebec-selection', remedy, wording('common.quebec-selection.reason')), 'quebec-selection');

type InadmissibilityRemedy = 'vtip-trp' | 'fv-trp' | 'hc' | 'prra' | 'owp-v' | 'spousal-sponsorship' | 'refugee-claim';
const TRP_MISREPRESENTATION = { extra: wording('common.trp-misrepresentation.extra') };
const TRP_CRIMINALITY = { extra: wording('common.trp-criminality.extra') };
const PR_MISREPRESENTATION = { extra: wording('common.pr-misrepresentation.extra') };

/** What each ground of inadmissibility does to each immigration remedy, in words (legal review, Dec. 2026); levels and citations: common.json. */
const INADMISSIBILITY: Record<InadmissibilityRemedy, { extra: Localized }[]> = {
  'vtip-trp': [TRP_MISREPRESENTATION, TRP_CRIMINALITY],
  'fv-trp': [TRP_MISREPRESENTATION, TRP_CRIMINALITY],
  hc: [PR_MISREPRESENTATION, { extra: wording('common.inadmissibility.hc.1.extra') }],
  prra: [{ extra: wording('common.inadmissibility.prra.0.extra') }, { extra: wording('common.inadmissibility.prra.1.extra') }],
  'owp-v': [{ extra: wording('common.inadmissibility.owp-v.0.extra') }, { extra: wording('common.inadmissibility.owp-v.1.extra') }],
  'spousal-sponsorship': [PR_MISREPRESENTATION, { extra: wording('common.inadmissibility.spousal-sponsorship.1.extra') }],
  'refugee-claim': [{ extra: wording('common.inadmissibility.refugee-claim.0.extra') }, { extra: wording('common.inadmissibility.refugee-claim.1.extra') }],
};

/** The two `inadmissibility` rules of an immigration remedy, appended at the end of its risks. */
export function inadmissibilityRisksFor(remedy: InadmissibilityRemedy): RiskRule[] {
  const [misrepresentation, criminality] = INADMISSIBILITY[remedy];
  return inadmissibilityRisks(remedy, misrepresentation!, criminality!);
}
