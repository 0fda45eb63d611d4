// Bars between remedies: one outcome closes another for a time (remedies.md, "Design implications" 4).
// A bar either blocks a remedy (it cannot be a step before `until`) or is a caution counsel must check.
import { addMonthsClamped, compareDates, type IsoDate } from '../dates/iso-date';
import type { CaseFacts, RemedyId } from '../contract';
import type { SequencingCitation } from './sequencing-rules';

export type BarCode = 'refugee-rejected-12-months' | 'refugee-claim-pending' | 'prra-refused-12-months' | 'refugee-rejection-date-unknown';

export interface Bar {
  remedy: RemedyId;
  code: BarCode;
  effect: 'blocks' | 'caution';
  /** First day the remedy is open again; absent when the end is not known. */
  until?: IsoDate;
  citation: SequencingCitation;
  /** An exception counsel should assess (e.g. best interests of a child). */
  exception?: 'best-interests-of-child';
}

const irpa = (pinpoint: string, verification: SequencingCitation['verification'] = 'official-text'): SequencingCitation => ({
  source: 'Immigration and Refugee Protection Act, S.C. 2001, c. 27',
  pinpoint,
  url: 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/',
  verification,
});

// Which remedies a final negative refugee decision (rejected, withdrawn or abandoned) closes for 12 months.
// The TRP bar in s. 24(4) is confirmed for the family-violence TRP (CLEO); whether it reaches the
// VTIP TRP is unverified (remedies.md §1), so there it is only a caution.
const REJECTION_BARS: readonly { remedy: RemedyId; effect: Bar['effect']; citation: SequencingCitation }[] = [
  { remedy: 'hc', effect: 'blocks', citation: irpa('s. 25(1.2)(c); exceptions s. 25(1.21)') },
  { remedy: 'prra', effect: 'blocks', citation: irpa('s. 112(2)(b.1)') },
  { remedy: 'fv-trp', effect: 'blocks', citation: irpa('s. 24(4)', 'secondary') },
  { remedy: 'vtip-trp', effect: 'caution', citation: irpa('s. 24(4) (reach to VTIP TRPs unverified)', 'unverified') },
];

/**
 * "Less than 12 months have passed since" the decision: barred while asOf < decision + 12 months,
 * open on the anniversary itself. Month arithmetic clamps to the month's last day.
 */
export function findBars(facts: CaseFacts, asOf: IsoDate): Bar[] {
  const bars: Bar[] = [];
  const claim = facts.person.priorRefugeeClaim;
  const exception = facts.person.dependants ? ('best-interests-of-child' as const) : undefined;

  if (claim?.outcome === 'pending') {
    bars.push({ remedy: 'hc', code: 'refugee-claim-pending', effect: 'blocks', citation: irpa('s. 25(1.2)(b)') });
  }
  if (claim?.outcome === 'rejected' || claim?.outcome === 'withdrawn') {
    for (const rule of REJECTION_BARS) {
      if (!claim.date) {
        bars.push({ remedy: rule.remedy, code: 'refugee-rejection-date-unknown', effect: rule.effect, citation: rule.citation });
        continue;
      }
      const until = addMonthsClamped(claim.date as IsoDate, 12);
      if (compareDates(asOf, until) < 0) {
        const bar: Bar = { remedy: rule.remedy, code: 'refugee-rejected-12-months', effect: rule.effect, until, citation: rule.citation };
        if (rule.remedy === 'hc' && exception) bar.exception = exception;
        bars.push(bar);
      }
    }
  }
  const prraRefused = facts.events.prraRefused;
  if (prraRefused) {
    const until = addMonthsClamped(prraRefused as IsoDate, 12);
    if (compareDates(asOf, until) < 0) {
      bars.push({ remedy: 'prra', code: 'prra-refused-12-months', effect: 'blocks', until, citation: irpa('s. 112(2)(c)') });
    }
  }
  return bars;
}
