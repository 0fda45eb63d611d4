// (a) Every eligibility row and collateral-harm rule of every remedy, as json-rules-engine rules.
//
// The hand-port in core-vs-rules-engine.ts writes a few rules as engine conditions. Porting all
// 153 rows by hand would be a second copy of the law to keep in step, so here each row's
// condition is the core's own predicate exposed to the engine as a fact: the engine makes
// exactly the core's decisions, and what it adds is its own machinery (an almanac, a promise per
// fact, an event per rule). A hand-port's conditions would cost at least as much, so this is a
// lower bound on the engine version of the same rules. Rules in force differ by date, so each
// example gets an engine built for its date before timing, as a deployment would load its rules.
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import type { CaseFacts } from '../src/core/contract';
import { PROVINCES } from '../src/core/contract';
import { rulesAt } from '../src/core/remedies';
import { jurisdictionAt } from '../src/core/remedies/jurisdictions';
import { REMEDY_KNOWLEDGE } from '../src/core/remedies/knowledge';
import type { EvaluationContext } from '../src/core/remedies/model';
import { screen } from '../src/core/screening';

interface Fired {
  remedy: string;
  kind: 'eligibility' | 'risk';
  id: string;
  effect: string;
  order: number;
}

export interface AllRulesEngine {
  rules: number;
  run(facts: CaseFacts): Promise<Fired[]>;
}

function contextOf(facts: CaseFacts): EvaluationContext {
  const province = PROVINCES.includes(facts.person.province) ? facts.person.province : 'ON';
  const answeredYes = new Set(facts.facts.filter((f) => f.answer === 'yes').map((f) => f.id));
  return { facts, screening: screen(facts), asOf: facts.asOf, province, jurisdiction: jurisdictionAt(province, facts.asOf), answeredYes };
}

export function allRulesEngine(asOf: string, extraRules: RuleProperties[]): AllRulesEngine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  let order = 0;
  const add = (remedy: string, kind: Fired['kind'], id: string, effect: string, when: (ctx: EvaluationContext) => boolean) => {
    const fact = `${kind}:${remedy}:${id}:${order}`;
    engine.addFact(fact, (_params: unknown, almanac: Almanac) => (almanac.factValue('ctx') as Promise<EvaluationContext>).then(when));
    engine.addRule({
      name: fact,
      conditions: { all: [{ fact, operator: 'equal', value: true }] },
      event: { type: kind, params: { remedy, kind, id, effect, order: order++ } },
    });
  };
  for (const k of REMEDY_KNOWLEDGE.values()) {
    for (const row of rulesAt(k.eligibility, asOf)) add(k.id, 'eligibility', row.id, row.effect, row.when);
    for (const rule of rulesAt(k.risks, asOf)) add(k.id, 'risk', rule.id, rule.risk, rule.when);
  }
  for (const rule of extraRules) engine.addRule(rule);
  return {
    rules: order + extraRules.length,
    run: async (facts) => {
      const { events } = await engine.run({ ctx: contextOf(facts) });
      return events.filter((e) => e.type === 'eligibility' || e.type === 'risk').map((e) => e.params as unknown as Fired);
    },
  };
}

/** The reason codes the core gives for a remedy, rebuilt from the engine's events (first decisive row wins; notes always count). */
export function eligibilityReasons(fired: Fired[], remedy: string): string[] {
  const codes: string[] = [];
  let decided = false;
  for (const f of [...fired].sort((a, b) => a.order - b.order)) {
    if (f.remedy !== remedy || f.kind !== 'eligibility') continue;
    if (f.effect === 'note') codes.push(f.id);
    else if (!decided) {
      codes.push(f.id);
      decided = true;
    }
  }
  return codes;
}
