// Provincial values read in the official text (issue #19): each limitation the day before, on and after
// its last day, the provision quoted in the citation, and Quebec's and New Brunswick's French wording for a
// French reader. Sources: jurisdictions/bc/bc.ts (ESA s. 74), qc.ts (LNT s. 115, 123; C.c.Q. art. 2925, 2926.1;
// Charter art. 77), ab.ts (AHRA s. 20) and nb.ts (Reg. 96-81, s. 3(2)).
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { evaluateRemedies, jurisdictionAt } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

const exploitedWorker = (province: 'BC' | 'QC', asOf: string, employmentEnded: string): ScenarioFacts => ({
  asOf,
  exploiters: ['employer'],
  contexts: ['labour'],
  facts: [{ id: 'low-or-no-pay', answer: 'yes' }],
  events: { employmentEnded },
  person: { province },
});
const remedy = (id: RemedyId, facts: ScenarioFacts, locale: 'en' | 'fr' = 'en') =>
  evaluateRemedies(caseFacts(facts), screening(), { locale }).remedies.find((r) => r.id === id)!;

const LIMITS: { rule: string; province: 'BC' | 'QC'; remedy: RemedyId; trigger: string; ends: string; quote: string }[] = [
  {
    rule: 'British Columbia: an employment standards complaint within 6 months after the last day of employment (ESA s. 74(3))',
    province: 'BC',
    remedy: 'employment-standards',
    trigger: '2026-03-31',
    ends: '2026-09-30',
    quote: 'within 6 months after the last day of employment',
  },
  {
    rule: 'Quebec: a labour standards money claim is prescribed by one year from each due date (LNT s. 115)',
    province: 'QC',
    remedy: 'employment-standards',
    trigger: '2026-03-31',
    ends: '2027-03-31',
    quote: 'prescribed by one year from each due date',
  },
  {
    rule: 'Quebec: a civil claim for a personal right is prescribed by three years (C.c.Q. art. 2925)',
    province: 'QC',
    remedy: 'small-claims',
    trigger: '2026-03-31',
    ends: '2029-03-31',
    quote: 'is prescribed by three years',
  },
];

