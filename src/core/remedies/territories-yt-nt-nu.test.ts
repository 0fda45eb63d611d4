// Provincial remedies of Yukon, the Northwest Territories and Nunavut (issue #19): each encoded
// limitation the day before, on and after its last day, and a screened person's answers in each
// territory: employment standards, human rights and victim compensation always carry a deadline, a
// "no program" statement or an explicit "not found in official sources", never "not yet reviewed".
// The sources are cited in jurisdictions/{yt,nt,nu}.ts; what was not found says so in the data.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { evaluateRemedies, jurisdictionAt, REVIEWED_PROVINCES } from './index';
import { describeLimitations, exploitedWorker, remedy, type LimitRow } from './provincial-limits.test-support';
import { caseFacts, screening } from './scenario-support';
import { PROVINCIAL_SEARCH_DATE } from './sources';

type Territory = 'YT' | 'NT' | 'NU';
const TERRITORIES: readonly Territory[] = ['YT', 'NT', 'NU'];

const NOT_FOUND = `Not found in official sources as of ${PROVINCIAL_SEARCH_DATE}`;
const NOT_FOUND_FR = `Introuvable dans les sources officielles au ${PROVINCIAL_SEARCH_DATE}`;

const LIMITS: (LimitRow & { province: Territory })[] = [
  {
    rule: 'Yukon: an employment standards complaint within 6 months of the day wages should have been paid (archived Labour Services FAQ)',
    province: 'YT',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-08-31',
    ends: '2027-02-28',
  },
  {
    rule: 'Yukon: a human rights complaint within 18 months of the incident',
    province: 'YT',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2028-03-15',
  },
  {
    rule: 'Yukon: a wage claim in court within six years (Limitation of Actions Act, para. 2(1)(j), as described in 2013 YKSC 59)',
    province: 'YT',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2032-09-30',
  },
  {
    rule: 'Northwest Territories: an employment standards complaint within 12 months after the contravention (Employment Standards Act, ss. 61-62)',
    province: 'NT',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2027-09-30',
  },
  {
    rule: 'Northwest Territories: a human rights complaint within two years of the contravention',
    province: 'NT',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2028-09-15',
  },
  {
    rule: 'Nunavut: a notification to the Human Rights Tribunal within two years',
    province: 'NU',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2028-09-15',
  },
];

describeLimitations('limitation periods in Yukon, the Northwest Territories and Nunavut', LIMITS);

const events = { employmentEnded: '2026-10-15', lastDiscriminationIncident: '2026-10-01', lastCrimeAgainstPerson: '2026-10-10' };
const answers = (code: Territory, locale: 'en' | 'fr' = 'en') =>
  evaluateRemedies(caseFacts(exploitedWorker(code, '2026-12-05', events)), screening(), { locale }).remedies;
const answer = (code: Territory, id: RemedyId, locale: 'en' | 'fr' = 'en') => answers(code, locale).find((r) => r.id === id)!;
const citesNotFound = (r: { citations: readonly { source: string }[] }) => r.citations.some((c) => c.source.startsWith(NOT_FOUND));

describe('a screened person owed wages, discriminated against and assaulted, in each territory', () => {
  it('Yukon, the Northwest Territories and Nunavut are reviewed, so all 13 jurisdictions are', () => {
    for (const code of TERRITORIES) expect(REVIEWED_PROVINCES).toContain(code);
    expect(REVIEWED_PROVINCES).toHaveLength(13);
  });
  for (const code of TERRITORIES) {
    it(`${code}: employment standards, human rights, victim compensation and small claims are never "not yet reviewed"`, () => {
      for (const id of ['employment-standards', 'human-rights', 'victim-compensation', 'small-claims'] as const) {
        const r = answer(code, id);
        expect(r.jurisdiction, id).toEqual({ code, reviewed: true });
        expect(r.reasonCodes, id).not.toContain('jurisdiction-not-yet-reviewed');
      }
    });
    it(`${code}: the human rights complaint carries its deadline`, () => {
      const d = answer(code, 'human-rights').deadlines.find((x) => x.kind === 'limitation');
      expect(d?.trigger).toEqual({ event: 'lastDiscriminationIncident', date: '2026-10-01' });
      expect(d?.date).toBe({ YT: '2028-04-01', NT: '2028-10-01', NU: '2028-10-01' }[code]);
    });
    it(`${code}: victim compensation says there is no compensation program, and cites where that was read or that it was not found`, () => {
      const r = answer(code, 'victim-compensation');
      const program = jurisdictionAt(code, '2026-12-05').param('victim-compensation.program')!;
      expect(program.value.months).toBeNull();
      expect(program.value.name.en).toMatch(/^No compensation (fund|program)/);
      expect(r.citations.map((c) => c.source)).toContain(program.citations[0]!.source);
    });
  }
});

