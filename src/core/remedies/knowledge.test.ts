import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMMIGRATION_STATUSES,
  PROVINCES,
  REMEDY_IDS,
  remedyResultSchema,
  CONTINUUM,
  LEGAL_TEST_IDS,
  REMOVAL_STATES,
  TRI_STATE,
  EXPLOITERS,
  CONTEXTS,
} from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { inForce } from './dated';
import {
  allDatedRecords,
  evaluateRemedies,
  evaluateRemedy,
  knowledgeReport,
  listJurisdictions,
  listRemedies,
  REVIEWED_PROVINCES,
  reasonWording,
} from './index';
import { caseFacts, screening } from './scenario-support';
import { notYetReviewed } from './jurisdictions/shared/shared';
import { REMEDY_KNOWLEDGE } from './knowledge';
import type { EvaluationContext } from './model';
import { PERIOD_IDS, periodEnd } from './periods';
import { citesNotFound, notFoundInOfficialSources, researchNotes } from './sources';

/** Quarter days from 2010-01-01 to 2027-12-31, plus the last day of the window. */
function quarterDays(): string[] {
  const days: string[] = [];
  for (let y = 2010; y <= 2027; y++) for (const m of ['01', '04', '07', '10']) days.push(`${y}-${m}-01`);
  return [...days, '2027-12-31'];
}

type Versioned = { effective: { from: string | null; until?: string } };
function versionGroups() {
  const groups = new Map<string, Versioned[]>();
  const add = (key: string, record: Versioned) => groups.set(key, [...(groups.get(key) ?? []), record]);
  for (const k of listRemedies()) {
    k.eligibility.forEach((r) => add(`${k.id}/eligibility/${r.id}`, r));
    k.risks.forEach((r) => add(`${k.id}/risk/${r.id}`, r));
    k.legalBasis.forEach((f, i) => add(`${k.id}/legalBasis/${i}`, f));
  }
  for (const j of listJurisdictions())
    for (const [param, versions] of Object.entries(j.params)) (versions as never[]).forEach((v) => add(`${j.code}/${param}`, v));
  return groups;
}

describe('temporal coverage of dated rules and values', () => {
  const groups = versionGroups();
  it.each([...groups.keys()])('%s never has two versions in force on the same day (quarters from 2010 to 2027)', (key) => {
    const versions = groups.get(key)!;
    for (const day of quarterDays()) expect(versions.filter((v) => inForce(v, day)).length, `${key} at ${day}`).toBeLessThanOrEqual(1);
  });
  it('versions of the same rule meet without a gap: each next version starts the day after the previous ends', () => {
    for (const [key, versions] of groups) {
      // A start that was not researched (null) can only be the first version.
      const sorted = [...versions].sort((a, b) => (a.effective.from ?? '').localeCompare(b.effective.from ?? ''));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.effective.from, `${key}: only the first version may have an unresearched start`).not.toBeNull();
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.effective.from, key).toBe(addDays(sorted[i - 1]!.effective.until as IsoDate, 1));
    }
  });
});

describe('the knowledge catalogue', () => {
  it("writes every federal deadline's period once, as dated law that the report counts: no period is a bare number in a rule", () => {
    for (const k of listRemedies())
      for (const d of k.deadlines)
        if (k.scope === 'federal') expect(d.period ?? d.onTheEventDate, `${d.id} counts a federal period or falls on the event's date`).toBeDefined();
    const counted = allDatedRecords().filter((r) => r.path.startsWith('periods/'));
    expect(counted.map((r) => r.path.split('@')[0]).sort()).toEqual(PERIOD_IDS.map((id) => `periods/${id}`).sort());
    expect(periodEnd('2026-01-31', { length: 1, unit: 'months' })).toBe('2026-02-28');
    expect(periodEnd('2026-11-20', { length: 15, unit: 'days' })).toBe('2026-12-05');
  });
  it('gives no value a default start: none claims IRPA\'s coming into force or the old "2000-01-01" placeholder, and the report counts the unresearched', () => {
    const defaults = allDatedRecords().filter(({ record }) => record.effective.from === '2002-06-28' || record.effective.from === '2000-01-01');
    expect(defaults.map((d) => d.path)).toEqual([]);
    const report = knowledgeReport('2026-12-04');
    expect(report.totals.starts.researched + report.totals.starts.notResearched).toBe(report.totals.total);
    expect(report.totals.starts.notResearched).toBe(allDatedRecords().filter(({ record }) => record.effective.from === null).length);
  });
  it('has knowledge for every remedy id of the contract', () => expect(listRemedies().map((k) => k.id)).toEqual([...REMEDY_IDS]));
  it('has a record for federal and every province and territory', () => expect(listJurisdictions()).toHaveLength(PROVINCES.length + 1));
  it('marks all thirteen provinces and territories reviewed, and reviewed exactly when listed so', () => {
    expect([...REVIEWED_PROVINCES].sort()).toEqual([...PROVINCES].sort());
    for (const j of listJurisdictions())
      if (j.code !== 'federal') expect(j.review.status).toBe(REVIEWED_PROVINCES.includes(j.code) ? 'reviewed' : 'not-yet-reviewed');
  });
  it('gives every dated fact at least one citation with a source and a pinpoint', () => {
    for (const { path, record } of allDatedRecords()) {
      expect(record.citations.length, path).toBeGreaterThan(0);
      for (const c of record.citations) expect(c.source && c.pinpoint, path).toBeTruthy();
    }
  });
  it('never claims a record is better verified than its weakest citation', () => {
    const rank = { 'official-text': 2, secondary: 1, unverified: 0 } as const;
    for (const { path, record } of allDatedRecords())
      expect(rank[record.verification], path).toBeLessThanOrEqual(Math.min(...record.citations.map((c) => rank[c.verification])));
  });
  it('has wording in English and French for every reason code', () => {
    const en = reasonWording('en');
    const fr = reasonWording('fr');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const text of Object.values(fr)) expect(text.length).toBeGreaterThan(0);
  });
});

