// Provincial remedies of Prince Edward Island and Newfoundland and Labrador (issue #19): each
// limitation the day before, on and after its last day, the versions that changed over time, the
// values not found in official sources, and a screened person's answers in each province. The
// sources are cited in jurisdictions/{pe,nl}.ts.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { evaluateRemedies, jurisdictionAt, REVIEWED_PROVINCES } from './index';
import { describeLimitations, exploitedWorker, remedy, type LimitRow } from './provincial-limits.test-support';
import { caseFacts, screening } from './scenario-support';
import { PROVINCIAL_SEARCH_DATE } from './sources';

type Province = 'PE' | 'NL';

const NOT_FOUND = `Not found in official sources as of ${PROVINCIAL_SEARCH_DATE}`;

const LIMITS: (LimitRow & { province: Province })[] = [
  // Prince Edward Island
  {
    rule: 'Prince Edward Island: an employment standards complaint within 6 months of the day wages were due (secondary)',
    province: 'PE',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-08-31',
    ends: '2027-02-28',
  },
  {
    rule: 'Prince Edward Island: a human rights complaint within one year after the alleged discrimination',
    province: 'PE',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Prince Edward Island: criminal injuries compensation generally within one year of the crime',
    province: 'PE',
    remedy: 'victim-compensation',
    event: 'lastCrimeAgainstPerson',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Prince Edward Island: a wage claim in court within six years (Statute of Limitations, contract and debt)',
    province: 'PE',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2032-09-30',
  },
  // Newfoundland and Labrador
  {
    rule: 'Newfoundland and Labrador: a labour standards complaint within 6 months of the employment termination date',
    province: 'NL',
    remedy: 'employment-standards',
    event: 'employmentEnded',
    trigger: '2026-08-31',
    ends: '2027-02-28',
  },
  {
    rule: 'Newfoundland and Labrador: a human rights complaint within 12 months of the most recent incident',
    province: 'NL',
    remedy: 'human-rights',
    event: 'lastDiscriminationIncident',
    trigger: '2026-09-15',
    ends: '2027-09-15',
  },
  {
    rule: 'Newfoundland and Labrador: a wage claim in court within six years (Limitations Act, debt and contract)',
    province: 'NL',
    remedy: 'small-claims',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2032-09-30',
  },
];

describeLimitations('limitation periods in Prince Edward Island and Newfoundland and Labrador', LIMITS);

describe('a screened person owed wages, discriminated against and assaulted, in each province', () => {
  const events = { employmentEnded: '2026-10-15', lastDiscriminationIncident: '2026-10-01', lastCrimeAgainstPerson: '2026-10-10' };
  const result = (province: Province) => evaluateRemedies(caseFacts(exploitedWorker(province, '2026-11-28', events)), screening());
  const find = (province: Province, id: RemedyId) => result(province).remedies.find((x) => x.id === id)!;

  for (const province of ['PE', 'NL'] as const) {
    it(`${province} is reviewed: employment standards and human rights answer with a deadline`, () => {
      const expected: Record<Province, Partial<Record<RemedyId, string>>> = {
        PE: { 'employment-standards': '2027-04-15', 'human-rights': '2027-10-01', 'victim-compensation': '2027-10-10' },
        NL: { 'employment-standards': '2027-04-15', 'human-rights': '2027-10-01' },
      };
      for (const [id, date] of Object.entries(expected[province]) as [RemedyId, string][]) {
        const r = find(province, id);
        expect(r.jurisdiction, id).toEqual({ code: province, reviewed: true });
        expect(r.reasonCodes, id).not.toContain('jurisdiction-not-yet-reviewed');
        expect(r.deadline?.date, id).toBe(date);
        expect(r.citations.length, id).toBeGreaterThan(0);
      }
      expect(find(province, 'employment-standards')).toMatchObject({ eligibility: 'likely' });
      expect(find(province, 'employment-standards').reasonCodes).toContain('employment-standards.wage-violations');
      expect(find(province, 'human-rights')).toMatchObject({ eligibility: 'likely' });
    });
  }

  it('PE: criminal injuries compensation needs a police report, so funding is possible, with a one-year deadline', () => {
    const r = find('PE', 'victim-compensation');
    expect(r).toMatchObject({ eligibility: 'possible' });
    expect(r.reasonCodes).toContain('victim-compensation.police-report-needed');
    expect(r.deadline?.date).toBe('2027-10-10');
  });

  it('NL: there is no compensation program, so victim compensation answers unknown, with no deadline and an explicit not-found', () => {
    const r = find('NL', 'victim-compensation');
    expect(r.jurisdiction).toEqual({ code: 'NL', reviewed: true });
    expect(r.eligibility).toBe('unknown');
    expect(r.reasonCodes).toContain('victim-compensation.program-unknown');
    expect(r.deadline).toBeUndefined();
    const program = jurisdictionAt('NL', '2026-11-28').param('victim-compensation.program')!;
    expect(program.value.months).toBeNull();
    expect(program.value.extension.en).toContain('not found in official sources');
    expect(program.citations.map((c) => c.source)).toContain(NOT_FOUND);
  });

  it('both provinces join the reviewed ones', () => expect(REVIEWED_PROVINCES).toEqual(expect.arrayContaining(['PE', 'NL'])));
});

