// Refugee claim: eligibility to be referred to the IRB (IRPA ss. 99–101), read in Justice Canada's
// XML consolidation (IRPA current to 2026-03-31, with S.C. 2026, c. 4 — Bill C-12 — and its
// transitional s. 75; IRPR current to 2026-06-14). Research notes §4.
import type { EntryRoute } from '../../contract';
import { deadline, described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import {
  answered,
  claimPending,
  criminalCharges,
  daysSinceEntry,
  entriesInto,
  hasStatus,
  isCitizenOrPermanentResident,
  lastEntry,
  oneYearBarStart,
  priorClaim,
  removalInMotion,
} from '../facts';
import type { EvaluationContext, RemedyKnowledge } from '../model';
import { periodAt, periodEnd } from '../periods';
import { billC12Commentary as c12, irpa, irpr, READ_IN_OFFICIAL_XML, researchNotes, sc2026c4Xml, secondarySource, stcaPage } from '../sources';
import { notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from './common';
import { addDays, type IsoDate } from '../../dates/iso-date';

const ineligibility = secondarySource(
  'IRCC PDI "In-Canada refugee claims: grounds for ineligibility"; cleartoenter.ca consolidated IRPA s. 101',
  'https://cleartoenter.ca/irpa/101',
);
/** A provision read in the official XML while encoding these rows. */
const act = (pinpoint: string) => irpa(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
const regs = (pinpoint: string) => irpr(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });

/**
 * S.C. 2026, c. 4, s. 75: paras. 101(1)(b.1), (b.2) and s. 101(1.1) apply to claims made from the day
 * Bill C-2 was introduced (3 June 2025, first reading, secondary sources); they came into force on
 * royal assent, 26 March 2026 (the in-force date the consolidation gives them; s. 75(b)).
 */
const BILL_APPLIES_FROM = '2025-06-03';
const ROYAL_ASSENT = '2026-03-26';
/** IRPR s. 159.4(1.1), the 14-day rule between ports of entry, in force 25 March 2023 (consolidation). */
const BETWEEN_PORTS_RULE_FROM = '2023-03-25';
const BETWEEN_PORTS_DAYS = 14;
const VERIFY = t(
  'Bill C-12 one-year bar: the consolidated IRPA shows s. 101(1)(b.1) in force on 26 Mar 2026 (S.C. 2026, c. 4, s. 73), and s. 101 makes no exception for trafficking victims. Still to verify: its application to claims made from 3 June 2025, which the amending Act sets, not the consolidation.',
  'Interdiction d\u2019un an du projet de loi C-12 : la LIPR codifiée montre l\u2019al. 101(1)(b.1) en vigueur le 26 mars 2026 (L.C. 2026, ch. 4, art. 73), et l\u2019art. 101 ne prévoit aucune exception pour les victimes de la traite. Reste à vérifier : son application aux demandes faites depuis le 3 juin 2025, fixée par la loi modificative et non par la codification.',
);

/** The one-year window: the entry that starts it, where that date came from, and its last day (the anniversary). */
function oneYearWindow(ctx: EvaluationContext) {
  const start = oneYearBarStart(ctx);
  const period = periodAt('refugee-claim-one-year', ctx.asOf);
  if (start === undefined || start === 'before-cutoff' || !period) return undefined;
  return { ...start, ends: periodEnd(start.date, period.value) };
}
const caughtByOneYearBar = (ctx: EvaluationContext) => {
  const w = oneYearWindow(ctx);
  return w !== undefined && ctx.asOf > w.ends;
};
const oneYearDetails = (ctx: EvaluationContext) => {
  const w = oneYearWindow(ctx)!;
  return { entry: w.date, ends: w.ends, field: w.field };
};

/** s. 101(1)(b.2): an entry between ports along the US land border, the claim made 14 days or more after it. */
const lateAfterBetweenPorts = (ctx: EvaluationContext) =>
  entriesInto(ctx).find((e) => e.via === 'land-from-us-between-ports' && daysSinceEntry(ctx, e.date) >= BETWEEN_PORTS_DAYS);

/**
 * s. 101(1)(e) with IRPR s. 159.4: the Agreement reaches a claim made on arrival at a land port of
 * entry from the United States, and (from 25 March 2023) one made less than 14 days after crossing
 * between ports (s. 159.4(1.1)). The last entry is the one a claim now would follow.
 */
function safeThirdCountryEntry(ctx: EvaluationContext) {
  const e = lastEntry(ctx);
  if (!e) return undefined;
  const days = daysSinceEntry(ctx, e.date);
  if (e.via === 'land-from-us-at-port' && days === 0) return e;
  if (e.via === 'land-from-us-between-ports' && ctx.asOf >= BETWEEN_PORTS_RULE_FROM && days >= 0 && days < BETWEEN_PORTS_DAYS) return e;
  return undefined;
}
const stcaDetails = (ctx: EvaluationContext) => {
  const e = safeThirdCountryEntry(ctx)!;
  return { entry: e.date, b2from: addDays(e.date as IsoDate, BETWEEN_PORTS_DAYS) };
};

const history = (ctx: EvaluationContext) => ctx.facts.person.refugeeHistoryAbroad;
const CLOSED_OUTCOMES = ['accepted', 'rejected', 'withdrawn', 'abandoned', 'ineligible'];

/** A row above already answers "no claim": the notes on missing facts would only add noise. */
const claimClosed = (ctx: EvaluationContext) =>
  isCitizenOrPermanentResident(ctx) ||
  hasStatus(ctx, 'protected-person') ||
  claimPending(ctx) ||
  CLOSED_OUTCOMES.includes(priorClaim(ctx)?.outcome ?? '') ||
  removalInMotion(ctx) ||
  (ctx.asOf >= BILL_APPLIES_FROM && (caughtByOneYearBar(ctx) || lateAfterBetweenPorts(ctx) !== undefined));

/** The claim could be found ineligible on a ground the facts point to but do not settle. */
const mayBeFoundIneligible = (ctx: EvaluationContext) =>
  safeThirdCountryEntry(ctx) !== undefined || history(ctx) === 'claim-in-information-sharing-country' || history(ctx) === 'recognized-as-refugee-elsewhere';

const PORT_ROUTES: readonly EntryRoute[] = ['air', 'sea', 'land-from-us-at-port'];
/** A pending claim made at a port of entry: its recorded date is the day of an entry through a port. */
function pendingPortOfEntryClaim(ctx: EvaluationContext) {
  const claim = priorClaim(ctx);
  if (claim?.outcome !== 'pending' || claim.date === undefined) return undefined;
  return entriesInto(ctx).some((e) => e.date === claim.date && PORT_ROUTES.includes(e.via ?? 'unknown')) ? claim.date : undefined;
}

const TERMINATION = t(
  'An officer who finds a claim ineligible terminates its processing (s. 101(1.2)), and the conditional removal order made with the claim comes into force 7 days after notice (s. 49(2)(b)): making the claim leads toward removal.',
  'L\u2019agent qui juge une demande irrecevable met fin à son traitement (art. 101(1.2)), et la mesure de renvoi conditionnelle prise avec la demande entre en vigueur 7 jours après l\u2019avis (art. 49(2)b)) : la demande mène au renvoi.',
);

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
      reason: t('The person is already protected (s. 101(1)(a)).', 'La personne est déjà protégée (art. 101(1)a)).'),
      citations: [act('s. 101(1)(a)')],
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
        'Une demande déjà rejetée par la CISR rend une nouvelle demande irrecevable (art. 101(1)b)); l\u2019ERAR peut être la voie.',
      ),
      citations: [act('s. 101(1)(b)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-withdrawn',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
      reason: t(
        'A prior claim determined to have been withdrawn makes a new claim ineligible (s. 101(1)(c)).',
        'Une demande antérieure jugée retirée rend une nouvelle demande irrecevable (art. 101(1)c)).',
      ),
      citations: [act('s. 101(1)(c)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-abandoned',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'abandoned',
      reason: t(
        'A prior claim determined to have been abandoned makes a new claim ineligible (s. 101(1)(c)); a PRRA may be the route.',
        'Une demande antérieure jugée abandonnée rend une nouvelle demande irrecevable (art. 101(1)c)); l\u2019ERAR peut être la voie.',
      ),
      citations: [act('s. 101(1)(c)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-ineligible',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'ineligible',
      reason: t(
        'A prior claim determined to be ineligible to be referred to the IRB makes a new claim ineligible (s. 101(1)(c)); a PRRA may be the route.',
        'Une demande antérieure jugée irrecevable rend une nouvelle demande irrecevable (art. 101(1)c)); l\u2019ERAR peut être la voie.',
      ),
      citations: [act('s. 101(1)(c)')],
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
      citations: [act('s. 99(3)')],
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
      details: oneYearDetails,
      reason: t(
        `Ineligible: a claim now would be made more than one year after the person's first entry after 24 June 2020, on {entry} (date taken from {field}); the year ended on {ends} (s. 101(1)(b.1); with several entries the year runs from the first, s. 101(1.1)). ${TERMINATION.en} A PRRA is the risk assessment left.`,
        `Irrecevable : une demande faite maintenant le serait plus d\u2019un an après la première entrée de la personne après le 24 juin 2020, le {entry} (date tirée de {field}); l\u2019année a pris fin le {ends} (art. 101(1)b.1); en cas d\u2019entrées multiples, l\u2019année court depuis la première, art. 101(1.1)). ${TERMINATION.fr} Reste l\u2019ERAR pour évaluer le risque.`,
      ),
      citations: [act('s. 101(1)(b.1), (1.1) and (1.2); s. 49(2)(b)'), sc2026c4Xml('s. 75 (claims made on or after the day Bill C-2 was introduced)')],
    }),
    row({
      id: 'refugee-claim.between-ports-after-14-days',
      effect: 'unlikely',
      when: (ctx) => lateAfterBetweenPorts(ctx) !== undefined,
      effective: { from: BILL_APPLIES_FROM, until: '2026-03-25' },
      verify: VERIFY,
      reason: t(
        'A bill (C-2, then C-12) would make ineligible a claim made 14 days or more after crossing the United States land border between ports of entry (proposed s. 101(1)(b.2)), retroactively to 3 June 2025 once passed.',
        'Un projet de loi (C-2, puis C-12) rendrait irrecevable la demande faite 14 jours ou plus après avoir franchi la frontière terrestre avec les États-Unis entre les points d\u2019entrée (art. 101(1)b.2) proposé), rétroactivement au 3 juin 2025 une fois adopté.',
      ),
      citations: [c12('proposed s. 101(1)(b.2)', 'secondary')],
    }),
    row({
      id: 'refugee-claim.between-ports-after-14-days',
      effect: 'not-applicable',
      when: (ctx) => lateAfterBetweenPorts(ctx) !== undefined,
      effective: { from: ROYAL_ASSENT },
      details: (ctx) => ({ entry: lateAfterBetweenPorts(ctx)!.date }),
      reason: t(
        `Ineligible: the person crossed the United States land border between ports of entry on {entry}, and a claim made 14 days or more after that crossing is ineligible, with no exception (s. 101(1)(b.2); IRPR s. 159.4(1.1)). ${TERMINATION.en} A PRRA is the risk assessment left.`,
        `Irrecevable : la personne a franchi la frontière terrestre avec les États-Unis entre les points d\u2019entrée le {entry}, et une demande faite 14 jours ou plus après ce passage est irrecevable, sans exception (art. 101(1)b.2); RIPR art. 159.4(1.1)). ${TERMINATION.fr} Reste l\u2019ERAR pour évaluer le risque.`,
      ),
      citations: [
        act('s. 101(1)(b.2) and (1.2); s. 49(2)(b)'),
        regs('s. 159.4(1.1)'),
        sc2026c4Xml('s. 75 (claims made on or after the day Bill C-2 was introduced)'),
      ],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.safe-third-country',
      effect: 'unlikely',
      when: (ctx) => safeThirdCountryEntry(ctx) !== undefined,
      details: stcaDetails,
      reason: t(
        'The Safe Third Country Agreement: a person who comes from the United States by land (entry on {entry}) — claiming at a land port of entry, or less than 14 days after crossing between ports — is ineligible (s. 101(1)(e); IRPR ss. 159.3, 159.4(1.1)) unless they establish an exception: a family member in Canada who is a Canadian citizen, permanent resident, protected person or person whose removal is stayed under IRPR s. 233, or an adult family member in Canada with a claim referred to the IRB or a work or study permit; an unaccompanied minor; a holder of a Canadian visa, temporary resident permit, travel document or refugee travel papers; a person who needs no visa for Canada but would for the United States; a person returned after being refused entry to the United States without a claim decided there (IRPR s. 159.5(a)–(h)); a person charged with or convicted of an offence punishable by death (s. 159.6). United States nationals and stateless former habitual residents of the United States are not covered (s. 101(1)(e); IRPR s. 159.2). Which exception applies is not recorded here. After crossing between ports, a claim made on or after {b2from} is barred by s. 101(1)(b.2) instead, with no exception.',
        'L\u2019Entente sur les tiers pays sûrs : la personne venue des États-Unis par voie terrestre (entrée le {entry}) — qui demande l\u2019asile à un point d\u2019entrée terrestre, ou moins de 14 jours après avoir franchi la frontière entre les points d\u2019entrée — est irrecevable (art. 101(1)e); RIPR art. 159.3, 159.4(1.1)) sauf si elle établit une exception : un membre de la famille au Canada qui est citoyen canadien, résident permanent, personne protégée ou personne dont le renvoi est suspendu en vertu de l\u2019art. 233 du RIPR, ou un membre adulte de la famille au Canada dont la demande d\u2019asile a été déférée à la CISR ou qui détient un permis de travail ou d\u2019études; un mineur non accompagné; le titulaire d\u2019un visa canadien, d\u2019un permis de séjour temporaire, d\u2019un titre de voyage ou d\u2019un titre de voyage de réfugié; une personne dispensée de visa pour le Canada mais qui en aurait besoin pour les États-Unis; une personne renvoyée après un refus d\u2019entrée aux États-Unis sans décision sur une demande d\u2019asile (RIPR art. 159.5a) à h)); une personne accusée ou déclarée coupable d\u2019une infraction punissable de la peine de mort (art. 159.6). Les ressortissants des États-Unis et les apatrides dont c\u2019était le pays de résidence habituelle ne sont pas visés (art. 101(1)e); RIPR art. 159.2). L\u2019exception applicable n\u2019est pas consignée ici. Après un passage entre les points d\u2019entrée, une demande faite le {b2from} ou après est plutôt visée par l\u2019art. 101(1)b.2), sans exception.',
      ),
      citations: [act('s. 101(1)(e)'), regs('ss. 159.2–159.6'), stcaPage('where the Agreement applies; exceptions', 'secondary')],
    }),
    row({
      effective: { from: '2019-06-21' },
      id: 'refugee-claim.claim-in-information-sharing-country',
      effect: 'unlikely',
      when: (ctx) => history(ctx) === 'claim-in-information-sharing-country',
      reason: t(
        `A refugee claim made earlier in a country that shares immigration information with Canada makes a claim here ineligible once that claim is confirmed under the information-sharing arrangement (s. 101(1)(c.1)). ${TERMINATION.en} A PRRA may be the route.`,
        `Une demande d\u2019asile faite auparavant dans un pays qui échange des renseignements sur l\u2019immigration avec le Canada rend la demande ici irrecevable une fois confirmée selon l\u2019accord d\u2019échange de renseignements (art. 101(1)c.1)). ${TERMINATION.fr} L\u2019ERAR peut être la voie.`,
      ),
      citations: [act('s. 101(1)(c.1), in force 21 June 2019 (S.C. 2019, c. 29)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.recognized-elsewhere',
      effect: 'unlikely',
      when: (ctx) => history(ctx) === 'recognized-as-refugee-elsewhere',
      reason: t(
        'A person recognized as a Convention refugee by another country is ineligible if they can be sent or returned to that country (s. 101(1)(d)); whether they can be returned there is not recorded here and must be checked.',
        'La personne reconnue comme réfugiée au sens de la Convention par un autre pays est irrecevable si elle peut y être renvoyée (art. 101(1)d)); la possibilité de l\u2019y renvoyer n\u2019est pas consignée ici et doit être vérifiée.',
      ),
      citations: [act('s. 101(1)(d)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.entry-date-needed',
      effect: 'unknown',
      when: (ctx) => ctx.asOf >= BILL_APPLIES_FROM && oneYearBarStart(ctx) === undefined,
      reason: t(
        'Unknown: when the person entered Canada (person.entries, or inCanadaSince). A claim made more than one year after the first entry after 24 June 2020 is ineligible (s. 101(1)(b.1), (1.1)).',
        'Inconnu : la date d\u2019entrée au Canada (person.entries, ou inCanadaSince). Une demande faite plus d\u2019un an après la première entrée postérieure au 24 juin 2020 est irrecevable (art. 101(1)b.1), (1.1)).',
      ),
      citations: [act('s. 101(1)(b.1) and (1.1)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.criminality-note',
      effect: 'note',
      when: criminalCharges,
      reason: t(
        'A claimant determined inadmissible for serious criminality (a conviction for an offence punishable by at least 10 years) or organized criminality is ineligible (s. 101(1)(f), (2)) and limited to a restricted PRRA; a charge for such an offence can suspend the eligibility decision (s. 100(2)(b)).',
        'Le demandeur interdit de territoire pour grande criminalité (déclaration de culpabilité pour une infraction punissable d\u2019au moins 10 ans) ou pour criminalité organisée est irrecevable (art. 101(1)f), (2)) et limité à un ERAR restreint; une accusation pour une telle infraction peut suspendre la décision de recevabilité (art. 100(2)b)).',
      ),
      citations: [act('s. 101(1)(f) and (2); s. 100(2)(b)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.stca-unaccompanied-minor',
      effect: 'note',
      when: (ctx) => safeThirdCountryEntry(ctx) !== undefined && ctx.facts.person.ageBand === 'minor',
      reason: t(
        'The person is a minor: the Agreement does not apply to one under 18 who is not accompanied by a parent or legal guardian, has no spouse or common-law partner, and has no parent or legal guardian in Canada or the United States (IRPR s. 159.5(e)).',
        'La personne est mineure : l\u2019Entente ne s\u2019applique pas à la personne de moins de 18 ans non accompagnée de sa mère, de son père ou d\u2019un tuteur légal, sans époux ni conjoint de fait, et sans mère, père ni tuteur légal au Canada ou aux États-Unis (RIPR art. 159.5e)).',
      ),
      citations: [regs('s. 159.5(e)')],
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
    // Notes on what is not known yet: they follow the answer, and only while no row above closes the claim.
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.land-port-entry-note',
      effect: 'note',
      when: (ctx) => !claimClosed(ctx) && lastEntry(ctx)?.via === 'land-from-us-at-port' && safeThirdCountryEntry(ctx) === undefined,
      details: (ctx) => ({ entry: lastEntry(ctx)!.date }),
      reason: t(
        'The person last entered by land from the United States at a port of entry ({entry}). The Safe Third Country Agreement applies to people seeking entry there; IRCC does not apply it to a claim made later inside Canada. Check that no claim was made and refused at the port (s. 101(1)(c)).',
        'La personne est entrée en dernier lieu par voie terrestre depuis les États-Unis à un point d\u2019entrée ({entry}). L\u2019Entente sur les tiers pays sûrs vise les personnes qui cherchent à y entrer; IRCC ne l\u2019applique pas à une demande faite plus tard à l\u2019intérieur du Canada. Vérifier qu\u2019aucune demande n\u2019a été faite et refusée au point d\u2019entrée (art. 101(1)c)).',
      ),
      citations: [regs('s. 159.4(1)'), stcaPage('where the Agreement applies', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.entry-route-unknown',
      effect: 'note',
      when: (ctx) => !claimClosed(ctx) && (lastEntry(ctx) === undefined || (lastEntry(ctx)!.via ?? 'unknown') === 'unknown'),
      reason: t(
        'Unknown: how the person entered Canada (person.entries[].via). An entry by land from the United States brings the Safe Third Country Agreement (s. 101(1)(e)) and, between ports of entry, the 14-day rule (s. 101(1)(b.2); IRPR s. 159.4(1.1)).',
        'Inconnu : le mode d\u2019entrée au Canada (person.entries[].via). Une entrée par voie terrestre depuis les États-Unis fait jouer l\u2019Entente sur les tiers pays sûrs (art. 101(1)e)) et, entre les points d\u2019entrée, la règle des 14 jours (art. 101(1)b.2); RIPR art. 159.4(1.1)).',
      ),
      citations: [act('s. 101(1)(b.2) and (e)'), regs('s. 159.4(1.1)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.history-abroad-unknown',
      effect: 'note',
      when: (ctx) => !claimClosed(ctx) && (history(ctx) === undefined || history(ctx) === 'unknown'),
      reason: t(
        'Unknown: whether the person made a refugee claim in, or was recognized as a refugee by, another country (person.refugeeHistoryAbroad); either can make a claim here ineligible (s. 101(1)(c.1), (d)).',
        'Inconnu : si la personne a demandé l\u2019asile dans un autre pays ou y a été reconnue réfugiée (person.refugeeHistoryAbroad); l\u2019un ou l\u2019autre peut rendre la demande ici irrecevable (art. 101(1)c.1), d)).',
      ),
      citations: [act('s. 101(1)(c.1) and (d)')],
    }),
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
      why: t(
        'A claim found ineligible, withdrawn, abandoned or rejected brings the conditional removal order made with it into force.',
        'Une demande jugée irrecevable, retirée, abandonnée ou rejetée fait entrer en vigueur la mesure de renvoi conditionnelle prise avec elle.',
      ),
      citations: [act('s. 49(2)')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.ineligible-claim-terminated',
      risk: 'status-jeopardy',
      level: 'high',
      basis: 'law',
      when: mayBeFoundIneligible,
      why: t(
        'If the officer finds the claim ineligible, its processing ends (s. 101(1.2)) and the removal order comes into force on notice for a Safe Third Country Agreement finding, 7 days after notice otherwise (s. 49(2)(a)–(b)); after a Safe Third Country Agreement finding no PRRA is open (s. 112(2)(b)). Settle the ground with counsel before the person claims.',
        'Si l\u2019agent juge la demande irrecevable, son traitement prend fin (art. 101(1.2)) et la mesure de renvoi entre en vigueur dès l\u2019avis pour l\u2019Entente sur les tiers pays sûrs, 7 jours après l\u2019avis sinon (art. 49(2)a)–b)); après une décision fondée sur l\u2019Entente, aucun ERAR n\u2019est possible (art. 112(2)b)). Régler la question avec un avocat avant la demande.',
      ),
      citations: [act('s. 101(1.2); s. 49(2)(a)–(b); s. 112(2)(b)')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.coerced-facilitation',
      risk: 'status-jeopardy',
      level: 'high',
      basis: 'law',
      when: (ctx) => answered(ctx, 'coerced-into-facilitating'),
      why: t(
        'The person was made to recruit, transport, watch or control others. Told to an officer, that conduct could be framed as "people smuggling, trafficking in persons" (organized criminality, s. 37(1)(b)); a determination of inadmissibility on that ground would make a claim ineligible (s. 101(1)(f)) and leave only a restricted PRRA (s. 112(3)(a)). Conduct forced on a victim is not a finding against them: criminal and immigration counsel should assess it before the account is given.',
        'La personne a été forcée de recruter, transporter, surveiller ou contrôler d\u2019autres personnes. Relatée à un agent, cette conduite pourrait être qualifiée de « passage de clandestins, trafic de personnes » (criminalité organisée, art. 37(1)b)); une interdiction de territoire pour ce motif rendrait la demande irrecevable (art. 101(1)f)) et ne laisserait qu\u2019un ERAR restreint (art. 112(3)a)). Une conduite imposée à une victime n\u2019est pas une conclusion contre elle : un avocat en droit criminel et un avocat en immigration doivent l\u2019évaluer avant que le récit soit fait.',
      ),
      citations: [act('s. 37(1)(b); s. 101(1)(f); s. 112(3)(a)')],
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
      compute: (ctx) => {
        const w = oneYearWindow(ctx);
        if (!w || w.ends < BILL_APPLIES_FROM || ctx.asOf < BILL_APPLIES_FROM || claimPending(ctx)) return undefined;
        return deadline({
          id: 'refugee-claim.one-year-window',
          kind: 'claim-window',
          event: w.field === 'person.entries' ? 'entries' : 'inCanadaSince',
          triggerDate: w.date,
          date: w.ends,
          basis: t(
            `A refugee claim must be made within one year of the first entry into Canada after 24 June 2020 — here ${w.date}, taken from ${w.field}; later entries do not restart the year (IRPA s. 101(1)(b.1), (1.1)).`,
            `La demande d\u2019asile doit être faite dans l\u2019année suivant la première entrée au Canada après le 24 juin 2020 — ici le ${w.date}, date tirée de ${w.field}; une entrée ultérieure ne fait pas repartir l\u2019année (LIPR art. 101(1)b.1), (1.1)).`,
          ),
          citation: periodAt('refugee-claim-one-year', ctx.asOf)!.citations[0]!,
        });
      },
    },
    {
      id: 'refugee-claim.basis-of-claim-port-of-entry',
      period: 'refugee-basis-of-claim-port-of-entry',
      compute: (ctx) => {
        const claimed = pendingPortOfEntryClaim(ctx);
        const period = periodAt('refugee-basis-of-claim-port-of-entry', ctx.asOf);
        if (claimed === undefined || !period) return undefined;
        return deadline({
          id: 'refugee-claim.basis-of-claim-port-of-entry',
          kind: 'limitation',
          event: 'priorRefugeeClaim.date',
          triggerDate: claimed,
          date: periodEnd(claimed, period.value),
          basis: t(
            `A claim made at a port of entry: the Basis of Claim form goes to the Refugee Protection Division not later than 15 days after the claim is referred to it (IRPR s. 159.8(2)). Counted here from the claim's recorded date, ${claimed}; if the referral came later, count from the referral.`,
            `Demande faite à un point d\u2019entrée : le formulaire Fondement de la demande d\u2019asile doit parvenir à la Section de la protection des réfugiés au plus tard 15 jours après que la demande lui a été déférée (RIPR art. 159.8(2)). Compté ici depuis la date consignée de la demande, le ${claimed}; si le renvoi à la Section est postérieur, compter depuis ce renvoi.`,
          ),
          extension: t(
            'The Division may extend the time for reasons of fairness and natural justice (IRPR s. 159.8(3)).',
            'La Section peut prolonger le délai pour des raisons d\u2019équité et de justice naturelle (RIPR art. 159.8(3)).',
          ),
          citation: period.citations[0]!,
        });
      },
    },
  ],
};
