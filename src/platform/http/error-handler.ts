import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, APP_ERRORS, type AppErrorCode, type FieldIssue } from './app-error';

function body(code: AppErrorCode, message: string, fields?: FieldIssue[]) {
  return { error: { code, message, ...(fields?.length ? { fields } : {}) } };
}

function fieldPath(instancePath: string, prefix: string): string {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  return prefix === 'body' ? path || '(body)' : `${prefix}${path ? `.${path}` : ''}`;
}

/** The single place where failures become HTTP responses. User mistakes are 4xx; only faults are 5xx. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.status(error.status).send(body(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => {
        const params = v.params as { issue?: { code?: string; keys?: string[]; input?: unknown; message?: string } };
        const issue = params.issue;
        const path = fieldPath(v.instancePath, error.validationContext ?? 'body');
        if (issue?.code === 'unrecognized_keys') return { path, message: `unknown field(s) ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}` };
        if (issue?.code === 'invalid_type' && issue.input === undefined) return { path, message: 'is required' };
        return { path, message: v.message ?? 'is invalid' };
      });
      return reply.status(400).send(body('invalid-input', 'Some fields need attention.', fields));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply.status(500).send(body('internal', 'Something went wrong inside Harbour. The problem has been logged.'));
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return reply.status(413).send(body('payload-too-large', 'The request body is too large.'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) return reply.status(415).send(body('unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).'));
    if (status === 429) return reply.status(429).send(body('too-many-attempts', 'Too many requests. Wait a minute and try again.'));
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, bad content length, bad URL encoding…).
      return reply.status(status).send(body(status === 404 ? 'not-found' : 'malformed-request', 'The request could not be read. Check that the body is valid JSON.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong inside Harbour. The problem has been logged.'));
  });
}

export const ERROR_RESPONSE_DOC = Object.fromEntries(Object.entries(APP_ERRORS).map(([code, { status, when }]) => [code, `${status}: ${when}`]));
