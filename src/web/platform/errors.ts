import type { TFunction } from 'i18next';
import { isApiError } from './api';

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

/** Client checks first (they are translated); otherwise what the server said about the field. */
export function fieldError(local: FieldErrors, serverError: unknown, path: string): string | undefined {
  return local[path] ?? (isApiError(serverError) ? serverError.fieldMessage(path) : undefined);
}

export const MIN_PASSWORD_LENGTH = 12;
