import type { knowledgeReport } from '../core/remedies';
import { formatDay } from '../core/dates/format';
import { SHOW_WORDS } from './knowledge-words';

// `harbour knowledge report` as text, in English or French: one row per jurisdiction, its totals,
// and what the columns mean. The JSON form (--json) is the same report without words.

type Report = ReturnType<typeof knowledgeReport>;
type Lang = 'en' | 'fr';

const NOT_FOUND_PREFIX = 'Not found in official sources as of';

const WORDS = {
  en: {
    title: (day: string, days: number) =>
      `Knowledge report as of ${day} (stale = last reviewed more than ${days} days ago; a value whose review date was not recorded is counted apart)`,
    columns: ['jurisdiction', 'review', 'checked', 'read', 'secondary', 'unverified', 'not found', 'stale', 'start known', 'not researched'],
    total: 'total',
    checked: 'checked = official text, machine-checked (a quote found in law/federal/); read = official text read by a person, not machine-checked.',
    notFound: `not found = searched for in official sources and not found (the value cites "${NOT_FOUND_PREFIX}…"); unverified counts the other unverified values.`,
    reviewed: (n: number, of: number, missing: string[]) =>
      `Provinces and territories reviewed: ${n} of ${of}${missing.length ? ` (not yet: ${missing.join(', ')})` : ''}.`,
    starts: (known: number, total: number, unknown: number) =>
      `Start dates: ${known} of ${total} values say when they came into force; ${unknown} say their start was not researched; none has a default start.`,
    reviews: (known: number, total: number, unknown: number) =>
      `Review dates: ${known} of ${total} values say the day their sources were read; ${unknown} say "review date not recorded" (the research notes do not record when they read a source); none has a default review date.`,
    stale: 'Stale facts:',
  },
  fr: {
    title: (day: string, days: number) =>
      `Rapport sur les connaissances au ${day} (périmé = révisé il y a plus de ${days} jours; une valeur dont la date de révision n’est pas consignée est comptée à part)`,
    columns: ['juridiction', 'examen', 'vérifié', 'lu', 'secondaire', 'non vérifié', 'introuvable', 'périmé', 'début connu', 'non recherché'],
    total: 'total',
    checked:
      'vérifié = texte officiel vérifié par programme (citation trouvée dans law/federal/); lu = texte officiel lu par une personne, non vérifié par programme.',
    notFound: `introuvable = cherché dans les sources officielles sans être trouvé (la valeur cite « ${NOT_FOUND_PREFIX}… »); non vérifié compte les autres valeurs non vérifiées.`,
    reviewed: (n: number, of: number, missing: string[]) =>
      `Provinces et territoires examinés : ${n} sur ${of}${missing.length ? ` (pas encore : ${missing.join(', ')})` : ''}.`,
    starts: (known: number, total: number, unknown: number) =>
      `Dates de début : ${known} valeurs sur ${total} disent quand elles sont entrées en vigueur; ${unknown} disent que leur début n’a pas été recherché; aucune n’a de début par défaut.`,
    reviews: (known: number, total: number, unknown: number) =>
      `Dates de révision : ${known} valeurs sur ${total} disent le jour où leurs sources ont été lues; ${unknown} disent « date de révision non consignée » (les notes de recherche ne consignent pas quand une source a été lue); aucune n’a de date de révision par défaut.`,
    stale: 'Valeurs périmées :',
  },
} as const;

/** The widths the English report has always used; a longer French heading widens its column. */
const MIN_WIDTHS = [13, 18, 9, 6, 10, 11, 10, 7, 13, 16];

export function printReport(report: Report, days: number, lang: Lang, out: (line?: string) => void): void {
  const w = WORDS[lang];
  const widths = MIN_WIDTHS.map((min, i) => (i < 2 ? min : Math.max(min, w.columns[i]!.length + 1)));
  const cells = (first: string, review: string, numbers: number[]) =>
    `  ${first.padEnd(widths[0]!)}${review.padEnd(widths[1]!)}${numbers.map((n, i) => String(n).padStart(widths[i + 2]!)).join('')}`;
  out(w.title(formatDay(report.asOf, lang), days));
  out(
    `  ${w.columns[0]!.padEnd(widths[0]!)}${w.columns[1]!.padEnd(widths[1]!)}${w.columns
      .slice(2)
      .map((c, i) => c.padStart(widths[i + 2]!))
      .join('')}`,
  );
  for (const [code, row] of Object.entries(report.byJurisdiction)) {
    out(
      cells(code, SHOW_WORDS[lang].review[row.review], [
        row.checked,
        row.counts['official-text'] - row.checked,
        row.counts.secondary,
        row.counts.unverified - row.notFound,
        row.notFound,
        row.stale,
        row.starts.researched,
        row.starts.notResearched,
      ]),
    );
  }
  const t = report.totals;
  out(
    cells(w.total, '', [
      t.checked,
      t['official-text'] - t.checked,
      t.secondary,
      t.unverified - t.notFound,
      t.notFound,
      t.stale,
      t.starts.researched,
      t.starts.notResearched,
    ]),
  );
  out(w.checked);
  out(w.notFound);
  const provinces = Object.entries(report.byJurisdiction).filter(([code]) => code !== 'federal');
  const missing = provinces.filter(([, row]) => row.review !== 'reviewed').map(([code]) => code);
  out(w.reviewed(provinces.length - missing.length, provinces.length, missing));
  out(w.starts(t.starts.researched, t.total, t.starts.notResearched));
  out(w.reviews(t.total - t.reviewNotRecorded, t.total, t.reviewNotRecorded));
  if (report.staleFacts.length) out(`${w.stale}\n${report.staleFacts.map((p) => `  ${p}`).join('\n')}`);
}
