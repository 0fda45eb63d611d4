// Crime victim compensation and assistance: provincial programs. Research notes §9.
import { deadline, described, endOfMonthsPeriod, otherwise, param, paramFact, risk, row, START_NOT_RESEARCHED } from '../../build';
import { VIOLENCE_FACTS, anyAnswered, continuumAtLeast, legalTestMet, statusPrecarious } from '../../facts';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { clicklawCvap, researchNotes, vqrpTraffickingReport } from '../../sources';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './victim-compensation.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/victim-compensation', { en, fr });
/** No sentence, in either language (a deadline without an exception). */
const NOTHING = { en: '', fr: '' };

const policeReport = (ctx: EvaluationContext) => param(ctx, 'victim-compensation.program')?.policeReportRequired;
/** The screening points to human trafficking: a legal test met, or the continuum at trafficking indicators. */
const traffickingIndicated = (ctx: EvaluationContext) =>
  legalTestMet(ctx, 'criminal-code-279') ||
  legalTestMet(ctx, 'irpa-118') ||
  legalTestMet(ctx, 'palermo-art3') ||
  continuumAtLeast(ctx, 'trafficking-indicators');
/** Ontario VQRP+: a victim of human trafficking may report to a community agency instead of the police. */
const agencyReportOpen = (ctx: EvaluationContext) =>
  param(ctx, 'victim-compensation.program')?.traffickingReportToAgency === 'yes' && traffickingIndicated(ctx);
/** The program will not act for this person without a police report. */
const policeReportNeeded = (ctx: EvaluationContext) => policeReport(ctx) === 'yes' && !agencyReportOpen(ctx);
/** A police report this person will be asked for, or advised to make: required, or advised and not declined. */
const policeReportInPlay = (ctx: EvaluationContext) =>
  policeReportNeeded(ctx) || (policeReport(ctx) === 'advised' && ctx.facts.consents.contactPolice !== 'no');
const crimeRecorded = (ctx: EvaluationContext) =>
  ctx.facts.events.lastCrimeAgainstPerson !== undefined || anyAnswered(ctx, VIOLENCE_FACTS) || legalTestMet(ctx, 'criminal-code-279');

export const victimCompensation: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./victim-compensation.json.
  // consentByProvince (victim-compensation.json): no police consent is needed in Quebec (IVAC) or in BC (a police
  // report is advised, not mandatory); in Ontario none is needed by a victim of trafficking, who may report to a
  // community agency instead (consentWaivedBy).
  ...remedyData(data),
  name: wording('victim-compensation.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('victim-compensation.nameInSentence'),
  description: wording('victim-compensation.description'),
  decisionMaker: wording('victim-compensation.decisionMaker'),
  legalBasis: [
    described(wording('victim-compensation.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [researchNotes('§9', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.6: AB and ON funding needs a police report; Quebec IVAC does not', 'secondary'),
    vqrpTraffickingReport('victims of human trafficking may report to a community agency instead of the police', 'secondary'),
    clicklawCvap('a police report is highly advisable but not mandatory', 'secondary'),
  ],
  yields: [
    {
      kind: 'money',
      text: wording('victim-compensation.yields.0.text'),
    },
  ],
  timeline: described(wording('victim-compensation.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§9', 'unverified')],
  }),
  fees: described(wording('victim-compensation.fees'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§9', 'unverified')],
  }),
  evidence: [wording('victim-compensation.evidence.0')],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.no-crime-recorded',
      effect: 'not-applicable',
      when: (ctx) => !crimeRecorded(ctx),
      reason: wording('victim-compensation.no-crime-recorded.reason'),
      citations: [researchNotes('§9', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-report-refused',
      effect: 'unlikely',
      when: (ctx) => policeReportNeeded(ctx) && ctx.facts.consents.contactPolice === 'no',
      reason: wording('victim-compensation.police-report-refused.reason'),
      citations: [researchNotes('§9: police report required in AB and ON (BC: see the legal review, E2)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.community-agency-report',
      effect: 'possible',
      when: (ctx) => policeReport(ctx) === 'yes' && agencyReportOpen(ctx),
      reason: wording('victim-compensation.community-agency-report.reason'),
      citations: [vqrpTraffickingReport('report to police or to a community agency (victims of human trafficking)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-report-advised',
      effect: 'possible',
      when: (ctx) => policeReport(ctx) === 'advised',
      reason: wording('victim-compensation.police-report-advised.reason'),
      citations: [clicklawCvap('police report "highly advisable but not mandatory"', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.no-police-report-needed',
      effect: 'likely',
      when: (ctx) => policeReport(ctx) === 'no',
      reason: wording('victim-compensation.no-police-report-needed.reason'),
      citations: [researchNotes('§9: IVAC', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-report-needed',
      effect: 'possible',
      when: (ctx) => policeReport(ctx) === 'yes',
      reason: wording('victim-compensation.police-report-needed.reason'),
      citations: [researchNotes('§9', 'secondary')],
    }),
    otherwise(
      'victim-compensation.program-unknown',
      'unknown',
      wording('victim-compensation.program-unknown.reason'),
      [researchNotes('§9', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-contact',
      risk: 'cbsa-exposure',
      level: 'high',
      basis: 'practice',
      when: (ctx) => policeReportInPlay(ctx) && statusPrecarious(ctx),
      why: wording('victim-compensation.police-contact.why'),
      citations: [researchNotes('§0, §13', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.retelling',
      risk: 'retraumatization',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: wording('victim-compensation.retelling.why'),
      citations: [researchNotes('§9', 'unverified')],
    }),
  ],
  practiceNotes: [],
  deadlines: [
    {
      id: 'victim-compensation.limitation',
      compute: (ctx) => {
        const program = param(ctx, 'victim-compensation.program');
        const fact = paramFact(ctx, 'victim-compensation.program');
        const crime = ctx.facts.events.lastCrimeAgainstPerson;
        if (!program || !fact || !crime || program.months === null) return undefined;
        const noLimit = program.noLimitFor ? filled(wording('victim-compensation.no-limit'), { noLimitFor: program.noLimitFor }) : NOTHING;
        return deadline({
          id: 'victim-compensation.limitation',
          kind: 'limitation',
          event: 'lastCrimeAgainstPerson',
          triggerDate: crime,
          date: endOfMonthsPeriod(crime, program.months),
          basis: filled(wording('victim-compensation.limitation.basis'), { name: program.name, months: program.months, noLimit: noLimit }),
          extension: program.extension,
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