describe('limitation periods read in the official text (BC, QC)', () => {
  for (const row of LIMITS) {
    const on = (asOf: string) => remedy(row.remedy, exploitedWorker(row.province, asOf, row.trigger));
    const limitation = (asOf: string) => on(asOf).deadlines.find((d) => d.kind === 'limitation');
    describe(row.rule, () => {
      it(`the day before (${addDays(row.ends as IsoDate, -1)}) the period is open and ends on ${row.ends}`, () => {
        const d = limitation(addDays(row.ends as IsoDate, -1));
        expect(d?.date).toBe(row.ends);
        expect(d?.passed).toBe(false);
        expect(d?.citation.pinpoint).toContain(row.quote);
      });
      it(`on ${row.ends} filing is still in time`, () => {
        const r = on(row.ends);
        expect(r.deadlines.find((d) => d.kind === 'limitation')?.passed).toBe(false);
        expect(r.reasonCodes).not.toContain('limitation-period-passed');
      });
      it(`the day after ${row.ends} the period has passed`, () => {
        const r = on(addDays(row.ends as IsoDate, 1));
        expect(r.deadlines.find((d) => d.kind === 'limitation')?.passed).toBe(true);
        expect(r.reasonCodes).toContain('limitation-period-passed');
      });
    });
  }

  it('labels the BC and Quebec employment standards limits official text, quoting the provision', () => {
    for (const province of ['BC', 'QC'] as const) {
      const fact = jurisdictionAt(province, '2026-12-05').param('employment-standards.limitation')!;
      expect(fact.verification, province).toBe('official-text');
      for (const c of fact.citations) expect(c.pinpoint, province).toMatch(/["«]/);
    }
  });
  it('no longer calls the Quebec civil limitation unverified: art. 2925 as reproduced (secondary), art. 2926.1 read on LégisQuébec', () => {
    const fact = jurisdictionAt('QC', '2026-12-05').param('civil.limitation')!;
    expect(fact.verification).toBe('secondary');
    expect(fact.citations.map((c) => c.verification)).toEqual(['secondary', 'official-text']);
    expect(fact.value.rule.en).not.toContain('unverified');
  });
});

describe('Quebec law in French for a French reader', () => {
  it('gives the employment standards deadline with the French words of s. 115', () => {
    const r = remedy('employment-standards', exploitedWorker('QC', '2026-12-05', '2026-10-31'), 'fr');
    const d = r.deadlines.find((x) => x.kind === 'limitation')!;
    expect(d.extension?.fr).toContain(
      '« Une action civile intentée en vertu de la présente loi ou d\u2019un règlement se prescrit par un an à compter de chaque échéance »',
    );
  });
  it('gives the civil limitation with the French words of art. 2925 and art. 2926.1 (no prescription for sexual aggression)', () => {
    const r = remedy('small-claims', exploitedWorker('QC', '2026-12-05', '2026-10-31'), 'fr');
    const d = r.deadlines.find((x) => x.kind === 'limitation')!;
    expect(d.basis.fr).toContain('se prescrit par trois ans');
    expect(d.basis.fr).toContain('est cependant imprescriptible si le préjudice résulte d\u2019une agression à caractère sexuel');
  });
  it('quotes art. 77 of the Charter in French for the human rights complaint', () => {
    const fact = jurisdictionAt('QC', '2026-12-05').param('human-rights.limitation')!;
    expect(fact.value.extension.fr).toContain('plus de deux ans après le dernier fait pertinent qui y est rapporté');
  });
});

describe('Alberta: a human rights complaint "within one year after the alleged contravention of the Act occurs" (AHRA s. 20(2)(b))', () => {
  const ends = '2027-04-30';
  const on = (asOf: string) =>
    remedy('human-rights', {
      asOf,
      exploiters: ['employer'],
      contexts: ['labour'],
      events: { lastDiscriminationIncident: '2026-04-30' },
      person: { province: 'AB' },
    });
  const limitation = (asOf: string) => on(asOf).deadlines.find((d) => d.kind === 'limitation');
  it('the day before, the period is open, ends on the anniversary and cites s. 20(2) in its words', () => {
    const d = limitation(addDays(ends as IsoDate, -1));
    expect(d?.date).toBe(ends);
    expect(d?.passed).toBe(false);
    expect(d?.citation.pinpoint).toContain('be made within one year after the alleged contravention of the Act occurs');
  });
  it('on the anniversary filing is in time', () => expect(limitation(ends)?.passed).toBe(false));
  it('the day after, the period has passed', () => expect(limitation(addDays(ends as IsoDate, 1))?.passed).toBe(true));
});

describe('New Brunswick in its official French', () => {
  it('names the victim compensation program after the French title of Regulation 96-81 and quotes s. 3(2)(a) in French', () => {
    const r = remedy('victim-compensation', { asOf: '2026-12-05', events: { lastCrimeAgainstPerson: '2026-10-10' }, person: { province: 'NB' } }, 'fr');
    const d = r.deadlines.find((x) => x.kind === 'limitation')!;
    expect(d.basis.fr).toContain('Programme de compensation pour les victimes d\u2019actes criminels (Nouveau-Brunswick)');
    expect(d.extension?.fr).toContain('« dans un délai d\u2019un an de la perpétration de l\u2019infraction »');
    expect(d.citation.source).toContain('Règlement sur les compensations pour les victimes d\u2019actes criminels');
    expect(d.citation.pinpoint).toContain(
      '« Une demande en vertu du paragraphe (1) doit être faite a) dans un délai d\u2019un an de la perpétration de l\u2019infraction',
    );
  });
});
