// The one way Harbour writes a date for a person to read (ADR 0020): "5 Dec 2026" in English,
// "5 déc. 2026" in French, the same on screens, in tables, in documents and in the terminal.
// Built from the tables below rather than Intl, so Node (documents, CLI) and every browser write
// exactly the same characters. A language without a reviewed table (the options sheet's draft
// languages) gets ISO 8601, "2026-12-05", which every reader can read and nobody misreads.
// Invalid input comes back unchanged: a formatter never hides what was stored.

interface DateWords {
  months: readonly string[];
  monthsLong: readonly string[];
  weekdays: readonly string[]; // Sunday first, as Date.getUTCDay counts
  weekdaysShort: readonly string[];
  day: (d: number, month: string, y: number) => string;
  time: (h: number, m: string) => string;
  dayTime: (day: string, time: string) => string;
  month: (month: string, y: number) => string;
  longDay: (weekday: string, day: string) => string;
}

const WORDS: Record<'en' | 'fr', DateWords> = {
  en: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    monthsLong: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    day: (d, month, y) => `${d} ${month} ${y}`,
    time: (h, m) => `${String(h).padStart(2, '0')}:${m}`,
    dayTime: (day, time) => `${day}, ${time}`,
    month: (month, y) => `${month} ${y}`,
    longDay: (weekday, day) => `${weekday} ${day}`,
  },
  fr: {
    months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    monthsLong: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    weekdaysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    // The first of the month is "1er" in French.
    day: (d, month, y) => `${d === 1 ? '1er' : d} ${month} ${y}`,
    time: (h, m) => `${h} h ${m}`,
    dayTime: (day, time) => `${day}, ${time}`,
    month: (month, y) => `${month} ${y}`,
    longDay: (weekday, day) => `${weekday} ${day}`,
  },
};

const wordsFor = (lang: string): DateWords | undefined => WORDS[lang.toLowerCase().slice(0, 2) as 'en' | 'fr'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2}):(\d{2})/;

function dayParts(day: string): { y: number; m: number; d: number; weekday: number } | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return { y, m, d, weekday: date.getUTCDay() };
}

/** A calendar day (YYYY-MM-DD, or the start of an ISO instant): "5 Dec 2026", "5 déc. 2026". */
export function formatDay(day: string | null | undefined, lang: string): string {
  if (!day) return '';
  const p = dayParts(day);
  const words = wordsFor(lang);
  if (!p) return day;
  if (!words) return day.slice(0, 10);
  return words.day(p.d, words.months[p.m - 1]!, p.y);
}

/** A clock time (HH:MM, 24-hour): "14:30", "14 h 30"; other input unchanged. */
export function formatTime(time: string, lang: string): string {
  const match = TIME.exec(time);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return time;
  const words = wordsFor(lang);
  return words ? words.time(Number(match[1]), match[2]!) : `${match[1]}:${match[2]}`;
}

/** A day and a wall-clock time: "5 Dec 2026, 14:30", "5 déc. 2026, 14 h 30". */
export function formatDayTime(day: string, time: string, lang: string): string {
  const words = wordsFor(lang);
  const [d, t] = [formatDay(day, lang), formatTime(time, lang)];
  return words ? words.dayTime(d, t) : `${d} ${t}`;
}

/**
 * An instant at the wall-clock time of the computer showing it (the browser's, or the server's
 * for the terminal): "5 Dec 2026, 14:30". An invalid instant gives ''.
 */
export function formatInstant(instant: Date, lang: string): string {
  if (Number.isNaN(instant.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${String(instant.getFullYear()).padStart(4, '0')}-${p(instant.getMonth() + 1)}-${p(instant.getDate())}`;
  return formatDayTime(day, `${p(instant.getHours())}:${p(instant.getMinutes())}`, lang);
}

/** A month (YYYY-MM): "December 2026", "décembre 2026". */
export function formatMonth(month: string, lang: string): string {
  const p = dayParts(`${month.slice(0, 7)}-01`);
  const words = wordsFor(lang);
  if (!p) return month;
  return words ? words.month(words.monthsLong[p.m - 1]!, p.y) : month.slice(0, 7);
}

/** The day of the week of a calendar day: "Saturday" / "Sat", "samedi" / "sam.". */
export function weekdayOf(day: string, lang: string, width: 'long' | 'short' = 'long'): string {
  const p = dayParts(day);
  const words = wordsFor(lang) ?? WORDS.en;
  if (!p) return '';
  return (width === 'long' ? words.weekdays : words.weekdaysShort)[p.weekday]!;
}

/** A day heading with its weekday: "Saturday 5 Dec 2026", "samedi 5 déc. 2026". */
export function formatLongDay(day: string, lang: string): string {
  const words = wordsFor(lang);
  if (!words || !dayParts(day)) return formatDay(day, lang);
  return words.longDay(weekdayOf(day, lang), formatDay(day, lang));
}

/** The calendar day in UTC at an instant, YYYY-MM-DD, for machines (APIs, file names, defaults). */
export function utcDayOf(instant: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(instant.getUTCFullYear()).padStart(4, '0')}-${p(instant.getUTCMonth() + 1)}-${p(instant.getUTCDate())}`;
}
