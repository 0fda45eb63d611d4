// Human rights complaint (discrimination, sexual harassment at work): provincial. Research notes §7.
import { deadline, described, endOfMonthsPeriod, otherwise, param, paramFact, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { answered, employerInvolved, statusPrecarious } from '../facts';
import type { RemedyKnowledge } from '../model';
import { researchNotes, secondarySource, seedReport } from '../sources';
import { employerRetaliationRisk, hearingTipOffRisk } from './common';

const opt = secondarySource(
  'Hicks Morley on O.P.T. v. Presteve Foods Ltd., 2015 HRTO 675 (24 Jun 2015)',
  'https://hicksmorley.com/2015/06/24/significant-damages-awarded-against-employer-for-sexual-harassment-of-temporary-foreign-workers',
);
const pn = secondarySource('KM Law on PN v. FR and another (No. 2), 2015 BCHRT 60 (26 May 2015)', 'https://kmlaw.ca/sexually-abused-nanny-awarded/');

export const humanRights: RemedyKnowledge = {
  id: 'human-rights',
  scope: 'provincial',
  name: t('Human rights complaint', 'Plainte en matière de droits de la personne'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('human rights complaint', 'plainte en droits de la personne'),
  description: t(
    'A complaint of discrimination or harassment (sex, race, place of origin, citizenship…) in employment, housing or services, with damages for injury to dignity.',
    'Plainte pour discrimination ou harcèlement (sexe, race, lieu d\u2019origine, citoyenneté…) en emploi, logement ou services, avec dommages pour atteinte à la dignité.',
  ),
  decisionMaker: t(
    'BC Human Rights Tribunal; Alberta Human Rights Commission; Human Rights Tribunal of Ontario; Quebec CDPDJ then Tribunal des droits de la personne',
    'Tribunaux et commissions provinciaux des droits de la personne',
  ),
  legalBasis: [
    described(t('Provincial human rights statutes (see the jurisdiction file)', 'Lois provinciales sur les droits de la personne'), {
      effective: START_NOT_RESEARCHED,
      citations: [researchNotes('§7', 'secondary')],
    }),
  ],
  consentNeeded: 'fileComplaintsNamingEmployer',
  producesEvidenceFor: ['hc', 'vtip-trp'],
  urgencyRole: 'none',
  goals: ['compensation', 'accountability'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.3: human-rights decision → exhibit', 'secondary'),
    seedReport('human-rights award, then a successful TRP and H&C', 'secondary'),
  ],
  yields: [
    {
      kind: 'money',
      text: t(
        'Damages for injury to dignity (e.g. $150,000 and $50,000 in O.P.T., 2015 HRTO 675; $50,000 in PN, 2015 BCHRT 60), lost wages',
        'Dommages pour atteinte à la dignité (150 000 $ et 50 000 $ dans O.P.T.; 50 000 $ dans PN), salaire perdu',
      ),
    },
    {
      kind: 'documents',
      text: t(
        'A published decision finding exploitation: strong evidence for TRP and H&C',
        'Une décision publiée constatant l\u2019exploitation : preuve solide pour le PST et la demande CH',
      ),
    },
  ],
  timeline: described(t('Often a year or more to a hearing (unverified).', 'Souvent un an ou plus avant l\u2019audience (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§7', 'unverified')],
  }),
  fees: described(t('No filing fee in Alberta; elsewhere unverified.', 'Aucuns frais en Alberta; ailleurs non vérifié.'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§7', 'secondary')],
  }),
  evidence: [
    t(
      'The person\u2019s account; messages; witnesses; medical or counselling records; evidence of confiscated documents or threats',
      'Récit de la personne; messages; témoins; dossiers médicaux; preuve de documents confisqués ou de menaces',
    ),
  ],
  barsSubjectTo: ['limitation-period'],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.incident-recorded',
      effect: 'likely',
      when: (ctx) => ctx.facts.events.lastDiscriminationIncident !== undefined,
      reason: t('A discrimination or harassment incident is recorded.', 'Un incident de discrimination ou de harcèlement est consigné.'),
      citations: [researchNotes('§7', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.sexual-or-status-based-abuse',
      effect: 'possible',
      when: (ctx) =>
        employerInvolved(ctx) &&
        (answered(ctx, 'sexual-exploitation') ||
          ctx.facts.contexts.includes('sexual') ||
          answered(ctx, 'vulnerable-immigration-status') ||
          answered(ctx, 'documents-confiscated')),
      reason: t(
        'Abuse by an employer tied to sex or to the person\u2019s origin or status can be discrimination (as in O.P.T. and PN).',
        'Des abus d\u2019un employeur liés au sexe, à l\u2019origine ou au statut peuvent être de la discrimination (comme dans O.P.T. et PN).',
      ),
      citations: [opt('TFWs, passports taken, threats of repatriation', 'secondary'), pn('domestic worker, passport confiscated', 'secondary')],
    }),
    otherwise(
      'human-rights.ground-needed',
      'unknown',
      t(
        'Ask whether the treatment was linked to a protected ground (sex, race, place of origin, citizenship, disability…).',
        'Demander si le traitement était lié à un motif protégé.',
      ),
      [researchNotes('§7', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.published-decision',
      risk: 'public-decision',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: t(
        'Tribunal decisions are published; ask early for anonymization (O.P.T. and PN used initials).',
        'Les décisions sont publiées; demander tôt l\u2019anonymisation (O.P.T. et PN utilisent des initiales).',
      ),
      citations: [opt('initials', 'secondary'), pn('initials', 'secondary')],
    }),
    hearingTipOffRisk('human-rights'),
    employerRetaliationRisk('human-rights'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.testimony',
      risk: 'retraumatization',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t('The person may testify and be cross-examined about the abuse.', 'La personne peut témoigner et être contre-interrogée sur les abus.'),
      citations: [researchNotes('§7', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.employer-threatens-suit',
      risk: 'financial-cost',
      level: 'low',
      basis: 'practice',
      when: (ctx) => statusPrecarious(ctx),
      why: t('In PN the employer threatened to sue the worker.', 'Dans PN, l\u2019employeur a menacé de poursuivre la travailleuse.'),
      citations: [pn('employer threatened to sue', 'secondary')],
    }),
  ],
  practiceNotes: [
    {
      id: 'human-rights.award-then-trp',
      text: t(
        'After a refused TRP and a lost judicial review, a client won the highest BCHRT award; a later TRP and H&C then succeeded.',
        'Après un PST refusé et un contrôle judiciaire perdu, une cliente a obtenu la plus forte indemnité du BCHRT; un PST et une demande CH ont ensuite réussi.',
      ),
      citations: [seedReport('§3.2, N. Drolet', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  deadlines: [
    {
      id: 'human-rights.limitation',
      compute: (ctx) => {
        const rule = param(ctx, 'human-rights.limitation');
        const fact = paramFact(ctx, 'human-rights.limitation');
        const last = ctx.facts.events.lastDiscriminationIncident;
        if (!rule || !fact || !last) return undefined;
        return deadline({
          id: 'human-rights.limitation',
          kind: 'limitation',
          event: 'lastDiscriminationIncident',
          triggerDate: last,
          date: endOfMonthsPeriod(last, rule.months),
          basis: t(
            `Complaint within ${rule.months} months of the last incident (${rule.body.en}).`,
            `Plainte dans les ${rule.months} mois du dernier incident (${rule.body.fr}).`,
          ),
          extension: rule.extension,
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
