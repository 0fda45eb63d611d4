// The refugee claim's eligibility (IRPA s. 101(1), read in the official XML consolidation): the
// one-year bar with several entries (s. 101(1)(b.1), (1.1)), the Safe Third Country Agreement
// (s. 101(1)(e), IRPR ss. 159.4–159.5), the 14-day rule between ports (s. 101(1)(b.2)), prior claims
// here and abroad, the Basis of Claim deadline (IRPR s. 159.8(2)) and the claim-window-closing flag.
import { describe, expect, it } from 'vitest';
import { evaluateRemedies } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

type Entry = { date: string; via: 'air' | 'sea' | 'land-from-us-at-port' | 'land-from-us-between-ports' | 'other' | 'unknown' };
type Person = NonNullable<ScenarioFacts['person']>;

function evaluate(asOf: string, person: Person, rest: Omit<ScenarioFacts, 'person' | 'asOf'> = {}, locale: 'en' | 'fr' = 'en') {
  return evaluateRemedies(caseFacts({ asOf, person, ...rest }), screening(), { locale });
}
const claim = (asOf: string, person: Person, rest: Omit<ScenarioFacts, 'person' | 'asOf'> = {}, locale: 'en' | 'fr' = 'en') =>
  evaluate(asOf, person, rest, locale).remedies.find((r) => r.id === 'refugee-claim')!;
const entries = (...list: Entry[]) => ({ entries: list });

describe('one-year bar with several entries (IRPA s. 101(1)(b.1) with s. 101(1.1))', () => {
  const reentered = entries({ date: '2024-01-10', via: 'air' }, { date: '2026-02-01', via: 'air' });

  it('bars a refugee claim one year after the first entry, not the last (the review’s example)', () => {
    const r = claim('2026-12-05', reentered);
    expect(r.eligibility).toBe('not-applicable');
    expect(r.reasonCodes).toContain('refugee-claim.one-year-bar');
    // The year ended on 2025-01-10, before the bar reached claims (3 June 2025): no window is shown, and none to 2027-02-01.
    expect(r.deadlines.map((d) => d.date)).not.toContain('2027-02-01');
  });

  it('says which date it used, that the claim is terminated, and that it leads toward removal', () => {
    const en = claim('2026-12-05', reentered).reasons.join(' ');
    expect(en).toContain('2024-01-10');
    expect(en).toContain('person.entries');
    expect(en).toContain('2025-01-10');
    expect(en).toContain('s. 101(1.2)');
    expect(en).toMatch(/removal/);
    const fr = claim('2026-12-05', reentered, {}, 'fr').reasons.join(' ');
    expect(fr).toContain('person.entries');
    expect(fr).toContain('art. 101(1.2)');
    expect(fr).toMatch(/renvoi/);
  });

  describe('the day before, on and after the last day of the year (first entry 2025-12-05, re-entry 2026-06-01)', () => {
    const person = entries({ date: '2025-12-05', via: 'air' }, { date: '2026-06-01', via: 'air' });
    it('is open the day before the anniversary', () => expect(claim('2026-12-04', person).eligibility).toBe('possible'));
    it('is open on the anniversary (the year begins the day after entry)', () => expect(claim('2026-12-05', person).eligibility).toBe('possible'));
    it('is closed the day after the anniversary', () => expect(claim('2026-12-06', person).eligibility).toBe('not-applicable'));
    it('shows the window as passed the day after', () =>
      expect(claim('2026-12-06', person).deadlines.find((d) => d.id === 'refugee-claim.one-year-window')).toMatchObject({ date: '2026-12-05', passed: true }));
    it('counts the window to the anniversary of the first entry', () =>
      expect(claim('2026-12-04', person).deadlines.find((d) => d.id === 'refugee-claim.one-year-window')).toMatchObject({
        date: '2026-12-05',
        trigger: { event: 'entries', date: '2025-12-05' },
      }));
  });

  it('prefers the recorded entries to inCanadaSince', () => {
    const r = claim('2026-12-05', { inCanadaSince: '2026-02-01', ...reentered });
    expect(r.eligibility).toBe('not-applicable');
  });

  it('falls back to inCanadaSince when no entries are recorded, and says so', () => {
    const r = claim('2026-12-05', { inCanadaSince: '2025-06-01' });
    expect(r.eligibility).toBe('not-applicable');
    expect(r.reasons.join(' ')).toContain('person.inCanadaSince');
    expect(claim('2026-12-05', { inCanadaSince: '2026-02-01' }).eligibility).toBe('possible');
  });

  it('counts only entries after 24 June 2020: an entry on that day starts no year, the next one does', () => {
    expect(claim('2026-12-05', entries({ date: '2019-05-01', via: 'air' }, { date: '2020-06-24', via: 'air' })).eligibility).toBe('possible');
    expect(claim('2026-12-05', entries({ date: '2019-05-01', via: 'air' }, { date: '2022-03-01', via: 'air' })).reasonCodes).toContain(
      'refugee-claim.one-year-bar',
    );
  });

  it('needs an entry date when neither entries nor inCanadaSince is given', () => {
    const r = claim('2026-12-05', {});
    expect(r.eligibility).toBe('unknown');
    expect(r.reasonCodes).toContain('refugee-claim.entry-date-needed');
  });
});

