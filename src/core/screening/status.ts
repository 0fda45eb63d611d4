import type { TestStatus } from '../contract';
import type { Reading } from './answers';

// Three-valued logic over statuses, ordered not-met < insufficient-information < met (Kleene's
// strong logic): "and" takes the lowest, "or" the highest. Both are monotone, which is what
// makes "one more yes never lowers a result" hold for every rule built from them.

const RANK: Record<TestStatus, number> = { 'not-met': 0, 'insufficient-information': 1, met: 2 };

export const rank = (s: TestStatus) => RANK[s];

export function allOf(statuses: readonly TestStatus[]): TestStatus {
  return statuses.reduce<TestStatus>((acc, s) => (RANK[s] < RANK[acc] ? s : acc), 'met');
}

export function anyOf(statuses: readonly TestStatus[]): TestStatus {
  return statuses.reduce<TestStatus>((acc, s) => (RANK[s] > RANK[acc] ? s : acc), 'not-met');
}

export function fromReading(reading: Reading): TestStatus {
  return reading === 'yes' ? 'met' : reading === 'no' ? 'not-met' : 'insufficient-information';
}
