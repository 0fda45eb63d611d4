// Appeal to the Refugee Appeal Division, IRPA s. 110 with IRPR s. 159.91 and the RAD Rules (SOR/2012-257).
// Every provision was read in Justice Canada's official XML (legal review of December 2026).
// `person.priorRefugeeClaim.date` of a rejected claim is taken as the day the written reasons were received.
// Not encoded: s. 110(2)(d.1) (nationals of a designated country of origin): the contract has no such fact,
// and S.C. 2026, c. 4, s. 49(1) repeals the paragraph (not yet in force in the consolidation).
import { deadline, described, NOT_RESEARCHED, risk, row, t } from '../build';
import type { Effective, EvaluationContext, RemedyKnowledge } from '../model';
import { periodAt, periodEnd, type PeriodId } from '../periods';
import { irpa, irpaXml, irprXml, radRulesXml } from '../sources';
import { notForCitizensOrPermanentResidents } from './common';

/** The Refugee Appeal Division hears appeals from 15 December 2012: the start of s. 110 and s. 159.91 in the consolidation. */
const RAD_IN_FORCE = '2012-12-15';
const SINCE_RAD: Effective = { from: RAD_IN_FORCE };
/** IRPR s. 159.4(1.1) (SOR/2023-58, in force 2023-03-25 per the consolidation): the STCA reaches claims made between ports. */
const STCA_BETWEEN_PORTS_FROM = '2023-03-25';

const claim = (ctx: EvaluationContext) => ctx.facts.person.priorRefugeeClaim;
const claimRejected = (ctx: EvaluationContext) => claim(ctx)?.outcome === 'rejected';
const designatedForeignNational = (ctx: EvaluationContext) => ctx.facts.person.designatedForeignNational === 'yes';
/** A rejected claim that s. 110(2)(a) does not shut out: the RAD may lie (the reasons may still shut it, s. 110(2)(c)). */
export const radMayLie = (ctx: EvaluationContext) => claimRejected(ctx) && !designatedForeignNational(ctx);

/** An entry by land from the United States that brings the Safe Third Country Agreement rules (and so s. 110(2)(d)). */
const enteredByLandFromUnitedStates = (ctx: EvaluationContext) =>
  (ctx.facts.person.entries ?? []).some(
    (e) => e.via === 'land-from-us-at-port' || (e.via === 'land-from-us-between-ports' && e.date >= STCA_BETWEEN_PORTS_FROM),
  );

/** The last day of one of the RAD's time limits, from the day the written reasons were received. */
function radLimit(ctx: EvaluationContext, id: PeriodId): string | undefined {
  const received = claim(ctx)?.date;
  const period = periodAt(id, ctx.asOf);
  return received === undefined || !period ? undefined : periodEnd(received, period.value);
}
const radDates = (ctx: EvaluationContext) => ({ fileBy: radLimit(ctx, 'rad-appeal-filing') ?? '', perfectBy: radLimit(ctx, 'rad-appeal-perfecting') ?? '' });

const s110_1 = irpaXml(
  's. 110(1): "a person … may appeal … on a question of law, of fact or of mixed law and fact, to the Refugee Appeal Division against a decision of the Refugee Protection Division to allow or reject the person\u2019s claim for refugee protection" (in force 2012-12-15)',
);

function radDeadline(id: 'rad-appeal.file' | 'rad-appeal.perfect', period: 'rad-appeal-filing' | 'rad-appeal-perfecting') {
  return {
    id,
    period,
    compute: (ctx: EvaluationContext) => {
      const received = claim(ctx)?.date;
      const p = periodAt(period, ctx.asOf);
      if (!radMayLie(ctx) || received === undefined || !p) return undefined;
      const file = period === 'rad-appeal-filing';
      return deadline({
        id,
        kind: 'limitation',
        event: 'priorRefugeeClaim.date',
        triggerDate: received,
        date: periodEnd(received, p.value),
        basis: file
          ? t(
              'File the notice of appeal with the Refugee Appeal Division: 15 days after the written reasons of the rejection are received (counted here from the recorded decision date). The RAD must receive it by then.',
              'Déposer l\u2019avis d\u2019appel à la Section d\u2019appel des réfugiés : 15 jours après la réception des motifs écrits du rejet (calculé ici à partir de la date de décision consignée). La SAR doit le recevoir dans ce délai.',
            )
          : t(
              'Perfect the appeal (the appellant\u2019s record and memorandum): 30 days after the written reasons are received (counted here from the recorded decision date).',
              'Mettre l\u2019appel en état (dossier de l\u2019appelant et mémoire) : 30 jours après la réception des motifs écrits (calculé ici à partir de la date de décision consignée).',
            ),
        extension: t(
          'The RAD may extend each time limit for reasons of fairness and natural justice (IRPR s. 159.91(2)).',
          'La SAR peut prolonger chaque délai pour des raisons d\u2019équité et de justice naturelle (RIPR art. 159.91(2)).',
        ),
        citation: p.citations[0]!,
      });
    },
  };
}

