// Small claims court (wages, recruitment fees, damages): provincial. Research notes §8.
import { deadline, described, endOfMonthsPeriod, otherwise, param, paramFact, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { WAGE_FACTS, anyAnswered, employerInvolved } from '../facts';
import type { RemedyKnowledge } from '../model';
import { goulartLawyers, researchNotes, secondarySource } from '../sources';
import { employerRetaliationRisk, hearingTipOffRisk } from './common';

// What maxDollars.toLocaleString('en-CA') gives: the same Intl number format, built once (a
// toLocaleString call builds a new formatter every time), and each amount formatted once (the
// amounts are the few limits in the jurisdiction files).
const EN_CA_NUMBERS = new Intl.NumberFormat('en-CA');
const formattedAmounts = new Map<number, string>();
function dollarsInCanadianEnglish(amount: number | undefined): string | undefined {
  if (amount === undefined) return undefined;
  let text = formattedAmounts.get(amount);
  if (text === undefined) formattedAmounts.set(amount, (text = EN_CA_NUMBERS.format(amount)));
  return text;
}

export const smallClaims: RemedyKnowledge = {
  id: 'small-claims',
  scope: 'provincial',
  name: t('Small claims court action', 'Action aux petites créances'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('small claims action', 'action aux petites créances'),
  description: t(
    'A civil action for money owed (wages, recruitment fees, damages) up to the province\u2019s small claims limit.',
    'Action civile en recouvrement (salaire, frais de recrutement, dommages) jusqu\u2019au plafond provincial.',
  ),
  decisionMaker: t(
    'Provincial small claims court (BC Civil Resolution Tribunal up to $5,000)',
    'Cour provinciale des petites créances (Tribunal de résolution civile de la C.-B. jusqu\u2019à 5 000 $)',
  ),
  legalBasis: [
    described(
      t('Provincial small claims and limitations statutes (see the jurisdiction file)', 'Lois provinciales sur les petites créances et la prescription'),
      { effective: START_NOT_RESEARCHED, citations: [researchNotes('§8', 'secondary')] },
    ),
  ],
  consentNeeded: 'fileComplaintsNamingEmployer',
  producesEvidenceFor: ['hc'],
  urgencyRole: 'none',
  goals: ['recover-wages', 'compensation'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [researchNotes('§14.3 (judgment as establishment evidence)', 'secondary')],
  yields: [
    { kind: 'money', text: t('A judgment for money owed, up to the limit', 'Un jugement pour les sommes dues, jusqu\u2019au plafond') },
    { kind: 'documents', text: t('A judgment usable as evidence', 'Un jugement utilisable comme preuve') },
  ],
  timeline: described(
    t(
      'Toronto, Peel and Ottawa report waits of up to 3 years to trial (2025).',
      'Toronto, Peel et Ottawa signalent jusqu\u2019à 3 ans d\u2019attente avant procès (2025).',
    ),
    { effective: START_NOT_RESEARCHED, citations: [goulartLawyers('waits to trial', 'secondary')] },
  ),
  fees: described(t('Court filing fees apply (amounts unverified).', 'Des frais de dépôt s\u2019appliquent (montants non vérifiés).'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§8', 'unverified')],
  }),
  evidence: [
    t(
      'Contract, pay records, receipts for recruitment fees, messages; an address for service',
      'Contrat, paie, reçus des frais de recrutement, messages; une adresse de signification',
    ),
  ],
  barsSubjectTo: ['limitation-period'],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.no-money-claim',
      effect: 'not-applicable',
      when: (ctx) => !employerInvolved(ctx) && !anyAnswered(ctx, WAGE_FACTS),
      reason: t(
        'No money claim against an employer or recruiter is recorded.',
        'Aucune réclamation pécuniaire contre un employeur ou recruteur n\u2019est consignée.',
      ),
      citations: [researchNotes('§8', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.limit-note',
      effect: 'note',
      when: (ctx) => param(ctx, 'small-claims.limit') !== undefined,
      reason: t('Claims up to ${limit} ({forum}).', 'Réclamations jusqu\u2019à {limit} $ ({forum}).'),
      details: (ctx) => ({
        limit: String(dollarsInCanadianEnglish(param(ctx, 'small-claims.limit')?.maxDollars) ?? ''),
        forum: param(ctx, 'small-claims.limit')?.forum.en ?? '',
      }),
      citations: [researchNotes('§8', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.money-owed',
      effect: 'possible',
      when: (ctx) => anyAnswered(ctx, WAGE_FACTS),
      reason: t(
        'Money appears to be owed; in Ontario the person must choose between this and an employment standards claim.',
        'Des sommes semblent dues; en Ontario, il faut choisir entre cette voie et la plainte en normes d\u2019emploi.',
      ),
      citations: [secondarySource('lbwlawyers.com')('one forum', 'secondary')],
    }),
    otherwise(
      'small-claims.facts-needed',
      'unknown',
      t('Ask what money is owed (wages, fees, deposits, damages).', 'Demander quelles sommes sont dues.'),
      [researchNotes('§8', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.public-trial',
      risk: 'public-decision',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t('Trials are public and the claim needs an address for service.', 'Les procès sont publics et la demande exige une adresse de signification.'),
      citations: [researchNotes('§8', 'secondary')],
    }),
    hearingTipOffRisk('small-claims'),
    employerRetaliationRisk('small-claims'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.collection',
      risk: 'enforcement-difficulty',
      level: 'high',
      basis: 'practice',
      when: () => true,
      why: t(
        'A judgment must still be collected; exploitative employers often disappear or hide assets.',
        'Le jugement doit encore être exécuté; les employeurs exploiteurs disparaissent souvent.',
      ),
      citations: [secondarySource('Practitioner consultation (Harbour seed report)')('§3.2, W. Tom', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.costs',
      risk: 'financial-cost',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: t('Filing fees, and possible costs if the claim fails.', 'Frais de dépôt, et dépens possibles en cas d\u2019échec.'),
      citations: [researchNotes('§8', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'small-claims.delay',
      risk: 'long-wait',
      level: 'medium',
      basis: 'practice',
      when: (ctx) => ctx.province === 'ON',
      why: t('Up to 3 years to trial in Toronto, Peel and Ottawa.', 'Jusqu\u2019à 3 ans avant procès à Toronto, Peel et Ottawa.'),
      citations: [goulartLawyers('waits', 'secondary')],
    }),
  ],
  practiceNotes: [],
  deadlines: [
    {
      id: 'small-claims.limitation',
      compute: (ctx) => {
        const rule = param(ctx, 'civil.limitation');
        const fact = paramFact(ctx, 'civil.limitation');
        const ended = ctx.facts.events.employmentEnded;
        if (!rule || !fact || !ended) return undefined;
        return deadline({
          id: 'small-claims.limitation',
          kind: 'limitation',
          event: 'employmentEnded',
          triggerDate: ended,
          date: endOfMonthsPeriod(ended, rule.months),
          basis: t(
            `${rule.rule.en} Counted from the last day of employment; claims discovered earlier expire earlier.`,
            `${rule.rule.fr} Calculé depuis le dernier jour d\u2019emploi; les réclamations découvertes plus tôt expirent plus tôt.`,
          ),
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
