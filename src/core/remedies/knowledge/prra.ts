// Pre-removal risk assessment, IRPA s. 112. Research notes §4; Operational Bulletin 440-H.
import { described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { barEnds, barRuns, criminalCharges, hasStatus, ineligibleAfterLandEntryFromUs, priorClaim, removalState } from '../facts';
import { barRule } from '../bars';
import type { RemedyKnowledge } from '../model';
import { billC12NotInForce, CHECKED_WHILE_ENCODING, ircc, irpa, irpaXml, irprXml, ob440, researchNotes, secondarySource } from '../sources';
import { BILL_C12_ENACTED, barDateUnknownRow, inadmissibilityRisksFor, notForCitizensOrPermanentResidents, notYetInForce } from './common';

const meurrens = secondarySource('Meurrens on Immigration, PRRA changes', 'https://meurrensonimmigration.com/overview-of-prra-changes/');
const restricted = ircc(
  '"Processing PRRA applications: applicant restrictions on access to protection"',
  'http://www.cic.gc.ca/english/resources/tools/refugees/prra/protection.asp',
);

export const prra: RemedyKnowledge = {
  id: 'prra',
  scope: 'federal',
  name: t('Pre-removal risk assessment (PRRA)', 'Examen des risques avant renvoi (ERAR)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('pre-removal risk assessment', 'examen des risques avant renvoi'),
  description: t(
    'An assessment of risk on return for people under a removal order, including refused or ineligible refugee claimants.',
    'Évaluation du risque au retour pour les personnes visées par une mesure de renvoi, y compris les demandeurs d\u2019asile déboutés ou irrecevables.',
  ),
  decisionMaker: t('IRCC PRRA officer', 'Agent d\u2019ERAR d\u2019IRCC'),
  legalBasis: [
    described(t('IRPA ss. 112–114', 'LIPR art. 112–114'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('s. 112', 'secondary'), ob440('s. 112(2)(b.1), (c)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING })],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: [],
  urgencyRole: 'stays-removal',
  goals: ['stay-in-canada', 'safety'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('ss. 112(1), 112(2)(b.1), 114(1)', 'official-text'), researchNotes('§4: a first PRRA stays removal', 'secondary')],
  yields: [
    {
      kind: 'protection',
      text: t(
        'Protected-person status if approved (a restricted PRRA gives only a stay of removal)',
        'Statut de personne protégée si accueilli (l\u2019ERAR restreint ne donne qu\u2019un sursis)',
      ),
    },
    {
      kind: 'status',
      text: t('A first PRRA application stays removal while it is decided', 'Une première demande d\u2019ERAR suspend le renvoi pendant l\u2019examen'),
    },
  ],
  timeline: described(
    t(
      'Apply within 15 days of notification (+7 if mailed), traditionally; approvals about 30% (secondary).',
      'Demande dans les 15 jours de l\u2019avis (+7 par la poste); taux d\u2019acceptation d\u2019environ 30 % (secondaire).',
    ),
    { effective: START_NOT_RESEARCHED, citations: [meurrens('15 days; approval rates', 'secondary')] },
  ),
  fees: described(t('No fee (unverified).', 'Aucuns frais (non vérifié).'), { effective: START_NOT_RESEARCHED, citations: [irpa('—', 'unverified')] }),
  evidence: [
    t(
      'New evidence of risk that arose after the refugee decision or was not reasonably available (s. 113(a))',
      'Nouvelle preuve de risque survenue après la décision ou non raisonnablement disponible (art. 113(a))',
    ),
  ],
  barsSubjectTo: ['refugee-rejected-12-months-prra', 'prra-refused-12-months'],
  barsCreated: ['prra-refused-12-months'],
  eligibility: [
    notForCitizensOrPermanentResidents('prra'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.protected-person',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person'),
      reason: t('A protected person is not removed to the country of risk.', 'Une personne protégée n\u2019est pas renvoyée vers le pays à risque.'),
      citations: [irpa('s. 115', 'unverified')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.no-removal-order',
      effect: 'not-applicable',
      when: (ctx) => removalState(ctx) === 'none',
      reason: t(
        'A PRRA is offered only once a removal order is in force and the person is notified.',
        'L\u2019ERAR n\u2019est offert qu\u2019une fois la mesure de renvoi exécutoire et la personne avisée.',
      ),
      citations: [irpa('s. 112(1); IRPR s. 160', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.removal-state-unknown',
      effect: 'unknown',
      when: (ctx) => removalState(ctx) === 'unknown',
      reason: t('Whether a removal order exists is unknown.', 'On ignore s\u2019il existe une mesure de renvoi.'),
      citations: [irpa('s. 112(1)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.safe-third-country',
      effect: 'unlikely',
      when: ineligibleAfterLandEntryFromUs,
      reason: t(
        'The person came by land from the United States and the claim was found ineligible: if it was found ineligible under the Safe Third Country rule (s. 101(1)(e)), no PRRA may be made (s. 112(2)(b)). Check the ground in the ineligibility decision; another ground (such as a claim made more than 14 days after crossing between ports, s. 101(1)(b.2), or the one-year rule) does not close the PRRA.',
        'La personne est arrivée par voie terrestre des États-Unis et la demande d\u2019asile a été jugée irrecevable : si elle l\u2019a été en vertu de la règle du tiers pays sûr (al. 101(1)e)), aucune demande d\u2019ERAR n\u2019est possible (al. 112(2)b)). Vérifier le motif dans la décision d\u2019irrecevabilité; un autre motif (demande faite plus de 14 jours après être entré entre les points d\u2019entrée, al. 101(1)b.2), ou la règle d\u2019un an) ne ferme pas l\u2019ERAR.',
      ),
      citations: [
        irpaXml(
          's. 112(2)(b) "a person may not apply for protection if ... they have made a claim to refugee protection that has been determined under paragraph 101(1)(e) to be ineligible"',
        ),
        irpaXml(
          's. 101(1)(e) "the claimant came directly or indirectly to Canada from a country designated by the regulations, other than a country of their nationality"',
        ),
        irprXml(
          's. 159.4(1.1) "Paragraph 101(1)(e) of the Act applies to a claimant who enters Canada at a location along the Canada \u2013 United States land border ... that is not a port of entry and makes a claim for refugee protection less than 14 days after the day on which the claimant enters Canada"',
        ),
      ],
    }),
    row({
      id: 'prra.refugee-rejection-bar',
      effect: 'unlikely',
      effective: barRule('refugee-rejected-12-months-prra', 'prra').effective,
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-prra', 'prra'),
      reason: t(
        'No PRRA until {opens}: 12 months after the refugee claim was rejected, withdrawn or abandoned (s. 112(2)(b.1)).',
        'Pas d\u2019ERAR avant le {opens} : 12 mois après le rejet, le retrait ou l\u2019abandon de la demande d\u2019asile (art. 112(2)(b.1)).',
      ),
      details: (ctx) => barEnds(ctx, 'refugee-rejected-12-months-prra', 'prra'),
      citations: [
        ob440('s. 112(2)(b.1): 12 months since rejection (in force 28 Jun 2012)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING }),
        irpaXml(
          's. 112(2)(b.1) "less than 12 months ... have passed since (i) the day on which their claim for refugee protection was rejected ... or determined to be withdrawn or abandoned by the Refugee Protection Division"',
        ),
      ],
    }),
    barDateUnknownRow(
      'prra',
      'refugee-rejected-12-months-prra',
      'unknown',
      t(
        'A refugee claim was refused or withdrawn on a date not recorded: no PRRA until 12 months after that decision (s. 112(2)(b.1)). Record the date.',
        'Une demande d\u2019asile a été rejetée ou retirée à une date non consignée : pas d\u2019ERAR avant 12 mois après cette décision (art. 112(2)(b.1)). Consignez la date.',
      ),
    ),
    row({
      effective: { from: BILL_C12_ENACTED },
      verify: notYetInForce('s. 52'),
      id: 'prra.minister-withdrawal-not-in-force',
      effect: 'note',
      when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
      reason: t(
        'Enacted, not yet in force: S.C. 2026, c. 4, s. 52 adds a 12-month PRRA bar after a claim the Minister determines to be withdrawn (new s. 112(2)(b.2)), and drops the 36-month period for nationals of designated countries from s. 112(2)(b.1) and (c). If the Minister, not the Refugee Protection Division, closed this claim, check whether s. 52 is in force.',
        'Adopté, pas encore en vigueur : L.C. 2026, ch. 4, art. 52 ajoute une interdiction d\u2019ERAR de 12 mois après le prononcé du retrait de la demande d\u2019asile par le ministre (nouvel al. 112(2)b.2)) et retire la période de 36 mois visant les ressortissants de pays désignés des al. 112(2)b.1) et c). Si c\u2019est le ministre, et non la Section de la protection des réfugiés, qui a clos la demande, vérifier si l\u2019art. 52 est en vigueur.',
      ),
      citations: [
        billC12NotInForce(
          's. 52(2), adding s. 112(2)(b.2) "less than 12 months have passed since (i) the day on which their claim for refugee protection was determined by the Minister to be withdrawn, in the case where no application was made to the Federal Court for leave ..."',
        ),
      ],
    }),
    row({
      id: 'prra.prior-prra-bar',
      effect: 'unlikely',
      effective: barRule('prra-refused-12-months', 'prra').effective,
      when: (ctx) => barRuns(ctx, 'prra-refused-12-months', 'prra'),
      reason: t(
        'No new PRRA until {opens}: 12 months after the previous PRRA was rejected (s. 112(2)(c)).',
        'Pas de nouvel ERAR avant le {opens} : 12 mois après le rejet du précédent (art. 112(2)(c)).',
      ),
      details: (ctx) => barEnds(ctx, 'prra-refused-12-months', 'prra'),
      citations: [ob440('s. 112(2)(c): 12 months since a previous PRRA', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING })],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.restricted',
      effect: 'note',
      when: criminalCharges,
      reason: t(
        'If convicted of serious criminality, only a restricted PRRA (a stay, not protection) is available (s. 112(3)).',
        'En cas de condamnation pour grande criminalité, seul un ERAR restreint (sursis, non protection) est possible (art. 112(3)).',
      ),
      citations: [restricted('s. 112(3) applicants: stay of removal only', 'official-text')],
    }),
    otherwise(
      'prra.available',
      'possible',
      t(
        'A removal order is in motion and no bar applies: the person can apply; success depends on the risk on return.',
        'Une mesure de renvoi est en cours et aucune interdiction ne s\u2019applique : la personne peut présenter une demande; le succès dépend du risque au retour.',
      ),
      [irpa('s. 112(1)', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'prra.second-prra-no-stay',
      risk: 'no-stay-of-removal',
      level: 'high',
      basis: 'law',
      when: (ctx) => ctx.facts.events.prraRefused !== undefined,
      why: t('A second PRRA does not stay removal.', 'Un deuxième ERAR ne suspend pas le renvoi.'),
      citations: [meurrens('only a first PRRA stays removal', 'secondary')],
    }),
    risk({
      id: 'prra.refusal-bar',
      risk: 'bars-later-remedies',
      level: 'medium',
      effective: barRule('prra-refused-12-months', 'prra').effective,
      basis: 'law',
      when: () => true,
      why: t('A refused PRRA bars another PRRA for 12 months.', 'Un ERAR refusé interdit un autre ERAR pendant 12 mois.'),
      citations: [ob440('s. 112(2)(c)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING })],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'prra.criminality',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: criminalCharges,
      why: t(
        'A serious-criminality conviction limits the person to a restricted PRRA.',
        'Une condamnation pour grande criminalité limite la personne à un ERAR restreint.',
      ),
      citations: [restricted('s. 112(3)', 'official-text')],
    }),
    ...inadmissibilityRisksFor('prra'),
  ],
  practiceNotes: [],
  // Leave and judicial review of a refusal is its own remedy (judicial-review.ts), with its deadline: written once there.
  deadlines: [],
};
