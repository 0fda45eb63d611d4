import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { APP_ERRORS, type AppErrorCode } from '../../platform/http/app-error';
import enCommon from '../locales/en/common.json';
import frCommon from '../locales/fr/common.json';
import { ApiError } from './api';
import { describeError, fieldError } from './errors';

// Every error code the server can send has words in English and French, so the web never shows
// the server's English message (meant for API clients) to someone reading in French.
//
// The codes come from APP_ERRORS, the list AppError's type requires. The server's sources are
// also searched for codes written where a response is built, so a code sent without that type
// (as the router's own errors once were) cannot slip past this test.

const SERVER_CODES = Object.keys(APP_ERRORS) as AppErrorCode[];
/** Codes the web client makes itself (api.ts): no answer, an answer that is not Harbour's, a non-JSON failure. */
const CLIENT_CODES = ['network-error', 'server-error', 'request-failed'];

const srcDir = resolve(import.meta.dirname, '../..');
function serverSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['web', 'core'].includes(relative(srcDir, path)) ? [] : serverSources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Error codes written where the server builds an error: `new AppError('x'`, `body('x'`, `{ code: 'x', message`, `error: { code: c ? 'x' : 'y'`. */
function codesInServerSources(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const patterns = [
    /new AppError\(\s*'([^']+)'/g,
    /\bbody\(\s*'([^']+)'/g,
    // (a zod issue, `addIssue({ code: 'custom', message })`, is not a response)
    /(?<!addIssue\(\{\s*)\bcode:\s*'([^']+)',\s*message\b/g,
    /\bcode(?::\s*AppErrorCode)?\s*=\s*[^;\n]*?\?\s*'([^']+)'\s*:\s*'([^']+)'/g,
  ];
  for (const file of serverSources(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns)
      for (const m of text.matchAll(pattern))
        for (const code of m.slice(1).filter(Boolean)) found.set(code, [...(found.get(code) ?? []), relative(srcDir, file)]);
  }
  return found;
}

const errors = { en: enCommon.errors as Record<string, string>, fr: frCommon.errors as Record<string, string> };

async function translator(lng: 'en' | 'fr'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, ns: ['common'], resources: { en: { common: enCommon }, fr: { common: frCommon } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('error codes in the web', () => {
  it('the search of the server finds the codes it sends (so that the next test means something)', () => {
    const found = codesInServerSources();
    for (const code of ['csrf-failed', 'consent-required', 'conflict', 'uri-too-long', 'malformed-request', 'internal', 'unavailable'])
      expect(found.has(code), code).toBe(true);
  });

  it('every code written in the server is one of APP_ERRORS', () => {
    const unknown = [...codesInServerSources()].filter(([code]) => !(code in APP_ERRORS)).map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(unknown).toEqual([]);
  });

  it.each([...SERVER_CODES, ...CLIENT_CODES])('%s has English and French text', (code) => {
    expect(errors.en[code]?.trim(), `en: common.errors.${code}`).toBeTruthy();
    expect(errors.fr[code]?.trim(), `fr: common.errors.${code}`).toBeTruthy();
    expect(errors.fr[code]).not.toBe(errors.en[code]);
  });

  it('has no text for a code nobody sends (the old csrf-invalid never matched csrf-failed)', () => {
    const known = new Set<string>([
      ...SERVER_CODES,
      ...CLIENT_CODES,
      'unexpected',
      'check-fields',
      'too-many-attempts-wait_one',
      'too-many-attempts-wait_other',
      'too-many-attempts-wait_many',
    ]);
    expect(Object.keys(errors.en).filter((k) => !known.has(k))).toEqual([]);
    expect(Object.keys(errors.fr).filter((k) => !known.has(k))).toEqual([]);
  });

  it('shows the translated text by code, not the server’s English message', async () => {
    const fr = await translator('fr');
    const en = await translator('en');
    for (const code of SERVER_CODES) {
      if (code === 'too-many-attempts') continue;
      const error = new ApiError({ status: APP_ERRORS[code].status, code, message: 'The server’s English sentence.' });
      expect(describeError(fr, error)).toBe(errors.fr[code]);
      expect(describeError(en, error)).toBe(errors.en[code]);
    }
    expect(describeError(fr, new ApiError({ status: 403, code: 'csrf-failed', message: 'missing its security token' }))).toBe(errors.fr['csrf-failed']);
    expect(describeError(fr, new ApiError({ status: 429, code: 'too-many-attempts', message: 'Too many requests.' }))).toBe(errors.fr['too-many-attempts']);
    expect(describeError(fr, new ApiError({ status: 429, code: 'too-many-attempts', message: 'x', retryAfterSeconds: 300 }))).toBe(
      'Trop de tentatives. Veuillez réessayer dans 5 minutes.',
    );
  });

  it('points at the fields when invalid input names them, and falls back to the server’s message only for a code it does not know', async () => {
    const fr = await translator('fr');
    const withFields = new ApiError({
      status: 400,
      code: 'invalid-input',
      message: 'Some fields need attention.',
      fields: [{ path: 'name', message: 'is required' }],
    });
    expect(describeError(fr, withFields)).toBe(errors.fr['check-fields']);
    expect(describeError(fr, new ApiError({ status: 400, code: 'invalid-input', message: 'A value could not be stored.' }))).toBe(errors.fr['invalid-input']);
    expect(describeError(fr, new ApiError({ status: 418, code: 'from-a-newer-server', message: 'Newer words.' }))).toBe('Newer words.');
    expect(describeError(fr, new Error('boom'))).toBe(errors.fr.unexpected);
  });
});

describe('field problems in the web', () => {
  const CODES = [
    'required',
    'too-long',
    'too-short',
    'too-many',
    'too-few',
    'too-large',
    'too-small',
    'not-a-date',
    'not-an-email',
    'not-a-phone',
    'not-accepted',
    'invalid',
  ];
  const invalid = (problem: { code: string; limit?: number } | undefined) =>
    new ApiError({
      status: 400,
      code: 'invalid-input',
      message: 'Some fields need attention.',
      fields: [{ path: 'sector', message: 'must be at most 200 characters long', ...(problem ? { problem } : {}) }],
    });

  it('words every problem code the server sends, in English and in French', async () => {
    for (const lng of ['en', 'fr'] as const) {
      const t = await translator(lng);
      for (const code of CODES) {
        const words = fieldError({}, invalid({ code, limit: 200 }), 'sector', t);
        expect(words, `${lng} ${code}`).toBeTruthy();
        expect(words, `${lng} ${code}`).not.toMatch(/fieldProblems|must be|\{\{/);
      }
    }
  });

  it('says the limit of a field that is too long, in the person’s language, never zod’s English', async () => {
    expect(fieldError({}, invalid({ code: 'too-long', limit: 200 }), 'sector', await translator('fr'))).toBe('C’est trop long : 200 caractères au maximum.');
    expect(fieldError({}, invalid({ code: 'too-long', limit: 200 }), 'sector', await translator('en'))).toBe(
      'This is too long: keep it to 200 characters or fewer.',
    );
  });

  it('reads an issue without a code (an older server) as “check this value”, and prefers the client’s own check', async () => {
    const fr = await translator('fr');
    expect(fieldError({}, invalid(undefined), 'sector', fr)).toBe(frCommon.fieldProblems.invalid);
    expect(fieldError({ sector: 'Local.' }, invalid(undefined), 'sector', fr)).toBe('Local.');
    expect(fieldError({}, invalid(undefined), 'other', fr)).toBeUndefined();
  });
});
