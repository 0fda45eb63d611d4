// Crime victim compensation and assistance: provincial programs. Research notes §9.
import { deadline, endOfMonthsPeriod, param, paramFact } from '../../build';
import { VIOLENCE_FACTS, anyAnswered, continuumAtLeast, legalTestMet, statusPrecarious } from '../../facts';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
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
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./victim-compensation.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./victim-compensation.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./victim-compensation.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'victim-compensation.no-crime-recorded': { when: (ctx) => !crimeRecorded(ctx) },
      'victim-compensation.police-report-refused': { when: (ctx) => policeReportNeeded(ctx) && ctx.facts.consents.contactPolice === 'no' },
      'victim-compensation.community-agency-report': { when: (ctx) => policeReport(ctx) === 'yes' && agencyReportOpen(ctx) },
      'victim-compensation.police-report-advised': { when: (ctx) => policeReport(ctx) === 'advised' },
      'victim-compensation.no-police-report-needed': { when: (ctx) => policeReport(ctx) === 'no' },
      'victim-compensation.police-report-needed': { when: (ctx) => policeReport(ctx) === 'yes' },
      'victim-compensation.program-unknown': ALWAYS,
    },
    risks: {
      'victim-compensation.police-contact': { when: (ctx) => policeReportInPlay(ctx) && statusPrecarious(ctx) },
      'victim-compensation.retelling': ALWAYS,
    },
  }),

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
