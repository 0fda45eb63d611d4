// Crime victim compensation and assistance: provincial programs. Research notes §9.
import { deadline, described, endOfMonthsPeriod, otherwise, param, paramFact, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { VIOLENCE_FACTS, anyAnswered, continuumAtLeast, legalTestMet, statusPrecarious } from '../facts';
import type { EvaluationContext, RemedyKnowledge } from '../model';
import { clicklawCvap, researchNotes, vqrpTraffickingReport } from '../sources';

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
  id: 'victim-compensation',
  scope: 'provincial',
  name: t('Crime victim compensation or assistance', 'Indemnisation ou aide aux victimes d\u2019actes criminels'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('victim compensation', 'indemnisation des victimes'),
  description: t(
    'Provincial financial help for victims of crimes against the person: counselling, medical costs, emergency help, lost income.',
    'Aide financière provinciale aux victimes de crimes contre la personne : counseling, frais médicaux, aide d\u2019urgence, perte de revenu.',
  ),
  decisionMaker: t('BC CVAP; Alberta VOCAP; Ontario VQRP+; Quebec IVAC', 'CVAP (C.-B.); VOCAP (Alb.); PIRV+ (Ont.); IVAC (Qc)'),
  legalBasis: [
    described(t('Provincial victim programs (see the jurisdiction file)', 'Programmes provinciaux d\u2019aide aux victimes'), {
      effective: START_NOT_RESEARCHED,
      citations: [researchNotes('§9', 'secondary')],
    }),
  ],
  consentNeeded: 'contactPolice',
  // No police consent is needed in Quebec (IVAC) or in BC (a police report is advised, not mandatory); in
  // Ontario none is needed by a victim of trafficking, who may report to a community agency instead.
  consentByProvince: { QC: 'none', BC: 'none' },
  consentWaivedBy: ['victim-compensation.community-agency-report'],
  producesEvidenceFor: [],
  urgencyRole: 'none',
  goals: ['compensation', 'safety'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.6: AB and ON funding needs a police report; Quebec IVAC does not', 'secondary'),
    vqrpTraffickingReport('victims of human trafficking may report to a community agency instead of the police', 'secondary'),
    clicklawCvap('a police report is highly advisable but not mandatory', 'secondary'),
  ],
  yields: [
    {
      kind: 'money',
      text: t(
        'Counselling, medical and emergency costs; in Quebec, emergency help to leave a dangerous situation',
        'Counseling, frais médicaux et d\u2019urgence; au Québec, aide d\u2019urgence pour quitter une situation dangereuse',
      ),
    },
  ],
  timeline: described(t('Program-specific (unverified).', 'Selon le programme (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§9', 'unverified')],
  }),
  fees: described(t('No fee (unverified).', 'Aucuns frais (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§9', 'unverified')],
  }),
  evidence: [
    t(
      'Police report number (AB; ON, where a victim of trafficking may instead report to a community agency; advised in BC); medical and counselling records; receipts',
      'Numéro de rapport de police (Alb.; Ont., où une victime de la traite peut plutôt s\u2019adresser à un organisme communautaire; conseillé en C.-B.); dossiers médicaux; reçus',
    ),
  ],
  barsSubjectTo: ['limitation-period'],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.no-crime-recorded',
      effect: 'not-applicable',
      when: (ctx) => !crimeRecorded(ctx),
      reason: t('No crime against the person is recorded.', 'Aucun crime contre la personne n\u2019est consigné.'),
      citations: [researchNotes('§9', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-report-refused',
      effect: 'unlikely',
      when: (ctx) => policeReportNeeded(ctx) && ctx.facts.consents.contactPolice === 'no',
      reason: t(
        'This province\u2019s program requires a police report, and the client has declined police contact.',
        'Le programme de cette province exige un rapport de police, et la cliente ou le client refuse de contacter la police.',
      ),
      citations: [researchNotes('§9: police report required in AB and ON (BC: see the legal review, E2)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.community-agency-report',
      effect: 'possible',
      when: (ctx) => policeReport(ctx) === 'yes' && agencyReportOpen(ctx),
      reason: t(
        'A victim of human trafficking may report to a community agency (a shelter, sexual assault centre, hospital or other community agency) instead of the police; police contact is not needed.',
        'Une victime de la traite peut s\u2019adresser à un organisme communautaire (refuge, centre d\u2019aide aux victimes d\u2019agression sexuelle, hôpital ou autre organisme) plutôt qu\u2019à la police; aucun contact avec la police n\u2019est nécessaire.',
      ),
      citations: [vqrpTraffickingReport('report to police or to a community agency (victims of human trafficking)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-report-advised',
      effect: 'possible',
      when: (ctx) => policeReport(ctx) === 'advised',
      reason: t(
        'A police report is highly advisable but not mandatory: the client may apply without contacting the police.',
        'Un rapport de police est fortement conseillé mais non obligatoire : la cliente ou le client peut faire une demande sans contacter la police.',
      ),
      citations: [clicklawCvap('police report "highly advisable but not mandatory"', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.no-police-report-needed',
      effect: 'likely',
      when: (ctx) => policeReport(ctx) === 'no',
      reason: t(
        'No police report is needed; the offender need not be identified or convicted.',
        'Aucun rapport de police n\u2019est exigé; l\u2019auteur n\u2019a pas à être identifié ni condamné.',
      ),
      citations: [researchNotes('§9: IVAC', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.police-report-needed',
      effect: 'possible',
      when: (ctx) => policeReport(ctx) === 'yes',
      reason: t(
        'Eligible in principle, but the crime must be reported to police and the victim must cooperate.',
        'Admissible en principe, mais le crime doit être signalé à la police et la victime doit collaborer.',
      ),
      citations: [researchNotes('§9', 'secondary')],
    }),
    otherwise(
      'victim-compensation.program-unknown',
      'unknown',
      t('The program\u2019s rules for this jurisdiction are not encoded.', 'Les règles du programme de ce territoire ne sont pas encodées.'),
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
      why: t(
        'A police report, where the program requires or advises one, can expose an out-of-status victim to immigration enforcement.',
        'Un rapport de police, là où le programme l\u2019exige ou le conseille, peut exposer une victime sans statut aux mesures d\u2019immigration.',
      ),
      citations: [researchNotes('§0, §13', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'victim-compensation.retelling',
      risk: 'retraumatization',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: t('The application describes the crime and its effects.', 'La demande décrit le crime et ses effets.'),
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
        const noLimit = program.noLimitFor ? t(` No limit for ${program.noLimitFor.en}.`, ` Aucun délai pour ${program.noLimitFor.fr}.`) : t('', '');
        return deadline({
          id: 'victim-compensation.limitation',
          kind: 'limitation',
          event: 'lastCrimeAgainstPerson',
          triggerDate: crime,
          date: endOfMonthsPeriod(crime, program.months),
          basis: t(
            `Apply to ${program.name.en} within ${program.months} months of the crime.${noLimit.en}`,
            `Demander au ${program.name.fr} dans les ${program.months} mois du crime.${noLimit.fr}`,
          ),
          extension: program.extension,
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
