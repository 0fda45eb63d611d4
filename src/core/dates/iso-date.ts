// Calendar dates without time zones. Legal deadlines are about days, not instants,
// so all arithmetic here works on year/month/day and never touches the clock.

declare const isoDateBrand: unique symbol;
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`"${value}" is not a calendar date in YYYY-MM-DD form`);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: IsoDate): [number, number, number] {
  // The common case, YYYY-MM-DD with hyphens only at 4 and 7, read by position: the same three
  // pieces split('-') would give, without building the intermediate arrays.
  if (date.length === 10 && date.indexOf('-') === 4 && date.indexOf('-', 5) === 7 && date.indexOf('-', 8) === -1) {
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Adds calendar months. When the target month is shorter, the date is clamped to its last day
 * (31 August + 6 months = 28/29 February), the rule Canadian courts apply to "months after"
 * periods under the federal and provincial Interpretation Acts' month definitions.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const zeroBased = m - 1 + months;
  const ty = y + Math.floor(zeroBased / 12);
  const tm = (((zeroBased % 12) + 12) % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addYearsClamped(date: IsoDate, years: number): IsoDate {
  return addMonthsClamped(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * a.localeCompare(b), computed cheaply for dates: for two YYYY-MM-DD strings (digits in the same
 * places, hyphens in the same places) the collation order is plain string order. Anything else
 * still goes through localeCompare.
 */
export function localeOrderOfDates(a: string, b: string): number {
  return ISO_DATE_SHAPE.test(a) && ISO_DATE_SHAPE.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b);
}
