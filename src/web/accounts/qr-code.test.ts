import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-code';

describe('the QR code of the setup link', () => {
  const uri = 'otpauth://totp/Harbour:lena%40havre.example?secret=JBSWY3DPEHPK3PXP&issuer=Harbour';

  it('draws one square per dark module of the code, and nothing for the light ones', () => {
    const { size, path } = qrPath(uri);
    const { modules } = QRCode.create(uri, { errorCorrectionLevel: 'M' });
    let dark = 0;
    for (let i = 0; i < modules.size * modules.size; i += 1) if (modules.data[i]) dark += 1;
    expect(size).toBe(modules.size);
    expect(path.match(/M/g)).toHaveLength(dark);
  });

  it('always draws the three finder squares in the corners', () => {
    const { size, path } = qrPath(uri);
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
    ])
      expect(path).toContain(`M${x} ${y}h1v1h-1z`);
  });
});
