import type { ContinuumPosition, DimensionId, FactId, TestStatus } from '../contract';
import type { Answers } from './answers';
import { itemsOf } from './catalogue';

// The continuum of exploitation (Skrivankova 2010), made precise in docs/screening/continuum.md.
// A position is reached only by "met" results and "yes" answers, and the highest reached wins,
// so recording one more "yes" can only move a situation up the continuum.

export const CONTINUUM_REASONS = [
  'person-level-rule-met',
  'palermo-art3-met',
  'criminal-code-279-met',
  'coercion-at-destination-met',
  'fear-for-safety-yes',
  'exploitative-conditions-met',
  'child-in-commercial-sex',
  'labour-rights-fact-yes',
  'nothing-recorded',
] as const;
export type ContinuumReason = (typeof CONTINUUM_REASONS)[number];

/** Facts that, answered yes, show a labour-rights problem even without any other indicator. */
export const LABOUR_RIGHTS_FACTS: FactId[] = [
  ...itemsOf('exploitative-conditions').map((i) => i.fact),
  'recruitment-fee-paid',
  'withholding-of-wages-or-money',
];

export interface ContinuumInput {
  answers: Answers;
  dimensions: Record<DimensionId, TestStatus>;
  personLevel: TestStatus;
  palermo: TestStatus;
  criminalCode279: TestStatus;
  /** Whether labour or a service was found (legal-tests/work-or-service.ts). */
  workOrService: TestStatus;
  /** A person under 18 in commercial sex: sexual exploitation whatever the child says about consent. */
  childInCommercialSex: boolean;
}

export interface ContinuumPlacement {
  position: ContinuumPosition;
  because: ContinuumReason[];
}

export function placeOnContinuum(input: ContinuumInput): ContinuumPlacement {
  const { answers, dimensions } = input;
  const trafficking: ContinuumReason[] = [];
  if (input.personLevel === 'met') trafficking.push('person-level-rule-met');
  if (input.palermo === 'met') trafficking.push('palermo-art3-met');
  if (input.criminalCode279 === 'met') trafficking.push('criminal-code-279-met');
  if (trafficking.length > 0) return { position: 'trafficking-indicators', because: trafficking };

  // ILO Convention No. 29, Art. 2(1): "work or service" exacted under the menace of a penalty and
  // not offered voluntarily. Coercion at destination, or a reasonable fear for safety on stopping,
  // is that menace — but only where work or a service was found: violence in a relationship with
  // no work or service recorded is not forced labour.
  const forced: ContinuumReason[] = [];
  if (input.workOrService === 'met') {
    if (dimensions['coercion-at-destination'] === 'met') forced.push('coercion-at-destination-met');
    if (answers('fear-for-safety') === 'yes') forced.push('fear-for-safety-yes');
  }
  if (forced.length > 0) return { position: 'forced-labour', because: forced };

  // A child in commercial sex is sexually exploited (Palermo Art. 3(c); Criminal Code ss. 286.2(2), 286.3(2)).
  const exploitation: ContinuumReason[] = [];
  if (dimensions['exploitative-conditions'] === 'met') exploitation.push('exploitative-conditions-met');
  if (input.childInCommercialSex) exploitation.push('child-in-commercial-sex');
  if (exploitation.length > 0) return { position: 'exploitation', because: exploitation };
  if (LABOUR_RIGHTS_FACTS.some((f) => answers(f) === 'yes')) return { position: 'labour-rights-violations', because: ['labour-rights-fact-yes'] };
  return { position: 'no-indicators', because: ['nothing-recorded'] };
}
