// Provincial law in French (issue #19, item 4): Quebec and New Brunswick enact their law in both
// languages, so a citation that quotes a provision carries its official French wording (`quoteFr`), read
// on LégisQuébec (or its CAIJ copy) and laws.gnb.ca on 5 Dec 2026, and a reader in French is shown it.
// Where the French wording was not retrieved the citation says nothing of it, and the list below says so.
import { describe, expect, it } from 'vitest';
import { assessFacts } from '../assess';
import type { Citation, Dated } from './model';
import { knowledgeReport, listJurisdictions } from './index';
import { caseFacts } from './scenario-support';

/** Every citation of a jurisdiction's values, in every version. */
function citationsOf(code: 'NB' | 'QC'): Citation[] {
  const j = listJurisdictions().find((x) => x.code === code)!;
  return Object.values(j.params).flatMap((versions) => (versions as Dated[]).flatMap((v) => v.citations));
}

/** A citation that quotes its provision, or says it was read in the official text. */
const readInText = (c: Citation) => c.verification === 'official-text' || /["«]/.test(c.pinpoint);

/**
 * The NB and QC provisions whose French wording was not retrieved as of 2026-12-05: the French
 * consolidations' pages for these sections were not found (source, start of the pinpoint).
 */
const FRENCH_NOT_RETRIEVED: readonly (readonly [string, string])[] = [
  // New Brunswick: Limitation of Actions Act / Loi sur la prescription, s. 5(1), and Employment Standards Act /
  // Loi sur les normes d'emploi, s. 61(1) (the latter known from commentary, not its text).
  ['Limitation of Actions Act, S.N.B. 2009, c. L-8.5', 's. 5(1)'],
  ['Info Whistleblowers, on the Employment Standards Act', 's. 61(1)'],
  // New Brunswick: the Social Development policy manual is a policy, not a provision; its French page was not read.
  ['New Brunswick Department of Social Development, Social Assistance Policy Manual', 'citizens, permanent residents'],
  // Quebec: LNT s. 103 and C.p.c. art. 538, found in English only; the Règlement sur l'aide aux personnes et aux familles, art. 47, cited without its words.
  ['Act respecting labour standards, CQLR c. N-1.1, s. 103', 's. 103'],
  ['Code of Civil Procedure, CQLR c. C-25.01, art. 538', 'art. 538'],
  ["LégisQuébec, Règlement sur l'aide aux personnes et aux familles", 'Regulation s. 47'],
];
const notRetrieved = (c: Citation) => FRENCH_NOT_RETRIEVED.some(([source, pinpoint]) => c.source.startsWith(source) && c.pinpoint.startsWith(pinpoint));

describe('Quebec and New Brunswick provisions carry their official French wording', () => {
  for (const code of ['NB', 'QC'] as const) {
    it(`${code}: every provision read in its text has its French wording, or is listed as not retrieved`, () => {
      const missing = citationsOf(code).filter((c) => readInText(c) && c.quoteFr === undefined && !notRetrieved(c));
      expect(missing.map((c) => `${c.source} — ${c.pinpoint}`)).toEqual([]);
    });
  }

  it('the list of what was not retrieved names only citations that are there and still lack French', () => {
    const all = [...citationsOf('NB'), ...citationsOf('QC')];
    for (const [source, pinpoint] of FRENCH_NOT_RETRIEVED) {
      const matching = all.filter((c) => c.source.startsWith(source) && c.pinpoint.startsWith(pinpoint));
      expect(matching.length, source).toBeGreaterThan(0);
      expect(
        matching.every((c) => c.quoteFr === undefined),
        source,
      ).toBe(true);
    }
  });

  it('French wording is French and quoted: « … », the words of the provision', () => {
    const withFr = [...citationsOf('NB'), ...citationsOf('QC')].filter((c) => c.quoteFr !== undefined);
    expect(withFr.length).toBe(9);
    for (const c of withFr) expect(c.quoteFr, c.pinpoint).toMatch(/^« .+ »$/);
  });

  it('names the provisions that now carry French: Reg. 96-81 for New Brunswick; LNT, C.c.Q., Charter, C.p.c. and the social assistance Act for Quebec', () => {
    const fr = (code: 'NB' | 'QC') => citationsOf(code).filter((c) => c.quoteFr !== undefined);
    expect(fr('NB').map((c) => c.pinpoint.split(':')[0])).toEqual(['s. 3(2)(a) and (b)']);
    expect(fr('QC').map((c) => c.pinpoint.split(/ ?[:(]/)[0])).toEqual([
      's. 115',
      'art. 123',
      'art. 953',
      'art. 953',
      'art. 2925',
      'art. 2926.1',
      'art. 77, al. 2',
      'art. 26',
    ]);
    expect(fr('QC').find((c) => c.pinpoint.startsWith('art. 26'))!.quoteFr).toContain('3° un résident permanent');
    expect(fr('QC').find((c) => c.pinpoint.startsWith('art. 123'))!.quoteFr).toContain(
      'doit le faire auprès de la Commission des normes, de l\u2019équité, de la santé et de la sécurité du travail dans les 45 jours',
    );
  });
});

describe('an assessment shows the French wording to a reader in French', () => {
  // A New Brunswick worker assaulted on 10 Oct 2026: victim compensation is due within a year of the offence (Reg. 96-81, s. 3(2)(a)).
  const facts = caseFacts({ asOf: '2026-12-05', events: { lastCrimeAgainstPerson: '2026-10-10' }, person: { province: 'NB' } });
  const victimCompensation = (lang: 'en' | 'fr') => assessFacts(facts, { lang }).remedies.find((r) => r.id === 'victim-compensation')!;

  it('in French, the Regulation 96-81 citation carries « Une demande en vertu du paragraphe (1) doit être faite a) dans un délai d’un an … »', () => {
    const cited = victimCompensation('fr').citations.find((c) => c.source.includes('96-81'))!;
    expect(cited.quoteFr).toContain(
      '« 3(2) Une demande en vertu du paragraphe (1) doit être faite a) dans un délai d\u2019un an de la perpétration de l\u2019infraction',
    );
  });
  it('in English, the same citation gives the English words and no French', () => {
    const r = victimCompensation('en');
    const cited = r.citations.find((c) => c.source.includes('96-81'))!;
    expect(cited.pinpoint).toContain('"An application under subsection (1) shall be made (a) within one year of the commission of the offence');
    expect(r.citations.every((c) => c.quoteFr === undefined)).toBe(true);
  });
  it('a Quebec worker in French is given the French words of LNT s. 115', () => {
    const qc = caseFacts({
      asOf: '2026-12-05',
      exploiters: ['employer'],
      contexts: ['labour'],
      facts: [{ id: 'low-or-no-pay', answer: 'yes' }],
      events: { employmentEnded: '2026-10-31' },
      person: { province: 'QC' },
    });
    const r = assessFacts(qc, { lang: 'fr' }).remedies.find((x) => x.id === 'employment-standards')!;
    expect(r.citations.map((c) => c.quoteFr)).toContain(
      '« Une action civile intentée en vertu de la présente loi ou d\u2019un règlement se prescrit par un an à compter de chaque échéance. »',
    );
  });
});

describe('the knowledge report is unchanged by the French wording', () => {
  it('New Brunswick and Quebec count as before (French wording is not a machine check)', () => {
    const r = knowledgeReport('2026-12-05');
    expect(r.byJurisdiction.NB).toMatchObject({ counts: { 'official-text': 1, secondary: 7, unverified: 2 }, checked: 0, notFound: 0, total: 10 });
    expect(r.byJurisdiction.QC).toMatchObject({ counts: { 'official-text': 5, secondary: 4, unverified: 1 }, checked: 0, notFound: 0, total: 10 });
    // Machine-checked counts only federal quotes of law/federal/: French wording in NB and QC adds none.
    expect(r.totals.checked).toBe(99);
  });
});
