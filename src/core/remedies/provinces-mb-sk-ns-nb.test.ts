// Provincial remedies of Manitoba, Saskatchewan, Nova Scotia and New Brunswick (issue #19): each
// limitation the day before, on and after its last day, the versions that changed over time, and
// a screened person's answers in each province. The sources are cited in jurisdictions/{mb,sk,ns,nb}.ts.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { evaluateRemedies, jurisdictionAt, REVIEWED_PROVINCES } from './index';
import { describeLimitations, exploitedWorker, remedy, type LimitRow } from './provincial-limits.test-support';
import { caseFacts, screening } from './scenario-support';

type Province = 'MB' | 'SK' | 'NS' | 'NB';

const LIMITS: (LimitRow & { province: Province })[] = [
  // Manitoba
  {
    rule: 'Manitoba: an employment standards claim within 6 months of the last day of work',
    province: 'MB',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-08-31',
    ends: '2027-02-28',
  },
  {
    rule: 'Manitoba: a human rights complaint within one year of the discriminatory act',
    province: 'MB',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: "Manitoba: victim compensation within one year of the crime (Victims' Bill of Rights, s. 51(1))",
    province: 'MB',
    remedy: 'victim-compensation',
    event: 'lastCrimeAgainstPerson',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Manitoba: a court claim within two years of discovery (The Limitations Act, 2022)',
    province: 'MB',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2028-09-30',
  },
  // Saskatchewan
  {
    rule: 'Saskatchewan: a wage claim within 12 months of the day wages were payable',
    province: 'SK',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2027-09-30',
  },
  {
    rule: 'Saskatchewan: a human rights complaint within one year of the incident',
    province: 'SK',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Saskatchewan: victim compensation within two years of the injury',
    province: 'SK',
    remedy: 'victim-compensation',
    event: 'lastCrimeAgainstPerson',
    trigger: '2026-09-15',
    ends: '2028-09-15',
  },
  {
    rule: 'Saskatchewan: a court claim within two years of discovery (The Limitations Act, s. 5)',
    province: 'SK',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2028-09-30',
  },
  // Nova Scotia
  {
    rule: 'Nova Scotia: a labour standards complaint within six months of the violation',
    province: 'NS',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-08-31',
    ends: '2027-02-28',
  },
  {
    rule: 'Nova Scotia: a human rights complaint within 12 months of the last instance',
    province: 'NS',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Nova Scotia: criminal injuries counselling within one year of the crime',
    province: 'NS',
    remedy: 'victim-compensation',
    event: 'lastCrimeAgainstPerson',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Nova Scotia: a court claim within two years of discovery (Limitation of Actions Act, 2015)',
    province: 'NS',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2028-09-30',
  },
  // New Brunswick
  {
    rule: 'New Brunswick: an employment standards complaint within 12 months of the violation (s. 61(1))',
    province: 'NB',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2027-09-30',
  },
  {
    rule: 'New Brunswick: a human rights complaint within one year of the violation',
    province: 'NB',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'New Brunswick: victim compensation within one year of the offence (Reg. 96-81, s. 3(2)(a))',
    province: 'NB',
    remedy: 'victim-compensation',
    event: 'lastCrimeAgainstPerson',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'New Brunswick: a court claim within two years of discovery (Limitation of Actions Act, s. 5(1))',
    province: 'NB',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2028-09-30',
  },
];

describeLimitations('limitation periods in Manitoba, Saskatchewan, Nova Scotia and New Brunswick', LIMITS);

describe('a screened person owed wages, discriminated against and assaulted, in each province', () => {
  const events = { employmentEnded: '2026-10-15', lastDiscriminationIncident: '2026-10-01', lastCrimeAgainstPerson: '2026-10-10' };
  const expected: Record<Province, Partial<Record<RemedyId, string>>> = {
    MB: { 'employment-standards': '2027-04-15', 'human-rights': '2027-10-01', 'victim-compensation': '2027-10-10' },
    SK: { 'employment-standards': '2027-10-15', 'human-rights': '2027-10-01', 'victim-compensation': '2028-10-10' },
    NS: { 'employment-standards': '2027-04-15', 'human-rights': '2027-10-01', 'victim-compensation': '2027-10-10' },
    NB: { 'employment-standards': '2027-10-15', 'human-rights': '2027-10-01', 'victim-compensation': '2027-10-10' },
  };
  for (const province of ['MB', 'SK', 'NS', 'NB'] as const) {
    it(`${province} is reviewed: employment standards, human rights and victim compensation answer with a deadline`, () => {
      const result = evaluateRemedies(caseFacts(exploitedWorker(province, '2026-11-28', events)), screening());
      for (const [id, date] of Object.entries(expected[province]) as [RemedyId, string][]) {
        const r = result.remedies.find((x) => x.id === id)!;
        expect(r.jurisdiction, id).toEqual({ code: province, reviewed: true });
        expect(r.reasonCodes, id).not.toContain('jurisdiction-not-yet-reviewed');
        expect(r.deadline?.date, id).toBe(date);
        expect(r.citations.length, id).toBeGreaterThan(0);
      }
      const find = (id: RemedyId) => result.remedies.find((x) => x.id === id)!;
      expect(find('employment-standards')).toMatchObject({ eligibility: 'likely' });
      expect(find('employment-standards').reasonCodes).toContain('employment-standards.wage-violations');
      expect(find('human-rights')).toMatchObject({ eligibility: 'likely' });
      // Every one of these programs needs a police report, so funding is possible, not likely.
      expect(find('victim-compensation')).toMatchObject({ eligibility: 'possible' });
      expect(find('victim-compensation').reasonCodes).toContain('victim-compensation.police-report-needed');
    });
  }
  it('the four provinces join the reviewed ones', () => expect(REVIEWED_PROVINCES).toEqual(expect.arrayContaining(['MB', 'SK', 'NS', 'NB'])));
});

