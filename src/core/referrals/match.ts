// Finding services for a client: filters narrow the directory (what the practitioner asked for),
// the client's province, languages and needs rank what is left. Ranking is a plain sum of stated
// weights, so the reasons shown beside each entry are the whole story of its place in the list.
import type { IsoDate } from '../dates/iso-date';
import type { DirectoryEntry, DirectoryKind, DirectoryService } from './directory-entry';
import { baseLanguage } from './needs';
import type { Need } from './needs';
import { isStale } from './stale';

export interface DirectoryQuery {
  /** Province or territory of the client; entries serving it or the whole country remain. */
  province?: string | undefined;
  service?: DirectoryService | undefined;
  kind?: DirectoryKind | undefined;
  /** Only entries that list this language. */
  language?: string | undefined;
  /** Free text, matched against names, regions, services and kinds. */
  text?: string | undefined;
}

export interface RankingInput {
  needs?: readonly Need[];
  /** The client's languages: an entry listing one ranks higher. */
  languages?: readonly string[];
  asOf: IsoDate;
}

export interface RankedEntry<E extends DirectoryEntry = DirectoryEntry> {
  entry: E;
  score: number;
  /** Needed services the entry offers. */
  meets: DirectoryService[];
  /** Client languages the entry lists. */
  speaks: string[];
  /** 'province' when it serves the province named by the query, 'national' for a national service. */
  reach: 'province' | 'national' | null;
  stale: boolean;
}

const WEIGHTS = { perNeedMet: 3, speaksClientLanguage: 2, servesProvince: 1, acceptsLawyerReferrals: 1, stale: -2 } as const;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function speaks(entry: DirectoryEntry, language: string): boolean {
  const base = baseLanguage(language);
  return entry.languages.some((l) => baseLanguage(l) === base);
}

function matchesQuery(entry: DirectoryEntry, query: DirectoryQuery): boolean {
  if (query.province && !entry.jurisdictions.some((j) => j === query.province || j === 'CA')) return false;
  if (query.service && !entry.services.includes(query.service)) return false;
  if (query.kind && !entry.kinds.includes(query.kind)) return false;
  if (query.language && !speaks(entry, query.language)) return false;
  if (query.text) {
    const words = fold(query.text).split(/\s+/).filter(Boolean);
    const haystack = fold([entry.name.en, entry.name.fr ?? '', ...entry.regions, ...entry.services, ...entry.kinds].join(' '));
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

export function rankEntries<E extends DirectoryEntry>(entries: readonly E[], query: DirectoryQuery, ranking: RankingInput): RankedEntry<E>[] {
  const needed = new Set((ranking.needs ?? []).map((n) => n.service));
  return entries
    .filter((e) => matchesQuery(e, query))
    .map((entry): RankedEntry<E> => {
      const meets = entry.services.filter((s) => needed.has(s));
      const spoken = (ranking.languages ?? []).filter((l) => speaks(entry, l));
      const reach: RankedEntry['reach'] = !query.province
        ? null
        : (entry.jurisdictions as readonly string[]).includes(query.province)
          ? 'province'
          : 'national';
      const stale = isStale(entry, ranking.asOf);
      const score =
        meets.length * WEIGHTS.perNeedMet +
        (spoken.length > 0 ? WEIGHTS.speaksClientLanguage : 0) +
        (reach === 'province' ? WEIGHTS.servesProvince : 0) +
        (entry.acceptsLawyerReferrals === true ? WEIGHTS.acceptsLawyerReferrals : 0) +
        (stale ? WEIGHTS.stale : 0);
      return { entry, score, meets, speaks: spoken, reach, stale };
    })
    .sort((a, b) => b.score - a.score || a.entry.name.en.localeCompare(b.entry.name.en));
}
