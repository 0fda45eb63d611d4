import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDER } from '../../core/wording';

// A rule's reason is a template: in a case it says "No PRRA until 3 March 2027", and in the
// knowledge browser, where there is no case, its blanks ({opens}) are named in the reader's words.

export type TemplatePart = { text: string } | { slot: string; words: string };

/** The template cut into its text and its named blanks. */
export function templateParts(template: string, t: TFunction): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push({ slot: match[1]!, words: t(`slot.${match[1]!}`) });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}

export function Template({ text }: { text: string }) {
  const { t } = useTranslation('knowledge');
  return (
    <>
      {templateParts(text, t).map((part, i) =>
        'slot' in part ? (
          <span key={i} className="slot">
            [{part.words}]
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
