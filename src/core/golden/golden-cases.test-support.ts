// Inputs for the golden test (assess.golden.test.ts), which pins what the core decides so that
// work on speed or wording can prove no outcome changed, and the projection of an assessment on
// its decisions (decisionsOf):
//   NAMED_CASES      realistic documents: the benchmark's examples (case-facts-examples.ts) and the CLI
//                    fixture (tests/fixtures/case-facts-domestic-worker.json), plus a few edges;
//   generatedCases() a fixed, seeded spread of documents over every field, phase, answer,
//                    province and status, with asOf from before IRPA (2002) to 2028 so that every
//                    dated version of the law is in force for some of them.
// The generator uses its own seeded PRNG so the inputs never depend on a library's version.
import {
  AGE_BANDS,
  ANSWERS,
  caseFactsSchema,
  CONSENT_DECISIONS,
  CONTEXTS,
  EXPLOITERS,
  FACT_PHASES,
  GOALS,
  IMMIGRATION_STATUSES,
  PROVINCES,
  REFUGEE_CLAIM_OUTCOMES,
  REMOVAL_STATES,
  TRI_STATE,
  type CaseFacts,
  type CaseFactsInput,
  type FactId,
} from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { CASE_FACTS_EXAMPLES } from './case-facts-examples';

type Phase = 'recruitment' | 'destination';
const yes = (id: string, phase?: Phase) => ({ id, answer: 'yes' as const, ...(phase ? { phase } : {}) });
const no = (id: string, phase?: Phase) => ({ id, answer: 'no' as const, ...(phase ? { phase } : {}) });

const NAMED_CASES: Record<string, CaseFactsInput> = {
  ...CASE_FACTS_EXAMPLES,
  'domestic worker, removal in ten days (CLI fixture, ON)': {
    contractVersion: 1,
    asOf: '2026-11-28',
    person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'no-status', removal: { state: 'scheduled', date: '2026-12-08' }, sexIndustryWork: 'no' },
    exploiters: ['employer'],
    contexts: ['labour'],
    sector: 'domestic-work',
    facts: [
      yes('documents-confiscated', 'destination'),
      yes('withholding-of-wages-or-money', 'destination'),
      yes('excessive-hours'),
      yes('low-or-no-pay'),
      yes('deceived-wages'),
      yes('deceived-work-conditions'),
      yes('movement-controlled'),
      yes('fear-for-safety'),
    ],
    events: { employmentEnded: '2026-09-30' },
    goals: ['stay-in-canada', 'recover-wages', 'safety'],
    consents: { contactPolice: 'no', contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'yes' },
  },
  'the same farm worker in 2012: earlier versions of provincial law (ON)': {
    contractVersion: 1,
    asOf: '2012-03-02',
    person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'work-permit-employer-specific', permitExpiry: '2012-04-15', inCanadaSince: '2010-04-15' },
    exploiters: ['employer'],
    contexts: ['labour'],
    facts: [
      yes('documents-confiscated', 'destination'),
      yes('withholding-of-wages-or-money', 'destination'),
      yes('excessive-hours'),
      yes('low-or-no-pay'),
      yes('violence-or-threats-to-family', 'destination'),
    ],
    events: { employmentEnded: '2011-12-20', lastDiscriminationIncident: '2011-11-01', lastCrimeAgainstPerson: '2011-12-01' },
    goals: ['recover-wages', 'compensation', 'accountability'],
    riskTolerance: 'high',
    consents: { contactPolice: 'yes', contactImmigrationAuthorities: 'no', fileComplaintsNamingEmployer: 'yes' },
  },
  'pending refugee claimant, sexual and labour contexts, territory reviewed with values not found (NU)': {
    contractVersion: 1,
    asOf: '2027-02-01',
    person: {
      ageBand: 'adult',
      province: 'NU',
      immigrationStatus: 'refugee-claimant',
      priorRefugeeClaim: { outcome: 'pending' },
      sexIndustryWork: 'yes',
      criminalCharges: 'yes',
    },
    exploiters: ['other', 'employer'],
    contexts: ['sexual', 'labour'],
    facts: [
      yes('sexual-exploitation'),
      yes('excessive-hours'),
      yes('debt-bondage', 'recruitment'),
      yes('brought-into-canada'),
      yes('organ-removal'),
      no('fear-for-safety'),
    ],
    events: { prraRefused: '2026-06-01', lastCrimeAgainstPerson: '2027-01-20' },
    goals: ['safety', 'return-home'],
    riskTolerance: 'medium',
    consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'no' },
  },
};

export function namedCases(): { name: string; facts: CaseFacts }[] {
  return Object.entries(NAMED_CASES).map(([name, input]) => ({ name, facts: caseFactsSchema.parse(input) }));
}

