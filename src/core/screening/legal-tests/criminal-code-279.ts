import type { FactId } from '../../contract';
import { citations } from '../catalogue';
import { allOf, anyOf } from '../status';
import { deceptionFacts, derived, element, facts, inPhase, recruitmentPhaseItems, toCitationOut, type LegalContext, type LegalTest } from './element';

// Criminal Code s. 279.01(1) (s. 279.011 for a person under 18): an act, including exercising
// control, direction or influence over a person's movements, for the purpose of exploitation as
// defined in s. 279.04. Exploitation is the objective fear-for-safety test of s. 279.04(1);
// the s. 279.04(2) factors are evidence a court "may consider", so they are reported beside the
// test and never decide it. Organ removal by deception or force is exploitation (s. 279.04(3)).

const FORCE_OR_COERCION: FactId[] = [
  'violence', 'threats-of-violence', 'violence-or-threats-to-family', 'abduction-forced-marriage-or-sale', 'documents-confiscated', 'debt-bondage',
  'isolation-confinement-surveillance', 'threat-of-denunciation', 'threats-to-inform-family-or-public', 'withholding-of-wages-or-money', 'threat-of-worse-conditions',
];

export function criminalCode279(ctx: LegalContext): LegalTest {
  const act = element(
    'act',
    ctx,
    [...facts('movement-controlled', 'brought-into-canada'), ...inPhase('destination', 'isolation-confinement-surveillance'), ...recruitmentPhaseItems()],
    [citations.criminalCode('s. 279.01(1): "recruits, transports, … or exercises control, direction or influence over the movements"', 'official-text'), citations.gallone],
  );
  const forceOrCoercion = element('factor-force-or-coercion', ctx, facts(...FORCE_OR_COERCION), [citations.criminalCode('s. 279.04(2)(a)')]);
  const deception = element('factor-deception', ctx, deceptionFacts(), [citations.criminalCode('s. 279.04(2)(b)')]);
  const abuseOfTrust = element('factor-abuse-of-trust-power-authority', ctx, facts('abuse-of-trust-power-authority'), [citations.criminalCode('s. 279.04(2)(c)')]);
  const fearForSafety = element('fear-for-safety', ctx, facts('fear-for-safety'), [citations.criminalCode('s. 279.04(1)'), citations.sinclair, citations.tjf]);
  const organRemoval = element('organ-removal', ctx, facts('organ-removal'), [citations.criminalCode('s. 279.04(3)', 'unverified')]);
  const organPath = allOf([organRemoval.status, anyOf([forceOrCoercion.status, deception.status])]);
  const exploitation = derived('exploitation', anyOf([fearForSafety.status, organPath]), [fearForSafety], [citations.criminalCode('s. 279.04')]);
  if (organPath === 'met') exploitation.because.push('organ-removal');
  const notes: string[] = ['factors-support-not-decide'];
  if (ctx.child) notes.push('minor-s279-011');
  return {
    id: 'criminal-code-279',
    status: allOf([act.status, exploitation.status]),
    elements: [act, exploitation, fearForSafety, forceOrCoercion, deception, abuseOfTrust, organRemoval],
    citations: [citations.criminalCode('ss. 279.01-279.04'), ...(ctx.child ? [citations.criminalCode('s. 279.011', 'unverified')] : [])].map(toCitationOut),
    notes,
  };
}
