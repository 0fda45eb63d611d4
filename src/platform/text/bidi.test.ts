import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from './bidi';

describe('names without bidirectional controls', () => {
  it('removes overrides, embeddings and isolates so a name cannot display reversed', () => {
    expect(withoutBidiControls('Ana\u202Ezeröl')).toBe('Anazeröl');
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(withoutBidiControls(`a${control}b`)).toBe('ab');
  });

  it('keeps right-to-left names and the directional marks that cannot reorder text', () => {
    expect(withoutBidiControls('فاطمة الزهراء')).toBe('فاطمة الزهراء');
    expect(withoutBidiControls('שרה\u200F Cohen')).toBe('שרה\u200F Cohen');
  });
});
