// The Refugee Appeal Division (IRPA s. 110, IRPR s. 159.91) and leave and judicial review at the
// Federal Court (IRPA s. 72): the day before, on and after each time limit, and the appeals s. 110(2) shuts.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { evaluateRemedies } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

const evaluate = (facts: ScenarioFacts) => evaluateRemedies(caseFacts(facts), screening());
const remedy = (id: RemedyId, facts: ScenarioFacts) => evaluate(facts).remedies.find((r) => r.id === id)!;
const deadlineOf = (id: RemedyId, facts: ScenarioFacts, deadline: string) => remedy(id, facts).deadlines.find((d) => d.id === deadline);

/** Written reasons of a rejection received on 2 November 2026. */
const REASONS = '2026-11-02';
const rejected = (asOf: string, person: ScenarioFacts['person'] = {}): ScenarioFacts => ({
  asOf,
  person: { immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'rejected', date: REASONS }, ...person },
});

describe('appeal to the Refugee Appeal Division: 15 days to file, 30 to perfect, after the written reasons (IRPR s. 159.91(1))', () => {
  it('gives a rejected claim with reasons received on 2 Nov a filing deadline of 17 Nov and a perfecting deadline of 2 Dec', () => {
    expect(deadlineOf('rad-appeal', rejected('2026-11-05'), 'rad-appeal.file')?.date).toBe('2026-11-17');
    expect(deadlineOf('rad-appeal', rejected('2026-11-05'), 'rad-appeal.perfect')?.date).toBe('2026-12-02');
  });
  it('cites both limits from the official text of s. 159.91 and names the RAD\u2019s power to extend them', () => {
    const file = deadlineOf('rad-appeal', rejected('2026-11-05'), 'rad-appeal.file')!;
    expect(file.citation.pinpoint).toContain('159.91(1)(a)');
    expect(file.verification).toBe('official-text');
    expect(file.extension?.en).toContain('159.91(2)');
  });
  it('is open the day before the filing deadline (16 Nov), with both dates in the reason', () => {
    const r = remedy('rad-appeal', rejected('2026-11-16'));
    expect(r.eligibility).toBe('likely');
    expect(r.reasonCodes).toContain('rad-appeal.in-time');
    expect(r.reasons.join(' ')).toContain('2026-11-17');
    expect(r.reasons.join(' ')).toContain('2026-12-02');
  });
  it('is still open on the filing deadline (17 Nov): filing that day is in time', () => {
    const r = remedy('rad-appeal', rejected('2026-11-17'));
    expect(r.eligibility).toBe('likely');
    expect(r.deadlines.find((d) => d.id === 'rad-appeal.file')?.passed).toBe(false);
    expect(r.deadline?.date).toBe('2026-11-17');
  });
  it('says the time to file has passed the day after (18 Nov), unless a notice was filed, and names the extension', () => {
    const r = remedy('rad-appeal', rejected('2026-11-18'));
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasonCodes).toContain('rad-appeal.time-to-file-passed');
    expect(r.reasons.join(' ')).toContain('159.91(2)');
    expect(r.deadlines.find((d) => d.id === 'rad-appeal.file')?.passed).toBe(true);
    expect(r.deadlines.find((d) => d.id === 'rad-appeal.perfect')?.passed).toBe(false);
  });
  it('keeps the perfecting deadline open the day before and on 2 Dec, and passed on 3 Dec', () => {
    expect(deadlineOf('rad-appeal', rejected('2026-12-01'), 'rad-appeal.perfect')?.passed).toBe(false);
    expect(deadlineOf('rad-appeal', rejected('2026-12-02'), 'rad-appeal.perfect')?.passed).toBe(false);
    expect(deadlineOf('rad-appeal', rejected('2026-12-03'), 'rad-appeal.perfect')?.passed).toBe(true);
  });
  it('raises the deadline-soon flag for the appeal while its days run', () => {
    const flag = evaluate(rejected('2026-11-10')).flags.find((f) => f.id === 'deadline-soon');
    expect(flag?.why).toContain('rad-appeal: 2026-11-17');
  });
  it('warns that an appeal keeps the H&C closed while pending and moves the 12-month bars to the RAD\u2019s decision', () => {
    const r = remedy('rad-appeal', rejected('2026-11-05'));
    expect(r.risks.find((x) => x.id === 'bars-later-remedies')?.level).toBe('medium');
    expect(r.citations.some((c) => c.pinpoint.startsWith('s. 25(1.2)(b)') && c.verified)).toBe(true);
  });
  it('asks for the date the reasons were received when the rejection has no date', () => {
    const r = remedy('rad-appeal', { person: { priorRefugeeClaim: { outcome: 'rejected' } } });
    expect(r.eligibility).toBe('unknown');
    expect(r.reasonCodes).toContain('rad-appeal.reasons-date-unknown');
    expect(r.deadlines).toEqual([]);
  });
  it('did not exist before 15 December 2012, and opens that day', () => {
    const claim = { priorRefugeeClaim: { outcome: 'rejected' as const, date: '2012-12-10' } };
    expect(remedy('rad-appeal', { asOf: '2012-12-14', person: claim }).reasonCodes).toEqual(['rad-appeal.not-yet-in-force']);
    expect(remedy('rad-appeal', { asOf: '2012-12-15', person: claim }).eligibility).toBe('likely');
  });
});

