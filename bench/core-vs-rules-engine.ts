// (a) The core assessment against a general-purpose rules engine.
//
// Three contenders on the same case-facts examples, in the same process, measured by tinybench:
//   core-assess   assessFacts(): screening (every ILO element under every applicable list, legal
//                 tests, continuum, flags) + all remedies in every jurisdiction + the plan.
//   rules-engine  json-rules-engine 7 holding only the ILO combining rule (per element) and five
//                 remedy eligibility rules that read its results — a small fraction of the core's work.
//   core-subset   the same subset as plain TypeScript (the core's own satisfiesIloRule), to show
//                 what the engine itself costs for identical work.
//   rules-engine-all  every eligibility row and collateral-harm rule of every remedy in force
//                 (153 today) plus the ILO rule per element, in json-rules-engine, with the core's
//                 screening before it (bench/rules-engine-all.ts): the same rules as the core.
// The headline ratio is rules-engine-all ÷ core-assess, the same rules on both sides; the core
// also writes the reasons, citations, deadlines and plans, which the engine version does not.
import { Engine, type RuleProperties } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { assessFacts } from '../src/core/assess';
import { DIMENSION_IDS, type CaseFacts, type DimensionId } from '../src/core/contract';
import { evaluateRemedies } from '../src/core/remedies';
import { itemsOf, satisfiesIloRule, screen } from '../src/core/screening';
import { readAnswers } from '../src/core/screening/answers';
import { chooseProfiles } from '../src/core/screening/profile';
import { caseFactsExamples } from './fixtures/case-facts';
import { allRulesEngine, eligibilityReasons } from './rules-engine-all';
import type { Figure } from './report';

type Counts = { strong: number; medium: number; weak: number };

/** Shared by both subset contenders: yes-answers per element and strength under the first applicable ILO list. */
function elementCounts(facts: CaseFacts): Record<DimensionId, Counts> {
  const answers = readAnswers(facts);
  const profile = chooseProfiles(facts).profiles[0]!;
  const out = {} as Record<DimensionId, Counts>;
  for (const d of DIMENSION_IDS) {
    const c = { strong: 0, medium: 0, weak: 0 };
    for (const item of itemsOf(d)) if (answers(item.fact, item.phase) === 'yes') c[item.weighting.strength[profile]] += 1;
    out[d] = c;
  }
  return out;
}

const REMOVABLE = [
  'no-status',
  'visitor',
  'work-permit-employer-specific',
  'work-permit-open',
  'study-permit',
  'temporary-resident-permit',
  'refugee-claimant',
  'unknown',
];

/** ILO & EC (2009) p. 3, as json-rules-engine conditions: one rule per element. */
function iloRule(d: DimensionId): RuleProperties {
  const f = (strength: keyof Counts) => ({ fact: 'elements', path: `$['${d}'].${strength}` });
  return {
    name: `ilo:${d}`,
    priority: 10,
    conditions: {
      any: [
        { ...f('strong'), operator: 'greaterThanInclusive', value: 2 },
        {
          all: [
            { ...f('strong'), operator: 'greaterThanInclusive', value: 1 },
            {
              any: [
                { ...f('medium'), operator: 'greaterThanInclusive', value: 1 },
                { ...f('weak'), operator: 'greaterThanInclusive', value: 1 },
              ],
            },
          ],
        },
        { ...f('medium'), operator: 'greaterThanInclusive', value: 3 },
        {
          all: [
            { ...f('medium'), operator: 'greaterThanInclusive', value: 2 },
            { ...f('weak'), operator: 'greaterThanInclusive', value: 1 },
          ],
        },
      ],
    },
    event: { type: 'element-positive', params: { element: d } },
    onSuccess: (_event, almanac) => {
      almanac.addRuntimeFact(`positive:${d}`, true);
    },
  };
}

const positive = (d: string) => ({ fact: `positive:${d}`, operator: 'equal', value: true });