describe('Manitoba versions', () => {
  const limitNote = (asOf: string) =>
    remedy('small-claims', exploitedWorker('MB', asOf, { employmentEnded: '2024-10-01' })).reasons.find((s) => s.startsWith('Claims up to'));
  it('small claims up to $15,000 on 31 Dec 2024', () => expect(limitNote('2024-12-31')).toContain('15,000'));
  it('small claims up to $20,000 from 1 Jan 2025', () => expect(limitNote('2025-01-01')).toContain('20,000'));
  it('a court claim had the former six-year period the day before The Limitations Act came into force (29 Sep 2022)', () => {
    const d = remedy('small-claims', exploitedWorker('MB', '2022-09-29', { employmentEnded: '2022-06-30' })).deadline;
    expect(d?.date).toBe('2028-06-30');
  });
  it('and two years from 30 Sep 2022', () => {
    const d = remedy('small-claims', exploitedWorker('MB', '2022-09-30', { employmentEnded: '2022-06-30' })).deadline;
    expect(d?.date).toBe('2024-06-30');
  });
  it("names The Worker Recruitment and Protection Act's ban on recruitment fees from 1 Apr 2009, not before", () => {
    expect(jurisdictionAt('MB', '2009-04-01').param('employment-standards.recovery')?.value.text.en).toContain('Worker Recruitment and Protection Act');
    expect(jurisdictionAt('MB', '2009-03-31').param('employment-standards.recovery')?.value.text.en).toContain('not yet in effect');
  });
  it("cites s. 51 of The Victims' Bill of Rights for the one-year limit and its extension", () => {
    const r = remedy('victim-compensation', exploitedWorker('MB', '2026-11-28', { lastCrimeAgainstPerson: '2026-10-10' }));
    expect(r.citations.map((c) => c.pinpoint).join(' ')).toContain('s. 51(1)');
    expect(r.deadlines[0]?.extension?.en).toContain('s. 51(2)');
  });
});

describe('Saskatchewan versions', () => {
  const hr = (asOf: string, incident: string) => remedy('human-rights', exploitedWorker('SK', asOf, { lastDiscriminationIncident: incident })).deadline?.date;
  it('a human rights complaint had two years on 30 Jun 2011', () => expect(hr('2011-06-30', '2011-06-01')).toBe('2013-06-01'));
  it('and one year from 1 Jul 2011 (The Saskatchewan Human Rights Code Amendment Act, 2011)', () => expect(hr('2011-07-01', '2011-06-01')).toBe('2012-06-01'));
  const limitNote = (asOf: string) =>
    remedy('small-claims', exploitedWorker('SK', asOf, { employmentEnded: '2024-01-15' })).reasons.find((s) => s.startsWith('Claims up to'));
  it('small claims up to $30,000 on 31 Mar 2024', () => expect(limitNote('2024-03-31')).toContain('30,000'));
  it('small claims up to $50,000 from 1 Apr 2024', () => expect(limitNote('2024-04-01')).toContain('50,000'));
  it('recruitment fees: The Foreign Worker Recruitment and Immigration Services Act until 30 Jun 2024, The Immigration Services Act from 1 Jul 2024', () => {
    expect(jurisdictionAt('SK', '2024-06-30').param('employment-standards.recovery')?.value.text.en).toContain(
      'Foreign Worker Recruitment and Immigration Services Act',
    );
    expect(jurisdictionAt('SK', '2024-07-01').param('employment-standards.recovery')?.value.text.en).toContain('The Immigration Services Act');
  });
  it('no employment standards limitation is encoded before The Saskatchewan Employment Act (29 Apr 2014)', () => {
    expect(jurisdictionAt('SK', '2014-04-28').param('employment-standards.limitation')).toBeUndefined();
    expect(jurisdictionAt('SK', '2014-04-29').param('employment-standards.limitation')?.value.months).toBe(12);
  });
  it('Saskatchewan Income Support excludes visitors and accepts protected persons', () => {
    const sa = (immigrationStatus: 'visitor' | 'protected-person') =>
      remedy('social-assistance', { asOf: '2026-11-28', person: { province: 'SK', immigrationStatus } }).reasonCodes;
    expect(sa('visitor')).toContain('social-assistance.status-excluded');
    expect(sa('protected-person')).not.toContain('social-assistance.status-excluded');
  });
});

