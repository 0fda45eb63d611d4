import { generateSecret, generateURI, verify } from 'otplib';

// RFC 6238 TOTP, 30 s steps, 6 digits: what every authenticator app speaks.

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: 'Harbour', label: accountLabel, secret });
}

/**
 * Accepts the current code and one step either side, for clock drift between phone and server,
 * and returns the time step the code belongs to (undefined when it does not match). `now` is the
 * server's clock; `afterStep` is the last step this person used: a code of that step or an
 * earlier one is refused, so a code cannot be used twice (RFC 6238 §5.2).
 */
export async function checkTotp(secret: string, code: string, now: Date, afterStep?: number | null): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: 30,
      ...(afterStep !== undefined && afterStep !== null ? { afterTimeStep: afterStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  } catch {
    return undefined;
  }
}