describe('no appeal where IRPA s. 110(2) shuts it', () => {
  it('not for a claim determined withdrawn or abandoned (s. 110(2)(b))', () => {
    for (const outcome of ['withdrawn', 'abandoned'] as const) {
      const r = remedy('rad-appeal', { person: { priorRefugeeClaim: { outcome, date: REASONS } } });
      expect(r.eligibility, outcome).toBe('not-applicable');
      expect(r.reasonCodes).toContain('rad-appeal.withdrawn-or-abandoned');
      expect(r.deadlines).toEqual([]);
    }
  });
  it('not for a designated foreign national (s. 110(2)(a)), and no appeal deadline is computed', () => {
    const r = remedy('rad-appeal', rejected('2026-11-05', { designatedForeignNational: 'yes' }));
    expect(r.eligibility).toBe('not-applicable');
    expect(r.reasonCodes).toContain('rad-appeal.designated-foreign-national');
    expect(r.deadlines).toEqual([]);
  });
  it('tells counsel to check the reasons for "no credible basis" or "manifestly unfounded" (s. 110(2)(c)), and to record whether the person is designated', () => {
    const r = remedy('rad-appeal', rejected('2026-11-05'));
    expect(r.reasonCodes).toContain('rad-appeal.no-credible-basis-check');
    expect(r.reasonCodes).toContain('rad-appeal.designated-foreign-national-unknown');
    expect(remedy('rad-appeal', rejected('2026-11-05', { designatedForeignNational: 'no' })).reasonCodes).not.toContain(
      'rad-appeal.designated-foreign-national-unknown',
    );
  });
  it('unlikely after an entry by land from the United States at a port of entry: the claim may be a Safe Third Country exception (s. 110(2)(d))', () => {
    const r = remedy('rad-appeal', rejected('2026-11-05', { entries: [{ date: '2025-08-01', via: 'land-from-us-at-port' }] }));
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasonCodes).toContain('rad-appeal.safe-third-country-exception');
  });
  it('counts an entry between ports from the United States only from 25 March 2023 (IRPR s. 159.4(1.1))', () => {
    const between = (date: string) => rejected('2026-11-05', { entries: [{ date, via: 'land-from-us-between-ports' }] });
    expect(remedy('rad-appeal', between('2023-03-24')).reasonCodes).not.toContain('rad-appeal.safe-third-country-exception');
    expect(remedy('rad-appeal', between('2023-03-25')).reasonCodes).toContain('rad-appeal.safe-third-country-exception');
  });
  it('not for a claim found ineligible: the RPD never decided it (s. 110(1))', () => {
    const r = remedy('rad-appeal', { person: { priorRefugeeClaim: { outcome: 'ineligible', date: REASONS } } });
    expect(r.eligibility).toBe('not-applicable');
    expect(r.reasonCodes).toContain('rad-appeal.ineligible-claim');
  });
  it('not without a rejected claim (none, pending or accepted)', () => {
    expect(remedy('rad-appeal', {}).reasonCodes).toContain('rad-appeal.no-rejected-claim');
    expect(remedy('rad-appeal', { person: { priorRefugeeClaim: { outcome: 'pending' } } }).eligibility).toBe('not-applicable');
    expect(remedy('rad-appeal', { person: { priorRefugeeClaim: { outcome: 'accepted', date: REASONS } } }).eligibility).toBe('not-applicable');
  });
});

