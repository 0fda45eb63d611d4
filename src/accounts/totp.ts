import { generateSecret, generateURI, verify } from 'otplib';

// RFC 6238 TOTP, 30 s steps, 6 digits: what every authenticator app speaks.

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: 'Harbour', label: accountLabel, secret });
}

/** Accepts the current code and one step either side, for clock drift between phone and server. */
export async function checkTotp(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
  }
}
