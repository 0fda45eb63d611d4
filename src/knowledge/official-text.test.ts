import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEDERAL_INSTRUMENTS, QUOTES, provisionOf, quoteFor, type FederalInstrument } from '../core/law/quotes';
import { listJurisdictions, listRemedies } from '../core/remedies';
import { BAR_RULES } from '../core/remedies/bars';
import { FEDERAL_PERIODS } from '../core/remedies/periods';
import { CATALOGUE } from '../core/screening';
import { normalise, readInstrument, type FederalInstrument as Instrument } from './federal-text';

// The quotes register (src/core/law/quotes.ts) against the Justice Canada XML kept in
// law/federal/: a quote that is not, whitespace aside, in the provision it names fails here.
const LAW_DIR = join(import.meta.dirname, '../../law/federal');
const file = (instrument: FederalInstrument) => join(LAW_DIR, `${FEDERAL_INSTRUMENTS[instrument]}.xml.gz`);

const cache = new Map<FederalInstrument, Instrument>();
const instrument = (i: FederalInstrument) => cache.get(i) ?? cache.set(i, readInstrument(file(i))).get(i)!;

describe('the official federal text kept in law/federal', () => {
  it.each(Object.keys(FEDERAL_INSTRUMENTS) as FederalInstrument[])('%s is there and says when it was consolidated', (i) => {
    expect(existsSync(file(i))).toBe(true);
    expect(instrument(i).consolidated).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('finds a provision by its labels and leaves out marginal notes and history', () => {
    expect(instrument('IRPA').provision('24(3.1)')).toMatch(/^A foreign national whose claim for refugee protection has been determined to be ineligible/);
    expect(instrument('IRPA').provision('101')).not.toContain('2026, c. 4, s. 73');
    expect(instrument('IRPA').provision('999(9)')).toBeUndefined();
  });
});

describe('every quote in the register', () => {
  it('names each provision once', () => {
    const keys = QUOTES.map((q) => `${q.instrument} ${q.provision}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it.each(QUOTES.map((q) => [`${q.instrument} ${q.provision}`, q] as const))('%s is the provision’s own words', (_key, q) => {
    const text = instrument(q.instrument).provision(q.provision);
    expect(text, `${q.provision} is not in ${FEDERAL_INSTRUMENTS[q.instrument]}`).toBeDefined();
    expect(text).toContain(normalise(q.quote));
  });
});

/** Every citation object reachable from the remedies knowledge and the screening catalogue. */
function allCitations(): Array<{ source: string; pinpoint: string; verification?: string; quote?: string }> {
  const out: Array<{ source: string; pinpoint: string; verification?: string; quote?: string }> = [];
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    if (Array.isArray(o)) return o.forEach(walk);
    const r = o as Record<string, unknown>;
    if (typeof r.source === 'string' && typeof r.pinpoint === 'string') out.push(r as (typeof out)[number]);
    else Object.values(r).forEach(walk);
  };
  [listRemedies(), listJurisdictions(), BAR_RULES, FEDERAL_PERIODS, CATALOGUE].forEach(walk);
  return out;
}

const FEDERAL_SOURCES: Array<[RegExp, FederalInstrument]> = [
  [/^Immigration and Refugee Protection Act/, 'IRPA'],
  [/^Immigration and Refugee Protection Regulations/, 'IRPR'],
  [/^Criminal Code/, 'CC'],
  [/^Employment Insurance Act/, 'EIA'],
];

describe('federal citations labelled official text', () => {
  const federal = allCitations().flatMap((c) => {
    const match = FEDERAL_SOURCES.find(([pattern]) => pattern.test(c.source));
    return match ? [{ ...c, instrument: match[1] }] : [];
  });

  it('carry the register’s quote of the provision they name (official text, machine-checked)', () => {
    const missing = federal.filter((c) => c.verification === 'official-text' && c.quote === undefined).map((c) => `${c.instrument} ${c.pinpoint}`);
    expect(missing).toEqual([]);
  });

  it('name a provision of the instrument kept in law/federal (an amending Act such as S.C. 2026, c. 4 is cited as itself)', () => {
    const notAProvision = federal
      .filter((c) => c.verification === 'official-text' && provisionOf(c.pinpoint) === undefined)
      .map((c) => `${c.instrument} ${c.pinpoint}`);
    expect(notAProvision).toEqual([]);
  });

  it('and only those: a secondary or unverified citation shows no quote', () => {
    expect(federal.filter((c) => c.verification !== 'official-text' && c.quote !== undefined)).toEqual([]);
  });

  it('read the first provision a pinpoint names', () => {
    expect(provisionOf('s. 25(1), 25(1.2)(b)–(c), 25(1.21)')).toBe('25(1)');
    expect(provisionOf('ss. 99–101')).toBe('99');
    expect(provisionOf('s. 279.01(1): "holds, conceals"')).toBe('279.01(1)');
    expect(provisionOf('Part VIII')).toBeUndefined();
    expect(quoteFor('IRPA', 's. 24(3.1)')?.provision).toBe('24(3.1)');
  });
});
