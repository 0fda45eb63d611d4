import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../calendar/model';
import type { CaseSummary } from '../cases/types';
import { waitingCases } from './waiting';

const summary = (code: string, over: Partial<CaseSummary> = {}): CaseSummary => ({
  code,
  status: 'open',
  province: 'ON',
  languages: ['es'],
  interpreterNeeded: false,
  myTeamRole: 'responsible-lawyer',
  createdAt: '2026-12-01T10:00:00Z',
  closedAt: null,
  lastSittingOn: null,
  ...over,
});
const item = (caseCode: string, date: string, over: Partial<CalendarItem> = {}): CalendarItem => ({
  caseCode,
  date,
  kind: 'deadline',
  source: 'computed',
  label: 'Judicial review',
  ...over,
});

describe('waitingCases', () => {
  it('names my open cases with no sitting yet', () => {
    expect(waitingCases([summary('HB-AAAA-AA'), summary('HB-BBBB-BB', { lastSittingOn: '2026-11-30' })], [])).toEqual([
      { code: 'HB-AAAA-AA', noSitting: true },
    ]);
  });

  it('leaves out closed cases and cases I am not on', () => {
    expect(waitingCases([summary('HB-AAAA-AA', { status: 'closed' }), summary('HB-BBBB-BB', { myTeamRole: null })], [])).toEqual([]);
  });

  it('puts cases with a near legal date first, the earliest first, each with its earliest date', () => {
    const waiting = waitingCases(
      [summary('HB-AAAA-AA')],
      [
        item('HB-CCCC-CC', '2026-12-15'),
        item('HB-DDDD-DD', '2026-12-09'),
        item('HB-CCCC-CC', '2026-12-11', { label: 'Permit expires', kind: 'permit-expiry' }),
      ],
    );
    expect(waiting.map((w) => w.code)).toEqual(['HB-DDDD-DD', 'HB-CCCC-CC', 'HB-AAAA-AA']);
    expect(waiting[1]).toEqual({ code: 'HB-CCCC-CC', noSitting: false, deadline: { date: '2026-12-11', label: 'Permit expires' } });
  });

  it('keeps one entry for a case with both a near date and no sitting', () => {
    expect(waitingCases([summary('HB-AAAA-AA')], [item('HB-AAAA-AA', '2026-12-10')])).toEqual([
      { code: 'HB-AAAA-AA', noSitting: true, deadline: { date: '2026-12-10', label: 'Judicial review' } },
    ]);
  });

  it('does not count appointments entered by hand as deadlines', () => {
    expect(waitingCases([], [item('HB-AAAA-AA', '2026-12-10', { source: 'manual', kind: 'appointment' })])).toEqual([]);
  });
});
