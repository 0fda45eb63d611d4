// One list of error codes for the whole API, each with its HTTP status and when it is used.
// Messages never contain client data: they name fields and expectations, not values given for them.

export const APP_ERRORS = {
  'invalid-input': { status: 400, when: 'the body, query or parameters fail validation; `fields` names each one' },
  'malformed-request': { status: 400, when: 'the body is not parseable JSON, or has the wrong content type' },
  'not-signed-in': { status: 401, when: 'no valid session cookie' },
  'invalid-credentials': { status: 401, when: 'email or password is wrong (deliberately not saying which)' },
  'invalid-code': { status: 401, when: 'a one-time code or recovery code is wrong or already used' },
  'mfa-required': { status: 403, when: 'the session has not completed multi-factor authentication' },
  'csrf-failed': { status: 403, when: 'a state-changing request lacks the X-CSRF-Token header of its session' },
  forbidden: { status: 403, when: 'the person may see the resource but not do this to it' },
  'consent-required': { status: 403, when: 'the client has not given the consent this action needs' },
  'not-found': { status: 404, when: 'the resource does not exist, or the person may not know that it exists' },
  conflict: { status: 409, when: 'the change clashes with the current state (already done, already exists)' },
  'token-expired': { status: 410, when: 'a setup or invitation link has expired or was already used' },
  'uri-too-long': { status: 414, when: 'the address (usually a path parameter) exceeds the router limit' },
  'payload-too-large': { status: 413, when: 'the body exceeds the size limit' },
  'unsupported-media-type': { status: 415, when: 'the body is not JSON' },
  'too-many-attempts': { status: 429, when: 'rate limit or sign-in lockout; the message says when to try again' },
  internal: { status: 500, when: 'a fault in Harbour itself; details go to the log, never to the response' },
  unavailable: { status: 503, when: 'the database is unreachable or a connection was lost under the request; Retry-After says when to try again' },
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

export interface FieldIssue {
  path: string;
  message: string;
  /** What is wrong, as a code a screen can put in its own language (field-issues.ts, problemOf). */
  problem?: FieldProblem;
}

/** The kinds of field problem a person can be told about in their language; `limit` for sizes. */
export interface FieldProblem {
  code:
    | 'required'
    | 'too-long'
    | 'too-short'
    | 'too-many'
    | 'too-few'
    | 'too-large'
    | 'too-small'
    | 'not-a-date'
    | 'not-an-email'
    | 'not-a-phone'
    | 'not-accepted'
    | 'invalid';
  limit?: number;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
  get status(): number {
    return APP_ERRORS[this.code].status;
  }
}
