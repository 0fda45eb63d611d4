import type { LegalView } from '../screening/case-data';

// A remedy and a flag on screen, as the server's legal view words them in the reader's language.

export type RemedyView = LegalView['remedies'][number];

const ELIGIBILITY_ORDER = ['likely', 'possible', 'unknown', 'unlikely', 'not-applicable'] as const;

/** Every remedy, the most promising first. */
export function remedyViews(view: LegalView): RemedyView[] {
  return [...view.remedies].sort((a, b) => ELIGIBILITY_ORDER.indexOf(a.eligibility) - ELIGIBILITY_ORDER.indexOf(b.eligibility));
}

export interface FlagView {
  id: string;
  level: LegalView['flags'][number]['level'];
  title: string;
  why: string;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The flags this reader may see. Screening flags come worded by the server; the urgency flags bring
 * their dates and counts, which the page's own sentences (with plurals) put in words.
 */
export function flagViews(view: LegalView, t: T): FlagView[] {
  return view.flags.map((f) => {
    const title = f.title ?? t(`flags.${f.id}.title`);
    if ((f.id === 'imminent-removal' || f.id === 'permit-expiring' || f.id === 'claim-window-closing') && f.date && f.days !== undefined)
      return { id: f.id, level: f.level, title, why: t(`flags.${f.id}.why`, { date: f.date, count: f.days }) };
    if (f.id === 'deadline-soon' && f.deadlines?.length)
      return { id: f.id, level: f.level, title, why: t('flags.deadline-soon.why', { list: f.deadlines.map((d) => `${d.name}: ${d.date}`).join('; ') }) };
    return { id: f.id, level: f.level, title, why: f.why };
  });
}