/** mulberry32: a small, well-known seeded PRNG; the same seed always gives the same documents. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EARLIEST_AS_OF = '1999-01-01' as IsoDate;
const AS_OF_SPAN_DAYS = 30 * 366;

export function generatedCases(count: number, seed = 20261128): CaseFacts[] {
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => chance(p));
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const slots = (Object.entries(FACT_PHASES) as [FactId, readonly Phase[]][]).flatMap(([id, phases]) =>
    phases.map((phase) => ({ id, phase, twoPhase: phases.length > 1 })),
  );

  const out: CaseFacts[] = [];
  for (let n = 0; n < count; n++) {
    // Most documents near today, where most knowledge applies; the rest anywhere in 1999–2028.
    const asOf = chance(0.6) ? addDays('2025-06-01' as IsoDate, int(0, 900)) : addDays(EARLIEST_AS_OF, int(0, AS_OF_SPAN_DAYS));
    // Dates around asOf: most in the past, some within the flag and deadline windows ahead.
    const near = () => addDays(asOf, chance(0.3) ? int(-10, 90) : int(-2000, 60));
    const factDensity = pick([0.03, 0.1, 0.25, 0.5]);
    const person: CaseFactsInput['person'] = { ageBand: pick(AGE_BANDS), province: pick(PROVINCES), immigrationStatus: pick(IMMIGRATION_STATUSES) };
    if (chance(0.4)) person.permitExpiry = near();
    if (chance(0.4)) person.removal = { state: pick(REMOVAL_STATES), ...(chance(0.6) ? { date: near() } : {}) };
    if (chance(0.5)) person.inCanadaSince = addDays(asOf, -int(0, 4000));
    if (chance(0.35)) person.priorRefugeeClaim = { outcome: pick(REFUGEE_CLAIM_OUTCOMES), ...(chance(0.7) ? { date: near() } : {}) };
    if (chance(0.5)) person.sexIndustryWork = pick(TRI_STATE);
    if (chance(0.5)) person.criminalCharges = pick(TRI_STATE);
    if (chance(0.4)) person.dependants = chance(0.5);
    if (chance(0.3)) person.relationshipBasedStatus = pick(TRI_STATE);
    const events: NonNullable<CaseFactsInput['events']> = {};
    if (chance(0.5)) events.employmentEnded = near();
    if (chance(0.3)) events.lastDiscriminationIncident = near();
    if (chance(0.3)) events.lastCrimeAgainstPerson = near();
    if (chance(0.2)) events.hcRefused = near();
    if (chance(0.2)) events.prraRefused = near();
    const input: CaseFactsInput = {
      contractVersion: 1,
      asOf,
      person,
      exploiters: some(EXPLOITERS, 0.3),
      contexts: some(CONTEXTS, 0.3),
      ...(chance(0.3) ? { sector: pick(['agriculture', 'restaurant', 'construction', 'domestic-work']) } : {}),
      facts: slots
        .filter(() => chance(factDensity))
        .map((s) => {
          const answer = random() < 0.55 ? 'yes' : pick(ANSWERS);
          return s.twoPhase || chance(0.5) ? { id: s.id, phase: s.phase, answer } : { id: s.id, answer };
        }),
      events,
      goals: some(GOALS, 0.3),
      ...(chance(0.5) ? { riskTolerance: pick(['low', 'medium', 'high'] as const) } : {}),
      consents: {
        contactPolice: pick(CONSENT_DECISIONS),
        contactImmigrationAuthorities: pick(CONSENT_DECISIONS),
        fileComplaintsNamingEmployer: pick(CONSENT_DECISIONS),
      },
    };
    out.push(caseFactsSchema.parse(input));
  }
  return out;
}

/**
 * What the core decided, without its wording: positions, statuses, eligibilities, the codes of
 * the rules that fired, risk levels, deadline dates, flag ids and the order of plans. None of it
 * depends on the language, so a golden of decisions stays put when a sentence or a citation's
 * text is reworded, and moves only when an outcome does.
 */
export interface Decisions {
  continuum: string;
  dimensions: Record<string, string>;
  legalTests: Record<string, { status: string; elements: Record<string, string>; notes: string[] }>;
  remedies: {
    id: string;
    eligibility: string;
    reasonCodes: string[];
    riskRules: string[];
    /** "risk-id level", one per kind of risk. */
    risks: string[];
    /** "deadline-id kind date", every deadline computed; `deadline` is the one shown. */
    deadlines: string[];
    deadline?: string;
  }[];
  flags: string[];
  plan: PlanDecisions;
  alternatives: PlanDecisions[];
}