const remedyRules: RuleProperties[] = [
  {
    name: 'vtip-trp',
    priority: 1,
    conditions: {
      all: [
        { fact: 'status', operator: 'in', value: REMOVABLE },
        { any: [positive('coercion-at-destination'), positive('coercive-recruitment'), positive('deceptive-recruitment')] },
      ],
    },
    event: { type: 'remedy', params: { id: 'vtip-trp', eligibility: 'likely' } },
  },
  {
    name: 'employment-standards',
    priority: 1,
    conditions: {
      all: [
        { fact: 'contexts', operator: 'contains', value: 'labour' },
        { fact: 'wagesUnpaid', operator: 'equal', value: true },
      ],
    },
    event: { type: 'remedy', params: { id: 'employment-standards', eligibility: 'likely' } },
  },
  {
    name: 'refugee-claim-bar',
    priority: 1,
    conditions: { all: [{ fact: 'priorClaim', operator: 'equal', value: 'rejected' }] },
    event: { type: 'remedy', params: { id: 'refugee-claim', eligibility: 'not-applicable' } },
  },
  {
    name: 'hc',
    priority: 1,
    conditions: {
      all: [
        { fact: 'status', operator: 'equal', value: 'no-status' },
        { fact: 'hasInCanadaSince', operator: 'equal', value: true },
      ],
    },
    event: { type: 'remedy', params: { id: 'hc', eligibility: 'possible' } },
  },
  {
    name: 'criminal-complaint',
    priority: 1,
    conditions: { all: [{ fact: 'police', operator: 'notEqual', value: 'no' }, { any: [positive('coercion-at-destination'), positive('exploitation')] }] },
    event: { type: 'remedy', params: { id: 'criminal-complaint', eligibility: 'possible' } },
  },
];

function engineFacts(facts: CaseFacts): Record<string, unknown> {
  const answers = readAnswers(facts);
  const base: Record<string, unknown> = {
    elements: elementCounts(facts),
    status: facts.person.immigrationStatus,
    contexts: facts.contexts,
    wagesUnpaid: answers('low-or-no-pay') === 'yes' || answers('withholding-of-wages-or-money') === 'yes',
    priorClaim: facts.person.priorRefugeeClaim?.outcome ?? 'none',
    hasInCanadaSince: facts.person.inCanadaSince !== undefined,
    police: facts.consents.contactPolice,
  };
  for (const d of DIMENSION_IDS) base[`positive:${d}`] = false; // overridden by runtime facts
  return base;
}

/** The same subset in plain TypeScript. */
function coreSubset(facts: CaseFacts): { id: string; eligibility: string }[] {
  const counts = elementCounts(facts);
  const pos = Object.fromEntries(DIMENSION_IDS.map((d) => [d, satisfiesIloRule(counts[d])])) as Record<string, boolean>;
  const answers = readAnswers(facts);
  const out: { id: string; eligibility: string }[] = [];
  if (REMOVABLE.includes(facts.person.immigrationStatus) && (pos['coercion-at-destination'] || pos['coercive-recruitment'] || pos['deceptive-recruitment']))
    out.push({ id: 'vtip-trp', eligibility: 'likely' });
  if (facts.contexts.includes('labour') && (answers('low-or-no-pay') === 'yes' || answers('withholding-of-wages-or-money') === 'yes'))
    out.push({ id: 'employment-standards', eligibility: 'likely' });
  if (facts.person.priorRefugeeClaim?.outcome === 'rejected') out.push({ id: 'refugee-claim', eligibility: 'not-applicable' });
  if (facts.person.immigrationStatus === 'no-status' && facts.person.inCanadaSince !== undefined) out.push({ id: 'hc', eligibility: 'possible' });
  if (facts.consents.contactPolice !== 'no' && (pos['coercion-at-destination'] || pos['exploitation']))
    out.push({ id: 'criminal-complaint', eligibility: 'possible' });
  return out;
}

