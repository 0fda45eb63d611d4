// Leave and judicial review at the Federal Court, IRPA ss. 72–74, with the stay of IRPR s. 231 and the
// Federal Court's immigration rules (SOR/93-22). Every provision was read in Justice Canada's official XML
// (legal review of December 2026). The 15 days are the period 'judicial-review-in-canada' of periods.ts, shared
// with the H&C and PRRA deadlines; the decisions it counts from are the ones the case facts record.
import { deadline, described, risk, row, START_NOT_RESEARCHED, t } from '../build';
import { removalInMotion } from '../facts';
import type { Effective, EvaluationContext, Localized, RemedyKnowledge } from '../model';
import { periodAt, periodEnd } from '../periods';
import { federalCourtImmigrationRulesXml as fcRules, federalCourtsActXml, irpaXml, irprXml } from '../sources';
import { radMayLie } from './rad-appeal';

/** The text of IRPR s. 231 read in the consolidation is in force from 2016-06-13; earlier versions were not read. */
const S231_AS_READ: Effective = { from: '2016-06-13' };
/** SOR/93-22 r. 8.1 (anonymity orders), in force 2021-06-17 per the consolidation. */
const ANONYMITY_RULE: Effective = { from: '2021-06-17' };

/** Refugee-claim outcomes that are decisions the person can bring to the Court (an accepted or pending claim is not). */
const REVIEWABLE_CLAIM_OUTCOMES: readonly string[] = ['rejected', 'ineligible', 'withdrawn', 'abandoned'];
const claim = (ctx: EvaluationContext) => ctx.facts.person.priorRefugeeClaim;
const claimDecided = (ctx: EvaluationContext) => REVIEWABLE_CLAIM_OUTCOMES.includes(claim(ctx)?.outcome ?? '');
const anyDecision = (ctx: EvaluationContext) => claimDecided(ctx) || ctx.facts.events.hcRefused !== undefined || ctx.facts.events.prraRefused !== undefined;

/** The recorded decision dates the 15 days count from. */
function decisionDates(ctx: EvaluationContext): string[] {
  const dates: string[] = [];
  const claimDate = claim(ctx)?.date;
  if (claimDecided(ctx) && claimDate !== undefined) dates.push(claimDate);
  if (ctx.facts.events.hcRefused !== undefined) dates.push(ctx.facts.events.hcRefused);
  if (ctx.facts.events.prraRefused !== undefined) dates.push(ctx.facts.events.prraRefused);
  return dates;
}
/** The last day to apply for leave against each recorded decision, earliest first. */
function leaveEnds(ctx: EvaluationContext): string[] {
  const period = periodAt('judicial-review-in-canada', ctx.asOf);
  if (!period) return [];
  return decisionDates(ctx)
    .map((d) => periodEnd(d, period.value) as string)
    .sort();
}

/**
 * A decision whose leave application does not itself stay removal: only leave against a RAD decision
 * does (IRPR s. 231(1)), and not for a designated foreign national (s. 231(2)).
 */