export interface PlanDecisions {
  steps: string[];
  awaitingDecision: string[];
  excluded: string[];
}

/** The parts of assessFacts' remedies that the contract leaves out but that record decisions. */
interface RemedyDecisionFields {
  reasonCodes?: string[];
  riskCodes?: string[];
  deadlines?: { id: string; kind: string; date: string }[];
}

interface AssessmentLike {
  continuum: string;
  dimensions: readonly { id: string; status: string }[];
  legalTests: readonly { id: string; status: string; elements: readonly { id: string; status: string }[]; notes?: readonly string[] }[];
  remedies: readonly ({
    id: string;
    eligibility: string;
    risks: readonly { id: string; level: string }[];
    deadline?: { date: string };
  } & RemedyDecisionFields)[];
  flags: readonly { id: string }[];
  plan: PlanLike;
  alternatives: readonly PlanLike[];
}
interface PlanLike {
  steps: readonly { order: number; remedy: string }[];
  awaitingDecision: readonly { remedy: string; consentNeeded: string }[];
  excluded: readonly { remedy: string }[];
}

const planDecisions = (p: PlanLike): PlanDecisions => ({
  steps: [...p.steps].sort((a, b) => a.order - b.order).map((s) => s.remedy),
  awaitingDecision: p.awaitingDecision.map((a) => `${a.remedy} (${a.consentNeeded})`),
  excluded: p.excluded.map((e) => e.remedy),
});

/** The decisions in what assessFacts returned (its remedies carry their reason and rule codes). */
export function decisionsOf(a: AssessmentLike): Decisions {
  return {
    continuum: a.continuum,
    dimensions: Object.fromEntries(a.dimensions.map((d) => [d.id, d.status])),
    legalTests: Object.fromEntries(
      a.legalTests.map((t) => [t.id, { status: t.status, elements: Object.fromEntries(t.elements.map((e) => [e.id, e.status])), notes: [...(t.notes ?? [])] }]),
    ),
    remedies: a.remedies.map((r) => {
      if (!r.reasonCodes || !r.riskCodes || !r.deadlines)
        throw new Error(`remedy ${r.id} has no reason codes, rule codes or deadlines: not what assessFacts returns`);
      return {
        id: r.id,
        eligibility: r.eligibility,
        reasonCodes: [...r.reasonCodes],
        riskRules: [...r.riskCodes],
        risks: r.risks.map((k) => `${k.id} ${k.level}`),
        deadlines: r.deadlines.map((d) => `${d.id} ${d.kind} ${d.date}`),
        ...(r.deadline ? { deadline: r.deadline.date } : {}),
      };
    }),
    flags: a.flags.map((f) => f.id),
    plan: planDecisions(a.plan),
    alternatives: a.alternatives.map(planDecisions),
  };
}

/** Decisions on one line of text, for the generated spread: short enough to keep hundreds of them readable in a diff. */
export function decisionsLine(d: Decisions): string {
  const dims = Object.values(d.dimensions).map(statusLetter).join('');
  const tests = Object.entries(d.legalTests)
    .map(
      ([id, t]) => `${id}=${statusLetter(t.status)}[${Object.values(t.elements).map(statusLetter).join('')}]${t.notes.length ? `{${t.notes.join(',')}}` : ''}`,
    )
    .join(' ');
  const remedies = d.remedies
    .map((r) => {
      // Rule ids start with their remedy's id ("hc.factors-present"); the line leaves it out.
      const own = (code: string) => (code.startsWith(`${r.id}.`) ? code.slice(r.id.length + 1) : code);
      const parts = [r.reasonCodes.map(own).join(',')];
      if (r.riskRules.length) parts.push(`risk:${r.riskRules.map(own).join(',')}>${r.risks.map((k) => k.replace(' ', ':')).join(',')}`);
      if (r.deadlines.length) parts.push(`dl:${r.deadlines.map((x) => x.replace(/ /g, ':')).join(',')}${r.deadline ? `>${r.deadline}` : ''}`);
      return `${r.id}=${r.eligibility}(${parts.join(';')})`;
    })
    .join(' ');
  const plan = (p: PlanDecisions) => `${p.steps.join('>')}|${p.awaitingDecision.join(',')}|${p.excluded.join(',')}`;
  return [
    d.continuum,
    dims,
    tests,
    remedies,
    `flags=${d.flags.join(',')}`,
    `plan=${plan(d.plan)}`,
    ...d.alternatives.map((p, i) => `alt${i + 1}=${plan(p)}`),
  ].join(' ');
}

const statusLetter = (s: string) => (s === 'met' ? 'M' : s === 'not-met' ? 'N' : s === 'insufficient-information' ? 'I' : `?${s}`);
