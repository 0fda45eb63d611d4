// Inputs for the golden test (assess.golden.test.ts), which pins what the core returns so that
// work on speed can prove it changed nothing:
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
  'pending refugee claimant, sexual and labour contexts, territory not yet reviewed (NU)': {
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
 * JSON that keeps what plain JSON would hide: properties set to undefined, functions, Sets and
 * Maps. Property order is kept, so a change of order shows up as a change too.
 */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v === undefined) return '<undefined>';
      if (typeof v === 'function') return '<function>';
      if (v instanceof Set) return { '<Set>': [...v] };
      if (v instanceof Map) return { '<Map>': [...v] };
      return v;
    },
    indent,
  );
}

/** cyrb53: a fast 53-bit string hash, as 14 hex digits. Collisions do not matter here, only change. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
