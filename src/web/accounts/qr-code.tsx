import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * The dark modules of a QR code as one SVG path ("M x y h1 v1 h-1 z" per module), drawn here in
 * the browser: the setup link, which holds the secret, never leaves the page for an image service.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let y = 0; y < modules.size; y += 1) for (let x = 0; x < modules.size; x += 1) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
  return { size: modules.size, path };
}

/** A QR code for an authenticator app to scan, with a quiet zone of four modules around it. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  const box = size + 8;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`-4 -4 ${box} ${box}`} width={box * 5} height={box * 5} shapeRendering="crispEdges">
      <rect x={-4} y={-4} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
