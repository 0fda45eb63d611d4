import { useTranslation } from 'react-i18next';
import { pick, useRemedies, type Localized } from './api';

// Remedy names come from the server's knowledge (GET /api/knowledge/remedies), where each remedy
// names itself once; the web keeps no copy, so adding a remedy needs no web edit. A name the
// server has not sent (still loading, or a remedy no longer catalogued) reads as a plain
// "a remedy", never as its raw id.

/** A lookup from remedy id to its name in the reader's language, with `unknown` for any id the list lacks. */
export function remedyNamer(remedies: readonly { id: string; name: Localized }[] | undefined, lang: string, unknown: string): (id: string) => string {
  const names = new Map((remedies ?? []).map((r) => [r.id, pick(r.name, lang)]));
  return (id) => names.get(id) ?? unknown;
}

/** The remedy-name lookup for components, from the cached knowledge list. */
export function useRemedyName(): (id: string) => string {
  const { t, i18n } = useTranslation('cases');
  const remedies = useRemedies();
  return remedyNamer(remedies.data?.remedies, i18n.language, t('consents.unknownRemedy'));
}