describe('Safe Third Country Agreement and the 14-day rule between ports (s. 101(1)(e), (b.2); IRPR s. 159.4(1.1))', () => {
  const crossed = (date: string) => entries({ date, via: 'land-from-us-between-ports' });

  it('applies the Agreement on the day of crossing between ports', () =>
    expect(claim('2026-11-14', crossed('2026-11-14')).reasonCodes).toContain('refugee-claim.safe-third-country'));
  it('applies the Agreement 13 days after crossing (less than 14 days): unlikely unless an exception applies', () => {
    const r = claim('2026-11-27', crossed('2026-11-14'));
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasonCodes).toContain('refugee-claim.safe-third-country');
    expect(r.reasons.join(' ')).toContain('2026-11-28');
  });
  it('bars the claim under s. 101(1)(b.2) 14 days after crossing', () => {
    const r = claim('2026-11-28', crossed('2026-11-14'));
    expect(r.eligibility).toBe('not-applicable');
    expect(r.reasonCodes).toContain('refugee-claim.between-ports-after-14-days');
  });
  it('still bars it 15 days after crossing', () => expect(claim('2026-11-29', crossed('2026-11-14')).eligibility).toBe('not-applicable'));

  it('lists the exceptions of IRPR s. 159.5 and says which applies is not recorded', () => {
    const en = claim('2026-11-20', crossed('2026-11-14')).reasons.join(' ');
    for (const words of ['family member', 'unaccompanied minor', 'temporary resident permit', 'not recorded']) expect(en).toContain(words);
    expect(claim('2026-11-20', crossed('2026-11-14'), {}, 'fr').reasons.join(' ')).toContain('mineur non accompagné');
  });

  it('warns that an ineligible claim is terminated and leaves no PRRA after an Agreement finding', () => {
    const r = claim('2026-11-20', crossed('2026-11-14'));
    expect(r.riskCodes).toContain('refugee-claim.ineligible-claim-terminated');
    expect(r.risks.find((x) => x.id === 'status-jeopardy')?.why).toContain('s. 112(2)(b)');
  });

  it('points a minor to the unaccompanied-minor exception', () =>
    expect(claim('2026-11-20', { ageBand: 'minor', ...crossed('2026-11-14') }).reasonCodes).toContain('refugee-claim.stca-unaccompanied-minor'));

  it('applies the Agreement to a claim on arrival at a land port of entry', () =>
    expect(claim('2026-11-14', entries({ date: '2026-11-14', via: 'land-from-us-at-port' })).eligibility).toBe('unlikely'));
  it('does not apply it to a claim made inside Canada after a land-port entry, and says why', () => {
    const r = claim('2026-11-28', entries({ date: '2026-10-01', via: 'land-from-us-at-port' }));
    expect(r.eligibility).toBe('possible');
    expect(r.reasonCodes).toContain('refugee-claim.land-port-entry-note');
  });
  it('does not apply it to an entry by air', () =>
    expect(claim('2026-11-20', entries({ date: '2026-11-14', via: 'air' })).reasonCodes).not.toContain('refugee-claim.safe-third-country'));

  it('before the 14-day rule came into force (25 March 2023), a crossing between ports brought neither bar', () =>
    expect(claim('2023-03-20', crossed('2023-02-01')).eligibility).toBe('possible'));

  it('reads s. 101(1)(b.2) as written: an earlier crossing between ports bars a claim 14 days or more after it, whatever the later entries', () => {
    const later = entries({ date: '2026-10-01', via: 'land-from-us-between-ports' }, { date: '2026-11-20', via: 'air' });
    expect(claim('2026-11-28', later).eligibility).toBe('not-applicable');
    expect(claim('2026-11-28', later).reasonCodes).toContain('refugee-claim.between-ports-after-14-days');
  });
});