describe('leave and judicial review at the Federal Court: 15 days for a matter arising in Canada (IRPA s. 72(2)(b))', () => {
  // A designated foreign national cannot appeal to the RAD, so the RPD's rejection goes straight to the Court.
  const noAppeal = (asOf: string) => rejected(asOf, { designatedForeignNational: 'yes' });
  it('counts 15 days from a rejection that cannot be appealed: 2 Nov gives 17 Nov, from the shared judicial-review period', () => {
    const d = deadlineOf('judicial-review', noAppeal('2026-11-05'), 'judicial-review.refugee-decision')!;
    expect(d.date).toBe('2026-11-17');
    expect(d.kind).toBe('judicial-review');
    expect(d.citation.pinpoint).toContain('72(2)(b)');
    expect(d.verification).toBe('official-text');
  });
  it('is open the day before and on the 15th day, and late the day after, naming the extension for special reasons (s. 72(2)(c))', () => {
    expect(remedy('judicial-review', noAppeal('2026-11-16')).eligibility).toBe('possible');
    const onTheDay = remedy('judicial-review', noAppeal('2026-11-17'));
    expect(onTheDay.eligibility).toBe('possible');
    expect(onTheDay.reasons.join(' ')).toContain('2026-11-17');
    const late = remedy('judicial-review', noAppeal('2026-11-18'));
    expect(late.eligibility).toBe('unlikely');
    expect(late.reasonCodes).toContain('judicial-review.time-passed');
    expect(late.reasons.join(' ')).toContain('72(2)(c)');
  });
  it('counts from a refused H&C and a refused PRRA, and stays open while one of them runs', () => {
    const facts = { asOf: '2026-11-20', events: { hcRefused: '2026-10-01', prraRefused: '2026-11-10' } };
    const r = remedy('judicial-review', facts);
    expect(r.deadlines.map((d) => [d.id, d.date, d.passed])).toEqual([
      ['judicial-review.hc', '2026-10-16', true],
      ['judicial-review.prra', '2026-11-25', false],
    ]);
    expect(r.eligibility).toBe('possible');
    expect(r.reasons.join(' ')).toContain('2026-11-25');
  });
  it('warns that leave against a PRRA refusal does not stop a scheduled removal (IRPR s. 231(1) stays only RAD decisions)', () => {
    const r = remedy('judicial-review', { events: { prraRefused: '2026-11-20' }, person: { removal: { state: 'scheduled', date: '2026-12-10' } } });
    expect(r.risks.find((x) => x.id === 'no-stay-of-removal')?.level).toBe('high');
  });
  it('puts the RAD first where an appeal may lie (s. 72(2)(a)) and warns of no stay only where s. 231 gives none', () => {
    const r = remedy('judicial-review', rejected('2026-11-05'));
    expect(r.reasonCodes).toContain('judicial-review.refugee-appeal-first');
    expect(r.riskCodes).not.toContain('judicial-review.no-automatic-stay');
    expect(remedy('judicial-review', noAppeal('2026-11-05')).riskCodes).toContain('judicial-review.no-automatic-stay');
  });
  it('is not applicable when no decision is recorded, and asks for the date of an undated refugee decision', () => {
    expect(remedy('judicial-review', {}).eligibility).toBe('not-applicable');
    const undated = remedy('judicial-review', { person: { priorRefugeeClaim: { outcome: 'abandoned' } } });
    expect(undated.eligibility).toBe('unknown');
    expect(undated.reasonCodes).toContain('judicial-review.decision-date-unknown');
  });
});
