import { describe, expect, it } from 'vitest';
import { boundChronology, chronologyNote, CHRONOLOGY_LIMITS, type ChronologyEntry } from './practitioner-file';

const entry = (text: string, when = '2019-05'): ChronologyEntry => ({ when, text, source: 'client' });

describe('boundChronology', () => {
  it('leaves a chronology within the limits as it is, with nothing to say', () => {
    const entries = [entry('Arrived in Canada.'), entry('Left the employer’s house.')];
    expect(boundChronology(entries)).toEqual({ chronology: entries });
  });

  it('shortens long entries and leaves out entries past the total, and says so', () => {
    const limits = { entryCharacters: 100, totalCharacters: 250 };
    const result = boundChronology(
      [entry('a'.repeat(500)), entry('b'.repeat(80)), entry('c'.repeat(300)), entry('d'.repeat(40)), entry('e'.repeat(60))],
      limits,
    );
    expect(result.chronology.map((c) => c.text.replace(/ \[…\].*$/, '').length)).toEqual([100, 80, 70]);
    expect(result.chronology[0]!.text).toMatch(/\[…\] \(400 more characters in Harbour\)$/);
    expect(result.chronologyOmitted).toEqual({ entries: 2, characters: 100, shortened: 2 });
    const note = chronologyNote({ ...result } as never);
    expect(note).toBe(
      'This chronology is cut to fit one document: 2 long entries are shortened, and 2 later entries (100 characters) are left out. The full story is in Harbour.',
    );
  });

  it('keeps 200 fragments of 20,000 characters to the total the renderer is sized for', () => {
    const result = boundChronology(Array.from({ length: 200 }, (_, i) => entry('x'.repeat(20_000), `2019-${i}`)));
    const kept = result.chronology.reduce((n, c) => n + c.text.replace(/ \[…\].*$/, '').length, 0);
    expect(kept).toBe(CHRONOLOGY_LIMITS.totalCharacters);
    expect(result.chronologyOmitted!.entries).toBe(200 - CHRONOLOGY_LIMITS.totalCharacters / CHRONOLOGY_LIMITS.entryCharacters);
  });
});