describe('prior claims here and abroad (s. 101(1)(b), (c), (c.1), (d))', () => {
  const recent = { inCanadaSince: '2026-06-01' };
  it('a prior claim found ineligible closes a new claim', () =>
    expect(claim('2026-11-28', { ...recent, priorRefugeeClaim: { outcome: 'ineligible' } }).reasonCodes).toContain('refugee-claim.prior-claim-ineligible'));
  it('a prior claim found abandoned closes a new claim', () =>
    expect(claim('2026-11-28', { ...recent, priorRefugeeClaim: { outcome: 'abandoned' } }).eligibility).toBe('not-applicable'));
  it('a claim in an information-sharing country makes the claim unlikely, from 21 June 2019', () => {
    const abroad = { refugeeHistoryAbroad: 'claim-in-information-sharing-country' as const };
    expect(claim('2019-06-20', abroad).reasonCodes).not.toContain('refugee-claim.claim-in-information-sharing-country');
    expect(claim('2019-06-21', abroad).reasonCodes).toContain('refugee-claim.claim-in-information-sharing-country');
    expect(claim('2026-11-28', { ...recent, ...abroad }).eligibility).toBe('unlikely');
  });
  it('recognition as a refugee elsewhere makes the claim unlikely and asks whether return is possible', () => {
    const r = claim('2026-11-28', { ...recent, refugeeHistoryAbroad: 'recognized-as-refugee-elsewhere' });
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasons.join(' ')).toContain('returned');
  });
});

describe('what the result says it would need to know', () => {
  it('names the unknown route of entry and the unknown history abroad while the claim is open', () => {
    const r = claim('2026-11-28', { inCanadaSince: '2026-06-01' });
    expect(r.eligibility).toBe('possible');
    expect(r.reasonCodes).toEqual(
      expect.arrayContaining(['refugee-claim.entry-route-unknown', 'refugee-claim.history-abroad-unknown', 'refugee-claim.merits-depend-on-risk']),
    );
    expect(r.reasons.join(' ')).toContain('Unknown: how the person entered Canada');
    expect(claim('2026-11-28', { inCanadaSince: '2026-06-01' }, {}, 'fr').reasons.join(' ')).toContain('Inconnu : le mode d’entrée');
  });
  it('does not ask once the route and the history are recorded', () => {
    const r = claim('2026-11-28', { ...entries({ date: '2026-06-01', via: 'air' }), refugeeHistoryAbroad: 'none' });
    expect(r.reasonCodes).toEqual(['refugee-claim.merits-depend-on-risk']);
  });
  it('does not ask when the claim is already closed', () => {
    const r = claim('2026-11-28', { priorRefugeeClaim: { outcome: 'rejected', date: '2025-01-01' } });
    expect(r.reasonCodes).toEqual(['refugee-claim.prior-claim-rejected']);
  });
});

