// Request to CBSA to defer removal (IRPA s. 48(2): removal "as soon as possible"). Research notes §2.
// Two stays by law, quoted from the official XML consolidation (legal review of Dec 2026):
// IRPA s. 50: "A removal order is stayed (a) if a decision that was made in a judicial proceeding — at which the Minister
//   shall be given the opportunity to make submissions — would be directly contravened by the enforcement of the removal order".
// IRPR s. 233 (SOR/2010-252, s. 1, this version in force 4 Nov 2010): "A removal order made against a foreign national, and any
//   family member of the foreign national, is stayed if the Minister is of the opinion that the stay is justified by
//   humanitarian and compassionate considerations, under subsection 25(1) or 25.1(1) of the Act, or by public policy
//   considerations, under subsection 25.2(1) of the Act. The stay is effective until a decision is made to grant, or not
//   grant, permanent resident status."
import { deadline, described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { isRemovable, removalInMotion, removalState } from '../facts';
import type { EvaluationContext, RemedyKnowledge } from '../model';
import { irpa, irpr, readInXml, researchNotes, secondarySource } from '../sources';

const removalPending = (ctx: EvaluationContext) => isRemovable(ctx) && removalInMotion(ctx);

const baron = secondarySource(
  'Baron v. Canada (Public Safety and Emergency Preparedness), 2009 FCA 81, as summarised by Meurrens and Bellissimo Law Group (22 Jul 2019)',
);
const lao = secondarySource(
  'Legal Aid Ontario, deferral requests (effective 8 Jun 2015)',
  'https://www.legalaid.on.ca/lawyers-legal-professionals/for-refugee-and-immigration-lawyers/deferral-requests/',
);

export const removalDeferral: RemedyKnowledge = {
  id: 'removal-deferral',
  scope: 'federal',
  name: t('Request to defer removal', 'Demande de report du renvoi'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('request to defer removal', 'demande de report du renvoi'),
  description: t(
    'A request that a CBSA enforcement officer put off a scheduled removal, e.g. for a pending meritorious H&C, a child\u2019s school year, medical reasons or a pending TRP; a Federal Court stay may follow a refusal.',
    'Demande à l\u2019agent d\u2019exécution de l\u2019ASFC de reporter un renvoi prévu (demande CH méritoire en cours, année scolaire d\u2019un enfant, santé, PST en cours); un sursis de la Cour fédérale peut suivre un refus.',
  ),
  decisionMaker: t(
    'CBSA inland enforcement officer; Federal Court on a stay motion',
    'Agent d\u2019exécution de l\u2019ASFC; Cour fédérale sur requête en sursis',
  ),
  legalBasis: [
    described(t('IRPA s. 48(2); discretion is narrow (Baron, 2009 FCA 81)', 'LIPR art. 48(2); pouvoir discrétionnaire restreint (Baron, 2009 CAF 81)'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('s. 48(2)', 'secondary'), baron('narrow discretion', 'secondary')],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: [],
  urgencyRole: 'answers-imminent-removal',
  goals: ['stay-in-canada', 'safety'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('s. 48(2)', 'official-text'), researchNotes('§2: deferral is discretionary and narrow (Baron v. Canada, 2009 FCA 81)', 'secondary')],
  yields: [
    { kind: 'status', text: t('Time in Canada while another application is decided', 'Du temps au Canada pendant qu\u2019une autre demande est tranchée') },
  ],
  timeline: described(t('Decided before the removal date; often days.', 'Tranchée avant la date de renvoi; souvent en quelques jours.'), {
    effective: START_NOT_RESEARCHED,
    citations: [baron('timing', 'unverified')],
  }),
  fees: described(
    t(
      'No fee; Legal Aid Ontario issues 10-hour certificates where there is an outstanding meritorious H&C.',
      'Aucuns frais; Aide juridique Ontario délivre des certificats de 10 heures en cas de demande CH méritoire en cours.',
    ),
    { effective: START_NOT_RESEARCHED, citations: [lao('10-hour certificates', 'secondary')] },
  ),
  evidence: [
    t(
      'Proof of the pending application (H&C, TRP), medical letters, children\u2019s school records, evidence of risk',
      'Preuve de la demande en cours (CH, PST), lettres médicales, dossiers scolaires, preuve de risque',
    ),
  ],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'removal-deferral.not-removable',
      effect: 'not-applicable',
      when: (ctx) => !isRemovable(ctx),
      reason: t('The person cannot be removed.', 'La personne ne peut être renvoyée.'),
      citations: [irpa('s. 48', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'removal-deferral.no-removal',
      effect: 'not-applicable',
      when: (ctx) => removalState(ctx) === 'none',
      reason: t('No removal order or date is recorded.', 'Aucune mesure ni date de renvoi consignée.'),
      citations: [irpa('s. 48', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'removal-deferral.removal-unknown',
      effect: 'unknown',
      when: (ctx) => removalState(ctx) === 'unknown',
      reason: t('Whether removal is scheduled is unknown.', 'On ignore si un renvoi est prévu.'),
      citations: [irpa('s. 48', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'removal-deferral.witness-stay',
      effect: 'note',
      when: (ctx) => removalPending(ctx) && ctx.facts.person.witnessInProceedings === 'yes',
      reason: t(
        'The person is a complainant or witness in a criminal proceeding. A removal order is stayed by law if enforcing it would directly contravene a decision made in a judicial proceeding at which the Minister was given the opportunity to make submissions (IRPA s. 50(a)); being a witness is not enough by itself. Ask the Crown whether the court has made such a decision.',
        'La personne est plaignante ou témoin dans une instance criminelle. Une mesure de renvoi est suspendue de plein droit si son exécution contreviendrait directement à une décision rendue dans une instance judiciaire où le ministre a eu la possibilité de présenter des observations (LIPR al. 50a)); être témoin ne suffit pas en soi. Demander à la Couronne si le tribunal a rendu une telle décision.',
      ),
      citations: [readInXml(irpa, 's. 50(a)')],
    }),
    row({
      effective: { from: '2010-11-04' },
      id: 'removal-deferral.hc-approved-stay',
      effect: 'note',
      when: removalPending,
      reason: t(
        'Once an H&C request is approved in principle (the Minister being of the opinion that H&C considerations under IRPA s. 25(1) justify a stay), the removal order against the person and their family members is stayed until permanent residence is granted or refused (IRPR s. 233).',
        'Dès qu\u2019une demande CH est approuvée en principe (le ministre estimant que des considérations d\u2019ordre humanitaire au titre du par. 25(1) de la LIPR justifient un sursis), la mesure de renvoi visant la personne et les membres de sa famille est suspendue jusqu\u2019à la décision sur la résidence permanente (RIPR art. 233).',
      ),
      citations: [readInXml(irpr, 's. 233 (this version in force 4 Nov 2010, SOR/2010-252)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'removal-deferral.order-without-date',
      effect: 'unlikely',
      when: (ctx) => removalState(ctx) === 'order-issued',
      reason: t(
        'A removal order exists but no date is set; a deferral request is premature until CBSA schedules removal.',
        'Une mesure existe mais sans date; une demande de report est prématurée tant que l\u2019ASFC n\u2019a pas fixé le renvoi.',
      ),
      citations: [baron('deferral concerns the timing of a scheduled removal', 'secondary')],
    }),
    otherwise(
      'removal-deferral.scheduled',
      'possible',
      t(
        'Removal is scheduled; a deferral is discretionary and narrow, strongest with a pending application, a child\u2019s interests or a risk not yet assessed.',
        'Le renvoi est prévu; le report est discrétionnaire et restreint, plus solide avec une demande en cours, l\u2019intérêt d\u2019un enfant ou un risque non évalué.',
      ),
      [baron('grounds', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'removal-deferral.no-stay',
      risk: 'no-stay-of-removal',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: t(
        'A request does not itself stop removal; if refused, only a Federal Court stay does.',
        'La demande n\u2019arrête pas le renvoi; en cas de refus, seul un sursis de la Cour fédérale le fait.',
      ),
      citations: [baron('discretion', 'secondary')],
    }),
  ],
  practiceNotes: [],
  deadlines: [
    {
      id: 'removal-deferral.removal-date',
      onTheEventDate: true,
      compute: (ctx) => {
        const date = ctx.facts.person.removal?.date;
        if (!date || removalState(ctx) !== 'scheduled') return undefined;
        return deadline({
          id: 'removal-deferral.removal-date',
          kind: 'removal',
          event: 'removal.date',
          triggerDate: date,
          date: date as never,
          basis: t(
            'The request, and any stay motion, must be decided before the scheduled removal.',
            'La demande, et toute requête en sursis, doivent être tranchées avant le renvoi prévu.',
          ),
          citation: irpa('s. 48(2)', 'secondary'),
        });
      },
    },
  ],
};
