// Urgency flags. Each window is inclusive at both ends and counted in whole calendar days from asOf:
// day 0 is asOf itself; "within 30 days" means 0 ≤ days ≤ 30, so day 30 flags and day 31 does not.
import type { CaseFacts, FlagOut } from '../contract';
import { daysBetween, localeOrderOfDates, type IsoDate } from '../dates/iso-date';
import { filled, wordingOf } from '../wording';
import type { Locale, RemedyEvaluation } from './evaluate';
import en from './wording/en.json';
import fr from './wording/fr.json';

export const IMMINENT_REMOVAL_DAYS = 30;
export const PERMIT_EXPIRING_DAYS = 60;
export const DEADLINE_SOON_DAYS = 30;
const CLAIM_WINDOW_CLOSING_DAYS = 30;

const within = (asOf: IsoDate, date: string | undefined, days: number) => {
  if (date === undefined) return undefined;
  const d = daysBetween(asOf, date as IsoDate);
  return d >= 0 && d <= days ? d : undefined;
};

// The flags' explanations, in ./wording/{en,fr}.json: dates and counts are filled in, ids stay as they are.
const wording = wordingOf('remedies', { en, fr });
const say = (locale: Locale, code: string, values: Record<string, string | number>) => filled(wording(code), values)[locale];

export function remedyFlags(facts: CaseFacts, remedies: readonly RemedyEvaluation[], locale: Locale = 'en'): FlagOut[] {
  const flags: FlagOut[] = [];
  const removalIn = facts.person.removal?.state !== 'none' ? within(facts.asOf, facts.person.removal?.date, IMMINENT_REMOVAL_DAYS) : undefined;
  if (removalIn !== undefined) {
    flags.push({
      id: 'imminent-removal',
      level: 'urgent',
      why: say(locale, 'flag.imminent-removal.why', { date: facts.person.removal!.date!, days: removalIn, asOf: facts.asOf }),
    });
  }
  const permitIn = within(facts.asOf, facts.person.permitExpiry, PERMIT_EXPIRING_DAYS);
  if (permitIn !== undefined) {
    flags.push({ id: 'permit-expiring', level: 'warning', why: say(locale, 'flag.permit-expiring.why', { date: facts.person.permitExpiry!, days: permitIn }) });
  }
  // Deadlines that end soon, remedy by remedy, then earliest first (a stable sort).
  const soon: { remedy: RemedyEvaluation['id']; d: RemedyEvaluation['deadlines'][number]; days: number }[] = [];
  for (const r of remedies) {
    for (const d of r.deadlines) {
      if (d.kind !== 'limitation' && d.kind !== 'judicial-review' && d.kind !== 'claim-window') continue;
      const days = within(facts.asOf, d.date, DEADLINE_SOON_DAYS);
      if (days !== undefined) soon.push({ remedy: r.id, d, days });
    }
  }
  soon.sort((a, b) => localeOrderOfDates(a.d.date, b.d.date));
  if (soon.length) {
    flags.push({
      id: 'deadline-soon',
      level: 'warning',
      why: soon.map((x) => say(locale, 'flag.deadline-soon.item', { remedy: x.remedy, date: x.d.date, days: x.days })).join('; '),
    });
  }
  // The one-year refugee-claim window (IRPA s. 101(1)(b.1)), while a claim is still open to the person.
  const claim = remedies.find((r) => r.id === 'refugee-claim');
  const window = claim?.eligibility !== 'not-applicable' ? claim?.deadlines.find((d) => d.kind === 'claim-window') : undefined;
  const windowIn = within(facts.asOf, window?.date, CLAIM_WINDOW_CLOSING_DAYS);
  if (windowIn !== undefined)
    flags.push({ id: 'claim-window-closing', level: 'urgent', why: say(locale, 'flag.claim-window-closing.why', { date: window!.date, days: windowIn }) });
  return flags;
}
