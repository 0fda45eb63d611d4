// Ontario read in the official text (issue #19): the e-Laws consolidations of the Employment Standards
// Act, 2000, the Limitations Act, 2002, the Human Rights Code and O. Reg. 626/00, read on 5 Dec 2026
// (docs/research/provincial-review-2026-12-05.md §2). Each limit the day before, on and after its last
// day, with the provision's words in the citation.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { evaluateRemedies, jurisdictionAt } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

const ontarioWorker = (asOf: string, events: ScenarioFacts['events']): ScenarioFacts => ({
  asOf,
  exploiters: ['employer'],
  contexts: ['labour'],
  facts: [{ id: 'low-or-no-pay', answer: 'yes' }],
  events,
  person: { province: 'ON' },
});
const remedy = (id: RemedyId, facts: ScenarioFacts) => evaluateRemedies(caseFacts(facts), screening()).remedies.find((r) => r.id === id)!;

const LIMITS: { rule: string; remedy: RemedyId; events: ScenarioFacts['events']; ends: string; quote: string }[] = [
  {
    rule: 'a complaint about a contravention more than two years old is deemed not filed (ESA s. 96(3))',
    remedy: 'employment-standards',
    events: { employmentEnded: '2026-03-31' },
    ends: '2028-03-31',
    quote: 'A complaint regarding a contravention that occurred more than two years before the day on which the complaint was filed',
  },
  {
    rule: 'a human rights application within one year after the incident (Human Rights Code s. 34(1))',
    remedy: 'human-rights',
    events: { lastDiscriminationIncident: '2026-04-30' },
    ends: '2027-04-30',
    quote: 'within one year after the incident to which the application relates',
  },
  {
    rule: 'a civil claim within two years of its discovery (Limitations Act, 2002, s. 4)',
    remedy: 'small-claims',
    events: { employmentEnded: '2026-03-31' },
    ends: '2028-03-31',
    quote: 'after the second anniversary of the day on which the claim was discovered',
  },
];

describe('Ontario limitation periods read in the e-Laws consolidation', () => {
  for (const row of LIMITS) {
    const limitation = (asOf: string) => remedy(row.remedy, ontarioWorker(asOf, row.events)).deadlines.find((d) => d.kind === 'limitation');
    describe(row.rule, () => {
      it(`the day before (${addDays(row.ends as IsoDate, -1)}) the period is open, ends on ${row.ends} and quotes the provision`, () => {
        const d = limitation(addDays(row.ends as IsoDate, -1));
        expect(d?.date).toBe(row.ends);
        expect(d?.passed).toBe(false);
        expect(d?.citation.verification).toBe('official-text');
        expect(d?.citation.pinpoint).toContain(row.quote);
        expect(d?.citation.url).toMatch(/^https:\/\/www\.ontario\.ca\/laws\//);
        expect(d?.citation.lastReviewed).toBe('2026-12-05');
      });
      it(`on ${row.ends} filing is still in time`, () => expect(limitation(row.ends)?.passed).toBe(false));
      it(`the day after ${row.ends} the period has passed`, () => expect(limitation(addDays(row.ends as IsoDate, 1))?.passed).toBe(true));
    });
  }

  it('says a sexual assault claim has no limitation period (Limitations Act s. 16(1)(h)) and the 15-year ultimate period (s. 15(2))', () => {
    const fact = jurisdictionAt('ON', '2026-12-05').param('civil.limitation')!;
    expect(fact.value.rule.en).toContain('no limitation period for a proceeding based on a sexual assault');
    expect(fact.value.rule.fr).toContain('aucun délai pour une instance fondée sur une agression sexuelle');
    expect(fact.citations.map((c) => c.pinpoint).join(' ')).toContain('a proceeding based on a sexual assault');
  });

  it('gives the $50,000 small claims limit from 1 Oct 2025 in the words of O. Reg. 626/00, and $35,000 the day before (still secondary)', () => {
    const now = jurisdictionAt('ON', '2025-10-01').param('small-claims.limit')!;
    expect(now.value.maxDollars).toBe(50_000);
    expect(now.verification).toBe('official-text');
    expect(now.citations[0]!.pinpoint).toContain('The maximum amount of a claim in the Small Claims Court is $50,000.');
    const before = jurisdictionAt('ON', '2025-09-30').param('small-claims.limit')!;
    expect(before.value.maxDollars).toBe(35_000);
    expect(before.verification).toBe('secondary');
  });

  it('cites the repeal of the $10,000 cap on orders (ESA s. 103(4)) in the Act, and keeps the unverified foreign-worker period marked so', () => {
    const recovery = jurisdictionAt('ON', '2026-12-05').param('employment-standards.recovery')!;
    expect(recovery.verification).toBe('official-text');
    expect(recovery.citations.map((c) => c.pinpoint).join(' ')).toContain('Repealed: 2014, c. 10, Sched. 2, s. 7 (2)');
    const limitation = jurisdictionAt('ON', '2026-12-05').param('employment-standards.limitation')!;
    expect(limitation.value.extension.en).toContain('3.5 years (not verified');
  });
});