export async function benchCoreVsRulesEngine(quick: boolean): Promise<Figure[]> {
  const examples = caseFactsExamples();
  const engine = new Engine([...DIMENSION_IDS.map(iloRule), ...remedyRules], { allowUndefinedFacts: true });

  // The two subset contenders must agree before their speed means anything.
  for (const { name, facts } of examples) {
    const { events } = await engine.run(engineFacts(facts));
    const fromEngine = events
      .filter((e) => e.type === 'remedy')
      .map((e) => `${e.params!.id}:${e.params!.eligibility}`)
      .sort();
    const fromCore = coreSubset(facts)
      .map((r) => `${r.id}:${r.eligibility}`)
      .sort();
    if (fromEngine.join() !== fromCore.join()) throw new Error(`rules engine and core subset disagree on "${name}": ${fromEngine} vs ${fromCore}`);
  }

  // One engine per example (rules in force depend on the date), built before timing; it must
  // give the core's reasons for every remedy in a reviewed jurisdiction.
  const allRules = examples.map(({ facts }) => allRulesEngine(facts.asOf, DIMENSION_IDS.map(iloRule)));
  let compared = 0;
  for (const [i, { name, facts }] of examples.entries()) {
    const fired = await allRules[i]!.run(facts);
    for (const remedy of evaluateRemedies(facts, screen(facts)).remedies) {
      if (!remedy.jurisdiction.reviewed) continue;
      const core = remedy.reasonCodes.filter((c) => c !== 'limitation-period-passed').join();
      const fromEngine = eligibilityReasons(fired, remedy.id).join();
      if (fromEngine !== core) throw new Error(`all-rules engine and core disagree on "${name}", ${remedy.id}: ${fromEngine} vs ${core}`);
      compared++;
    }
  }
  if (compared < examples.length * 10) throw new Error(`only ${compared} remedy results compared`);

  const time = quick ? 300 : 2000;
  const bench = new Bench({ time, warmupTime: quick ? 100 : 500 });
  bench
    .add('core-assess', () => {
      for (const { facts } of examples) assessFacts(facts);
    })
    .add('rules-engine', async () => {
      for (const { facts } of examples) await engine.run(engineFacts(facts));
    })
    .add('core-subset', () => {
      for (const { facts } of examples) coreSubset(facts);
    })
    .add('rules-engine-all', async () => {
      for (const [i, { facts }] of examples.entries()) await allRules[i]!.run(facts);
    });
  await bench.run();
  const perCase = (name: string) => {
    const task = bench.getTask(name)!;
    const result = task.result as unknown as { latency: { mean: number; p99: number }; throughput: { mean: number } };
    return { meanMs: result.latency.mean / examples.length, p99Ms: result.latency.p99 / examples.length };
  };
  const core = perCase('core-assess');
  const engineTime = perCase('rules-engine');
  const subset = perCase('core-subset');
  const all = perCase('rules-engine-all');
  const ratio = all.meanMs / core.meanMs;
  return [
    { section: 'a', name: 'core assessFacts per case', value: core.meanMs, unit: 'ms', detail: { p99Ms: core.p99Ms, cases: examples.length } },
    { section: 'a', name: 'json-rules-engine (ILO rule + 5 remedy rules) per case', value: engineTime.meanMs, unit: 'ms', detail: { p99Ms: engineTime.p99Ms } },
    { section: 'a', name: 'same subset as plain TypeScript per case', value: subset.meanMs, unit: 'ms', detail: { p99Ms: subset.p99Ms } },
    {
      section: 'a',
      name: `json-rules-engine with all ${allRules[0]!.rules} rules (+ core screening) per case`,
      value: all.meanMs,
      unit: 'ms',
      detail: { p99Ms: all.p99Ms },
    },
    { section: 'a', name: 'rules engine (all rules) ÷ full core assessment', value: ratio, unit: '×', target: '≥ 10×', ok: ratio >= 10 },
    { section: 'a', name: 'rules engine (6 rules + ILO) ÷ full core assessment', value: engineTime.meanMs / core.meanMs, unit: '×' },
    { section: 'a', name: 'rules engine ÷ same subset in TypeScript', value: engineTime.meanMs / subset.meanMs, unit: '×' },
  ];
}
