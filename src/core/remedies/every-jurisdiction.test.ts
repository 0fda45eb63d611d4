// Every province or territory marked 'reviewed' answers a screened person's provincial remedies
// (issue #19): a worker owed wages, discriminated against and the victim of a crime gets employment
// standards, human rights and victim compensation answers that are never "jurisdiction not yet
// reviewed", and each carries a deadline, or says there is no limitation period, or cites what
// was searched for and not found in official sources. New reviewed jurisdictions are covered
// as soon as they are marked reviewed: the test iterates over REVIEWED_PROVINCES.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { evaluateRemedies, evaluateRemedy, jurisdictionAt, REVIEWED_PROVINCES, showRemedy } from './index';
import type { EvaluationContext, JurisdictionView, ParamId } from './model';
import { caseFacts, screening } from './scenario-support';
import { citesNotFound, notFoundInOfficialSources } from './sources';

const AS_OF = '2026-12-05';
const REMEDIES: { remedy: RemedyId; param: 'employment-standards.limitation' | 'human-rights.limitation' | 'victim-compensation.program' }[] = [
  { remedy: 'employment-standards', param: 'employment-standards.limitation' },
  { remedy: 'human-rights', param: 'human-rights.limitation' },
  { remedy: 'victim-compensation', param: 'victim-compensation.program' },
];

const screenedWorker = (province: (typeof REVIEWED_PROVINCES)[number]) =>
  caseFacts({
    asOf: AS_OF,
    exploiters: ['employer'],
    contexts: ['labour'],
    facts: [
      { id: 'low-or-no-pay', answer: 'yes' },
      { id: 'violence', phase: 'destination', answer: 'yes' },
    ],
    events: { employmentEnded: '2026-10-31', lastDiscriminationIncident: '2026-10-15', lastCrimeAgainstPerson: '2026-10-20' },
    person: { province },
  });

describe('every reviewed province and territory answers a screened person', () => {
  it('covers at least the eight provinces reviewed first', () =>
    expect(REVIEWED_PROVINCES).toEqual(expect.arrayContaining(['AB', 'BC', 'MB', 'NB', 'NS', 'ON', 'QC', 'SK'])));
  for (const province of REVIEWED_PROVINCES) {
    const results = evaluateRemedies(screenedWorker(province), screening()).remedies;
    for (const { remedy, param } of REMEDIES) {
      it(`${province}: ${remedy} is answered, with a deadline, "no limitation period" or a not-found citation`, () => {
        const r = results.find((x) => x.id === remedy)!;
        expect(r.jurisdiction).toEqual({ code: province, reviewed: true });
        expect(r.reasonCodes).not.toContain('jurisdiction-not-yet-reviewed');
        const value = jurisdictionAt(province, AS_OF).param(param);
        expect(value, `${province} has a ${param} in force on ${AS_OF}`).toBeDefined();
        const notFound = citesNotFound(value!) && r.citations.some((c) => c.source.startsWith('Not found in official sources as of'));
        const noLimitationPeriod =
          param === 'victim-compensation.program' && !citesNotFound(value!) && (value!.value as { months: number | null }).months === null;
        const hasDeadline = r.deadlines.some((d) => d.citation.source === value!.citations[0]!.source);
        expect(hasDeadline || noLimitationPeriod || notFound, `${province} ${remedy}: deadline, no limit, or not found`).toBe(true);
      });
    }
  }
});

describe('a provincial value not found in official sources', () => {
  // A jurisdiction whose victim compensation program is Ontario's, except that its general deadline
  // was searched for and not found: the result cites the search, with or without a deadline.
  const facts = caseFacts({ asOf: AS_OF, events: { lastCrimeAgainstPerson: '2026-10-20' }, person: { province: 'ON' } });
  const real = jurisdictionAt('ON', AS_OF);
  const searched = notFoundInOfficialSources('the program\u2019s Act, regulations and guide for a general application deadline');
  const withNotFound: JurisdictionView = {
    ...real,
    param: ((id: ParamId) => {
      const value = real.param(id);
      return id === 'victim-compensation.program' && value ? { ...value, citations: [searched, ...value.citations], verification: 'unverified' } : value;
    }) as JurisdictionView['param'],
  };
  const ctx: EvaluationContext = { facts, screening: screening(), asOf: facts.asOf, province: 'ON', jurisdiction: withNotFound };

  it('is cited in the remedy result as "Not found in official sources as of 2026-12-05", in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const r = evaluateRemedy(showRemedy('victim-compensation')!, ctx, locale);
      expect(r.citations.map((c) => `${c.source}, ${c.pinpoint}`)).toContain(
        'Not found in official sources as of 2026-12-05, searched: the program\u2019s Act, regulations and guide for a general application deadline',
      );
    }
  });
  it('names the search in the deadline of a value not found, in French for a French reader', () => {
    const searchedLimit = notFoundInOfficialSources('the Act for a complaint deadline');
    const esNotFound: JurisdictionView = {
      ...real,
      param: ((id: ParamId) => {
        const value = real.param(id);
        return id === 'employment-standards.limitation' && value ? { ...value, citations: [searchedLimit], verification: 'unverified' } : value;
      }) as JurisdictionView['param'],
    };
    const worker = caseFacts({ asOf: AS_OF, events: { employmentEnded: '2026-10-31' }, person: { province: 'ON' } });
    const at = { facts: worker, screening: screening(), asOf: worker.asOf, province: 'ON' as const, jurisdiction: esNotFound };
    expect(evaluateRemedy(showRemedy('employment-standards')!, at, 'en').deadline?.citation).toBe(
      'Not found in official sources as of 2026-12-05, searched: the Act for a complaint deadline',
    );
    expect(evaluateRemedy(showRemedy('employment-standards')!, at, 'fr').deadline?.citation).toBe(
      'Introuvable dans les sources officielles au 2026-12-05, searched: the Act for a complaint deadline',
    );
  });
  it('is not cited by a value that was found', () => {
    const r = evaluateRemedies(facts, screening()).remedies.find((x) => x.id === 'victim-compensation')!;
    expect(r.citations.some((c) => c.source.startsWith('Not found in official sources'))).toBe(false);
  });
  it('is counted "not found" and not merely unverified by the knowledge report', () =>
    expect(citesNotFound(withNotFound.param('victim-compensation.program')!)).toBe(true));
});
