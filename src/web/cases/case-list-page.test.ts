import { describe, expect, it } from 'vitest';
import { arrangeCases } from './case-list-page';
import type { CaseSummary } from './types';

const summary = (code: string, lastSittingOn: string | null, createdAt: string): CaseSummary => ({
  code,
  status: 'open',
  province: 'ON',
  languages: ['es'],
  interpreterNeeded: false,
  myTeamRole: 'lawyer',
  createdAt,
  closedAt: null,
  lastSittingOn,
});

const cases = [
  summary('HB-8AVC-KQ', '2026-11-02', '2026-10-01T10:00:00Z'),
  summary('HB-2XYZ-AB', null, '2026-11-20T10:00:00Z'),
  summary('HB-4MNP-QR', '2026-09-15', '2026-08-01T10:00:00Z'),
];

describe('the case list’s find and sort', () => {
  it('finds a code from any part of it, typed in any case, with or without its dashes', () => {
    expect(arrangeCases(cases, '8avc', 'code').map((c) => c.code)).toEqual(['HB-8AVC-KQ']);
    expect(arrangeCases(cases, 'hb 8avc kq', 'code').map((c) => c.code)).toEqual(['HB-8AVC-KQ']);
    expect(arrangeCases(cases, 'zzz', 'code')).toEqual([]);
  });

  it('puts the cases never met first, then the longest since a sitting', () => {
    expect(arrangeCases(cases, '', 'last-sitting').map((c) => c.code)).toEqual(['HB-2XYZ-AB', 'HB-4MNP-QR', 'HB-8AVC-KQ']);
  });

  it('sorts by code, or the newest case first', () => {
    expect(arrangeCases(cases, '', 'code').map((c) => c.code)).toEqual(['HB-2XYZ-AB', 'HB-4MNP-QR', 'HB-8AVC-KQ']);
    expect(arrangeCases(cases, '', 'newest').map((c) => c.code)).toEqual(['HB-2XYZ-AB', 'HB-8AVC-KQ', 'HB-4MNP-QR']);
  });
});
