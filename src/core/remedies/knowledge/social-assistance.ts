// Provincial social assistance for people with precarious status. Research notes §10.
import { described, otherwise, param, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { anyAnswered, isCitizenOrPermanentResident } from '../facts';
import type { EvaluationContext, RemedyKnowledge } from '../model';
import { researchNotes, secondarySource } from '../sources';

const access = (ctx: EvaluationContext) => param(ctx, 'social-assistance.access')?.byStatus[ctx.facts.person.immigrationStatus];
const inNeed = (ctx: EvaluationContext) => anyAnswered(ctx, ['vulnerable-economic', 'low-or-no-pay', 'withholding-of-wages-or-money', 'debt-bondage']);

const sharesWithImmigration = (ctx: EvaluationContext) =>
  param(ctx, 'social-assistance.access')?.sharesWithImmigration === 'yes' && !isCitizenOrPermanentResident(ctx);
const nbSocialDevelopmentImmigrants = secondarySource(
  'New Brunswick Department of Social Development, Social Assistance Policy Manual, "Immigrants"',
  'https://www2.gnb.ca/content/gnb/en/departments/social_development/policy_manual/applicant_and_clienttypes/content/immigrants.html',
);

export const socialAssistance: RemedyKnowledge = {
  id: 'social-assistance',
  scope: 'provincial',
  name: t('Social assistance (welfare)', 'Aide sociale'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('social assistance', 'aide sociale'),
  description: t(
    'Provincial last-resort income support. Access for non-citizens depends on immigration status and differs sharply by province.',
    'Soutien du revenu de dernier recours. L\u2019accès des non-citoyens dépend du statut et varie fortement selon la province.',
  ),
  decisionMaker: t('Provincial or municipal caseworker (BC, Alberta Income Support, Ontario Works, Quebec)', 'Agent provincial ou municipal'),
  legalBasis: [
    described(t('Provincial income assistance statutes and policy manuals (see the jurisdiction file)', 'Lois et manuels provinciaux d\u2019aide sociale'), {
      effective: START_NOT_RESEARCHED,
      citations: [researchNotes('§10', 'secondary')],
    }),
  ],
  consentNeeded: 'none',
  consentByProvince: { AB: 'contactImmigrationAuthorities' },
  producesEvidenceFor: [],
  urgencyRole: 'none',
  goals: ['safety'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [researchNotes('§14.7: AB Income Support shares data with IRCC', 'secondary')],
  yields: [
    { kind: 'income', text: t('Monthly income support; sometimes health and dental benefits', 'Soutien mensuel du revenu; parfois des prestations de santé') },
  ],
  timeline: described(t('Weeks (unverified).', 'Quelques semaines (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§10', 'unverified')],
  }),
  fees: described(t('No fee.', 'Aucuns frais.'), { effective: START_NOT_RESEARCHED, citations: [researchNotes('§10', 'unverified')] }),
  evidence: [
    t(
      'Immigration documents (TRP, claim documents, PR application receipt), identity, proof of income and assets',
      'Documents d\u2019immigration, identité, preuve de revenus et de biens',
    ),
  ],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-excluded',
      effect: 'unlikely',
      when: (ctx) => access(ctx) === 'ineligible',
      reason: t('This immigration status is excluded from {program}.', 'Ce statut est exclu de {program}.'),
      details: (ctx) => ({ program: param(ctx, 'social-assistance.access')?.program.en ?? '' }),
      citations: [researchNotes('§10', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-conditional',
      effect: 'possible',
      when: (ctx) => access(ctx) === 'conditional',
      reason: t('Eligible only in some situations: {conditions}', 'Admissible seulement dans certains cas : {conditions}'),
      details: (ctx) => ({ conditions: param(ctx, 'social-assistance.access')?.conditions.en ?? '' }),
      citations: [researchNotes('§10', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-unclear',
      effect: 'unknown',
      when: (ctx) => access(ctx) === 'unknown',
      reason: t('The sources do not settle whether this status qualifies: {conditions}', 'Les sources ne tranchent pas pour ce statut : {conditions}'),
      details: (ctx) => ({ conditions: param(ctx, 'social-assistance.access')?.conditions.en ?? '' }),
      citations: [researchNotes('§10', 'unverified')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-qualifies-in-need',
      effect: 'likely',
      when: (ctx) => access(ctx) === 'eligible' && inNeed(ctx),
      reason: t('The status qualifies and the facts show financial need.', 'Le statut est admissible et les faits montrent un besoin financier.'),
      citations: [researchNotes('§10', 'secondary')],
    }),
    otherwise(
      'social-assistance.status-qualifies',
      'possible',
      t('The status qualifies; the program assesses financial need.', 'Le statut est admissible; le programme évalue le besoin financier.'),
      [researchNotes('§10', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.shares-with-immigration',
      risk: 'information-sharing-with-immigration',
      level: 'high',
      basis: 'law',
      when: (ctx) => ctx.facts.person.province === 'AB' && sharesWithImmigration(ctx),
      why: t(
        'Alberta\u2019s ministry shares information with IRCC under a memorandum of understanding, and status must be declared.',
        'Le ministère albertain échange des renseignements avec IRCC en vertu d\u2019un protocole d\u2019entente, et le statut doit être déclaré.',
      ),
      // The research notes summarise the manual: a secondary source, not the official text (legal review of Dec 2026).
      citations: [researchNotes('§0, §10: Alberta IS manual (19 Dec 2019)', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.shares-with-immigration-nb',
      risk: 'information-sharing-with-immigration',
      level: 'high',
      basis: 'law',
      when: (ctx) => ctx.facts.person.province === 'NB' && sharesWithImmigration(ctx),
      why: t(
        'New Brunswick\u2019s department assesses refugees and refugee claimants only after contacting the federal immigration department, and warns that applying under another status puts that status at risk.',
        'Le ministère néo-brunswickois n\u2019évalue les réfugiés et demandeurs d\u2019asile qu\u2019après avoir communiqué avec le ministère fédéral de l\u2019Immigration, et prévient que faire une demande sous un autre statut met ce statut en péril.',
      ),
      citations: [
        nbSocialDevelopmentImmigrants(
          '"Immigrants": refugee claimants assessed once the federal department has been contacted; other statuses at risk',
          'secondary',
        ),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.sharing-unknown',
      risk: 'information-sharing-with-immigration',
      level: 'low',
      basis: 'law',
      when: (ctx) => param(ctx, 'social-assistance.access')?.sharesWithImmigration === 'unknown' && !isCitizenOrPermanentResident(ctx),
      why: t(
        'Whether this program shares information with immigration authorities is not established; status must usually be declared.',
        'On ne sait pas si ce programme échange des renseignements avec l\u2019immigration; le statut doit généralement être déclaré.',
      ),
      citations: [researchNotes('§10', 'unverified')],
    }),
  ],
  practiceNotes: [],
  deadlines: [],
};
