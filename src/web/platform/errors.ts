import i18next, { type TFunction } from 'i18next';
import { isApiError, type FieldIssue } from './api';

/**
 * Turns any error into calm, translated words. Every code the server sends (APP_ERRORS in
 * src/platform/http/app-error.ts) and the client's own (network-error, server-error,
 * request-failed) has its wording in locales/<lang>/common.json under "errors"
 * (errors.test.ts checks it). The server's message stays English for API clients and is shown
 * only for a code this version of the web does not know.
 */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('common:errors.unexpected');
  if (error.code === 'too-many-attempts') {
    if (error.retryAfterSeconds !== null) {
      const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
      return t('common:errors.too-many-attempts-wait', { count: minutes });
    }
    return t('common:errors.too-many-attempts');
  }
  // Invalid input that names its fields: the form shows each field's problem under it.
  if (error.code === 'invalid-input' && error.fields.length > 0) return t('common:errors.check-fields');
  const key = `common:errors.${error.code}`;
  const translated = t(key, { defaultValue: '' });
  if (translated) return translated;
  if (error.fields.length > 0) return t('common:errors.check-fields');
  return error.message || t('common:errors.unexpected');
}

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Client checks first (they are translated); otherwise what the server said about the field, in
 * the interface's language from the problem's code (common.json "fieldProblems").
 */
export function fieldError(local: FieldErrors, serverError: unknown, path: string, t: TFunction = i18next.t.bind(i18next)): string | undefined {
  if (local[path]) return local[path];
  if (!isApiError(serverError)) return undefined;
  const issue = serverError.fields.find((f) => f.path === path);
  return issue ? describeFieldIssue(t, issue) : undefined;
}

/** One field's problem in words for a person; an unknown code reads as "check this value". */
export function describeFieldIssue(t: TFunction, issue: FieldIssue): string {
  const code = issue.problem?.code ?? 'invalid';
  const limit = issue.problem?.limit;
  return t(`common:fieldProblems.${code}`, { count: limit ?? 1, defaultValue: t('common:fieldProblems.invalid') });
}

export const MIN_PASSWORD_LENGTH = 12;
