// Humanitarian and compassionate application, IRPA s. 25(1). Research notes §2.
import { described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { barEnds, barRuns, barUncertain, claimPending, continuumAtLeast, hasStatus, isOutOfStatus, removalInMotion } from '../facts';
import { barRule } from '../bars';
import type { RemedyKnowledge } from '../model';
import { addMonthsClamped } from '../../dates/iso-date';
import { billC12NotInForce, ircc, irpa, irpaXml, researchNotes, secondarySource, seedReport } from '../sources';
import { BILL_C12_ENACTED, barDateUnknownRow, inadmissibilityRisksFor, notForCitizensOrPermanentResidents, notYetInForce, registerBarRows } from './common';

const S25_1_2_C = irpaXml(
  's. 25(1.2)(c) "less than 12 months have passed since (i) the day on which the foreign national\u2019s claim for refugee protection was rejected or determined to be withdrawn \u2014 after substantive evidence was heard \u2014 or abandoned by the Refugee Protection Division ..."; exceptions s. 25(1.21)',
);
const S25_2 = irpaXml(
  's. 25(2) "The Minister may not grant permanent resident status to a foreign national referred to in subsection 9(1) if the foreign national does not meet the province\u2019s selection criteria applicable to that foreign national"; s. 9(1) (sole provincial responsibility for selection)',
);

const cimm = ircc(
  'CIMM briefing "Humanitarian and Compassionate and Other Category" (25 Nov 2024)',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/transparency/committees/cimm-nov-25-2024/humanitarian-compassionate-other-category.html',
);
const reform = ircc('"Limits on pre-removal risk assessments and applications for H&C consideration"', 'http://www.cic.gc.ca/english/refugees/reform-ppra.asp');
const stj = secondarySource(
  'Steps to Justice, H&C application',
  'https://stepstojustice.ca/questions/immigration/ive-sent-my-hc-application-ircc-what-happens-next/',
);

export const hc: RemedyKnowledge = {
  id: 'hc',
  scope: 'federal',
  name: t('Humanitarian and compassionate (H&C) application', 'Demande pour considérations d\u2019ordre humanitaire (CH)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('humanitarian and compassionate application', 'demande pour considérations d’ordre humanitaire'),
  description: t(
    'A discretionary request for permanent residence on humanitarian grounds: establishment, family ties, best interests of children, hardship on return, health, family violence.',
    'Demande discrétionnaire de résidence permanente pour motifs humanitaires : établissement, liens familiaux, intérêt de l\u2019enfant, difficultés au retour, santé, violence familiale.',
  ),
  decisionMaker: t('IRCC officer, in two stages (exemption in principle, then PR)', "Agent d'IRCC, en deux étapes (approbation de principe, puis RP)"),
  legalBasis: [
    described(t('IRPA s. 25(1); bars in s. 25(1.2)', 'LIPR art. 25(1); restrictions à l\u2019art. 25(1.2)'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('s. 25(1)', 'official-text'), reform('H&C bars after a refugee claim (introduced 2012)', 'secondary')],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: ['removal-deferral'],
  urgencyRole: 'none',
  goals: ['stay-in-canada'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    irpa('s. 25(1), 25(1.2)(b)–(c), 25(1.21)', 'official-text'),
    researchNotes('§2: a pending meritorious H&C supports a deferral request (Legal Aid Ontario deferral page)', 'secondary'),
  ],
  yields: [
    { kind: 'status', text: t('Permanent residence', 'Résidence permanente') },
    {
      kind: 'permits',
      text: t(
        'After approval in principle: work permit (IRPR s. 200(1)) or study permit',
        'Après approbation de principe : permis de travail (RIPR art. 200(1)) ou d\u2019études',
      ),
    },
    {
      kind: 'income',
      text: t(
        'In Ontario, a pending PR application lifts the Ontario Works removal-order exclusion (O. Reg. 134/98 s. 6)',
        'En Ontario, une demande de RP en cours lève l\u2019exclusion d\u2019Ontario au travail (Règl. 134/98 art. 6)',
      ),
    },
  ],
  timeline: described(
    t(
      'About 20 months outside Quebec and 49 months for Quebec (as of 19 Nov 2024); approval rate 56% (2020–2024).',
      'Environ 20 mois hors Québec et 49 mois pour le Québec (au 19 novembre 2024); taux d\u2019approbation 56 % (2020–2024).',
    ),
    { effective: START_NOT_RESEARCHED, citations: [cimm('processing times and approval rate', 'official-text')] },
  ),
  fees: described(
    t(
      'Fees per person; the Minister is seized only once they are paid (s. 25(1.1)). No general waiver. Current processing fee unverified; Right of Permanent Residence Fee $575 from 30 Apr 2024.',
      'Frais par personne; le ministre n\u2019est saisi qu\u2019après paiement (art. 25(1.1)). Aucune dispense générale. Frais actuels non vérifiés; frais relatifs au droit de RP de 575 $ depuis le 30 avril 2024.',
    ),
    { effective: START_NOT_RESEARCHED, citations: [irpa('s. 25(1.1)', 'secondary'), secondarySource('elationvisas.com (2024)')('RPRF $575', 'secondary')] },
  ),
  evidence: [
    t(
      'Establishment: employment records, ROE/T4 slips, tax documents, community letters',
      'Établissement : relevés d\u2019emploi, T4, documents fiscaux, lettres de la communauté',
    ),
    t(
      'Decisions from labour or human rights bodies and TRP approvals, as evidence of exploitation and hardship',
      'Décisions en normes du travail ou droits de la personne et PST accordés, comme preuve d\u2019exploitation et de difficultés',
    ),
    t('Best interests of any child affected; country conditions; medical evidence', 'Intérêt de tout enfant touché; conditions du pays; preuve médicale'),
  ],
  barsSubjectTo: [
    'refugee-rejected-12-months-hc',
    'refugee-claim-pending-hc',
    'prra-pending-after-ineligible-claim-hc',
    'designated-foreign-national-5-years-hc',
  ],
  barsCreated: [],
  eligibility: [
    notForCitizensOrPermanentResidents('hc'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'hc.protected-person',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person'),
      reason: t(
        'A protected person applies for PR as a protected person, not through H&C.',
        'Une personne protégée demande la RP à ce titre, non par la voie CH.',
      ),
      citations: [irpa('s. 21(2)', 'unverified')],
    }),
    row({
      effective: barRule('refugee-claim-pending-hc', 'hc').effective,
      id: 'hc.refugee-claim-pending',
      effect: 'not-applicable',
      when: (ctx) => barRuns(ctx, 'refugee-claim-pending-hc', 'hc'),
      reason: t(
        'No H&C application while a refugee claim is pending (s. 25(1.2)(b)); a claim can be withdrawn before substantive evidence is heard.',
        'Pas de demande CH pendant une demande d\u2019asile en cours (art. 25(1.2)(b)); la demande d\u2019asile peut être retirée avant l\u2019audition de la preuve.',
      ),
      citations: [
        irpaXml(
          's. 25(1.2)(b) "the foreign national has made a claim for refugee protection that is pending before the Refugee Protection Division or the Refugee Appeal Division"',
        ),
        reform('withdrawal before substantive evidence', 'secondary'),
      ],
    }),
    row({
      effective: { from: BILL_C12_ENACTED },
      verify: notYetInForce('s. 35'),
      id: 'hc.eligible-claim-bar-not-in-force',
      effect: 'note',
      when: claimPending,
      reason: t(
        'Enacted, not yet in force: S.C. 2026, c. 4, s. 35 makes the H&C bar start as soon as the claim is found eligible to be referred to the Refugee Protection Division, not only once it is pending before it (s. 25(1.2)(b) as replaced).',
        'Adopté, pas encore en vigueur : L.C. 2026, ch. 4, art. 35 fait commencer l\u2019interdiction CH dès que la demande d\u2019asile est jugée recevable, et non seulement quand elle est pendante devant la Section de la protection des réfugiés (al. 25(1.2)b) remplacé).',
      ),
      citations: [
        billC12NotInForce(
          's. 35, replacing s. 25(1.2)(b): "the foreign national has made a claim for refugee protection that has been determined to be eligible to be referred to the Refugee Protection Division or that is pending before that Division or the Refugee Appeal Division"',
        ),
      ],
    }),
    ...registerBarRows('hc', 'prra-pending-after-ineligible-claim-hc', {
      effect: 'not-applicable',
      id: 'pending-prra-bar',
      runs: t(
        'The refugee claim was found ineligible and a PRRA is pending: the Minister may not examine an H&C request until the PRRA is decided (s. 25(1.2)(b.1)). Filing now would be futile and would tell IRCC where the person is.',
        'La demande d\u2019asile a été jugée irrecevable et un ERAR est en cours : le ministre ne peut étudier une demande CH avant la décision sur l\u2019ERAR (al. 25(1.2)b.1)). Déposer maintenant serait vain et indiquerait à IRCC où se trouve la personne.',
      ),
      uncertain: {
        effect: 'note',
        reason: t(
          'The refugee claim was found ineligible: if a PRRA is pending, the Minister may not examine an H&C request until it is decided (s. 25(1.2)(b.1)). Record the state of the PRRA.',
          'La demande d\u2019asile a été jugée irrecevable : si un ERAR est en cours, le ministre ne peut étudier une demande CH avant la décision (al. 25(1.2)b.1)). Consignez l\u2019état de l\u2019ERAR.',
        ),
      },
      citations: [
        irpaXml(
          's. 25(1.2)(b.1) "the foreign national made a claim for refugee protection that was determined to be ineligible to be referred to the Refugee Protection Division and they made an application for protection to the Minister that is pending"',
        ),
      ],
    }),
    ...registerBarRows('hc', 'designated-foreign-national-5-years-hc', {
      effect: 'unlikely',
      id: 'designated-foreign-national-bar',
      until: t(
        'A designated foreign national may not make an H&C request until {opens}: five years after the final determination of their refugee claim or PRRA (s. 25(1.01); counted from the recorded decision date).',
        'L\u2019étranger désigné ne peut présenter de demande CH avant le {opens} : cinq ans après la décision définitive sur sa demande d\u2019asile ou son ERAR (par. 25(1.01); compté depuis la date de décision consignée).',
      ),
      runs: t(
        'A designated foreign national may not make an H&C request until five years after the final determination of their refugee claim or PRRA, or, with neither, five years after designation (s. 25(1.01)); the recorded facts do not give that day yet.',
        'L\u2019étranger désigné ne peut présenter de demande CH que cinq ans après la décision définitive sur sa demande d\u2019asile ou son ERAR, ou, à défaut, cinq ans après la désignation (par. 25(1.01)); les faits consignés ne donnent pas encore ce jour.',
      ),
      uncertain: {
        effect: 'note',
        reason: t(
          'Whether the person is a designated foreign national is not known: if so, no H&C request for five years (s. 25(1.01)). Check the designation.',
          'On ignore si la personne est un étranger désigné : le cas échéant, aucune demande CH pendant cinq ans (par. 25(1.01)). Vérifier la désignation.',
        ),
      },
      citations: [
        irpaXml(
          's. 25(1.01) "A designated foreign national may not make a request under subsection (1) (a) if they have made a claim for refugee protection but have not made an application for protection, until five years after the day on which a final determination in respect of the claim is made; (b) if they have made an application for protection, until five years after the day on which a final determination in respect of the application is made; or (c) in any other case, until five years after the day on which they become a designated foreign national."',
        ),
      ],
    }),
    row({
      effective: barRule('refugee-rejected-12-months-hc', 'hc').effective,
      id: 'hc.refugee-rejection-bar',
      effect: 'unlikely',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      reason: t(
        'Barred until {opens}: 12 months after the final decision rejecting the refugee claim, declaring it abandoned, or declaring it withdrawn after substantive evidence was heard (s. 25(1.2)(c)). Exceptions: best interests of a child directly affected, or a risk to life from inadequate health care.',
        'Interdit jusqu\u2019au {opens} : 12 mois après la décision finale qui rejette la demande d\u2019asile, en prononce le désistement, ou en prononce le retrait après l\u2019audition d\u2019éléments de preuve de fond (art. 25(1.2)(c)). Exceptions : intérêt d\u2019un enfant directement touché, ou risque pour la vie faute de soins adéquats.',
      ),
      details: (ctx) => barEnds(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      citations: [S25_1_2_C, reform('failed claimants barred for 12 months', 'secondary')],
    }),
    row({
      effective: barRule('refugee-rejected-12-months-hc', 'hc').effective,
      id: 'hc.withdrawal-evidence-unknown',
      effect: 'unknown',
      when: (ctx) => barUncertain(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      reason: t(
        'The refugee claim was withdrawn: the 12-month H&C bar applies only if it was withdrawn after substantive evidence was heard (s. 25(1.2)(c)). Record whether the Refugee Protection Division had heard substantive evidence, and the date of the withdrawal.',
        'La demande d\u2019asile a été retirée : l\u2019interdiction CH de 12 mois ne s\u2019applique que si le retrait est survenu après l\u2019audition d\u2019éléments de preuve de fond (art. 25(1.2)(c)). Consignez si la Section de la protection des réfugiés avait entendu la preuve de fond, et la date du retrait.',
      ),
      citations: [S25_1_2_C],
    }),
    barDateUnknownRow(
      'hc',
      'refugee-rejected-12-months-hc',
      'unknown',
      t(
        'A refugee claim was rejected, abandoned or withdrawn after substantive evidence was heard, on a date not recorded: H&C is barred until 12 months after that decision (s. 25(1.2)(c)). Record the date.',
        'Une demande d\u2019asile a été rejetée, a fait l\u2019objet d\u2019un désistement ou a été retirée après l\u2019audition de la preuve de fond, à une date non consignée : la demande CH est interdite jusqu\u2019à 12 mois après cette décision (art. 25(1.2)(c)). Consignez la date.',
      ),
    ),
    row({
      effective: barRule('refugee-rejected-12-months-hc', 'hc').effective,
      id: 'hc.child-exception-note',
      effect: 'note',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-hc', 'hc') && ctx.facts.person.dependants === true,
      reason: t(
        'The person has dependants: the best-interests-of-a-child exception to the 12-month bar may apply.',
        'La personne a des personnes à charge : l\u2019exception fondée sur l\u2019intérêt de l\u2019enfant peut s\u2019appliquer.',
      ),
      citations: [irpaXml('s. 25(1.21)(b) "whose removal would have an adverse effect on the best interests of a child directly affected"')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'hc.quebec-selection',
      effect: 'note',
      when: (ctx) => ctx.province === 'QC' && !hasStatus(ctx, 'citizen', 'permanent-resident', 'protected-person'),
      reason: t(
        'In Quebec, the province selects: permanent residence on H&C grounds is granted only if the person meets Quebec\u2019s selection criteria (IRPA s. 25(2), s. 9(1)), which adds a provincial step and time.',
        'Au Québec, la province sélectionne : la résidence permanente pour considérations d\u2019ordre humanitaire n\u2019est accordée que si la personne répond aux critères de sélection du Québec (LIPR par. 25(2), par. 9(1)), ce qui ajoute une étape provinciale et des délais.',
      ),
      citations: [S25_2],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'hc.factors-present',
      effect: 'possible',
      when: (ctx) =>
        ctx.facts.person.dependants === true ||
        continuumAtLeast(ctx, 'exploitation') ||
        (ctx.facts.person.inCanadaSince !== undefined && ctx.facts.person.inCanadaSince <= addMonthsClamped(ctx.asOf, -36)),
      reason: t(
        'Factors an officer weighs are present (children, years in Canada, exploitation and hardship). The decision is discretionary.',
        'Des facteurs pris en compte sont présents (enfants, années au Canada, exploitation et difficultés). La décision est discrétionnaire.',
      ),
      citations: [stj('factors', 'secondary')],
    }),
    otherwise(
      'hc.discretionary',
      'possible',
      t(
        'Anyone without permanent status may apply; success depends on the humanitarian factors shown.',
        'Toute personne sans statut permanent peut présenter une demande; le succès dépend des facteurs humanitaires démontrés.',
      ),
      [irpa('s. 25(1)', 'official-text')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.no-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) || isOutOfStatus(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: (ctx) => !hasStatus(ctx, 'citizen', 'permanent-resident'),
      why: t(
        'An H&C application does not give the right to remain until it is decided; removal can go ahead.',
        'Une demande CH ne donne pas le droit de rester jusqu\u2019à la décision; le renvoi peut avoir lieu.',
      ),
      citations: [stj('no right to remain while pending', 'secondary'), seedReport('§3.2', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.long-wait',
      risk: 'long-wait',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: t(
        'Processing took about 20 months outside Quebec and 49 months for Quebec in late 2024, and planned admissions are falling.',
        'Le traitement prenait environ 20 mois hors Québec et 49 mois au Québec fin 2024, et les admissions prévues diminuent.',
      ),
      citations: [cimm('processing times; planned admissions', 'official-text')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.fees',
      risk: 'financial-cost',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t(
        'Fees are charged per person and are not waived; legal aid does not pay them.',
        'Les frais sont exigés par personne et ne sont pas dispensés; l\u2019aide juridique ne les paie pas.',
      ),
      citations: [irpa('s. 25(1.1)', 'secondary'), secondarySource('Legal Aid Ontario, H&C page')('LAO does not pay IRCC fees', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.reveals-address',
      risk: 'cbsa-exposure',
      level: 'medium',
      basis: 'practice',
      when: isOutOfStatus,
      why: t(
        'The application gives IRCC an out-of-status person\u2019s address while removal remains possible.',
        'La demande donne à IRCC l\u2019adresse d\u2019une personne sans statut alors que le renvoi reste possible.',
      ),
      citations: [researchNotes('§2 (inference)', 'secondary')],
    }),
    ...inadmissibilityRisksFor('hc'),
  ],
  practiceNotes: [
    {
      id: 'hc.limited-success',
      text: t(
        'Practitioners say H&C succeeds only in limited cases; decisions from labour or human rights bodies have helped later applications.',
        'Selon les praticiens, la demande CH ne réussit que dans des cas limités; des décisions en normes du travail ou droits de la personne ont aidé des demandes ultérieures.',
      ),
      citations: [seedReport('§3.2, N. Drolet', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  // Leave and judicial review of a refusal is its own remedy (judicial-review.ts), with its deadline: written once there.
  deadlines: [],
};
