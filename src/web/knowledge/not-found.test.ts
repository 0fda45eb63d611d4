import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notFoundInOfficialSources, PROVINCIAL_SEARCH_DATE } from '../../core/remedies/sources';
import { notFoundAsOf } from './not-found';

const wording = (lang: 'en' | 'fr') =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', lang, 'knowledge.json'), 'utf8')) as { notFound: string }).notFound;

describe('a value not found in official sources', () => {
  it('is recognised by the source title the core gives it, with the day of the search', () => {
    expect(notFoundAsOf(notFoundInOfficialSources('the Act and its regulations').source)).toBe(PROVINCIAL_SEARCH_DATE);
    expect(PROVINCIAL_SEARCH_DATE).toBe('2026-12-05');
    expect(notFoundAsOf('Employment Standards Act, R.S.B.C. 1996, c. 113')).toBeUndefined();
  });
  it('is shown as "not found in official sources as of 2026-12-05" in English and in French', () => {
    const date = notFoundAsOf(notFoundInOfficialSources('x').source)!;
    expect(wording('en').replace('{{date}}', date)).toBe('Not found in official sources as of 2026-12-05');
    expect(wording('fr').replace('{{date}}', date)).toBe('Introuvable dans les sources officielles au 2026-12-05');
  });
});
