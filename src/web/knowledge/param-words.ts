import type { TFunction } from 'i18next';
import { isLocalized, pick } from './api';

// A provincial value in a reader's words: each field of the jurisdiction's data file
// (months, trigger, byStatus…) gets its label and its value worded, in English or French, so the
// knowledge browser never shows a field name or a code from the file.

export interface ValueLine {
  field: string;
  label: string;
  text: string;
  /** Set for a field that is itself a list (access by immigration status). */
  lines?: ValueLine[];
}

const ANSWER_FIELDS = new Set(['disclosed', 'policeReportRequired', 'traffickingCovered', 'traffickingReportToAgency', 'sharesWithImmigration']);

function money(dollars: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD', maximumFractionDigits: 0 }).format(dollars);
}

function wordOne(field: string, value: unknown, t: TFunction, lang: string): string {
  if (isLocalized(value)) return pick(value, lang);
  if (value === null) return t(field === 'trigger' ? 'paramValue.triggerNotFound' : 'paramValue.notFound');
  if (field === 'months' && typeof value === 'number') return t('remedy.period.months', { count: value });
  if (field === 'maxDollars' && typeof value === 'number') return money(value, lang);
  if (field === 'trigger') return t(`paramValue.trigger.${String(value)}`);
  if (ANSWER_FIELDS.has(field)) return t(`paramValue.answer.${String(value)}`);
  return String(value);
}

/** The lines that say one version of a provincial value, in the order of the data file. */
export function paramValueLines(value: unknown, t: TFunction, lang: string): ValueLine[] {
  if (value === null || typeof value !== 'object' || isLocalized(value)) return [{ field: '', label: '', text: wordOne('', value, t, lang) }];
  return Object.entries(value as Record<string, unknown>).map(([field, v]) => {
    const label = t(`paramField.${field}`);
    if (field === 'byStatus' && v !== null && typeof v === 'object') {
      const lines = Object.entries(v as Record<string, string>).map(([status, access]) => ({
        field: status,
        label: t(`screening:person.statuses.${status}`),
        text: t(`paramValue.access.${access}`),
      }));
      return { field, label, text: '', lines };
    }
    return { field, label, text: wordOne(field, v, t, lang) };
  });
}