describe('Prince Edward Island versions', () => {
  const limitNote = (asOf: string) =>
    remedy('small-claims', exploitedWorker('PE', asOf, { employmentEnded: '2017-01-15' })).reasons.find((s) => s.startsWith('Claims up to'));
  it('small claims up to $8,000 on 7 Jul 2017', () => expect(limitNote('2017-07-07')).toContain('8,000'));
  it('small claims up to $16,000 from 8 Jul 2017', () => expect(limitNote('2017-07-08')).toContain('16,000'));
  it('names the Temporary Foreign Worker Protection Act ban on recruitment fees from 1 Apr 2025, not before', () => {
    expect(jurisdictionAt('PE', '2025-04-01').param('employment-standards.recovery')?.value.text.en).toContain('Temporary Foreign Worker Protection Act');
    expect(jurisdictionAt('PE', '2025-03-31').param('employment-standards.recovery')?.value.text.en).toContain('was not yet in force');
  });
  it('the employment standards limit rests on commentary, says so and is to be verified', () => {
    const fact = jurisdictionAt('PE', '2026-11-28').param('employment-standards.limitation')!;
    expect(fact.value).toMatchObject({ months: 6, trigger: 'wagesDue' });
    expect(fact.verification).not.toBe('official-text');
    expect(fact.verify?.en).toContain('commentary');
    expect(fact.citations.map((c) => c.source)).toContain(NOT_FOUND);
  });
  it('human trafficking as an eligible offence was not found: coverage is unknown, with a not-found citation', () => {
    const fact = jurisdictionAt('PE', '2026-11-28').param('victim-compensation.program')!;
    expect(fact.value.traffickingCovered).toBe('unknown');
    expect(fact.citations.map((c) => c.source)).toContain(NOT_FOUND);
  });
  it('social assistance: rules by immigration status were not found, so a refugee claimant gets unknown, not a guess', () => {
    const r = remedy('social-assistance', { asOf: '2026-11-28', person: { province: 'PE', immigrationStatus: 'refugee-claimant' } });
    expect(r.eligibility).toBe('unknown');
    expect(jurisdictionAt('PE', '2026-11-28').param('social-assistance.access')?.value.conditions.en).toContain('not found in official sources');
  });
});

describe('Newfoundland and Labrador versions', () => {
  const hr = (asOf: string) => remedy('human-rights', exploitedWorker('NL', asOf, { lastDiscriminationIncident: '2010-06-01' })).deadline;
  it('no human rights limit is encoded on 23 Jun 2010, under the former Human Rights Code', () => expect(hr('2010-06-23')).toBeUndefined());
  it('twelve months from 24 Jun 2010 (Human Rights Act, 2010)', () => expect(hr('2010-06-24')?.date).toBe('2011-06-01'));
  it('the labour standards period counts from the end of employment, not from each pay day', () => {
    const r = remedy('employment-standards', exploitedWorker('NL', '2026-11-28', { employmentEnded: '2026-10-15' }));
    expect(r.deadline?.basis).toContain('after the last day of employment');
  });
  it('small claims up to $25,000', () => {
    const note = remedy('small-claims', exploitedWorker('NL', '2026-11-28', { employmentEnded: '2026-10-15' })).reasons.find((s) =>
      s.startsWith('Claims up to'),
    );
    expect(note).toContain('25,000');
  });
  it('no provincial recruitment-fee statute was found, and the recovery text says so', () => {
    const fact = jurisdictionAt('NL', '2026-11-28').param('employment-standards.recovery')!;
    expect(fact.value.text.en).toContain('not found in official sources');
    expect(fact.citations.map((c) => c.source)).toContain(NOT_FOUND);
  });
  it('social assistance: a worker on a permit gets unknown, not a guess', () => {
    const r = remedy('social-assistance', { asOf: '2026-11-28', person: { province: 'NL', immigrationStatus: 'work-permit-open' } });
    expect(r.eligibility).toBe('unknown');
    expect(r.reasonCodes).not.toContain('social-assistance.status-excluded');
  });
});
