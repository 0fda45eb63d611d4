// The remedies navigator and the plan read the same law: walking dates from 2010 to 2027 over
// refugee and PRRA histories, they never disagree on a bar, an evidence link or a consent.
import { describe, expect, it } from 'vitest';
import type { CaseFacts, Province } from '../contract';
import type { IsoDate } from '../dates/iso-date';
import { evaluateRemedies } from '../remedies';
import { showRemedy } from '../remedies/catalogue';
import { caseFacts, screening } from '../remedies/scenario-support';
import { findBars } from './bars';
import { rankPlans, toContractPlan } from './index';

/** Reason codes of the eligibility rows that apply a bar from the register. */
const BAR_REASON =
  /\.(refugee-rejection-bar|prior-prra-bar|refugee-claim-pending|refugee-rejection-date-unknown|withdrawal-evidence-unknown|pending-prra-bar|designated-foreign-national-bar(-end-unknown)?)(-facts-needed)?$/;

function quarters(): IsoDate[] {
  const days: IsoDate[] = [];
  for (let y = 2010; y <= 2027; y++) for (const m of ['01', '04', '07', '10']) days.push(`${y}-${m}-15` as IsoDate);
  return days;
}

type Person = NonNullable<Parameters<typeof caseFacts>[0]>['person'];
const HISTORIES: { name: string; person?: Person; prraRefused?: string }[] = [
  { name: 'claim rejected in March 2011', person: { priorRefugeeClaim: { outcome: 'rejected', date: '2011-03-01' } } },
  { name: 'claim rejected in August 2012', person: { priorRefugeeClaim: { outcome: 'rejected', date: '2012-08-01' } } },
  { name: 'claim withdrawn in May 2019, with children', person: { priorRefugeeClaim: { outcome: 'withdrawn', date: '2019-05-01' }, dependants: true } },
  { name: 'claim rejected in June 2026', person: { priorRefugeeClaim: { outcome: 'rejected', date: '2026-06-01' } } },
  { name: 'claim rejected on an unrecorded date', person: { priorRefugeeClaim: { outcome: 'rejected' } } },
  { name: 'claim pending', person: { immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'pending' } } },
  { name: 'PRRA refused in February 2012', prraRefused: '2012-02-01' },
  { name: 'PRRA refused in September 2025', prraRefused: '2025-09-01' },
  {
    name: 'claim found ineligible in 2021, PRRA pending',
    person: { priorRefugeeClaim: { outcome: 'ineligible', date: '2021-03-01' }, prra: { state: 'pending' } },
  },
  {
    name: 'designated foreign national, claim rejected in 2013',
    person: { designatedForeignNational: 'yes', priorRefugeeClaim: { outcome: 'rejected', date: '2013-05-01' } },
  },
  { name: 'no refugee or PRRA history' },
];
const PROVINCES_TRIED: Province[] = ['ON', 'QC', 'AB'];

function factsFor(history: (typeof HISTORIES)[number], asOf: IsoDate, province: Province): CaseFacts {
  return caseFacts({
    asOf,
    exploiters: ['employer', 'spouse-or-partner'],
    contexts: ['labour'],
    person: { province, removal: { state: 'order-issued' }, ...history.person },
    events: history.prraRefused ? { prraRefused: history.prraRefused } : {},
    goals: ['stay-in-canada', 'recover-wages', 'safety'],
  });
}

describe('the remedies and the plan agree, 2010 to 2027', () => {
  for (const history of HISTORIES) {
    it(`on bars, evidence links and consent: ${history.name}`, () => {
      for (const province of PROVINCES_TRIED) {
        for (const asOf of quarters()) {
          const facts = factsFor(history, asOf, province);
          const screened = screening({ continuum: 'forced-labour' });
          const remedies = evaluateRemedies(facts, screened);
          const bars = findBars(facts, asOf);
          const where = `${history.name}, ${province}, ${asOf}`;

          for (const r of remedies.remedies) {
            const blocked = bars.some((b) => b.remedy === r.id && b.effect === 'blocks');
            // A bar the plan applies is one the navigator names, and it never calls the remedy open.
            if (blocked) expect(['likely', 'possible'], `${r.id} barred in the plan but open in remedies (${where})`).not.toContain(r.eligibility);
            const barReasons = r.reasonCodes.filter((code) => BAR_REASON.test(code));
            if (barReasons.length)
              expect(
                bars.map((b) => b.remedy),
                `${r.id} barred in remedies (${barReasons}) but not in the plan (${where})`,
              ).toContain(r.id);
          }

          for (const ranked of rankPlans(facts, screened, remedies)) {
            const plan = toContractPlan(ranked);
            for (const step of plan.steps) {
              const links = showRemedy(step.remedy)!.producesEvidenceFor;
              for (const target of step.producesEvidenceFor) expect(links, `${step.remedy} → ${target} (${where})`).toContain(target);
            }
            for (const held of plan.awaitingDecision) {
              const own = remedies.remedies.find((r) => r.id === held.remedy)!;
              expect(held.consentNeeded, `${held.remedy} consent (${where})`).toBe(own.consentNeeded);
            }
          }
        }
      }
    });
  }
});