describe('citations for every remedy in every reviewed jurisdiction', () => {
  const asOf = '2026-11-28';
  for (const province of REVIEWED_PROVINCES) {
    it(`every remedy result in ${province} carries at least one citation`, () => {
      const result = evaluateRemedies(caseFacts({ asOf, person: { province } }), screening());
      for (const r of result.remedies) expect(r.citations.length, `${r.id} in ${province}`).toBeGreaterThan(0);
    });
  }
  it('a provincial remedy in an unreviewed jurisdiction says so in its reasons', () => {
    // Every province is reviewed now; a jurisdiction built by notYetReviewed still answers unknown.
    const facts = caseFacts({ person: { province: 'PE' }, facts: [{ id: 'violence', phase: 'destination', answer: 'yes' }] });
    const unreviewed = notYetReviewed('PE', { en: 'Unreviewed', fr: 'Non examiné' });
    const ctx: EvaluationContext = {
      facts,
      screening: screening(),
      asOf: facts.asOf,
      province: 'PE',
      jurisdiction: { code: 'PE', reviewed: unreviewed.review.status === 'reviewed', param: () => undefined },
    };
    for (const id of ['employment-standards', 'victim-compensation'] as const) {
      const r = evaluateRemedy(REMEDY_KNOWLEDGE.get(id)!, ctx);
      expect(r.eligibility, id).toBe('unknown');
      expect(r.reasonCodes, id).toContain('jurisdiction-not-yet-reviewed');
    }
  });
});

