import type { FactId } from '../../contract';
import { citations } from '../catalogue';
import { allOf, anyOf } from '../status';
import {
  citationsOut,
  citationTemplates,
  deceptionFacts,
  derived,
  elementSpec,
  evaluateElement,
  facts,
  inPhase,
  recruitmentPhaseItems,
  type LegalContext,
  type LegalTest,
} from './element';

// Criminal Code s. 279.01(1) (s. 279.011 for a person under 18): an act, including exercising
// control, direction or influence over a person's movements, for the purpose of exploitation as
// defined in s. 279.04. Exploitation is the objective fear-for-safety test of s. 279.04(1);
// the s. 279.04(2) factors are evidence a court "may consider", so they are reported beside the
// test and never decide it. Organ removal by deception or force is exploitation (s. 279.04(3)).
// The elements, their evidence and citations are fixed by the text, so they are prepared once.

const FORCE_OR_COERCION: FactId[] = [
  'violence',
  'threats-of-violence',
  'violence-or-threats-to-family',
  'abduction-forced-marriage-or-sale',
  'documents-confiscated',
  'debt-bondage',
  'isolation-confinement-surveillance',
  'threat-of-denunciation',
  'threats-to-inform-family-or-public',
  'withholding-of-wages-or-money',
  'threat-of-worse-conditions',
];

const ACT = elementSpec(
  'act',
  [...facts('movement-controlled', 'brought-into-canada'), ...inPhase('destination', 'isolation-confinement-surveillance'), ...recruitmentPhaseItems()],
  [
    citations.criminalCode('s. 279.01(1): "recruits, transports, … or exercises control, direction or influence over the movements"', 'official-text'),
    citations.gallone,
  ],
);
const FORCE_OR_COERCION_FACTOR = elementSpec('factor-force-or-coercion', facts(...FORCE_OR_COERCION), [citations.criminalCode('s. 279.04(2)(a)')]);
const DECEPTION_FACTOR = elementSpec('factor-deception', deceptionFacts(), [citations.criminalCode('s. 279.04(2)(b)')]);
const ABUSE_OF_TRUST_FACTOR = elementSpec('factor-abuse-of-trust-power-authority', facts('abuse-of-trust-power-authority'), [
  citations.criminalCode('s. 279.04(2)(c)'),
]);
const FEAR_FOR_SAFETY = elementSpec('fear-for-safety', facts('fear-for-safety'), [citations.criminalCode('s. 279.04(1)'), citations.sinclair, citations.tjf]);
const ORGAN_REMOVAL = elementSpec('organ-removal', facts('organ-removal'), [citations.criminalCode('s. 279.04(3)', 'unverified')]);
const EXPLOITATION_CITATIONS = citationTemplates([citations.criminalCode('s. 279.04')]);
const TEST_CITATIONS = citationTemplates([citations.criminalCode('ss. 279.01-279.04')]);
const TEST_CITATIONS_FOR_A_CHILD = citationTemplates([citations.criminalCode('ss. 279.01-279.04'), citations.criminalCode('s. 279.011', 'unverified')]);

export function criminalCode279(ctx: LegalContext): LegalTest {
  const act = evaluateElement(ACT, ctx);
  const forceOrCoercion = evaluateElement(FORCE_OR_COERCION_FACTOR, ctx);
  const deception = evaluateElement(DECEPTION_FACTOR, ctx);
  const abuseOfTrust = evaluateElement(ABUSE_OF_TRUST_FACTOR, ctx);
  const fearForSafety = evaluateElement(FEAR_FOR_SAFETY, ctx);
  const organRemoval = evaluateElement(ORGAN_REMOVAL, ctx);
  const organPath = allOf([organRemoval.status, anyOf([forceOrCoercion.status, deception.status])]);
  const exploitation = derived('exploitation', anyOf([fearForSafety.status, organPath]), [fearForSafety], EXPLOITATION_CITATIONS);
  if (organPath === 'met') exploitation.because.push('organ-removal');
  const notes: string[] = ['factors-support-not-decide'];
  if (ctx.child) notes.push('minor-s279-011');
  return {
    id: 'criminal-code-279',
    status: allOf([act.status, exploitation.status]),
    elements: [act, exploitation, fearForSafety, forceOrCoercion, deception, abuseOfTrust, organRemoval],
    citations: citationsOut(ctx.child ? TEST_CITATIONS_FOR_A_CHILD : TEST_CITATIONS),
    notes,
  };
}