describe('Nova Scotia versions', () => {
  const hr = (asOf: string) => remedy('human-rights', exploitedWorker('NS', asOf, { lastDiscriminationIncident: '2008-06-01' })).deadline;
  it('no legislated human rights limit on 29 Jun 2008', () => expect(hr('2008-06-29')).toBeUndefined());
  it('twelve months from 30 Jun 2008', () => expect(hr('2008-06-30')?.date).toBe('2009-06-01'));
  it('counselling for trafficking victims: no limit for sexual offences by a person in authority, and trafficking covered', () => {
    const r = remedy('victim-compensation', exploitedWorker('NS', '2026-11-28', { lastCrimeAgainstPerson: '2026-10-10' }));
    expect(r.deadline?.basis).toContain('No limit for sexual offences by a person in a position of trust or authority');
    expect(jurisdictionAt('NS', '2026-11-28').param('victim-compensation.program')?.value.traffickingCovered).toBe('yes');
  });
  it('a court claim had the former six-year period on 31 Aug 2015 and two years from 1 Sep 2015', () => {
    const d = (asOf: string) => remedy('small-claims', exploitedWorker('NS', asOf, { employmentEnded: '2015-06-30' })).deadline?.date;
    expect(d('2015-08-31')).toBe('2021-06-30');
    expect(d('2015-09-01')).toBe('2017-06-30');
  });
  it('names the ban on recruitment fees from 19 May 2011', () => {
    expect(jurisdictionAt('NS', '2011-05-19').param('employment-standards.recovery')?.value.text.en).toContain('Recruitment fees');
    expect(jurisdictionAt('NS', '2011-05-18').param('employment-standards.recovery')?.value.text.en).not.toContain('Recruitment fees');
  });
});

describe('New Brunswick versions', () => {
  it('victim compensation cites Regulation 96-81, s. 3(2), read in its official text', () => {
    const r = remedy('victim-compensation', exploitedWorker('NB', '2026-11-28', { lastCrimeAgainstPerson: '2026-10-10' }));
    const d = r.deadlines.find((x) => x.kind === 'limitation')!;
    expect(d.citation.pinpoint).toContain('s. 3(2)(a)');
    expect(d.citation.verification).toBe('official-text');
    expect(d.extension?.fr).toContain('al. 3(2)b)');
  });
  const limitNote = (asOf: string) =>
    remedy('small-claims', exploitedWorker('NB', asOf, { employmentEnded: '2018-01-15' })).reasons.find((s) => s.startsWith('Claims up to'));
  it('small claims up to $12,500 on 31 Mar 2018', () => expect(limitNote('2018-03-31')).toContain('12,500'));
  it('small claims up to $20,000 from 1 Apr 2018', () => expect(limitNote('2018-04-01')).toContain('20,000'));
  it('social assistance: a refugee claimant is assessed only after IRCC is contacted, so the sharing risk is high', () => {
    const r = remedy('social-assistance', { asOf: '2026-11-28', person: { province: 'NB', immigrationStatus: 'refugee-claimant' } });
    expect(r.eligibility).toBe('possible');
    expect(r.reasonCodes).toContain('social-assistance.status-conditional');
    expect(r.risks.find((x) => x.id === 'information-sharing-with-immigration')?.level).toBe('high');
  });
  it('social assistance: a worker on a permit is excluded', () => {
    const r = remedy('social-assistance', { asOf: '2026-11-28', person: { province: 'NB', immigrationStatus: 'work-permit-open' } });
    expect(r.reasonCodes).toContain('social-assistance.status-excluded');
  });
  it('names the foreign-worker protections from 1 Sep 2014, not before', () => {
    expect(jurisdictionAt('NB', '2014-09-01').param('employment-standards.recovery')?.value.text.fr).toContain('1er septembre 2014');
    expect(jurisdictionAt('NB', '2014-08-31').param('employment-standards.recovery')?.value.text.en).toContain('not yet in force');
  });
});
