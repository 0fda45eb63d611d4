// Alberta, Manitoba and Saskatchewan against the official text (issue #19), searched on 5 Dec 2026.
// The stored copies of the King's Printer, Manitoba Laws and Saskatchewan publications pages stop
// before most provisions Harbour needs (docs/research/provincial-review-west-2026-12-05.md lists what
// was and was not found). This file pins what was read: Alberta's human rights period in the words of
// s. 20(2), the dates of Manitoba's small claims regulation read on the Manitoba Laws site, and the
// one-year victim compensation period Saskatchewan had before 1 Dec 2006. Values whose official text
// was not found keep their verification: none is downgraded.
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates/iso-date';
import { jurisdictionAt, knowledgeReport } from './index';
import { describeLimitations, exploitedWorker, remedy } from './provincial-limits.test-support';

const READ_ON = '2026-12-05';

describe('Alberta: a human rights complaint within one year after the contravention (Alberta Human Rights Act s. 20(2))', () => {
  const ends = '2027-04-30';
  const limitation = (asOf: string) =>
    remedy('human-rights', exploitedWorker('AB', asOf, { lastDiscriminationIncident: '2026-04-30' })).deadlines.find((d) => d.kind === 'limitation');
  it(`the day before (${addDays(ends as IsoDate, -1)}) the period is open, ends on ${ends} and cites s. 20(2) in its words`, () => {
    const d = limitation(addDays(ends as IsoDate, -1));
    expect(d?.date).toBe(ends);
    expect(d?.passed).toBe(false);
    expect(d?.citation.verification).toBe('official-text');
    expect(d?.citation.pinpoint).toContain('be made within one year after the alleged contravention of the Act occurs');
    expect(d?.citation.url).toBe('https://www.albertahumanrights.ab.ca/services/Pages/who_can_complain.aspx');
    expect(d?.citation.lastReviewed).toBe(READ_ON);
  });
  it(`on ${ends} the complaint is still in time`, () => expect(limitation(ends)?.passed).toBe(false));
  it(`the day after ${ends} the period has passed`, () => expect(limitation(addDays(ends as IsoDate, 1))?.passed).toBe(true));
  it('stays "secondary" as a whole: the strictness it states (Ng v. Athabasca University) rests on commentary, not on the Act', () => {
    const fact = jurisdictionAt('AB', '2026-12-05').param('human-rights.limitation')!;
    expect(fact.verification).toBe('secondary');
    expect(fact.value.extension.en).toContain('Ng v. Athabasca University');
  });
});

describe("Manitoba: the small claims limit's dates read on the Manitoba Laws site", () => {
  const limitNote = (asOf: string) =>
    remedy('small-claims', exploitedWorker('MB', asOf, { employmentEnded: '2024-10-01' })).reasons.find((s) => s.startsWith('Claims up to'));
  const official = (asOf: string) =>
    jurisdictionAt('MB', asOf)
      .param('small-claims.limit')!
      .citations.find((c) => c.verification === 'official-text');

  it('$15,000 the day before M.R. 44/2024 took effect (31 Dec 2024), the last day of the regulation\u2019s first consolidated version', () => {
    expect(limitNote('2024-12-31')).toContain('15,000');
    const c = official('2024-12-31');
    expect(c?.pinpoint).toContain('1 Jan. 2015 to 31 Dec. 2024');
    expect(c?.url).toMatch(/^https:\/\/web2\.gov\.mb\.ca\/laws\/regs\//);
    expect(c?.lastReviewed).toBe(READ_ON);
  });
  it('$20,000 on 1 Jan 2025, the day the consolidated regulation says M.R. 44/2024 has been in effect since', () => {
    expect(limitNote('2025-01-01')).toContain('20,000');
    const c = official('2025-01-01');
    expect(c?.pinpoint).toContain('It has been in effect since January 1, 2025. Last amendment included: M.R. 44/2024');
    expect(c?.pinpoint).toContain('For the purpose of clause 3(1)(a) of the Act, a person may file a claim');
  });
  it('and still $20,000 the day after, but the amount itself stays "secondary": the retrieved regulation text stops before it', () => {
    expect(limitNote('2025-01-02')).toContain('20,000');
    const fact = jurisdictionAt('MB', '2025-01-02').param('small-claims.limit')!;
    expect(fact.verification).toBe('secondary');
    expect(fact.citations.find((c) => c.verification === 'official-text')?.pinpoint).toContain('the amount was not in the text retrieved');
  });
});

describe('Saskatchewan: victim compensation had one year to apply before the amendments in force on 1 Dec 2006, two years from that day', () => {
  const deadlineOn = (asOf: string, crime: string) =>
    remedy('victim-compensation', exploitedWorker('SK', asOf, { lastCrimeAgainstPerson: crime })).deadlines.find((d) => d.kind === 'limitation');

  it('the day before the amendments (30 Nov 2006) a crime of 10 Jan 2006 has until 10 Jan 2007', () =>
    expect(deadlineOn('2006-11-30', '2006-01-10')?.date).toBe('2007-01-10'));
  it('on 1 Dec 2006 the same crime has until 10 Jan 2008', () => expect(deadlineOn('2006-12-01', '2006-01-10')?.date).toBe('2008-01-10'));
  it('the day after, still two years', () => expect(deadlineOn('2006-12-02', '2006-01-10')?.date).toBe('2008-01-10'));
  it('cites the government release that the amendments lengthened the period from one to two years', () => {
    for (const asOf of ['2006-11-30', '2006-12-01']) {
      const fact = jurisdictionAt('SK', asOf).param('victim-compensation.program')!;
      const release = fact.citations.find((c) => c.source.includes('1 Dec 2006'));
      expect(release?.pinpoint).toContain('lengthening the period to apply for compensation from one to two years');
      expect(release?.verification).toBe('secondary');
      expect(release?.lastReviewed).toBe(READ_ON);
    }
    expect(jurisdictionAt('SK', '2006-11-30').param('victim-compensation.program')!.value.months).toBe(12);
    expect(jurisdictionAt('SK', '2006-12-01').param('victim-compensation.program')!.value.months).toBe(24);
  });
});

describeLimitations('Saskatchewan: the one-year victim compensation period before 1 Dec 2006', [
  {
    rule: 'Saskatchewan: victim compensation within one year of the injury (before the amendments of 1 Dec 2006)',
    province: 'SK',
    remedy: 'victim-compensation',
    event: 'lastCrimeAgainstPerson',
    trigger: '2005-11-15',
    ends: '2006-11-15',
  },
]);

describe('no value of the three provinces is downgraded by this review', () => {
  const report = knowledgeReport('2026-12-05');
  it.each([
    ['AB', 1, 3],
    ['MB', 0, 3],
    ['SK', 0, 0],
  ] as const)('%s keeps at least %i value(s) read in official text and at most %i unverified', (code, read, unverified) => {
    const row = report.byJurisdiction[code]!;
    expect(row.counts['official-text']).toBeGreaterThanOrEqual(read);
    expect(row.counts.unverified).toBeLessThanOrEqual(unverified);
    expect(row.notFound).toBe(0);
  });
});
