import { describe, expect, it } from 'vitest';
import { exhibitLabel, exhibitsOf, nextExhibit } from './exhibits';

describe('exhibit numbers', () => {
  it('gives the next number after the highest taken, leaving gaps where items were removed', () => {
    expect(nextExhibit([])).toBe(1);
    expect(nextExhibit([1, 2, 3])).toBe(4);
    expect(nextExhibit([1, 5])).toBe(6);
  });

  it('labels exhibits A to Z, then AA, AB … (no zero digit)', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(exhibitLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('refuses a number that is not a whole number from 1', () => {
    for (const bad of [0, -1, 1.5]) expect(() => exhibitLabel(bad)).toThrow(RangeError);
  });

  it('indexes held items only, in exhibit order', () => {
    const index = exhibitsOf([
      { exhibit: 3, status: 'held' as const },
      { exhibit: 1, status: 'held' as const },
      { exhibit: 2, status: 'requested' as const },
    ]);
    expect(index.map((i) => `${i.label}${i.exhibit}`)).toEqual(['A1', 'C3']);
  });
});
