// Urgency flags. Each window is inclusive at both ends and counted in whole calendar days from asOf:
// day 0 is asOf itself; "within 30 days" means 0 ≤ days ≤ 30, so day 30 flags and day 31 does not.
import type { CaseFacts, FlagOut } from '../contract';
import { daysBetween, localeOrderOfDates, type IsoDate } from '../dates/iso-date';
import type { Locale, RemedyEvaluation } from './evaluate';

export const IMMINENT_REMOVAL_DAYS = 30;
export const PERMIT_EXPIRING_DAYS = 60;
export const DEADLINE_SOON_DAYS = 30;
const CLAIM_WINDOW_CLOSING_DAYS = 30;

const within = (asOf: IsoDate, date: string | undefined, days: number) => {
  if (date === undefined) return undefined;
  const d = daysBetween(asOf, date as IsoDate);
  return d >= 0 && d <= days ? d : undefined;
};

// The flags' explanations in each language: dates and counts are filled in, ids stay as they are.
const FLAG_TEXT: Record<
  Locale,
  {
    imminentRemoval: (date: string, days: number, asOf: string) => string;
    permitExpiring: (date: string, days: number) => string;
    deadlineSoon: (remedy: string, date: string, days: number) => string;
    claimWindowClosing: (date: string, days: number) => string;
  }
> = {
  en: {
    imminentRemoval: (date, days, asOf) =>
      `Removal is set for ${date} (${days} day(s) from ${asOf}). Consider a deferral request, a TRP and a Federal Court stay now.`,
    permitExpiring: (date, days) => `The permit expires on ${date} (${days} day(s)). Apply to extend or renew before that date to keep status.`,
    deadlineSoon: (remedy, date, days) => `${remedy}: ${date} (${days} day(s))`,
    claimWindowClosing: (date, days) =>
      `The one-year window to make a refugee claim ends on ${date} (${days} day(s)); a claim made after that day is ineligible (IRPA s. 101(1)(b.1)). Decide with counsel now whether to claim.`,
  },
  fr: {
    imminentRemoval: (date, days, asOf) =>
      `Le renvoi est prévu le ${date} (dans ${days} jour(s) à compter du ${asOf}). Envisagez dès maintenant une demande de report, un PST et une demande de sursis à la Cour fédérale.`,
    permitExpiring: (date, days) =>
      `Le permis expire le ${date} (dans ${days} jour(s)). Demandez sa prolongation ou son renouvellement avant cette date pour garder le statut.`,
    deadlineSoon: (remedy, date, days) => `${remedy} : ${date} (dans ${days} jour(s))`,
    claimWindowClosing: (date, days) =>
      `Le délai d\u2019un an pour demander l\u2019asile prend fin le ${date} (dans ${days} jour(s)); une demande faite après ce jour est irrecevable (LIPR art. 101(1)b.1)). Décidez dès maintenant avec un avocat s\u2019il faut la présenter.`,
  },
};

export function remedyFlags(facts: CaseFacts, remedies: readonly RemedyEvaluation[], locale: Locale = 'en'): FlagOut[] {
  const text = FLAG_TEXT[locale];
  const flags: FlagOut[] = [];
  const removalIn = facts.person.removal?.state !== 'none' ? within(facts.asOf, facts.person.removal?.date, IMMINENT_REMOVAL_DAYS) : undefined;
  if (removalIn !== undefined) {
    flags.push({ id: 'imminent-removal', level: 'urgent', why: text.imminentRemoval(facts.person.removal!.date!, removalIn, facts.asOf) });
  }
  const permitIn = within(facts.asOf, facts.person.permitExpiry, PERMIT_EXPIRING_DAYS);
  if (permitIn !== undefined) {
    flags.push({ id: 'permit-expiring', level: 'warning', why: text.permitExpiring(facts.person.permitExpiry!, permitIn) });
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
    flags.push({ id: 'deadline-soon', level: 'warning', why: soon.map((x) => text.deadlineSoon(x.remedy, x.d.date, x.days)).join('; ') });
  }
  // The one-year refugee-claim window (IRPA s. 101(1)(b.1)), while a claim is still open to the person.
  const claim = remedies.find((r) => r.id === 'refugee-claim');
  const window = claim?.eligibility !== 'not-applicable' ? claim?.deadlines.find((d) => d.kind === 'claim-window') : undefined;
  const windowIn = within(facts.asOf, window?.date, CLAIM_WINDOW_CLOSING_DAYS);
  if (windowIn !== undefined) flags.push({ id: 'claim-window-closing', level: 'urgent', why: text.claimWindowClosing(window!.date, windowIn) });
  return flags;
}
