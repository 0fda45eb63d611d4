import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import pg from 'pg';
import { AppError, APP_ERRORS, type AppErrorCode, type FieldIssue } from './app-error';
import { messageForIssue, submittedStrings, valueAt, valueFreeFields, withProblems, type ZodIssueLike } from './field-issues';

/**
 * PostgreSQL refusals that come from what was sent rather than from a fault: a value that already
 * exists (often two requests racing past a check), a row that vanished meanwhile, a value the
 * column cannot hold (SQLSTATE class 22, e.g. a NUL character or a malformed uuid), or a CHECK.
 * The answer never carries PostgreSQL's message or DETAIL, which quote the values.
 */
function databaseRefusal(error: unknown): { code: AppErrorCode; message: string } | undefined {
  if (!(error instanceof pg.DatabaseError) || typeof error.code !== 'string') return undefined;
  if (error.code === '23505')
    return { code: 'conflict', message: 'This already exists, or someone else made the same change at the same moment. Reload and try again.' };
  if (error.code === '23503') return { code: 'conflict', message: 'Something this change refers to no longer exists. Reload and try again.' };
  if (error.code.startsWith('22') || error.code === '23514')
    return { code: 'invalid-input', message: 'A value could not be stored. Check the text for unusual characters and try again.' };
  return undefined;
}

// SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down, crashed or
// starting), 53300 (too many connections): the database is away, not the request at fault.
const CONNECTION_STATES = /^(08...|57P0[1-3]|53300)$/;
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const CONNECTION_MESSAGES =
  /^(Connection terminated( unexpectedly)?|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection terminated due to connection timeout)$/;

/** True when the error says the database could not be reached or the connection was lost. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (error instanceof pg.DatabaseError) return typeof code === 'string' && CONNECTION_STATES.test(code);
  // Socket errors only: a file that is missing (ENOENT from open or stat) is not the database being away.
  const syscall = (error as { syscall?: unknown }).syscall;
  if (typeof code === 'string' && CONNECTION_ERRNOS.has(code))
    return syscall === 'connect' || syscall === 'read' || syscall === 'write' || syscall === 'getaddrinfo';
  return CONNECTION_MESSAGES.test(error.message);
}

function body(code: AppErrorCode, message: string, fields?: FieldIssue[]) {
  return { error: { code, message, ...(fields?.length ? { fields } : {}) } };
}

function fieldPath(instancePath: string, prefix: string): string {
  const path = instancePath
    .replace(/^\//, '')
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  return prefix === 'body' ? path || '(body)' : `${prefix}${path ? `.${path}` : ''}`;
}

/** The single place where failures become HTTP responses. User mistakes are 4xx; only faults are 5xx. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      // Validation issues a use case built (often from the contract's issues) may quote a value;
      // other codes' fields are codes (a consent purpose, a refusal reason) and pass as they are.
      const fields =
        error.code === 'invalid-input' && error.fields?.length
          ? valueFreeFields(error.fields, submittedStrings(request.body, request.query, request.params))
          : error.fields;
      return reply.status(error.status).send(body(error.code, error.message, fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Rebuilt from each issue's code and the schema's limits: zod's and the schema's own
      // messages may quote the value (field-issues.ts).
      const submitted = submittedStrings(request.body, request.query, request.params);
      const context = error.validationContext ?? 'body';
      const sent =
        context === 'body'
          ? request.body
          : context === 'querystring'
            ? request.query
            : context === 'params'
              ? request.params
              : context === 'headers'
                ? request.headers
                : undefined;
      const fields = withProblems(
        error.validation.map((v) => ({
          path: fieldPath(v.instancePath, context),
          // fastify-type-provider-zod puts the issue's code in `keyword`, its message in `message`, the rest in `params`.
          message: messageForIssue(
            { ...(v.params as ZodIssueLike), code: v.keyword, message: v.message ?? 'is invalid', missing: valueAt(sent, v.instancePath) === undefined },
            submitted,
          ),
        })),
      );
      return reply.status(400).send(body('invalid-input', 'Some fields need attention.', fields));
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      // The SQLSTATE and constraint name are schema facts; the message and DETAIL are not logged.
      const { code: sqlState, constraint } = error as unknown as pg.DatabaseError;
      request.log.warn({ sqlState, constraint: constraint ?? null }, 'database refused a change');
      return reply.status(APP_ERRORS[refusal.code].status).send(body(refusal.code, refusal.message));
    }
    if (isDatabaseUnavailable(error)) {
      // The pool has dropped the dead connection; the next request opens a new one.
      request.log.warn({ code: (error as { code?: unknown }).code ?? null }, 'database unavailable');
      return reply.status(503).header('retry-after', '5').send(body('unavailable', 'The database is not answering. Try again in a few seconds.'));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply.status(500).send(body('internal', 'Something went wrong inside Harbour. The problem has been logged.'));
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
      return reply.status(413).send(body('payload-too-large', 'The request body is too large.'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
      return reply.status(415).send(body('unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).'));
    if (status === 429) return reply.status(429).send(body('too-many-attempts', 'Too many requests. Wait a minute and try again.'));
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, bad content length, bad URL encoding…).
      return reply
        .status(status)
        .send(body(status === 404 ? 'not-found' : 'malformed-request', 'The request could not be read. Check that the body is valid JSON.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong inside Harbour. The problem has been logged.'));
  });
}
