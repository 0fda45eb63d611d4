import type { EvidenceItemFacts } from './model';

// Exhibit numbers: each item gets the next number on its case when it is added, and keeps it
// (so a draft citing "Exhibit C" stays right when another item is removed). The label is the
// letter sequence used in affidavits: A … Z, then AA, AB … (bijective base 26).

export function nextExhibit(taken: readonly number[]): number {
  return taken.reduce((max, n) => Math.max(max, n), 0) + 1;
}

export function exhibitLabel(exhibit: number): string {
  if (!Number.isInteger(exhibit) || exhibit < 1) throw new RangeError('an exhibit number is a whole number from 1');
  let label = '';
  // Bijective base 26: there is no zero digit, so subtract one before each division.
  for (let n = exhibit; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

/** The items an index lists: those held, in exhibit order. Requested items are not exhibits yet. */
export function exhibitsOf<T extends Pick<EvidenceItemFacts, 'exhibit' | 'status'>>(items: readonly T[]): (T & { label: string })[] {
  return items
    .filter((i) => i.status === 'held')
    .sort((a, b) => a.exhibit - b.exhibit)
    .map((i) => ({ ...i, label: exhibitLabel(i.exhibit) }));
}