describe('a victim coerced into facilitating (s. 37(1)(b), s. 101(1)(f)): a risk, never ineligibility', () => {
  const coerced = { facts: [{ id: 'coerced-into-facilitating' as const, answer: 'yes' as const }] };
  it('keeps the claim open and raises the organized-criminality exposure, with counsel', () => {
    const r = claim('2026-11-28', { inCanadaSince: '2026-06-01' }, coerced);
    expect(r.eligibility).toBe('possible');
    expect(r.riskCodes).toContain('refugee-claim.coerced-facilitation');
    const why = r.risks.find((x) => x.id === 'status-jeopardy')!;
    expect(why.level).toBe('high');
    expect(why.why).toContain('s. 37(1)(b)');
    expect(why.why).toContain('criminal and immigration counsel');
    expect(claim('2026-11-28', { inCanadaSince: '2026-06-01' }, coerced, 'fr').risks.find((x) => x.id === 'status-jeopardy')!.why).toContain(
      'avocat en droit criminel',
    );
  });
  it('does not raise it when the fact is not answered yes', () =>
    expect(claim('2026-11-28', { inCanadaSince: '2026-06-01' }).riskCodes).not.toContain('refugee-claim.coerced-facilitation'));
});

describe('Basis of Claim form for a claim made at a port of entry: 15 days after referral (IRPR s. 159.8(2))', () => {
  const atAirport = { entries: [{ date: '2026-11-20', via: 'air' as const }], priorRefugeeClaim: { outcome: 'pending' as const, date: '2026-11-20' } };
  const boc = (asOf: string, person: Person = atAirport) => claim(asOf, person).deadlines.find((d) => d.id === 'refugee-claim.basis-of-claim-port-of-entry');
  it('is due 15 days after the claim’s recorded date, and open the day before', () =>
    expect(boc('2026-12-04')).toMatchObject({ date: '2026-12-05', passed: false }));
  it('is still in time on the 15th day', () => expect(boc('2026-12-05')).toMatchObject({ date: '2026-12-05', passed: false }));
  it('has passed the day after', () => expect(boc('2026-12-06')).toMatchObject({ passed: true }));
  it('names the extension the Division may grant', () => expect(boc('2026-12-04')?.extension?.en).toContain('s. 159.8(3)'));
  it('does not apply to a claim made inside Canada (no entry on the claim’s date)', () =>
    expect(boc('2026-12-04', { ...atAirport, priorRefugeeClaim: { outcome: 'pending', date: '2026-11-25' } })).toBeUndefined());
  it('does not apply after a crossing between ports', () =>
    expect(boc('2026-12-04', { ...atAirport, entries: [{ date: '2026-11-20', via: 'land-from-us-between-ports' }] })).toBeUndefined());
  it('drops the one-year window while the claim is pending', () =>
    expect(claim('2026-12-04', atAirport).deadlines.map((d) => d.id)).toEqual(['refugee-claim.basis-of-claim-port-of-entry']));
});

describe('claim-window-closing flag (the one-year window ends within 30 days of asOf, inclusive)', () => {
  const flags = (firstEntry: string, person: Person = {}, locale: 'en' | 'fr' = 'en') =>
    evaluate('2026-11-28', { ...entries({ date: firstEntry, via: 'air' }), ...person }, {}, locale).flags;
  const ids = (firstEntry: string, person: Person = {}) => flags(firstEntry, person).map((f) => f.id);
  it('does not flag a window ending in 31 days', () => expect(ids('2025-12-29')).not.toContain('claim-window-closing'));
  it('flags a window ending in exactly 30 days', () => expect(ids('2025-12-28')).toContain('claim-window-closing'));
  it('flags a window ending in 29 days', () => expect(ids('2025-12-27')).toContain('claim-window-closing'));
  it('flags a window ending on asOf itself', () => expect(ids('2025-11-28')).toContain('claim-window-closing'));
  it('does not flag a window that has closed', () => expect(ids('2025-11-27')).not.toContain('claim-window-closing'));
  it('does not flag when a claim is closed to the person for another reason', () =>
    expect(ids('2025-12-27', { priorRefugeeClaim: { outcome: 'rejected', date: '2020-01-01' } })).not.toContain('claim-window-closing'));
  it('words the flag in English and French with the date and the count', () => {
    expect(flags('2025-12-27').find((f) => f.id === 'claim-window-closing')).toMatchObject({ level: 'urgent' });
    expect(flags('2025-12-27').find((f) => f.id === 'claim-window-closing')!.why).toContain('2026-12-27 (29 day(s))');
    expect(flags('2025-12-27', {}, 'fr').find((f) => f.id === 'claim-window-closing')!.why).toContain('prend fin le 2026-12-27 (dans 29 jour(s))');
  });
});