describe('knowledgeReport', () => {
  it('counts every dated fact once across the verification statuses', () => {
    const report = knowledgeReport('2026-11-28');
    expect(report.totals['official-text'] + report.totals.secondary + report.totals.unverified).toBe(report.totals.total);
    expect(report.totals.total).toBe(allDatedRecords().length);
  });
  it('reports a fact as stale 365 days after the day its source was read, and none on the oldest recorded day', () => {
    const days = allDatedRecords()
      .map(({ record }) => record.lastReviewed)
      .filter((d): d is string => d !== null)
      .sort();
    expect(knowledgeReport(days[0]!, 365).totals.stale).toBe(0);
    expect(knowledgeReport(addDays(days[0]! as IsoDate, 366), 365).totals.stale).toBeGreaterThan(0);
  });
  it('has no default review date: a value states the day its sources were read, or that nobody recorded it', () => {
    const records = allDatedRecords().map(({ record }) => record);
    // The research window (2026-04-08) was a default every research-notes citation borrowed; it is no review.
    expect(records.filter((r) => r.lastReviewed === '2026-04-08' || r.citations.some((c) => c.lastReviewed === '2026-04-08'))).toEqual([]);
    for (const r of records) {
      const cited = r.citations.map((c) => c.lastReviewed);
      // A record claims no fresher review than its sources: unrecorded when any citation is.
      if (cited.includes(null)) expect(r.lastReviewed).toBeNull();
    }
    const report = knowledgeReport('2026-12-05');
    expect(report.totals.reviewNotRecorded).toBe(records.filter((r) => r.lastReviewed === null).length);
    expect(report.totals.reviewNotRecorded).toBeGreaterThan(0);
    expect(report.totals.reviewNotRecorded).toBeLessThan(report.totals.total);
  });
  it('dates an official-text citation of a quoted federal provision the day its quote was read', () => {
    const quoted = allDatedRecords().flatMap(({ record }) => record.citations.filter((c) => c.quote !== undefined));
    expect(quoted.length).toBeGreaterThan(0);
    for (const c of quoted) expect(c.lastReviewed, `${c.source} ${c.pinpoint}`).not.toBeNull();
  });
  it('counts as not found every value citing notFoundInOfficialSources, and only those', () => {
    const report = knowledgeReport('2026-12-05');
    const notFound = allDatedRecords().filter(({ record }) =>
      record.citations.some((c) => c.source.startsWith('Not found in official sources as of 2026-12-05')),
    );
    expect(report.totals.notFound).toBe(notFound.length);
    for (const [code, row] of Object.entries(report.byJurisdiction)) {
      expect(row.notFound, code).toBe(notFound.filter((r) => r.jurisdiction === code).length);
      expect(row.notFound, code).toBeLessThanOrEqual(row.counts.unverified);
    }
  });
  it('recognises a not-found citation by its source title', () => {
    expect(citesNotFound({ citations: [notFoundInOfficialSources('the Act and its regulations')] })).toBe(true);
    expect(citesNotFound({ citations: [researchNotes('§6', 'unverified')] })).toBe(false);
  });
  it('shows unreviewed jurisdictions with no facts, and reviewed provinces with some', () => {
    for (const [code, row] of Object.entries(knowledgeReport('2026-11-28').byJurisdiction)) {
      if (row.review === 'not-yet-reviewed') expect(row.total, code).toBe(0);
      else expect(row.total, code).toBeGreaterThan(0);
    }
  });
});

describe('output contract (property)', () => {
  const day = fc.integer({ min: 0, max: 365 * 13 }).map((n) => addDays('2015-01-01' as IsoDate, n));
  const factsArb = fc.record({
    asOf: day,
    province: fc.constantFrom(...PROVINCES),
    immigrationStatus: fc.constantFrom(...IMMIGRATION_STATUSES),
    removal: fc.option(fc.record({ state: fc.constantFrom(...REMOVAL_STATES), date: fc.option(day, { nil: undefined }) }), { nil: undefined }),
    permitExpiry: fc.option(day, { nil: undefined }),
    inCanadaSince: fc.option(day, { nil: undefined }),
    prior: fc.option(
      fc.record({ outcome: fc.constantFrom('pending', 'rejected', 'accepted', 'withdrawn' as const), date: fc.option(day, { nil: undefined }) }),
      { nil: undefined },
    ),
    sexIndustryWork: fc.constantFrom(...TRI_STATE),
    criminalCharges: fc.constantFrom(...TRI_STATE),
    relationshipBasedStatus: fc.constantFrom(...TRI_STATE),
    exploiters: fc.subarray([...EXPLOITERS]),
    contexts: fc.subarray([...CONTEXTS]),
    events: fc.record(
      { employmentEnded: day, lastDiscriminationIncident: day, lastCrimeAgainstPerson: day, hcRefused: day, prraRefused: day },
      { requiredKeys: [] },
    ),
    continuum: fc.constantFrom(...CONTINUUM),
    met: fc.subarray([...LEGAL_TEST_IDS]),
    wages: fc.boolean(),
    contactPolice: fc.constantFrom('yes', 'no', 'undecided' as const),
  });
  it('every remedy result validates against remedyResultSchema and every remedy id appears once', () => {
    fc.assert(
      fc.property(factsArb, (a) => {
        const facts = caseFacts({
          asOf: a.asOf,
          person: {
            province: a.province,
            immigrationStatus: a.immigrationStatus,
            removal: a.removal,
            permitExpiry: a.permitExpiry,
            inCanadaSince: a.inCanadaSince,
            priorRefugeeClaim: a.prior,
            sexIndustryWork: a.sexIndustryWork,
            criminalCharges: a.criminalCharges,
            relationshipBasedStatus: a.relationshipBasedStatus,
          },
          exploiters: a.exploiters,
          contexts: a.contexts,
          events: a.events,
          facts: a.wages ? [{ id: 'low-or-no-pay', answer: 'yes' }] : [],
          consents: { contactPolice: a.contactPolice },
        });
        const result = evaluateRemedies(facts, screening({ continuum: a.continuum, met: a.met }));
        expect(result.remedies.map((r) => r.id)).toEqual([...REMEDY_IDS]);
        for (const r of result.remedies) remedyResultSchema.parse(r);
      }),
      { numRuns: 300 },
    );
  });
});
