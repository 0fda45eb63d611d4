import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../platform/http/app-error';

// argon2id with the OWASP minimum (19 MiB, t=2, p=1): about 20 ms here, so sign-in stays quick
// on a clinic laptop while an offline attack on a stolen database stays expensive.
const ARGON2 = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const MIN_PASSWORD_LENGTH = 12;

const common = new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common' | 'repeats-email';

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
  'repeats-email':
    'This password contains your email address or its name part, which is the first thing an attacker tries. Choose something unrelated to your email.',
};

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A name part shorter than this ("ann", "sam") is common inside ordinary words, so only a password that is nothing but it is refused. */
const MIN_LOCAL_PART_INSIDE = 4;

/**
 * True when the password is the email (in any case) or contains it, or contains the email's name
 * part (before the @), with or without its dots, dashes and the like ("Margaret.Holloway-2024"
 * and "margaretholloway!!" for margaret.holloway@…).
 */
export function passwordRepeatsEmail(password: string, email: string): boolean {
  const pw = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (address.length > 0 && pw.includes(address)) return true;
  const local = address.split('@')[0] ?? '';
  const bare = letters(local);
  if (bare.length > 0 && letters(password) === bare) return true;
  if (local.length >= MIN_LOCAL_PART_INSIDE && pw.includes(local)) return true;
  return bare.length >= MIN_LOCAL_PART_INSIDE && letters(password).includes(bare);
}

/** Throws a 400 naming `field` when the password repeats the email (setup, invitation, password change). */
export function refusePasswordLikeEmail(password: string, email: string, field: string): void {
  if (passwordRepeatsEmail(password, email)) {
    throw new AppError('invalid-input', PASSWORD_MESSAGES['repeats-email'], [{ path: field, message: PASSWORD_MESSAGES['repeats-email'] }]);
  }
}

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
