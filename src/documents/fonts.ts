// Fonts are embedded from npm packages (OFL-1.1), never from the system: Noto Sans for Latin
// scripts (English, French, Spanish, Tagalog), Noto Sans SC for Simplified Chinese and Noto Sans
// Gurmukhi for Punjabi. Both non-Latin fonts also carry the Latin letters, digits and punctuation
// the sheets use (dates, "TRP"), so each language needs a single family. Why these packages:
// docs/decisions/0012-pdf-fonts.md.
import { createRequire } from 'node:module';
import type { SheetLang } from '../core/planning/options-sheet';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => require.resolve(`@expo-google-fonts/${pkg}/${file}`);

export const FONT_FILES = {
  NotoSans: {
    normal: font('noto-sans', '400Regular/NotoSans_400Regular.ttf'),
    bold: font('noto-sans', '700Bold/NotoSans_700Bold.ttf'),
    italics: font('noto-sans', '400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
    bolditalics: font('noto-sans', '700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
  },
  NotoSansSC: {
    normal: font('noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'),
    bold: font('noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'),
    italics: font('noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'),
    bolditalics: font('noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'),
  },
  NotoSansGurmukhi: {
    normal: font('noto-sans-gurmukhi', '400Regular/NotoSansGurmukhi_400Regular.ttf'),
    bold: font('noto-sans-gurmukhi', '700Bold/NotoSansGurmukhi_700Bold.ttf'),
    italics: font('noto-sans-gurmukhi', '400Regular/NotoSansGurmukhi_400Regular.ttf'),
    bolditalics: font('noto-sans-gurmukhi', '700Bold/NotoSansGurmukhi_700Bold.ttf'),
  },
} as const;

export type FontFamily = keyof typeof FONT_FILES;

export const ALLOWED_FONT_PATHS: ReadonlySet<string> = new Set(Object.values(FONT_FILES).flatMap((f) => Object.values(f)));

export function fontFamilyFor(lang: SheetLang): FontFamily {
  return lang === 'zh-Hans' ? 'NotoSansSC' : lang === 'pa' ? 'NotoSansGurmukhi' : 'NotoSans';
}

/** Family names as Word shows them; Word falls back to a system font when one is missing. */
export const DOCX_FONT_NAMES: Record<FontFamily, string> = { NotoSans: 'Noto Sans', NotoSansSC: 'Noto Sans SC', NotoSansGurmukhi: 'Noto Sans Gurmukhi' };

/**
 * OpenType features to switch off per family. fontkit (under pdfkit) throws on a null anchor in
 * Noto Sans Gurmukhi's above-base mark positioning ('abvm') lookup; without it, above-base vowel
 * signs fall back to their default placement, which we checked by rendering the Punjabi sheet.
 * pdfmake passes the object straight to fontkit's layout(text, features).
 */
export function fontFeaturesFor(family: FontFamily): Record<string, boolean> | undefined {
  return family === 'NotoSansGurmukhi' ? { abvm: false } : undefined;
}
