import { addYearsClamped, type IsoDate } from '../dates/iso-date';
import type { DirectoryEntry } from './directory-entry';

// An entry reviewed more than a year before `asOf` is stale: still shown, flagged, to be checked
// before anyone relies on it. "More than a year": reviewed on 2025-12-05 is still fresh on
// 2026-12-05 and stale from 2026-12-06 (a year before 29 February is 28 February).
export function isStale(entry: Pick<DirectoryEntry, 'lastReviewed'>, asOf: IsoDate): boolean {
  return entry.lastReviewed < addYearsClamped(asOf, -1);
}
