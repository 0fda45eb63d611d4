import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// argon2id with the OWASP minimum (19 MiB, t=2, p=1): about 20 ms here, so sign-in stays quick
// on a clinic laptop while an offline attack on a stolen database stays expensive.
const ARGON2 = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

const common = new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common';

/** A password is refused when short, or when it is (or merely decorates) a well-known password. */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password.length > 1024) return 'too-long';
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (common.has(lower) || (core.length >= 4 && common.has(core)) || /^(.)\1+$/u.test(lower)) return 'too-common';
  return undefined;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  'too-short': `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong, memorable password.`,
  'too-long': 'Use at most 1024 characters.',
  'too-common': 'This password is on a list of commonly used passwords. Choose something less predictable.',
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so a wrong email costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('harbour-timing-equaliser', ARGON2);
  return dummyHash;
}
