import type { TFunction } from 'i18next';
import { isApiError } from './api';

/**
 * Turns any error into calm, translated words. Known codes have their own wording in
 * locales/<lang>/common.json under "errors"; for unknown codes the server's message is shown.
 */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('common:errors.unexpected');
  if (error.code === 'too-many-attempts') {
    if (error.retryAfterSeconds !== null) {
      const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
      return t('common:errors.too-many-attempts-wait', { count: minutes });
    }
    return error.message || t('common:errors.too-many-attempts');
  }
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
