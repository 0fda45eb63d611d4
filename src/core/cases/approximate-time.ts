// When something happened, as well as the client can say it. People remember "the spring after I
// arrived" or "2019 or 2020", rarely a date; the record keeps their words (the label) and the
// widest honest range of calendar days it stands for, so a timeline can show the uncertainty
// instead of inventing precision. Pure: no clock, nothing relative to "today".
import { addDays, daysInMonth, isIsoDate, type IsoDate } from '../dates/iso-date';

export const TIME_PRECISIONS = ['day', 'month', 'season', 'year', 'range', 'relative'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export interface ApproximateTime {
  /** The words used, as recorded ("spring 2023", "before arriving"). */
  label: string;
  /** First day it can have been (inclusive), when known. */
  earliest: IsoDate | null;
  /** Last day it can have been (inclusive), when known. */
  latest: IsoDate | null;
  precision: TimePrecision;
}

type Span = { earliest: IsoDate; latest: IsoDate; precision: TimePrecision };

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` as IsoDate;
const monthSpan = (y: number, from: number, to: number, precision: TimePrecision): Span => {
  // Months past December roll into the next year (winter runs December to March).
  const [ey, em] = to > 12 ? [y + 1, to - 12] : [y, to];
  const [sy, sm] = from < 1 ? [y - 1, from + 12] : [y, from];
  return { earliest: day(sy, sm, 1), latest: day(ey, em, daysInMonth(ey, em)), precision };
};

// Seasons as months of the year named. "Winter 2023" is read as the winter that contains
// January 2023, widened to December 2022–March 2023 because the word is used loosely.
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  printemps: [3, 5],
  summer: [6, 8],
  été: [6, 8],
  ete: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  automne: [9, 11],
  winter: [0, 3],
  hiver: [0, 3],
};
const PARTS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12], début: [1, 4], fin: [9, 12] };
const YEAR = '(\\d{4})';

/** One point-like expression: a day, a month, a season, a part of a year, or a year. */
function parseSpan(text: string): Span | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isIsoDate(t)) return { earliest: t, latest: t, precision: 'day' };
  let m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthSpan(Number(m[1]), month, month, 'month') : undefined;
  }
  m = new RegExp(`^${YEAR}$`).exec(t);
  if (m) return monthSpan(Number(m[1]), 1, 12, 'year');
  m = new RegExp(`^(?:(?:the|l')\\s?)?([a-zé]+)(?: of| de)? ${YEAR}$`).exec(t);
  if (m) {
    const season = SEASONS[m[1]!];
    if (season) return monthSpan(Number(m[2]), season[0], season[1], 'season');
    const part = PARTS[m[1]!];
    if (part) return monthSpan(Number(m[2]), part[0], part[1], 'season');
  }
  return undefined;
}

const RANGE = /^(?:between |entre )?(.+?)\s*(?:–|—| - | to | and | et | à |-(?=\d{4}$))\s*(.+)$/i;

/** Reads a label into a range of days; anything it cannot place is kept as a relative time. */
export function parseApproximateTime(label: string): ApproximateTime {
  const clean = label.trim();
  const single = parseSpan(clean);
  if (single) return { label: clean, ...single };
  const range = RANGE.exec(clean);
  if (range) {
    const [from, to] = [parseSpan(range[1]!), parseSpan(range[2]!)];
    if (from && to && from.earliest <= to.latest) return { label: clean, earliest: from.earliest, latest: to.latest, precision: 'range' };
  }
  const bound = /^(before|after|avant|après)\s+(.+)$/i.exec(clean);
  const anchor = bound && parseSpan(bound[2]!);
  if (bound && anchor) {
    const before = /^(before|avant)$/i.test(bound[1]!);
    return before
      ? { label: clean, earliest: null, latest: addDays(anchor.earliest, -1), precision: 'range' }
      : { label: clean, earliest: addDays(anchor.latest, 1), latest: null, precision: 'range' };
  }
  return { label: clean, earliest: null, latest: null, precision: 'relative' };
}

export type TimeIssue = 'earliest-after-latest' | 'empty-label';

/**
 * Builds a time from what the practitioner entered: explicit bounds win over the label; a label
 * alone is parsed. Bounds must not cross.
 */
export function approximateTime(input: {
  label: string;
  earliest?: IsoDate | null;
  latest?: IsoDate | null;
}): { ok: true; value: ApproximateTime } | { ok: false; issue: TimeIssue } {
  if (input.label.trim() === '') return { ok: false, issue: 'empty-label' };
  const hasBounds = (input.earliest ?? null) !== null || (input.latest ?? null) !== null;
  if (!hasBounds) return { ok: true, value: parseApproximateTime(input.label) };
  const earliest = input.earliest ?? null;
  const latest = input.latest ?? null;
  if (earliest && latest && earliest > latest) return { ok: false, issue: 'earliest-after-latest' };
  const precision: TimePrecision = earliest && earliest === latest ? 'day' : 'range';
  return { ok: true, value: { label: input.label.trim(), earliest, latest, precision } };
}

/**
 * Timeline order: by earliest possible day (an open start comes first), then by latest (an open
 * end comes last), then by label. Times with no bounds at all sort after every dated one.
 */
export function compareApproximateTimes(a: ApproximateTime, b: ApproximateTime): number {
  const undatedA = a.earliest === null && a.latest === null;
  const undatedB = b.earliest === null && b.latest === null;
  if (undatedA !== undatedB) return undatedA ? 1 : -1;
  const ea = a.earliest ?? '';
  const eb = b.earliest ?? '';
  if (ea !== eb) return ea < eb ? -1 : 1;
  const la = a.latest ?? '\uffff';
  const lb = b.latest ?? '\uffff';
  if (la !== lb) return la < lb ? -1 : 1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** True when the two times could be the same moment: useful to show what may overlap. */
export function mayOverlap(a: ApproximateTime, b: ApproximateTime): boolean {
  if ((a.earliest === null && a.latest === null) || (b.earliest === null && b.latest === null)) return false;
  const aStart = a.earliest ?? '0000-01-01';
  const aEnd = a.latest ?? '9999-12-31';
  const bStart = b.earliest ?? '0000-01-01';
  const bEnd = b.latest ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}
