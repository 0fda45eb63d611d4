import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { endOfMonthsPeriod, evaluateRemedies, evaluateRemedy } from './index';
import { notYetReviewed } from './jurisdictions/shared/shared';
import { REMEDY_KNOWLEDGE } from './knowledge';
import type { EvaluationContext } from './model';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

const remedy = (id: RemedyId, facts: ScenarioFacts) => evaluateRemedies(caseFacts(facts), screening()).remedies.find((r) => r.id === id)!;

describe('the calendar rule for periods in months', () => {
  it('ends on the anniversary date', () => expect(endOfMonthsPeriod('2026-03-15', 6)).toBe('2026-09-15'));
  it('clamps to the last day of a shorter month (31 Aug + 6 months = 28 Feb)', () => expect(endOfMonthsPeriod('2026-08-31', 6)).toBe('2027-02-28'));
  it('clamps 29 Feb + 12 months to 28 Feb', () => expect(endOfMonthsPeriod('2024-02-29', 12)).toBe('2025-02-28'));
});

// Each table row: the trigger, the expected last day, and the province.
const LIMITATIONS: {
  remedy: RemedyId;
  province: 'BC' | 'AB' | 'ON' | 'QC';
  event: 'employmentEnded' | 'lastDiscriminationIncident' | 'lastCrimeAgainstPerson';
  trigger: string;
  ends: string;
  extra?: ScenarioFacts;
}[] = [
  { remedy: 'employment-standards', province: 'BC', event: 'employmentEnded', trigger: '2026-03-31', ends: '2026-09-30' },
  { remedy: 'employment-standards', province: 'AB', event: 'employmentEnded', trigger: '2026-08-31', ends: '2027-02-28' },
  { remedy: 'employment-standards', province: 'ON', event: 'employmentEnded', trigger: '2026-09-30', ends: '2028-09-30' },
  { remedy: 'employment-standards', province: 'QC', event: 'employmentEnded', trigger: '2026-09-30', ends: '2027-09-30' },
  { remedy: 'small-claims', province: 'ON', event: 'employmentEnded', trigger: '2026-09-30', ends: '2028-09-30' },
  { remedy: 'small-claims', province: 'QC', event: 'employmentEnded', trigger: '2026-09-30', ends: '2029-09-30' },
  { remedy: 'human-rights', province: 'BC', event: 'lastDiscriminationIncident', trigger: '2026-09-15', ends: '2027-09-15' },
  { remedy: 'human-rights', province: 'AB', event: 'lastDiscriminationIncident', trigger: '2026-09-15', ends: '2027-09-15' },
  { remedy: 'human-rights', province: 'ON', event: 'lastDiscriminationIncident', trigger: '2026-09-15', ends: '2027-09-15' },
  { remedy: 'human-rights', province: 'QC', event: 'lastDiscriminationIncident', trigger: '2026-09-15', ends: '2028-09-15' },
  { remedy: 'victim-compensation', province: 'BC', event: 'lastCrimeAgainstPerson', trigger: '2026-09-15', ends: '2028-09-15' },
  { remedy: 'victim-compensation', province: 'AB', event: 'lastCrimeAgainstPerson', trigger: '2026-09-15', ends: '2028-09-15' },
  {
    remedy: 'employment-insurance',
    province: 'ON',
    event: 'employmentEnded',
    trigger: '2026-09-30',
    ends: '2026-10-28',
    extra: { person: { immigrationStatus: 'work-permit-open' } },
  },
];

describe('limitation periods computed from trigger events', () => {
  for (const row of LIMITATIONS) {
    const facts = (asOf: string): ScenarioFacts => ({
      asOf,
      exploiters: ['employer'],
      contexts: ['labour'],
      facts: [
        { id: 'low-or-no-pay', answer: 'yes' },
        { id: 'violence', phase: 'destination', answer: 'yes' },
      ],
      events: { [row.event]: row.trigger },
      ...row.extra,
      person: { province: row.province, ...row.extra?.person },
    });
    it(`${row.remedy} in ${row.province}: a ${row.event} on ${row.trigger} gives a deadline of ${row.ends}`, () => {
      expect(remedy(row.remedy, facts('2026-10-01')).deadline?.date).toBe(row.ends);
    });
    it(`${row.remedy} in ${row.province}: filing on ${row.ends} is still in time`, () => {
      expect(remedy(row.remedy, facts(row.ends)).reasonCodes).not.toContain('limitation-period-passed');
    });
    it(`${row.remedy} in ${row.province}: the day after ${row.ends} the period has passed`, () => {
      const next = addDays(row.ends as IsoDate, 1);
      const r = remedy(row.remedy, facts(next));
      expect(r.deadlines.find((d) => d.kind === 'limitation')?.passed).toBe(true);
      if (r.reasonCodes.includes('limitation-period-passed')) expect(r.eligibility).toBe('unlikely');
    });
  }
  it('a limitation that has passed turns a likely complaint into an unlikely one and names the extension', () => {
    const r = remedy('employment-standards', {
      asOf: '2026-10-01',
      person: { province: 'BC' },
      exploiters: ['employer'],
      facts: [{ id: 'low-or-no-pay', answer: 'yes' }],
      events: { employmentEnded: '2026-03-31' },
    });
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasons.join(' ')).toMatch(/s\. 74\(5\)/);
  });
  it('uses the limitation in force at asOf: BC human rights was 6 months before 27 Nov 2018', () => {
    expect(
      remedy('human-rights', { asOf: '2018-06-01', person: { province: 'BC' }, events: { lastDiscriminationIncident: '2018-05-01' } }).deadline?.date,
    ).toBe('2018-11-01');
    expect(
      remedy('human-rights', { asOf: '2018-11-27', person: { province: 'BC' }, events: { lastDiscriminationIncident: '2018-11-01' } }).deadline?.date,
    ).toBe('2019-11-01');
  });
  it('Quebec IVAC has no encoded general deadline, so none is invented', () => {
    expect(remedy('victim-compensation', { person: { province: 'QC' }, events: { lastCrimeAgainstPerson: '2026-01-01' } }).deadline).toBeUndefined();
  });
  it('an unreviewed jurisdiction gives no provincial deadline', () => {
    // Every province is reviewed now: the jurisdiction is built by notYetReviewed, with no parameters.
    const facts = caseFacts({ person: { province: 'PE' }, exploiters: ['employer'], events: { employmentEnded: '2026-09-30' } });
    const unreviewed = notYetReviewed('PE', { en: 'Unreviewed', fr: 'Non examiné' });
    const ctx: EvaluationContext = {
      facts,
      screening: screening(),
      asOf: facts.asOf,
      province: 'PE',
      jurisdiction: { code: 'PE', reviewed: unreviewed.review.status === 'reviewed', param: () => undefined },
    };
    expect(unreviewed.params).toEqual({});
    expect(evaluateRemedy(REMEDY_KNOWLEDGE.get('employment-standards')!, ctx).deadline).toBeUndefined();
  });
});