export const radAppeal: RemedyKnowledge = {
  id: 'rad-appeal',
  scope: 'federal',
  name: t('Appeal to the Refugee Appeal Division (RAD)', 'Appel à la Section d\u2019appel des réfugiés (SAR)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('appeal to the Refugee Appeal Division', 'appel à la Section d\u2019appel des réfugiés'),
  description: t(
    'An appeal, on the record and usually without a hearing, against the Refugee Protection Division\u2019s rejection of a refugee claim: filed within 15 days and perfected within 30 days of receiving the written reasons.',
    'Appel, sur dossier et d\u2019ordinaire sans audience, du rejet d\u2019une demande d\u2019asile par la Section de la protection des réfugiés : interjeté dans les 15 jours et mis en état dans les 30 jours suivant la réception des motifs écrits.',
  ),
  decisionMaker: t('IRB Refugee Appeal Division', 'Section d\u2019appel des réfugiés de la CISR'),
  legalBasis: [
    described(t('IRPA ss. 110–111; IRPR ss. 159.91–159.92; RAD Rules', 'LIPR art. 110–111; RIPR art. 159.91–159.92; Règles de la SAR'), {
      effective: SINCE_RAD,
      citations: [s110_1, irprXml('s. 159.91(1) (time limits to file and perfect)')],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: [],
  urgencyRole: 'stays-removal',
  goals: ['stay-in-canada', 'safety'],
  immigrationApplication: true,
  /** Where the urgency role and goals above come from. */
  sequencingBasis: [
    irpaXml(
      's. 49(2)(d)–(e): the removal order of a rejected claimant comes into force only after the appeal time limits expire unappealed, or "15 days after the day on which the Refugee Appeal Division provides notice that the claim is rejected"',
    ),
    irpaXml('s. 72(2)(a): judicial review "may not be made until any right of appeal that may be provided by this Act is exhausted"'),
    radRulesXml('r. 2(2), 3(2): the Division provides the notice of appeal and the appellant\u2019s record to the Minister'),
  ],
  yields: [
    {
      kind: 'protection',
      text: t(
        'The RAD may set the rejection aside and substitute its own determination, or refer the claim back to the RPD (s. 111(1))',
        'La SAR peut casser le rejet et y substituer sa propre décision, ou renvoyer l\u2019affaire à la SPR (art. 111(1))',
      ),
    },
    {
      kind: 'status',
      text: t(
        'While the appeal is pending, the conditional removal order is not in force: it takes effect 15 days after the RAD gives notice of a rejection (s. 49(2)(e))',
        'Pendant l\u2019appel, la mesure de renvoi conditionnelle n\u2019est pas exécutoire : elle prend effet 15 jours après l\u2019avis de rejet de la SAR (art. 49(2)e))',
      ),
    },
  ],
  timeline: described(
    t(
      'Decided without a hearing on the RPD record, within 90 days after the appeal is perfected unless a hearing is held, or as soon as feasible after that.',
      'Tranché sans audience sur le dossier de la SPR, dans les 90 jours suivant la mise en état sauf audience, ou dès que possible par la suite.',
    ),
    {
      effective: SINCE_RAD,
      citations: [
        irpaXml('s. 110(3): the RAD "must proceed without a hearing, on the basis of the record of the proceedings of the Refugee Protection Division"'),
        irprXml('s. 159.92: "90 days after the day on which the appeal is perfected"; otherwise "as soon as feasible after that time limit"'),
      ],
    },
  ),
  fees: described(t('No IRB fee (unverified).', 'Aucuns frais à la CISR (non vérifié).'), {
    effective: SINCE_RAD,
    citations: [irpa('—', 'unverified')],
  }),
  evidence: [
    t(
      'The RPD\u2019s notice of decision and written reasons, and the date the reasons were received (the time limits run from it)',
      'L\u2019avis de décision et les motifs écrits de la SPR, et la date de leur réception (les délais en partent)',
    ),
    t(
      'The RPD hearing transcript if relied on, and a memorandum locating the errors in the reasons or the recording (RAD Rules r. 3(3))',
      'La transcription de l\u2019audience de la SPR si on s\u2019y appuie, et un mémoire situant les erreurs dans les motifs ou l\u2019enregistrement (Règles de la SAR, règle 3(3))',
    ),
    t(
      'New evidence only if it arose after the rejection or was not reasonably available then (s. 110(4)); a hearing only where that evidence raises a serious credibility issue and is central and decisive (s. 110(6))',
      'Nouvelle preuve seulement si elle est survenue après le rejet ou n\u2019était pas raisonnablement disponible (art. 110(4)); audience seulement si cette preuve soulève une question importante de crédibilité, centrale et déterminante (art. 110(6))',
    ),
  ],
  barsSubjectTo: [],
  // A rejection by the RAD starts the 12-month bars again from its own date (ss. 24(4)(b), 25(1.2)(c)(ii), 112(2)(b.1)(ii)).
  barsCreated: ['refugee-rejected-12-months-hc', 'refugee-rejected-12-months-prra', 'refugee-rejected-12-months-trp'],
  eligibility: [
    row({
      id: 'rad-appeal.not-yet-in-force',
      effect: 'not-applicable',
      when: () => true,
      effective: { from: NOT_RESEARCHED, until: '2012-12-14' },
      reason: t(
        'The Refugee Appeal Division did not hear appeals before 15 December 2012.',
        'La Section d\u2019appel des réfugiés n\u2019entendait pas d\u2019appels avant le 15 décembre 2012.',
      ),
      citations: [irpaXml('s. 110 (in force 2012-12-15, per the consolidation)')],
    }),
    notForCitizensOrPermanentResidents('rad-appeal'),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.no-rejected-claim',
      effect: 'not-applicable',
      when: (ctx) => !['rejected', 'ineligible', 'withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? ''),
      reason: t(
        'No refugee claim rejected by the Refugee Protection Division is recorded: there is no decision to appeal (s. 110(1)).',
        'Aucune demande d\u2019asile rejetée par la Section de la protection des réfugiés n\u2019est consignée : il n\u2019y a pas de décision à porter en appel (art. 110(1)).',
      ),
      citations: [s110_1],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.ineligible-claim',
      effect: 'not-applicable',
      when: (ctx) => claim(ctx)?.outcome === 'ineligible',
      reason: t(
        'The claim was found ineligible, so the Refugee Protection Division never decided it: there is no appeal to the RAD (s. 110(1)). The eligibility decision can be challenged only by judicial review.',
        'La demande a été jugée irrecevable; la Section de la protection des réfugiés ne l\u2019a donc pas tranchée : aucun appel à la SAR (art. 110(1)). La décision de recevabilité ne peut être contestée que par contrôle judiciaire.',
      ),
      citations: [s110_1, irpaXml('s. 72(1): judicial review "with respect to any matter — a decision, determination or order made … under this Act"')],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.withdrawn-or-abandoned',
      effect: 'not-applicable',
      when: (ctx) => ['withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? ''),
      reason: t(
        'No appeal lies against a determination that a claim was withdrawn or abandoned (s. 110(2)(b)); judicial review is the route.',
        'Le prononcé de désistement ou de retrait d\u2019une demande d\u2019asile n\u2019est pas susceptible d\u2019appel (art. 110(2)b)); la voie est le contrôle judiciaire.',
      ),
      citations: [irpaXml('s. 110(2)(b): no appeal in respect of "a determination that a refugee protection claim has been withdrawn or abandoned"')],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.designated-foreign-national',
      effect: 'not-applicable',
      when: (ctx) => claimRejected(ctx) && designatedForeignNational(ctx),
      reason: t(
        'A designated foreign national cannot appeal the Refugee Protection Division\u2019s decision (s. 110(2)(a)); judicial review is the route.',
        'La décision de la Section de la protection des réfugiés à l\u2019égard d\u2019un étranger désigné n\u2019est pas susceptible d\u2019appel (art. 110(2)a)); la voie est le contrôle judiciaire.',
      ),
      citations: [
        irpaXml(
          's. 110(2)(a): no appeal in respect of "a decision of the Refugee Protection Division allowing or rejecting the claim for refugee protection of a designated foreign national"',
        ),
      ],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.safe-third-country-exception',
      effect: 'unlikely',
      when: (ctx) => claimRejected(ctx) && enteredByLandFromUnitedStates(ctx),
      reason: t(
        'The person entered by land from the United States. If the claim was referred only because an exception to the Safe Third Country Agreement applied (a family member in Canada, an unaccompanied minor, a visa or permit holder…), no appeal lies (s. 110(2)(d); IRPR ss. 159.4–159.6). Check where and how the claim was made.',
        'La personne est entrée par voie terrestre depuis les États-Unis. Si la demande n\u2019a été déférée que grâce à une exception à l\u2019Entente sur les tiers pays sûrs (membre de la famille au Canada, mineur non accompagné, titulaire d\u2019un visa ou d\u2019un permis…), aucun appel n\u2019est possible (art. 110(2)d); RIPR art. 159.4–159.6). Vérifiez où et comment la demande a été faite.',
      ),
      citations: [
        irpaXml(
          's. 110(2)(d): no appeal if the claimant "came directly or indirectly to Canada from a country that is … designated" and the claim "by virtue of regulations made under paragraph 102(1)(c) — is not ineligible under paragraph 101(1)(e)"',
        ),
        irprXml('ss. 159.3 (the United States designated), 159.4(1.1) (between ports, less than 14 days), 159.5 (exceptions at land ports of entry)'),
      ],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.reasons-date-unknown',
      effect: 'unknown',
      when: (ctx) => claimRejected(ctx) && claim(ctx)?.date === undefined,
      reason: t(
        'The claim was rejected on a date not recorded: the appeal must be filed within 15 days and perfected within 30 days of receiving the written reasons (IRPR s. 159.91(1)). Record the date the reasons were received.',
        'La demande a été rejetée à une date non consignée : l\u2019appel doit être interjeté dans les 15 jours et mis en état dans les 30 jours suivant la réception des motifs écrits (RIPR art. 159.91(1)). Consignez la date de réception des motifs.',
      ),
      citations: [irprXml('s. 159.91(1)(a)–(b): 15 and 30 days "after the day on which the person … receives written reasons for the decision"')],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.no-credible-basis-check',
      effect: 'note',
      when: radMayLie,
      reason: t(
        'Read the RPD\u2019s reasons: if they state that the claim has no credible basis or is manifestly unfounded, no appeal lies (s. 110(2)(c)) and judicial review is the only route.',
        'Lisez les motifs de la SPR : s\u2019ils font état de l\u2019absence de minimum de fondement ou d\u2019une demande manifestement infondée, aucun appel n\u2019est possible (art. 110(2)c)) et seul le contrôle judiciaire reste ouvert.',
      ),
      citations: [
        irpaXml(
          's. 110(2)(c): no appeal in respect of "a decision of the Refugee Protection Division rejecting a claim for refugee protection that states that the claim has no credible basis or is manifestly unfounded"',
        ),
      ],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.designated-foreign-national-unknown',
      effect: 'note',
      when: (ctx) => claimRejected(ctx) && ctx.facts.person.designatedForeignNational !== 'yes' && ctx.facts.person.designatedForeignNational !== 'no',
      reason: t(
        'Whether the person is a designated foreign national is not recorded: a designated foreign national cannot appeal to the RAD (s. 110(2)(a)).',
        'On ignore si la personne est un étranger désigné : un étranger désigné ne peut pas faire appel à la SAR (art. 110(2)a)).',
      ),
      citations: [irpaXml('s. 110(2)(a)')],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.time-to-file-passed',
      effect: 'unlikely',
      when: (ctx) => {
        const fileBy = radLimit(ctx, 'rad-appeal-filing');
        return claimRejected(ctx) && fileBy !== undefined && ctx.asOf > fileBy;
      },
      reason: t(
        'Unless a notice of appeal reached the RAD by {fileBy}, the time to appeal has passed (15 days after the written reasons, IRPR s. 159.91(1)(a)); the appellant\u2019s record was due by {perfectBy}. The RAD may extend the time for reasons of fairness and natural justice (s. 159.91(2)).',
        'À moins qu\u2019un avis d\u2019appel ne soit parvenu à la SAR au plus tard le {fileBy}, le délai d\u2019appel est expiré (15 jours après les motifs écrits, RIPR art. 159.91(1)a)); le dossier de l\u2019appelant était dû le {perfectBy}. La SAR peut prolonger le délai pour des raisons d\u2019équité et de justice naturelle (art. 159.91(2)).',
      ),
      details: radDates,
      citations: [
        irprXml('s. 159.91(1)(a): "15 days after the day on which the person … receives written reasons for the decision"'),
        irprXml('s. 159.91(2): the RAD "may, for reasons of fairness and natural justice, extend each of those time limits"'),
      ],
    }),
    row({
      effective: SINCE_RAD,
      id: 'rad-appeal.in-time',
      effect: 'likely',
      when: () => true,
      reason: t(
        'A rejection of the claim is recorded (taken here as the Refugee Protection Division\u2019s) and the time to appeal runs: file the notice of appeal by {fileBy} and the appellant\u2019s record by {perfectBy} (IRPR s. 159.91(1)). The appeal is on questions of law, fact or both (s. 110(1)).',
        'Le rejet de la demande est consigné (considéré ici comme celui de la Section de la protection des réfugiés) et le délai d\u2019appel court : déposer l\u2019avis d\u2019appel au plus tard le {fileBy} et le dossier de l\u2019appelant au plus tard le {perfectBy} (RIPR art. 159.91(1)). L\u2019appel porte sur des questions de droit, de fait ou mixtes (art. 110(1)).',
      ),
      details: radDates,
      citations: [s110_1, irprXml('s. 159.91(1)(a)–(b): 15 days to file, 30 days to perfect, after the written reasons are received')],
    }),
  ],
  risks: [
    risk({
      effective: SINCE_RAD,
      id: 'rad-appeal.later-bars-move',
      risk: 'bars-later-remedies',
      level: 'medium',
      basis: 'law',
      when: claimRejected,
      why: t(
        'While the appeal is pending no H&C application can be examined (s. 25(1.2)(b)); if it fails, the 12-month bars on a TRP, an H&C application and a PRRA run from the RAD\u2019s decision rather than the RPD\u2019s (ss. 24(4)(b), 25(1.2)(c)(ii), 112(2)(b.1)(ii)).',
        'Pendant l\u2019appel, aucune demande CH ne peut être examinée (art. 25(1.2)b)); en cas d\u2019échec, les interdictions de 12 mois visant le PST, la demande CH et l\u2019ERAR courent à partir de la décision de la SAR plutôt que de celle de la SPR (art. 24(4)b), 25(1.2)c)(ii), 112(2)b.1)(ii)).',
      ),
      citations: [
        irpaXml('s. 25(1.2)(b): no H&C examination if the claim "is pending before the Refugee Protection Division or the Refugee Appeal Division"'),
        irpaXml(
          'ss. 24(4)(b)(ii), 25(1.2)(c)(ii)(B), 112(2)(b.1)(ii)(B): the 12 months run from the latest of the rejections, including "the day on which … their claim … was rejected … by the Refugee Appeal Division"',
        ),
      ],
    }),
  ],
  practiceNotes: [],
  deadlines: [radDeadline('rad-appeal.file', 'rad-appeal-filing'), radDeadline('rad-appeal.perfect', 'rad-appeal-perfecting')],
};
