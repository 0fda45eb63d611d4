import type { LegalView } from '../screening/case-data';

// A remedy and a flag on screen, as the server's legal view words them in the reader's language.

export type RemedyView = LegalView['remedies'][number];

const ELIGIBILITY_ORDER = ['likely', 'possible', 'unknown', 'unlikely', 'not-applicable'] as const;

/** Every remedy, the most promising first. */
export function remedyViews(view: LegalView): RemedyView[] {
  return [...view.remedies].sort((a, b) => ELIGIBILITY_ORDER.indexOf(a.eligibility) - ELIGIBILITY_ORDER.indexOf(b.eligibility));
}

const LEVEL_RANK = { high: 0, medium: 1, low: 2 } as const;

/** The gravest collateral-harm risk for this client (the first listed among equals), if any. */
export function highestRisk(risks: RemedyView['risks']): RemedyView['risks'][number] | undefined {
  return risks.reduce<RemedyView['risks'][number] | undefined>((best, r) => (!best || LEVEL_RANK[r.level] < LEVEL_RANK[best.level] ? r : best), undefined);
}

/** Risks, the gravest first. */
export const risksByLevel = (risks: RemedyView['risks']) => [...risks].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);

/**
 * The deadline to watch: the earliest one not yet passed; when every deadline has passed, the
 * latest of them (so the summary still says a window has closed). Dates are YYYY-MM-DD strings.
 */
export function nearestDeadline(deadlines: RemedyView['deadlines']): RemedyView['deadlines'][number] | undefined {
  const open = deadlines.filter((d) => !d.passed).sort((a, b) => a.date.localeCompare(b.date));
  if (open.length) return open[0];
  return [...deadlines].sort((a, b) => b.date.localeCompare(a.date))[0];
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
