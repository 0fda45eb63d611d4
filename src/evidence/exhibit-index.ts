import { exhibitLabel } from '../core/evidence';
import type { CaseScope } from '../cases/case-access';
import type { AppContext } from '../platform/http/context';
import { readableItems } from './items';
import { KIND_WORDS, type BundleLang } from './text';

/** The exhibits (held items this person may read, in exhibit order) as the case summary and the TRP/H&C drafts list them. */
export async function exhibitIndex(ctx: AppContext, scope: CaseScope, lang: BundleLang = 'en'): Promise<{ title: string; kind: string; date?: string }[]> {
  return (await readableItems(ctx, scope))
    .filter((i) => i.status === 'held')
    .map((i) => ({
      title: `${lang === 'fr' ? 'Pièce' : 'Exhibit'} ${exhibitLabel(i.exhibit)} — ${i.details.description}`,
      kind: KIND_WORDS[i.kind][lang],
      ...(i.details.date ? { date: i.details.date } : {}),
    }));
}
