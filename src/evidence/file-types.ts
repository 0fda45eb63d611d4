import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../platform/http/app-error';

// What a file is, from its first bytes (never from its name): file-type's signatures, then a
// few of our own. Executables and scripts are refused: evidence is documents, images, audio
// and video, and a file that runs is a way into the practitioner's computer.

const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload',
  'application/x-elf',
  'application/x-mach-binary',
  'application/java-archive',
  'application/java-vm',
  'application/vnd.android.package-archive',
  'application/wasm',
  'application/x-deb',
  'application/x-rpm',
  'application/vnd.ms-cab-compressed',
  'application/x-shockwave-flash',
  'application/x-google-chrome-extension',
  'application/x-xpinstall',
  'application/x-apple-diskimage',
  'application/x-ms-regedit',
  'application/vnd.ms-htmlhelp',
]);

/** Photos: a copy leaving Harbour is re-encoded without EXIF, GPS, XMP or IPTC (metadata.ts). */
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/heic', 'image/heif', 'image/avif', 'image/gif']);
/** Shown inline in a sandbox by the browser (preview): PDFs and the images every browser draws. */
const PREVIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export const isPhoto = (mediaType: string) => PHOTO_TYPES.has(mediaType);
export const isPreviewable = (mediaType: string) => PREVIEWABLE.has(mediaType);

const REFUSED_EXECUTABLE = 'This file is a program or a script, and Harbour does not keep those as evidence. Upload a document, an image, audio or video.';

/** Markup a browser would run if it were ever served as a page. */
const looksLikeMarkup = (text: string) => /^\s*<(!doctype\s+html|html|script|svg|\?xml)/i.test(text);

/** The media type of a file from its first bytes; throws a 415 for executables and scripts. */
export async function sniffMediaType(head: Buffer): Promise<string> {
  // Windows programs (MZ) and scripts (#!) first: file-type does not name every variant.
  if (head.subarray(0, 2).toString('latin1') === 'MZ' || head.subarray(0, 2).toString('latin1') === '#!') {
    throw new AppError('unsupported-media-type', REFUSED_EXECUTABLE);
  }
  const found = await fileTypeFromBuffer(head);
  if (found && EXECUTABLE_TYPES.has(found.mime)) throw new AppError('unsupported-media-type', REFUSED_EXECUTABLE);
  if (found) return found.mime;
  // No signature: text if it decodes as UTF-8 without control bytes, else unknown bytes.
  // The head may end inside a multi-byte character: leave its last bytes out of the check.
  const text = (head.length >= 4100 ? head.subarray(0, head.length - 3) : head).toString('utf8');
  // eslint-disable-next-line no-control-regex
  const isText = !text.includes('\uFFFD') && !/[\x00-\x08\x0e-\x1f]/.test(text);
  if (isText && looksLikeMarkup(text)) return 'application/octet-stream';
  return isText ? 'text/plain' : 'application/octet-stream';
}