describe('judicial review, renewal, removal and claim-window deadlines', () => {
  it('a refused H&C gives 15 days to seek leave for judicial review, under the judicial-review remedy only', () => {
    expect(remedy('judicial-review', { events: { hcRefused: '2026-11-20' } }).deadline?.date).toBe('2026-12-05');
    expect(remedy('hc', { events: { hcRefused: '2026-11-20' } }).deadline).toBeUndefined();
  });
  it('a refused PRRA gives 15 days to seek leave for judicial review, under the judicial-review remedy only', () => {
    const facts = { person: { removal: { state: 'order-issued' as const } }, events: { prraRefused: '2026-11-20' } };
    expect(remedy('judicial-review', facts).deadline?.date).toBe('2026-12-05');
    expect(remedy('prra', facts).deadline).toBeUndefined();
  });
  it('a TRP holder must apply for the next TRP by the expiry date', () =>
    expect(remedy('vtip-trp', { person: { immigrationStatus: 'temporary-resident-permit', permitExpiry: '2027-03-31' } }).deadline?.date).toBe('2027-03-31'));
  it('a deferral request runs against the scheduled removal date', () =>
    expect(remedy('removal-deferral', { person: { removal: { state: 'scheduled', date: '2026-12-08' } } }).deadline?.date).toBe('2026-12-08'));
  it('the refugee one-year window ends on the anniversary of entry', () =>
    expect(remedy('refugee-claim', { person: { inCanadaSince: '2026-02-10' } }).deadline?.date).toBe('2027-02-10'));
});

describe('12-month bars after a refused refugee claim ("less than 12 months have passed")', () => {
  const rejected = (asOf: string, extra: ScenarioFacts['person'] = {}) => ({
    asOf,
    person: { priorRefugeeClaim: { outcome: 'rejected' as const, date: '2025-08-31' }, removal: { state: 'order-issued' as const }, ...extra },
  });
  // 2025-08-31 + 12 months = 2026-08-31: barred on 2026-08-30, open on 2026-08-31.
  it('bars an H&C the day before the anniversary', () => expect(remedy('hc', rejected('2026-08-30')).reasonCodes).toContain('hc.refugee-rejection-bar'));
  it('opens the H&C on the anniversary', () => expect(remedy('hc', rejected('2026-08-31')).reasonCodes).not.toContain('hc.refugee-rejection-bar'));
  it('keeps the H&C open the day after the anniversary', () =>
    expect(remedy('hc', rejected('2026-09-01')).reasonCodes).not.toContain('hc.refugee-rejection-bar'));
  it('bars a PRRA the day before the anniversary', () => expect(remedy('prra', rejected('2026-08-30')).eligibility).toBe('unlikely'));
  it('opens the PRRA on the anniversary', () => expect(remedy('prra', rejected('2026-08-31')).eligibility).toBe('possible'));
  it('bars a family-violence TRP the day before the anniversary', () =>
    expect(remedy('fv-trp', { ...rejected('2026-08-30', { relationshipBasedStatus: 'yes' }), exploiters: ['spouse-or-partner'] }).reasonCodes).toContain(
      'fv-trp.refugee-rejection-bar',
    ));
  it('names the date the H&C bar lifts', () => expect(remedy('hc', rejected('2026-01-01')).reasons.join(' ')).toContain('2026-08-31'));
  it('bars a second PRRA for 12 months after the first was refused', () => {
    const facts = (asOf: string) => ({ asOf, person: { removal: { state: 'order-issued' as const } }, events: { prraRefused: '2026-01-31' } });
    expect(remedy('prra', facts('2027-01-30')).reasonCodes).toContain('prra.prior-prra-bar');
    expect(remedy('prra', facts('2027-01-31')).reasonCodes).not.toContain('prra.prior-prra-bar');
  });
});
