import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates/iso-date';
import { dueOffset } from './due';

const on = '2027-03-31' as IsoDate;
const day = (d: string) => d as IsoDate;

describe('the reminder due on a day', () => {
  it('is the smallest chosen offset at least the days left (offsets 30, 7, 1)', () => {
    expect(dueOffset(day('2027-02-28'), on, [30, 7, 1])).toBeUndefined(); // 31 days left
    expect(dueOffset(day('2027-03-01'), on, [30, 7, 1])).toBe(30); // 30 left
    expect(dueOffset(day('2027-03-23'), on, [30, 7, 1])).toBe(30); // 8 left
    expect(dueOffset(day('2027-03-24'), on, [30, 7, 1])).toBe(7); // 7 left
    expect(dueOffset(day('2027-03-30'), on, [30, 7, 1])).toBe(1); // 1 left
  });
  it('gives a date that appears late only its nearest reminder, and nothing once it has passed', () => {
    expect(dueOffset(day('2027-03-27'), on, [30, 7, 1])).toBe(7); // 4 left: the 7-day one, not the 30-day one as well
    expect(dueOffset(on, on, [30, 7, 1])).toBe(1); // the day itself: the 1-day one (given once: the caller's unique key)
    expect(dueOffset(on, on, [0])).toBe(0);
    expect(dueOffset(day('2027-04-01'), on, [30, 7, 1])).toBeUndefined();
  });
  it('gives nothing for a kind the person turned off', () => {
    expect(dueOffset(day('2027-03-30'), on, [])).toBeUndefined();
  });
});