describe('what was not found in official sources is said, in English and French, never guessed', () => {
  it('Yukon: the employment standards deadline (6 months) is given and its missing official section is cited', () => {
    const r = answer('YT', 'employment-standards');
    expect(r.deadlines.find((d) => d.kind === 'limitation')?.date).toBe('2027-04-15');
    expect(citesNotFound(r)).toBe(true);
    expect(answer('YT', 'employment-standards', 'fr').citations.some((c) => c.source.startsWith(NOT_FOUND))).toBe(true);
  });
  it('Yukon: the six-year court-claim period cites the search for the text of para. 2(1)(j)', () => {
    const r = answer('YT', 'small-claims');
    expect(r.deadlines.find((d) => d.kind === 'limitation')?.date).toBe('2032-10-15');
    expect(r.citations.some((c) => c.source.startsWith(NOT_FOUND) && c.pinpoint.includes('2(1)(j)'))).toBe(true);
  });
  for (const code of TERRITORIES)
    it(`${code}: victim compensation cites the search for a program compensating individual victims`, () =>
      expect(citesNotFound(answer(code, 'victim-compensation'))).toBe(true));
  it('Northwest Territories: the employment standards deadline is 12 months, from the Employment Standards Act of 1 Apr 2008', () => {
    expect(answer('NT', 'employment-standards').deadlines.find((d) => d.kind === 'limitation')?.date).toBe('2027-10-15');
    expect(jurisdictionAt('NT', '2008-03-31').param('employment-standards.limitation')).toBeUndefined();
    expect(jurisdictionAt('NT', '2008-04-01').param('employment-standards.limitation')?.value.months).toBe(12);
  });
  for (const code of ['NT', 'NU'] as const) {
    it(`${code}: the court-claim period for unpaid wages was not found, so small claims gives no deadline and cites the search`, () => {
      const rule = jurisdictionAt(code, '2026-12-05').param('civil.limitation')!;
      expect(rule.value.months).toBeNull();
      expect(rule.value.rule.en).toContain(NOT_FOUND.replace('Not found', 'not found'));
      expect(rule.value.rule.fr).toContain(NOT_FOUND_FR.replace('Introuvable', 'introuvable'));
      const r = answer(code, 'small-claims');
      expect(r.deadlines.filter((d) => d.kind === 'limitation')).toEqual([]);
      expect(citesNotFound(r)).toBe(true);
    });
  }
  it('Nunavut: the labour standards complaint period was not found, so no deadline is computed and the answer says so', () => {
    const limit = jurisdictionAt('NU', '2026-12-05').param('employment-standards.limitation')!;
    expect(limit.value.months).toBeNull();
    const r = answer('NU', 'employment-standards');
    expect(r.deadlines.filter((d) => d.kind === 'limitation')).toEqual([]);
    expect(r.citations.find((c) => c.source.startsWith(NOT_FOUND))?.pinpoint).toContain('the period for filing a labour standards complaint');
    expect(limit.value.extension.en).toContain(`not found in official sources as of ${PROVINCIAL_SEARCH_DATE}`);
    expect(limit.value.extension.fr).toContain(`introuvable dans les sources officielles au ${PROVINCIAL_SEARCH_DATE}`);
  });
});

describe('values that changed over time', () => {
  it('Yukon small claims: $25,000 from 1 Apr 2006, $5,000 the day before', () => {
    expect(jurisdictionAt('YT', '2006-04-01').param('small-claims.limit')?.value.maxDollars).toBe(25_000);
    expect(jurisdictionAt('YT', '2006-03-31').param('small-claims.limit')?.value.maxDollars).toBe(5_000);
  });
});

describe('a claim within the Yukon limits stays open for a worker whose employment just ended', () => {
  it('employment standards is not marked late', () =>
    expect(remedy('employment-standards', exploitedWorker('YT', '2026-12-05', events)).reasonCodes).not.toContain('limitation-period-passed'));
});
