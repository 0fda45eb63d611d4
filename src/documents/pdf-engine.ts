// One configured pdfmake for the server: embedded fonts only, no URL fetches, and local file
// access limited to the font files above (images and attachments are never read from disk).
import pdfMake from 'pdfmake';
import type { Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ALLOWED_FONT_PATHS, FONT_FILES, fontFeaturesFor, type FontFamily } from './fonts';

let configured = false;

function configure(): void {
  if (configured) return;
  pdfMake.setFonts(FONT_FILES);
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => ALLOWED_FONT_PATHS.has(path));
  configured = true;
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  // Fixed metadata so the same input gives the same document apart from pdfkit's own IDs.
  return Buffer.from(await pdfMake.createPdf({ ...doc, info: { producer: 'Harbour', creator: 'Harbour', ...doc.info } }).getBuffer());
}

export function pdfDefaultStyle(font: FontFamily): Style {
  const features = fontFeaturesFor(font);
  // pdfmake's types say a list of tags, but it hands the value to fontkit, which also takes {tag: on/off}.
  const style: Style = { font, fontSize: 11, lineHeight: 1.25 };
  if (features) style.fontFeatures = features as unknown as Style['fontFeatures'];
  return style;
}
