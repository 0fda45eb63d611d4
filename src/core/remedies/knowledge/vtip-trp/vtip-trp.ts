// Temporary resident permit for victims of trafficking in persons (VTIP TRP): IRPA s. 24(1),
// issued under Ministerial Instructions (s. 24(3)). Research notes §1.
import { deadline, described, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import {
  continuumAtLeast,
  hasStatus,
  isOutOfStatus,
  isRemovable,
  isTemporaryResident,
  legalTest,
  legalTestMet,
  barRuns,
  removalInMotion,
  claimPending,
} from '../../facts';
import { barRule } from '../../bars';
import type { RemedyKnowledge } from '../../model';
import {
  CHECKED_WHILE_ENCODING,
  FEWO_TESTIMONY,
  ircc,
  irpa,
  IRPA_S24_2019_URL,
  irpaXml,
  researchNotes,
  secondarySource,
  seedReport,
  REVIEW_DATE_NOT_RECORDED,
  VTIP_TRP_SOURCES,
} from '../../sources';
import {
  barDateUnknownRow,
  designatedForeignNationalTrpRows,
  inadmissibilityRisksFor,
  ministerWithdrawalTrpNote,
  notForCitizensOrPermanentResidents,
  PERMIT_HOLDER_CLASS,
  pendingPrraTrpRows,
  quebecPermitHolderNote,
  sexIndustryStatusRisk,
} from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './vtip-trp.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/vtip-trp', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { victimsPage, feb2025, mi, trpPdi } = VTIP_TRP_SOURCES;
const s24v2019 = irpa('s. 24(4) (version from 2019-06-21)', 'official-text', {
  url: IRPA_S24_2019_URL,
  lastReviewed: CHECKED_WHILE_ENCODING,
});

export const vtipTrp: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./vtip-trp.json.
  ...remedyData(data),
  name: wording('vtip-trp.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('vtip-trp.nameInSentence'),
  description: wording('vtip-trp.description'),
  decisionMaker: wording('vtip-trp.decisionMaker'),
  legalBasis: [
    described(wording('vtip-trp.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [
        irpa('s. 24(1), (3)', 'official-text', {
          lastReviewed: CHECKED_WHILE_ENCODING,
          url: IRPA_S24_2019_URL,
        }),
        mi('2007 MI', 'official-text'),
      ],
    }),
    PERMIT_HOLDER_CLASS,
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    irpa('s. 24(1), (3)', 'official-text'),
    researchNotes('§14.1 (TRP approval as exhibit); §14.7 (AB Income Support covers VTIP TRP holders)', 'secondary'),
    seedReport('TRPs more practical where removal is imminent', 'secondary'),
  ],
  yields: [
    {
      kind: 'status',
      text: wording('vtip-trp.yields.0.text'),
    },
    { kind: 'health-coverage', text: wording('vtip-trp.yields.1.text') },
    {
      kind: 'permits',
      text: wording('vtip-trp.yields.2.text'),
    },
  ],
  timeline: described(wording('vtip-trp.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [feb2025('initial TRP at least 12 months', 'official-text'), mi('up to 180 days', 'official-text')],
  }),
  fees: described(wording('vtip-trp.fees'), { effective: START_NOT_RESEARCHED, citations: [feb2025('fee waivers', 'official-text')] }),
  evidence: [wording('vtip-trp.evidence.0'), wording('vtip-trp.evidence.1'), wording('vtip-trp.evidence.2')],
  eligibility: [
    notForCitizensOrPermanentResidents('vtip-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.protected-person',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person'),
      reason: wording('vtip-trp.protected-person.reason'),
      citations: [irpa('s. 95(2)', 'unverified')],
    }),
    ...pendingPrraTrpRows('vtip-trp'),
    ...designatedForeignNationalTrpRows('vtip-trp'),
    row({
      effective: barRule('refugee-rejected-12-months-trp', 'vtip-trp').effective,
      id: 'vtip-trp.refugee-rejection-bar',
      effect: 'possible',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-trp', 'vtip-trp'),
      reason: wording('vtip-trp.refugee-rejection-bar.reason'),
      citations: [
        s24v2019,
        trpPdi('the one-year bar does not stop an officer, on their own initiative, considering a TRP for a victim of trafficking', 'secondary'),
      ],
    }),
    barDateUnknownRow('vtip-trp', 'refugee-rejected-12-months-trp', 'note', wording('vtip-trp.eligibility.5.bar-date-unknown-row.3')),
    ministerWithdrawalTrpNote('vtip-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.trafficking-test-met',
      effect: 'likely',
      when: (ctx) =>
        isRemovable(ctx) && (legalTestMet(ctx, 'palermo-art3') || legalTestMet(ctx, 'criminal-code-279') || continuumAtLeast(ctx, 'trafficking-indicators')),
      reason: wording('vtip-trp.trafficking-test-met.reason'),
      citations: [mi('criteria: fraudulent or coerced recruitment, coerced work, exploitative conditions, restricted freedom', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.exploitation-short-of-trafficking',
      effect: 'possible',
      // Not on "Palermo: insufficient information" alone: with no indicators there are no signs to speak of (legal review, Dec. 2026).
      when: (ctx) =>
        continuumAtLeast(ctx, 'exploitation') || (legalTest(ctx, 'palermo-art3') === 'insufficient-information' && ctx.screening.continuum !== 'no-indicators'),
      reason: wording('vtip-trp.exploitation-short-of-trafficking.reason'),
      citations: [mi('preliminary assessment criteria', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.trafficking-facts-needed',
      effect: 'unknown',
      when: (ctx) => legalTest(ctx, 'palermo-art3') === 'insufficient-information',
      reason: wording('vtip-trp.trafficking-facts-needed.reason'),
      citations: [mi('preliminary assessment criteria', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.no-trafficking-indicators',
      effect: 'unlikely',
      when: (ctx) => ctx.screening.legalTests.length > 0 || ctx.screening.continuum !== 'no-indicators',
      reason: wording('vtip-trp.no-trafficking-indicators.reason'),
      citations: [mi('criteria', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.in-status-note',
      effect: 'note',
      when: (ctx) => isTemporaryResident(ctx) && !hasStatus(ctx, 'temporary-resident-permit'),
      reason: wording('vtip-trp.in-status-note.reason'),
      citations: [victimsPage('who can apply', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.claim-pending-note',
      effect: 'note',
      when: claimPending,
      reason: wording('vtip-trp.claim-pending-note.reason'),
      citations: [irpaXml('s. 24(1), (3.1)')],
    }),
    quebecPermitHolderNote('vtip-trp'),
    otherwise('vtip-trp.screening-needed', 'unknown', wording('vtip-trp.screening-needed.reason'), [mi('criteria', 'official-text')], START_NOT_RESEARCHED),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.no-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: isOutOfStatus,
      why: wording('vtip-trp.no-stay.why'),
      citations: [seedReport('§3.2: no stay of removal while waiting for a TRP or an H&C', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.application-reveals-person',
      risk: 'cbsa-exposure',
      level: 'medium',
      basis: 'practice',
      when: isOutOfStatus,
      why: wording('vtip-trp.application-reveals-person.why'),
      citations: [
        seedReport('§3.2, N. Drolet: "VTIP TRPs are almost impossible to get"', 'secondary'),
        secondarySource(
          'CCR, "Temporary Resident Permits: Limits to Protection for Trafficked Persons"',
          'http://ccrweb.ca/en/trafficking/temporary-resident-permit-report',
        )('victims still detained and deported', 'secondary'),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.renewal-after-prosecution',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'practice',
      when: (ctx) => isRemovable(ctx),
      why: wording('vtip-trp.renewal-after-prosecution.why'),
      citations: [FEWO_TESTIMONY('subsequent TRPs refused because the criminal case had ended', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'vtip-trp.interview',
      risk: 'retraumatization',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: wording('vtip-trp.interview.why'),
      citations: [victimsPage('interview', 'official-text')],
    }),
    sexIndustryStatusRisk('vtip-trp', 'medium'),
    ...inadmissibilityRisksFor('vtip-trp'),
  ],
  practiceNotes: [
    {
      id: 'vtip-trp.renewals-refused',
      text: wording('vtip-trp.renewals-refused.text'),
      citations: [FEWO_TESTIMONY('testimony', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
    {
      id: 'vtip-trp.removal-imminent',
      text: wording('vtip-trp.removal-imminent.text'),
      citations: [seedReport('§3.2', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
  ],
  deadlines: [
    {
      id: 'vtip-trp.renew-before-expiry',
      onTheEventDate: true,
      compute: (ctx) =>
        hasStatus(ctx, 'temporary-resident-permit') && ctx.facts.person.permitExpiry
          ? deadline({
              id: 'vtip-trp.renew-before-expiry',
              kind: 'renewal',
              event: 'permitExpiry',
              triggerDate: ctx.facts.person.permitExpiry,
              date: ctx.facts.person.permitExpiry as never,
              basis: wording('vtip-trp.renew-before-expiry.basis'),
              citation: ircc(
                'PDI "TRPs: applying for permanent residence"',
                'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/permanent-residence/non-economic-classes/permits.html',
              )('IRPR s. 65: continuity breaks if no new TRP is applied for before expiry', 'official-text'),
            })
          : undefined,
    },
  ],
};
