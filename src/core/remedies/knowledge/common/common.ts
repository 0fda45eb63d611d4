// Rows and risk rules that several remedies share, written once so they cannot drift apart.
import type { Eligibility, RemedyId, RiskLevel } from '../../../contract';
import { barRule } from '../../bars';
import { described, param, risk, row, START_NOT_RESEARCHED } from '../../build';
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
import { billC12NotInForce, irpa, irpaXml, irpr, irprXml, researchNotes, secondarySource, seedReport } from '../../sources';
import { filled, wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/common', { en, fr });

const OB_567 =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2014/567-february-14-2014.html';

export const notForCitizensOrPermanentResidents = (remedy: string) =>
  row({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.has-permanent-status`,
    effect: 'not-applicable',
    when: isCitizenOrPermanentResident,
    reason: wording('common.has-permanent-status.reason'),
    citations: [irpa('ss. 19–20 (right to enter and remain)', 'unverified')],
  });

/** IRPR s. 183(1)(b.1) and companions, in force 31 Dec 2013: no temporary resident may work for a sex-industry business. */
export const sexIndustryStatusRisk = (remedy: string, level: 'medium' | 'high' = 'high') =>
  risk({
    id: `${remedy}.sex-industry-condition`,
    risk: 'status-jeopardy',
    level,
    basis: 'law',
    when: (ctx) => sexIndustryWork(ctx) && (isTemporaryResident(ctx) || ctx.facts.person.immigrationStatus === 'refugee-claimant'),
    why: wording('common.sex-industry-condition.why'),
    effective: { from: '2013-12-31' },
    citations: [irpr('ss. 183(1)(b.1), 196.1(a), 200(3)(g.1), 203(2)(a)', 'official-text', { url: OB_567 })],
  });

/** Seed report: employers can tip off CBSA when a hearing needs the client in person. */
export const hearingTipOffRisk = (remedy: string) =>
  risk({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.employer-tip-off`,
    risk: 'cbsa-exposure',
    level: 'high',
    basis: 'practice',
    when: (ctx) => statusPrecarious(ctx) && employerInvolved(ctx),
    why: wording('common.employer-tip-off.why'),
    citations: [
      seedReport('§3.1, V. Wong: "employer can potentially tip off CBSA if there are any physical hearings"', 'secondary'),
      secondarySource(
        'No One Is Illegal Vancouver, post of 12 Jul 2010',
        'https://noii-van.resist.ca/canada-border-services-celebrates-canada-day-by-detaining-migrant-worker/',
      )('worker detained after ESB claim', 'secondary'),
    ],
  });

export const employerRetaliationRisk = (remedy: string) =>
  risk({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.employer-named`,
    risk: 'employer-retaliation',
    level: (ctx) =>
      stillEmployed(ctx) || answered(ctx, 'dependency-on-exploiter') || param(ctx, 'employment-standards.complaint-disclosed-to-employer')?.disclosed === 'yes'
        ? 'high'
        : 'medium',
    basis: 'practice',
    when: (ctx) => exploitedBy(ctx, 'employer') || exploitedBy(ctx, 'recruiter-or-agent'),
    why: wording('common.employer-named.why'),
    citations: [researchNotes('§0, §12 (inference from reported cases)', 'secondary')],
  });

export const familyReprisalRisk = (remedy: string) =>
  risk({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.family-threatened`,
    risk: 'reprisal-against-family',
    level: 'high',
    basis: 'practice',
    when: (ctx) => answered(ctx, 'violence-or-threats-to-family') || answered(ctx, 'threats-to-inform-family-or-public'),
    why: wording('common.family-threatened.why'),
    citations: [secondarySource('ILO/EC operational indicators (2009), coercion: violence or threats to family')('indicator', 'secondary')],
  });

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

const S40 = irpaXml(
  's. 40(1)(a) "inadmissible for misrepresentation ... for directly or indirectly misrepresenting or withholding material facts relating to a relevant matter that induces or could induce an error in the administration of this Act"; s. 40(2)(a) five years; s. 40(3) "may not apply for permanent resident status during the period"',
);
const S37 = irpaXml(
  's. 37(1)(b) "inadmissible on grounds of organized criminality for ... engaging, in the context of transnational crime, in activities such as people smuggling, trafficking in persons"',
);
const S117 = irpaXml('s. 117(1) "No person shall organize, induce, aid or abet the coming into Canada of one or more persons" in contravention of the Act');

/**
 * Entering on documents or statements the traffickers supplied (misrepresentation, s. 40) and
 * being made to recruit, transport or control others (s. 37(1)(b), s. 117) can make the person
 * inadmissible once an officer examines the file: two rules of the `inadmissibility` risk, each
 * naming its ground; `extra` says what the ground does to this remedy in particular.
 */
function inadmissibilityRisks(
  remedy: RemedyId,
  misrepresentation: { level: RiskLevel; extra: Localized },
  criminality: { level: RiskLevel; extra: Localized; citations?: RiskRule['citations'] },
): RiskRule[] {
  return [
    risk({
      effective: START_NOT_RESEARCHED,
      id: `${remedy}.misrepresentation`,
      risk: 'inadmissibility',
      level: misrepresentation.level,
      basis: 'law',
      when: (ctx) => answered(ctx, 'entered-on-false-documents'),
      why: filled(wording('common.misrepresentation.why'), { extra: misrepresentation.extra }),
      citations: [S40],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: `${remedy}.organized-criminality`,
      risk: 'inadmissibility',
      level: criminality.level,
      basis: 'law',
      when: (ctx) => answered(ctx, 'coerced-into-facilitating'),
      why: filled(wording('common.organized-criminality.why'), { extra: criminality.extra }),
      citations: [S37, S117, ...(criminality.citations ?? [])],
    }),
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

/** S.C. 2026, c. 4 received royal assent on 2026-03-26 (the enacted-date the official XML gives its provisions). */
const BILL_C12_ENACTED = '2026-03-26';
/** The banner a not-yet-in-force provision carries: nobody knows the day it comes into force. */
export const notYetInForce = (section: string) => filled(wording('common.not-yet-in-force'), { section: { en: section, fr: section.replace('s.', 'art.') } });

const S24_3_1 = irpaXml(
  's. 24(3.1) "A foreign national whose claim for refugee protection has been determined to be ineligible to be referred to the Refugee Protection Division may not request a temporary resident permit if they have made an application for protection to the Minister that is pending."',
);
const S24_5 = irpaXml(
  's. 24(5) "A designated foreign national may not request a temporary resident permit (a) if they have made a claim for refugee protection but have not made an application for protection, until five years after the day on which a final determination in respect of the claim is made; (b) if they have made an application for protection, until five years after the day on which a final determination in respect of the application is made; or (c) in any other case, until five years after the day on which the foreign national becomes a designated foreign national."',
);

/** s. 24(3.1): no TRP request after a claim found ineligible, while a PRRA is pending. */
export const pendingPrraTrpRows = (remedy: 'vtip-trp' | 'fv-trp') =>
  registerBarRows(remedy, 'prra-pending-after-ineligible-claim-trp', {
    effect: 'unlikely',
    id: 'pending-prra-bar',
    runs: wording('common.pending-prra-bar.runs'),
    uncertain: {
      effect: 'note',
      reason: wording('common.pending-prra-bar.uncertain.reason'),
    },
    citations: [S24_3_1],
  });

/** s. 24(5): a designated foreign national may not request a TRP for five years. */
export const designatedForeignNationalTrpRows = (remedy: 'vtip-trp' | 'fv-trp') =>
  registerBarRows(remedy, 'designated-foreign-national-5-years-trp', {
    effect: 'unlikely',
    id: 'designated-foreign-national-bar',
    until: wording('common.designated-foreign-national-bar.until'),
    runs: wording('common.designated-foreign-national-bar.runs'),
    uncertain: {
      effect: 'note',
      reason: wording('common.designated-foreign-national-bar.uncertain.reason'),
    },
    citations: [S24_5],
  });

/** S.C. 2026, c. 4, s. 34 (not in force): a 12-month TRP bar after a claim the Minister determines withdrawn. */
export const ministerWithdrawalTrpNote = (remedy: 'vtip-trp' | 'fv-trp') =>
  row({
    effective: { from: BILL_C12_ENACTED },
    verify: notYetInForce('s. 34'),
    id: `${remedy}.minister-withdrawal-not-in-force`,
    effect: 'note',
    when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
    reason: wording('common.minister-withdrawal-not-in-force.reason'),
    citations: [
      billC12NotInForce(
        's. 34, adding s. 24(4)(a.1) "the day on which their claim was determined by the Minister to be withdrawn, in the case where no application was made to the Federal Court for leave to commence an application for judicial review" and (a.2)',
      ),
    ],
  });

/** The permit holder class (IRPR ss. 63–65) as read in the official XML. */
export const PERMIT_HOLDER_CLASS = described(wording('common.permit-holder-class'), {
  effective: START_NOT_RESEARCHED,
  citations: [
    irprXml('s. 63(d) "a period of three years elapses from its date of validity"'),
    irprXml(
      's. 65(b) "(i) at least three years, if they (A) are inadmissible on health grounds under subsection 38(1) of the Act ... (ii) at least five years, if they are inadmissible on any other grounds under the Act, except sections 34 to 35.1 and subsections 36(1) and 37(1)"',
    ),
    irprXml(
      's. 65(d) "in the case of a foreign national who intends to reside in the Province of Quebec ... the competent authority of that Province is of the opinion that the foreign national meets the selection criteria of the Province"',
    ),
  ],
});

/** IRPR s. 65(d): in Quebec the permit holder route needs Quebec's selection. */
export const quebecPermitHolderNote = (remedy: 'vtip-trp' | 'fv-trp') =>
  row({
    effective: START_NOT_RESEARCHED,
    id: `${remedy}.quebec-selection`,
    effect: 'note',
    when: (ctx) => ctx.province === 'QC' && isRemovable(ctx),
    reason: wording('common.quebec-selection.reason'),
    citations: [
      irprXml(
        's. 65(d) "in the case of a foreign national who intends to reside in the Province of Quebec ... the competent authority of that Province is of the opinion that the foreign national meets the selection criteria of the Province"',
      ),
    ],
  });

type InadmissibilityRemedy = 'vtip-trp' | 'fv-trp' | 'hc' | 'prra' | 'owp-v' | 'spousal-sponsorship' | 'refugee-claim';
const PERMIT_HOLDER_S37 = irprXml('s. 65(b)(ii) "inadmissible on any other grounds under the Act, except sections 34 to 35.1 and subsections 36(1) and 37(1)"');
const TRP_MISREPRESENTATION = {
  level: 'medium' as const,
  extra: wording('common.trp-misrepresentation.extra'),
};
const TRP_CRIMINALITY = {
  level: 'high' as const,
  extra: wording('common.trp-criminality.extra'),
  citations: [PERMIT_HOLDER_S37],
};
const PR_MISREPRESENTATION = {
  level: 'high' as const,
  extra: wording('common.pr-misrepresentation.extra'),
};

/** What each ground of inadmissibility does to each immigration remedy (legal review, Dec. 2026). */
const INADMISSIBILITY: Record<InadmissibilityRemedy, Parameters<typeof inadmissibilityRisks>[1 | 2][]> = {
  'vtip-trp': [TRP_MISREPRESENTATION, TRP_CRIMINALITY],
  'fv-trp': [TRP_MISREPRESENTATION, TRP_CRIMINALITY],
  hc: [
    PR_MISREPRESENTATION,
    {
      level: 'high',
      extra: wording('common.inadmissibility.hc.1.extra'),
      citations: [irpaXml('s. 25(1) "inadmissible \u2014 other than under section 34, 35, 35.1 or 37"')],
    },
  ],
  prra: [
    {
      level: 'medium',
      extra: wording('common.inadmissibility.prra.0.extra'),
    },
    {
      level: 'high',
      extra: wording('common.inadmissibility.prra.1.extra'),
      citations: [
        irpaXml(
          's. 112(3)(a) "Refugee protection may not be conferred on an applicant who (a) is determined to be inadmissible on grounds of security, violating human or international rights or organized criminality"',
        ),
      ],
    },
  ],
  'owp-v': [
    {
      level: 'medium',
      extra: wording('common.inadmissibility.owp-v.0.extra'),
    },
    {
      level: 'high',
      extra: wording('common.inadmissibility.owp-v.1.extra'),
    },
  ],
  'spousal-sponsorship': [
    PR_MISREPRESENTATION,
    {
      level: 'high',
      extra: wording('common.inadmissibility.spousal-sponsorship.1.extra'),
    },
  ],
  'refugee-claim': [
    {
      level: 'medium',
      extra: wording('common.inadmissibility.refugee-claim.0.extra'),
    },
    {
      level: 'high',
      extra: wording('common.inadmissibility.refugee-claim.1.extra'),
      citations: [
        irpaXml(
          's. 101(1)(f) "the claimant has been determined to be inadmissible on grounds of security, violating human or international rights, serious criminality or organized criminality"',
        ),
      ],
    },
  ],
};

/** The two `inadmissibility` rules of an immigration remedy, appended at the end of its risks. */
export function inadmissibilityRisksFor(remedy: InadmissibilityRemedy): RiskRule[] {
  const [misrepresentation, criminality] = INADMISSIBILITY[remedy];
  return inadmissibilityRisks(remedy, misrepresentation!, criminality!);
}
