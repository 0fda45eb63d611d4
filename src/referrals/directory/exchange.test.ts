import { describe, expect, it } from 'vitest';
import { ENTRIES, HOTLINE } from '../../core/referrals/fixtures.test-support';
import { entriesToCsv, parseImport } from './exchange';

describe('directory import and export', () => {
  it('reads back exactly what it wrote, as CSV and as JSON', () => {
    expect(parseImport('csv', entriesToCsv(ENTRIES))).toEqual({ entries: ENTRIES, issues: [] });
    expect(parseImport('json', JSON.stringify(ENTRIES))).toEqual({ entries: ENTRIES, issues: [] });
  });

  it('names the row and the field of every problem', () => {
    const csv = entriesToCsv([HOTLINE, { ...HOTLINE, id: 'ca-two', services: ['massage' as never] }]);
    expect(parseImport('csv', csv).issues).toEqual([{ path: '[1].services[0]', message: expect.any(String) }]);
    expect(parseImport('json', '{"not": "a list"}').issues).toEqual([{ path: 'content', message: 'expected a JSON array of directory entries' }]);
    expect(parseImport('json', '[').issues[0]!.message).toBe('is not valid JSON');
    const noSources = entriesToCsv([HOTLINE]).replace(/"\[\{""url.*?\}\]"/, '"not json"');
    expect(parseImport('csv', noSources).issues.map((i) => i.path)).toEqual(['[0].sources']);
  });
});