const noAutomaticStay = (ctx: EvaluationContext) =>
  ctx.facts.events.hcRefused !== undefined ||
  ctx.facts.events.prraRefused !== undefined ||
  ['ineligible', 'withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? '') ||
  (claim(ctx)?.outcome === 'rejected' && ctx.facts.person.designatedForeignNational === 'yes');

const s72_1 = irpaXml(
  's. 72(1): "Judicial review by the Federal Court with respect to any matter — a decision, determination or order made, a measure taken or a question raised — under this Act is … commenced by making an application for leave to the Court"',
);
const s72_2c = irpaXml('s. 72(2)(c): "a judge of the Court may, for special reasons, allow an extended time for filing and serving the application or notice"');
const EXTENSION = t(
  'A judge of the Federal Court may allow more time for special reasons (s. 72(2)(c)).',
  'Un juge de la Cour fédérale peut proroger le délai pour motifs valables (art. 72(2)c)).',
);

function leaveDeadline(id: string, event: string, dateOf: (ctx: EvaluationContext) => string | undefined, basis: Localized) {
  return {
    id,
    period: 'judicial-review-in-canada' as const,
    compute: (ctx: EvaluationContext) => {
      const decided = dateOf(ctx);
      const period = periodAt('judicial-review-in-canada', ctx.asOf);
      if (decided === undefined || !period) return undefined;
      return deadline({
        id,
        kind: 'judicial-review',
        event,
        triggerDate: decided,
        date: periodEnd(decided, period.value),
        basis,
        extension: EXTENSION,
        citation: period.citations[0]!,
      });
    },
  };
}

export const judicialReview: RemedyKnowledge = {
  id: 'judicial-review',
  scope: 'federal',
  name: t('Leave and judicial review at the Federal Court', 'Autorisation et contrôle judiciaire à la Cour fédérale'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('application for leave and judicial review', 'demande d\u2019autorisation et de contrôle judiciaire'),
  description: t(
    'An application to the Federal Court, with its leave, to review a decision made under the Act (a refused or ineligible refugee claim, a RAD decision, a refused H&C or PRRA): 15 days after notification for a decision made in Canada.',
    'Demande à la Cour fédérale, avec son autorisation, de contrôler une décision prise sous le régime de la Loi (demande d\u2019asile rejetée ou irrecevable, décision de la SAR, refus CH ou d\u2019ERAR) : 15 jours après la notification pour une décision rendue au Canada.',
  ),
  decisionMaker: t('Federal Court (leave, then judicial review)', 'Cour fédérale (autorisation, puis contrôle judiciaire)'),
  legalBasis: [
    described(t('IRPA ss. 72–74; Federal Courts Act s. 18.1; IRPR s. 231', 'LIPR art. 72–74; Loi sur les Cours fédérales art. 18.1; RIPR art. 231'), {
      effective: START_NOT_RESEARCHED,
      citations: [
        s72_1,
        federalCourtsActXml(
          's. 18.1(3)(b): the Court may "set aside and refer back for determination in accordance with such directions as it considers to be appropriate"',
        ),
      ],
    }),
  ],
  // The application is served on the other party, the Minister (s. 72(2)(b)).
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: [],
  urgencyRole: 'answers-imminent-removal',
  goals: ['stay-in-canada', 'safety'],
  immigrationApplication: true,
  /** Where the urgency role and goals above come from. */
  sequencingBasis: [
    irpaXml('s. 72(2)(a): the application "may not be made until any right of appeal that may be provided by this Act is exhausted"'),
    irprXml(
      's. 231(1): "a removal order is stayed if the subject of the order makes an application for leave for judicial review … with respect to a decision of the Refugee Appeal Division that rejects, or confirms the rejection of, a claim"',
    ),
    federalCourtsActXml(
      's. 18.2: "the Federal Court may make any interim orders that it considers appropriate pending the final disposition of the application"',
    ),
  ],
  yields: [
    {
      kind: 'status',
      text: t(
        'If the review succeeds, the decision is set aside and sent back to be decided again (Federal Courts Act s. 18.1(3)(b))',
        'Si le contrôle réussit, la décision est annulée et renvoyée pour une nouvelle décision (Loi sur les Cours fédérales, art. 18.1(3)b))',
      ),
    },
    {
      kind: 'protection',
      text: t(
        'Leave against a RAD decision stays removal until the Court disposes of it (IRPR s. 231(1)); against other decisions the Court may order a stay (s. 18.2)',
        'La demande d\u2019autorisation visant une décision de la SAR suspend le renvoi jusqu\u2019à la décision de la Cour (RIPR art. 231(1)); pour les autres décisions, la Cour peut ordonner un sursis (art. 18.2)',
      ),
    },
  ],
  timeline: described(
    t(
      'The applicant\u2019s record is due 30 days after filing; leave is decided in writing, in a summary way; if leave is granted, the hearing is 30 to 90 days later.',
      'Le dossier du demandeur est dû 30 jours après le dépôt; l\u2019autorisation est tranchée par écrit, selon une procédure sommaire; si elle est accordée, l\u2019audience a lieu 30 à 90 jours plus tard.',
    ),
    {
      effective: START_NOT_RESEARCHED,
      citations: [
        fcRules('r. 10(1)(a): perfect the application "within 30 days after filing the application"'),
        irpaXml('s. 72(2)(d): disposed of "without delay and in a summary way and … without personal appearance"'),
        irpaXml('s. 74(b): "the hearing shall be no sooner than 30 days and no later than 90 days after leave was granted"'),
      ],
    },
  ),
  fees: described(
    t(
      '$50 to file the application for leave; no costs are awarded either way unless the Court orders it for special reasons.',
      '50 $ pour déposer la demande d\u2019autorisation; aucuns dépens, sauf ordonnance de la Cour pour raisons spéciales.',
    ),
    {
      effective: START_NOT_RESEARCHED,
      citations: [
        fcRules('r. 23: "A fee of $50 shall be paid to the Registry in order to file an application for leave"'),
        fcRules('r. 22: "No costs shall be awarded to or payable by any party … unless the Court, for special reasons, so orders"'),
      ],
    },
  ),
  evidence: [
    t(
      'The decision and its written reasons; if the reasons were not received, the application says so and the Registry asks the decision-maker for them (r. 9)',
      'La décision et ses motifs écrits; s\u2019ils n\u2019ont pas été reçus, la demande le précise et le greffe les demande au décideur (règle 9)',
    ),
    t(
      'The applicant\u2019s record: supporting affidavits and a memorandum of argument (r. 10(2)); a request for an anonymity order if wanted (r. 8.1)',
      'Le dossier du demandeur : affidavits à l\u2019appui et mémoire des arguments (règle 10(2)); une demande d\u2019ordonnance d\u2019anonymat au besoin (règle 8.1)',
    ),
  ],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'judicial-review.no-decision',
      effect: 'not-applicable',
      when: (ctx) => !anyDecision(ctx),
      reason: t(
        'No decision to challenge is recorded (a rejected, ineligible, withdrawn or abandoned refugee claim, or a refused H&C or PRRA).',
        'Aucune décision à contester n\u2019est consignée (demande d\u2019asile rejetée, irrecevable, retirée ou abandonnée, ou refus CH ou d\u2019ERAR).',
      ),
      citations: [s72_1],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'judicial-review.decision-date-unknown',
      effect: 'unknown',
      when: (ctx) => decisionDates(ctx).length === 0,
      reason: t(
        'The refugee decision\u2019s date is not recorded: leave must be sought within 15 days after the person is notified of the decision (s. 72(2)(b)). Record the date.',
        'La date de la décision sur la demande d\u2019asile n\u2019est pas consignée : l\u2019autorisation doit être demandée dans les 15 jours suivant la notification (art. 72(2)b)). Consignez la date.',
      ),
      citations: [irpaXml('s. 72(2)(b): "within 15 days, in the case of a matter arising in Canada"')],
    }),
    row({
      effective: S231_AS_READ,
      id: 'judicial-review.refugee-appeal-first',
      effect: 'note',
      when: radMayLie,
      reason: t(
        'If the recorded rejection is the Refugee Protection Division\u2019s and an appeal to the RAD lies, appeal first: leave cannot be sought until the appeal right is exhausted (s. 72(2)(a)). Leave against a RAD decision stays removal (IRPR s. 231(1)), but not for a designated foreign national, a removal order for serious criminality, or an application for more time (s. 231(2)–(4)).',
        'Si le rejet consigné est celui de la Section de la protection des réfugiés et qu\u2019un appel à la SAR est possible, faire appel d\u2019abord : l\u2019autorisation ne peut être demandée tant que les voies d\u2019appel ne sont pas épuisées (art. 72(2)a)). La demande d\u2019autorisation visant une décision de la SAR suspend le renvoi (RIPR art. 231(1)), sauf pour un étranger désigné, une mesure de renvoi pour grande criminalité ou une demande de prorogation de délai (art. 231(2)–(4)).',
      ),
      citations: [
        irpaXml('s. 72(2)(a): "the application may not be made until any right of appeal that may be provided by this Act is exhausted"'),
        irprXml('s. 231(1)–(4): stay on leave against a RAD decision; exceptions for a designated foreign national, serious criminality, an extension of time'),
      ],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'judicial-review.time-passed',
      effect: 'unlikely',
      when: (ctx) => {
        const ends = leaveEnds(ctx);
        return ends.length > 0 && ends.every((end) => end < ctx.asOf);
      },
      reason: t(
        'The 15 days to apply for leave ended on {ended} for every recorded decision (s. 72(2)(b)); a judge may allow more time for special reasons (s. 72(2)(c)).',
        'Le délai de 15 jours pour demander l\u2019autorisation a pris fin le {ended} pour chaque décision consignée (art. 72(2)b)); un juge peut le proroger pour motifs valables (art. 72(2)c)).',
      ),
      details: (ctx) => ({ ended: leaveEnds(ctx).at(-1) ?? '' }),
      citations: [irpaXml('s. 72(2)(b): "within 15 days, in the case of a matter arising in Canada"'), s72_2c],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'judicial-review.leave-open',
      effect: 'possible',
      when: () => true,
      reason: t(
        'A decision that can be challenged is recorded and the time to apply for leave runs until {until} (15 days after notification, s. 72(2)(b)). The Court first decides whether to grant leave.',
        'Une décision contestable est consignée et le délai pour demander l\u2019autorisation court jusqu\u2019au {until} (15 jours après la notification, art. 72(2)b)). La Cour décide d\u2019abord d\u2019accorder ou non l\u2019autorisation.',
      ),
      details: (ctx) => ({ until: leaveEnds(ctx).find((end) => end >= ctx.asOf) ?? '' }),
      citations: [s72_1, irpaXml('s. 72(2)(b): "within 15 days, in the case of a matter arising in Canada"')],
    }),
  ],
  risks: [
    risk({
      effective: S231_AS_READ,
      id: 'judicial-review.no-automatic-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: noAutomaticStay,
      why: t(
        'Applying for leave stops removal only against a decision of the Refugee Appeal Division (IRPR s. 231(1)), and not for a designated foreign national (s. 231(2)). Against this decision, removal can go ahead unless the Court orders a stay on a motion (Federal Courts Act s. 18.2).',
        'La demande d\u2019autorisation ne suspend le renvoi que contre une décision de la Section d\u2019appel des réfugiés (RIPR art. 231(1)), et pas pour un étranger désigné (art. 231(2)). Contre cette décision, le renvoi peut avoir lieu sauf si la Cour ordonne un sursis sur requête (Loi sur les Cours fédérales, art. 18.2).',
      ),
      citations: [
        irprXml(
          's. 231(1): stay only on leave "with respect to a decision of the Refugee Appeal Division that rejects, or confirms the rejection of, a claim"',
        ),
        irprXml('s. 231(2): "Subsection (1) does not apply if, when leave is applied for, the subject of the removal order is a designated foreign national"'),
        federalCourtsActXml('s. 18.2: interim orders "pending the final disposition of the application"'),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'judicial-review.later-bars-move',
      risk: 'bars-later-remedies',
      level: 'medium',
      basis: 'law',
      when: (ctx) => ['rejected', 'withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? '') || ctx.facts.events.prraRefused !== undefined,
      why: t(
        'If the Court refuses leave or dismisses the application, the 12-month bars on a TRP, an H&C application and a PRRA run from the Court\u2019s refusal (ss. 24(4)(b)(iii), 25(1.2)(c)(ii)(C), 112(2)(b.1)(ii)(C), (c)(ii)(B)).',
        'Si la Cour refuse l\u2019autorisation ou rejette la demande, les interdictions de 12 mois visant le PST, la demande CH et l\u2019ERAR courent à partir du refus de la Cour (art. 24(4)b)(iii), 25(1.2)c)(ii)(C), 112(2)b.1)(ii)(C), c)(ii)(B)).',
      ),
      citations: [
        irpaXml(
          'ss. 24(4)(b)(iii), 25(1.2)(c)(ii)(C), 112(2)(b.1)(ii)(C), 112(2)(c)(ii)(B): "the day on which the Federal Court refused their application for leave … or denied their application for judicial review"',
        ),
      ],
    }),
    risk({
      effective: ANONYMITY_RULE,
      id: 'judicial-review.public-decision',
      risk: 'public-decision',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t(
        'The Court\u2019s documents and decisions can be made public and may name the person. An anonymity order can be requested with the leave application; the Court grants it only after weighing the public interest in open court proceedings (SOR/93-22 r. 8.1).',
        'Les documents et décisions de la Cour peuvent être rendus publics et nommer la personne. Une ordonnance d\u2019anonymat peut être demandée avec la demande d\u2019autorisation; la Cour ne l\u2019accorde qu\u2019après avoir pris en compte l\u2019intérêt public à la publicité des débats (DORS/93-22, règle 8.1).',
      ),
      citations: [
        fcRules(
          'r. 8.1(1), (5): an order that documents "that may be made available to the public be amended and redacted"; made "after taking the public interest in open and accessible court proceedings into account"',
        ),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'judicial-review.fee',
      risk: 'financial-cost',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: t(
        'A $50 filing fee; costs are not awarded against the person unless the Court orders it for special reasons.',
        'Des frais de dépôt de 50 $; aucuns dépens ne sont adjugés contre la personne, sauf ordonnance de la Cour pour raisons spéciales.',
      ),
      citations: [fcRules('r. 23: "A fee of $50"'), fcRules('r. 22: no costs "unless the Court, for special reasons, so orders"')],
    }),
  ],
  practiceNotes: [],
  deadlines: [
    leaveDeadline(
      'judicial-review.refugee-decision',
      'priorRefugeeClaim.date',
      (ctx) => (claimDecided(ctx) ? claim(ctx)?.date : undefined),
      t(
        'Leave and judicial review of the refugee decision: 15 days after notification (counted from the recorded decision date). If it was the Refugee Protection Division\u2019s rejection and an appeal to the RAD lies, the 15 days run from the RAD\u2019s decision instead (s. 72(2)(a)).',
        'Autorisation et contrôle judiciaire de la décision sur la demande d\u2019asile : 15 jours après la notification (calculé depuis la date de décision consignée). S\u2019il s\u2019agit du rejet de la Section de la protection des réfugiés et qu\u2019un appel à la SAR est possible, les 15 jours courent plutôt depuis la décision de la SAR (art. 72(2)a)).',
      ),
    ),
    leaveDeadline(
      'judicial-review.hc',
      'hcRefused',
      (ctx) => ctx.facts.events.hcRefused,
      t(
        'Leave and judicial review of the refused H&C application: 15 days after notification (counted from the decision date).',
        'Autorisation et contrôle judiciaire du refus CH : 15 jours après la notification (calculé depuis la date de décision).',
      ),
    ),
    leaveDeadline(
      'judicial-review.prra',
      'prraRefused',
      (ctx) => ctx.facts.events.prraRefused,
      t(
        'Leave and judicial review of the refused PRRA: 15 days after notification (counted from the decision date). A motion for a stay is needed to stop removal meanwhile.',
        'Autorisation et contrôle judiciaire du refus d\u2019ERAR : 15 jours après la notification (calculé depuis la date de décision). Une requête en sursis est nécessaire pour arrêter le renvoi entre-temps.',
      ),
    ),
  ],
};
