import type { TFunction } from 'i18next';
import { formatDay } from './format';
import type { ApproximateTime } from './types';

/** How Harbour read an approximate time, in words: "14 May 2023", "1 Mar 2023 – 31 May 2023", "before 2021" … */
export function understoodAs(t: TFunction, time: ApproximateTime): string {
  const { earliest, latest } = time;
  if (earliest && latest) return earliest === latest ? formatDay(earliest) : t('cases:time.range', { from: formatDay(earliest), to: formatDay(latest) });
  if (earliest) return t('cases:time.after', { from: formatDay(earliest) });
  if (latest) return t('cases:time.before', { to: formatDay(latest) });
  return t('cases:time.noDates');
}

/** Days since 1970 for a YYYY-MM-DD calendar day. */
export const dayNumber = (day: string) => Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
