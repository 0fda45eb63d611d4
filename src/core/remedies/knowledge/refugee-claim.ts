// Refugee claim: eligibility (IRPA ss. 99–101) and the one-year bar from Bill C-12. Research notes §4.
import { deadline, described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { claimPending, criminalCharges, hasStatus, priorClaim, removalInMotion } from '../facts';
import type { EvaluationContext, RemedyKnowledge } from '../model';
import { billC12Commentary as c12, irpa, researchNotes, secondarySource } from '../sources';
import { periodAt, periodEnd } from '../periods';
import { notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from './common';

const ineligibility = secondarySource(
  'IRCC PDI "In-Canada refugee claims: grounds for ineligibility"; cleartoenter.ca consolidated IRPA s. 101',
  'https://cleartoenter.ca/irpa/101',
);

/** Bill C-12: claims made on or after 3 June 2025 by people who entered after 24 June 2020 and claim more than a year after entry. */
const BILL_APPLIES_FROM = '2025-06-03';
const ROYAL_ASSENT = '2026-03-26'; // secondary sources only: must be verified
const ENTRY_CUTOFF = '2020-06-24';
const VERIFY = t(
  'Bill C-12 one-year bar: in-force date (reported royal assent 26 Mar 2026) and any exceptions for trafficking victims must be verified against the statute.',
  'Interdiction d\u2019un an du projet de loi C-12 : la date d\u2019entrée en vigueur (sanction rapportée le 26 mars 2026) et toute exception pour les victimes de la traite doivent être vérifiées.',
);

/** "More than one year after entry": the year ends on the anniversary of entry; a claim on that day is in time. */
function oneYearWindowEnds(ctx: EvaluationContext) {
  const since = ctx.facts.person.inCanadaSince;
  const period = periodAt('refugee-claim-one-year', ctx.asOf);
  return since === undefined || !period ? undefined : periodEnd(since, period.value);
}
const caughtByOneYearBar = (ctx: EvaluationContext) => {
  const since = ctx.facts.person.inCanadaSince;
  const ends = oneYearWindowEnds(ctx);
  return since !== undefined && ends !== undefined && since > ENTRY_CUTOFF && ctx.asOf > ends;
};

export const refugeeClaim: RemedyKnowledge = {
  id: 'refugee-claim',
  scope: 'federal',
  name: t('Refugee claim', 'Demande d\u2019asile'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('refugee claim', 'demande d’asile'),
  description: t(
    'A claim for protection decided by the IRB Refugee Protection Division, after an officer finds it eligible.',
    'Demande de protection tranchée par la Section de la protection des réfugiés de la CISR, après une décision de recevabilité.',
  ),
  decisionMaker: t(
    'Eligibility: CBSA or IRCC officer; merits: IRB Refugee Protection Division, appeal to the Refugee Appeal Division',
    'Recevabilité : agent de l\u2019ASFC ou d\u2019IRCC; fond : SPR de la CISR, appel à la SAR',
  ),
  legalBasis: [
    described(t('IRPA ss. 96–97 (protection), 99–101 (claims and eligibility)', 'LIPR art. 96–97, 99–101'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('ss. 96–97, 99–101', 'secondary'), ineligibility('s. 101(1) grounds', 'secondary')],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: [],
  urgencyRole: 'none',
  goals: ['stay-in-canada', 'safety'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('ss. 99–101', 'official-text'), researchNotes('§14.5: sequence the H&C or TRP before a weak claim', 'secondary')],
  yields: [
    { kind: 'protection', text: t('Protected-person status, then permanent residence', 'Statut de personne protégée, puis résidence permanente') },
    {
      kind: 'income',
      text: t(
        'While pending: social assistance in BC, AB, ON and QC; Interim Federal Health Program',
        'Pendant l\u2019instance : aide sociale en C.-B., Alb., Ont. et Qc; PFSI',
      ),
    },
  ],
  timeline: described(t('Processing times not encoded (unverified).', 'Délais non encodés (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('—', 'unverified')],
  }),
  fees: described(t('No IRB fee (unverified).', 'Aucuns frais à la CISR (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('—', 'unverified')],
  }),
  evidence: [
    t(
      'Identity documents; the account of persecution or risk on return; country-condition evidence',
      'Pièces d\u2019identité; récit de la persécution ou du risque; preuve sur les conditions du pays',
    ),
  ],
  barsSubjectTo: ['refugee-ineligible-prior-claim', 'refugee-one-year-after-entry', 'removal-order-no-refugee-claim'],
  barsCreated: ['refugee-rejected-12-months-hc', 'refugee-rejected-12-months-prra', 'refugee-rejected-12-months-trp', 'refugee-claim-pending-hc'],
  eligibility: [
    notForCitizensOrPermanentResidents('refugee-claim'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.already-protected',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person') || priorClaim(ctx)?.outcome === 'accepted',
      reason: t('The person is already protected (s. 101(1)(a)).', 'La personne est déjà protégée (art. 101(1)(a)).'),
      citations: [ineligibility('s. 101(1)(a)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.already-pending',
      effect: 'not-applicable',
      when: claimPending,
      reason: t('A refugee claim is already pending.', 'Une demande d\u2019asile est déjà en cours.'),
      citations: [ineligibility('s. 101(1)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-rejected',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'rejected',
      reason: t(
        'A claim previously rejected by the IRB makes a new claim ineligible (s. 101(1)(b)); a PRRA may be the route.',
        'Une demande déjà rejetée par la CISR rend une nouvelle demande irrecevable (art. 101(1)(b)); l\u2019ERAR peut être la voie.',
      ),
      citations: [ineligibility('s. 101(1)(b)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-withdrawn',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
      reason: t(
        'A prior claim withdrawn or abandoned makes a new claim ineligible (s. 101(1)(c)).',
        'Une demande antérieure retirée ou abandonnée rend une nouvelle demande irrecevable (art. 101(1)(c)).',
      ),
      citations: [ineligibility('s. 101(1)(c)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.removal-order',
      effect: 'not-applicable',
      when: removalInMotion,
      reason: t(
        'A person subject to a removal order cannot make a refugee claim; a PRRA is the risk assessment available.',
        'Une personne visée par une mesure de renvoi ne peut demander l\u2019asile; l\u2019ERAR est l\u2019évaluation du risque disponible.',
      ),
      citations: [irpa('s. 99(3)', 'unverified')],
    }),
    row({
      id: 'refugee-claim.one-year-bar',
      effect: 'unlikely',
      when: caughtByOneYearBar,
      effective: { from: BILL_APPLIES_FROM, until: '2026-03-25' },
      verify: VERIFY,
      reason: t(
        'A bill (C-2, then C-12) would make claims made on or after 3 June 2025 ineligible when made more than one year after entry (entry after 24 June 2020); it would apply retroactively once passed. Such a claimant would get only a PRRA.',
        'Un projet de loi (C-2, puis C-12) rendrait irrecevables les demandes faites depuis le 3 juin 2025 plus d\u2019un an après l\u2019entrée (entrée après le 24 juin 2020), rétroactivement une fois adopté. Le demandeur n\u2019aurait droit qu\u2019à un ERAR.',
      ),
      citations: [c12('proposed s. 101(1)(b.1)', 'secondary')],
    }),
    row({
      id: 'refugee-claim.one-year-bar',
      effect: 'not-applicable',
      when: caughtByOneYearBar,
      effective: { from: ROYAL_ASSENT },
      verify: VERIFY,
      reason: t(
        'Ineligible: entered after 24 June 2020 and claiming more than one year after entry (s. 101(1)(b.1), Bill C-12); only a PRRA is available. Check for exceptions made by regulation.',
        'Irrecevable : entrée après le 24 juin 2020 et demande plus d\u2019un an après l\u2019entrée (art. 101(1)(b.1), projet de loi C-12); seul l\u2019ERAR est possible. Vérifier les exceptions réglementaires.',
      ),
      citations: [
        ineligibility('s. 101(1)(b.1)', 'secondary'),
        c12('royal assent reported 26 Mar 2026; applies to claims on or after 3 Jun 2025', 'secondary'),
      ],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.entry-date-needed',
      effect: 'unknown',
      when: (ctx) => ctx.asOf >= BILL_APPLIES_FROM && ctx.facts.person.inCanadaSince === undefined,
      reason: t(
        'The date of entry is needed to check the one-year bar.',
        'La date d\u2019entrée est nécessaire pour vérifier l\u2019interdiction d\u2019un an.',
      ),
      citations: [c12('one-year bar', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.criminality-note',
      effect: 'note',
      when: criminalCharges,
      reason: t(
        'A conviction for serious criminality would make a claim ineligible (s. 101(1)(f)) and limit the person to a restricted PRRA.',
        'Une déclaration de culpabilité pour grande criminalité rendrait la demande irrecevable (art. 101(1)(f)) et limiterait la personne à un ERAR restreint.',
      ),
      citations: [ineligibility('s. 101(1)(f)', 'secondary')],
    }),
    otherwise(
      'refugee-claim.merits-depend-on-risk',
      'possible',
      t(
        'The person appears eligible to claim; success depends on a risk of persecution or serious harm on return, which the screening does not assess.',
        'La personne semble recevable; le succès dépend d\u2019un risque de persécution ou de préjudice grave au retour, que le dépistage n\u2019évalue pas.',
      ),
      [irpa('ss. 96–97', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.bars-if-refused',
      risk: 'bars-later-remedies',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: t(
        'If the claim fails, H&C, PRRA and TRP requests are barred for 12 months after the final decision, and no H&C can be made while it is pending.',
        'Si la demande échoue, les demandes CH, ERAR et PST sont interdites 12 mois après la décision finale, et aucune demande CH n\u2019est possible pendant l\u2019instance.',
      ),
      citations: [irpa('ss. 24(4), 25(1.2)(b)–(c), 112(2)(b.1)', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.removal-order-if-refused',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t('A refused claim leads to an enforceable removal order.', 'Une demande rejetée mène à une mesure de renvoi exécutoire.'),
      citations: [irpa('s. 49(2)', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.hearing',
      risk: 'retraumatization',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t('The claimant testifies about past harm at a hearing.', 'Le demandeur témoigne des préjudices subis lors d\u2019une audience.'),
      citations: [irpa('s. 170', 'unverified')],
    }),
    ...inadmissibilityRisksFor('refugee-claim'),
  ],
  practiceNotes: [],
  deadlines: [
    {
      id: 'refugee-claim.one-year-window',
      period: 'refugee-claim-one-year',
      lawInMotion: true,
      compute: (ctx) => {
        const since = ctx.facts.person.inCanadaSince;
        const ends = oneYearWindowEnds(ctx);
        if (!since || !ends || since <= ENTRY_CUTOFF || ends < BILL_APPLIES_FROM || ctx.asOf < BILL_APPLIES_FROM) return undefined;
        return deadline({
          id: 'refugee-claim.one-year-window',
          kind: 'claim-window',
          event: 'inCanadaSince',
          triggerDate: since,
          date: ends,
          basis: t(
            'Under Bill C-12 a claim must be made within one year of entry (entry after 24 June 2020). VERIFY the in-force date and exceptions.',
            'Selon le projet de loi C-12, la demande doit être faite dans l\u2019année suivant l\u2019entrée. VÉRIFIER l\u2019entrée en vigueur et les exceptions.',
          ),
          citation: periodAt('refugee-claim-one-year', ctx.asOf)!.citations[0]!,
        });
      },
    },
  ],
};
