import type { FieldIssue, FieldProblem } from './app-error';

// Error messages name fields and expectations, never the values given (docs/THREAT-MODEL.md).
// Schema messages may quote the value (the contract's enums say `"X" is not a province…`), so
// what reaches a response is rebuilt here: validation issues from the issue's code and the
// schema's own limits and values; messages the use cases built from the contract's issues are
// matched against the contract's templates and their quoted part dropped. Whatever is left is
// checked against everything the request submitted, and replaced if it still quotes any of it.

/** The parts of a zod issue a message may be built from: all of them come from the schema. */
export interface ZodIssueLike {
  code?: string;
  /** Whether the request had no value at the issue's path (zod 4 issues do not carry the input). */
  missing?: boolean;
  expected?: string;
  input?: unknown;
  values?: readonly unknown[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  divisor?: number;
  message?: string;
}

const FORMATS: Record<string, string> = {
  uuid: 'an identifier (UUID)',
  guid: 'an identifier (UUID)',
  email: 'an email address',
  url: 'an address (URL)',
  datetime: 'a date and time in ISO 8601 form with a time zone',
  date: 'a date in YYYY-MM-DD form',
  time: 'a time in HH:MM form',
  regex: 'in the expected form',
  starts_with: 'in the expected form',
  ends_with: 'in the expected form',
  includes: 'in the expected form',
};

const printable = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : '…');

function sized(issue: ZodIssueLike, bound: 'maximum' | 'minimum'): string {
  const limit = Number(issue[bound]);
  const word = bound === 'maximum' ? 'at most' : 'at least';
  const strict = issue.inclusive === false;
  const n = strict ? (bound === 'maximum' ? limit - 1 : limit + 1) : limit;
  switch (issue.origin) {
    case 'string':
      return bound === 'minimum' && n === 1 ? 'is required' : `must be ${word} ${n} characters long`;
    case 'array':
    case 'set':
      return `must have ${word} ${n} item${n === 1 ? '' : 's'}`;
    case 'number':
    case 'int':
    case 'bigint':
      return strict ? `must be ${bound === 'maximum' ? 'less' : 'more'} than ${limit}` : `must be ${word} ${limit}`;
    default:
      return bound === 'maximum' ? 'is too large' : 'is too small';
  }
}

/** A message for one validation issue from its code and the schema's values, never its input. */
export function messageForIssue(issue: ZodIssueLike | undefined, submitted: ReadonlySet<string>): string {
  // A missing enum or union is reported by zod as a value not accepted: say what it is.
  if (issue?.missing && (issue.code === 'invalid_value' || issue.code === 'invalid_union')) return 'is required';
  switch (issue?.code) {
    case 'invalid_type':
      return issue.missing || (issue.missing === undefined && issue.input === undefined)
        ? 'is required'
        : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected ?? 'value of another type'}`}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map(printable);
      return values.length === 1 ? `must be ${values[0]}` : `is not one of the accepted values; expected one of ${values.join(', ')}`;
    }
    case 'too_big':
      return sized(issue, 'maximum');
    case 'too_small':
      return sized(issue, 'minimum');
    case 'invalid_format':
      return `must be ${FORMATS[issue.format ?? ''] ?? 'in the expected form'}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor ?? 'the step'}`;
    case 'unrecognized_keys':
      return UNKNOWN_FIELDS;
    case 'invalid_union':
      return 'does not match any of the accepted forms';
    case 'invalid_key':
      return 'has a key that is not accepted';
    case 'invalid_element':
      return 'has an item that is not accepted';
    default:
      // A custom refinement: its message is the schema's own, and may quote the value.
      return valueFreeMessage(issue?.message ?? 'is invalid', submitted);
  }
}

const UNKNOWN_FIELDS = 'has fields that are not accepted; remove them';

// The contract's own templates (src/core/contract), each with the quoted value dropped. Matched
// at the end of the message, so a value that itself looks like a template cannot steer them.
const TEMPLATES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/ is not ((?:a|an|the) [^";]+|yes, no or unknown); expected one of ([\w ,.'-]+)$/, (m) => `is not ${m[1]}; expected one of ${m[2]}`],
  [/ is not a calendar date in YYYY-MM-DD form$/, () => 'is not a calendar date in YYYY-MM-DD form'],
  [/" is not a known fact id$/, () => 'is not a known fact id'],
  [
    /" can occur in both phases, so phase is required \(recruitment or destination\)$/,
    () => 'is required for this fact, which can occur in both phases (recruitment or destination)',
  ],
  [/ phase; it belongs to ([\w -]+)$/, (m) => `does not occur in the phase given; it belongs to ${m[1]}`],
  [/ is answered twice$/, () => 'is answered twice for the same phase'],
  [/^unknown field\(s\) /, () => UNKNOWN_FIELDS],
];

/**
 * A message built elsewhere, made safe to send: a known template loses its quoted value, and
 * any other message that contains anything submitted (three characters or more) is replaced
 * by a plain one.
 */
export function valueFreeMessage(message: string, submitted: ReadonlySet<string>): string {
  // A template's groups are anchored at the end and stop at any quote, so they hold only the
  // schema's words: the quoted value before them is dropped whole.
  for (const [pattern, rewrite] of TEMPLATES) {
    const match = pattern.exec(message);
    if (match) return rewrite(match);
  }
  const lower = message.toLowerCase();
  for (const value of submitted) if (lower.includes(value)) return 'is invalid';
  return message;
}

/** The value a request had at a validation issue's path (`/person/0/name`), or undefined. */
export function valueAt(root: unknown, instancePath: string): unknown {
  let value = root;
  for (const key of instancePath.split('/').filter(Boolean)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Every string value a request submitted (body, query, parameters), trimmed and lower-cased,
 * three characters or more. Keys are left out: they are the schema's field names, which
 * messages name on purpose; unknown keys are never quoted (see UNKNOWN_FIELDS).
 */
export function submittedStrings(...parts: unknown[]): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 20 || found.size > 10_000) return;
    if (typeof value === 'string') {
      if (value.trim().length >= 3) found.add(value.trim().toLowerCase());
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) visit(item, depth + 1);
    }
  };
  for (const part of parts) visit(part, 0);
  return found;
}

/** Field issues a use case built (often from the contract's issues), made value-free. Paths are schema names and indices. */
export function valueFreeFields(fields: FieldIssue[], submitted: ReadonlySet<string>): FieldIssue[] {
  return withProblems(fields.map((f) => ({ path: f.path, message: valueFreeMessage(f.message, submitted) })));
}

// The value-free English messages above, read back as codes (the web words them in each language).
const PROBLEMS: [RegExp, FieldProblem['code']][] = [
  [/^is required\b/, 'required'],
  [/^must be at most (\d+) characters long$/, 'too-long'],
  [/^must be at least (\d+) characters long$/, 'too-short'],
  [/^must have at most (\d+) items?$/, 'too-many'],
  [/^must have at least (\d+) items?$/, 'too-few'],
  [/^must be (?:at most|less than) (-?\d+(?:\.\d+)?)$/, 'too-large'],
  [/^must be (?:at least|more than) (-?\d+(?:\.\d+)?)$/, 'too-small'],
  [/^(?:is not a calendar date|must be a date)\b/, 'not-a-date'],
  [/^must be an email address$/, 'not-an-email'],
  [/^must be a phone number$/, 'not-a-phone'],
  [/^(?:is not one of the accepted values|is not (?:a|an|the) .*; expected one of|must be \S+$)/, 'not-accepted'],
];

/** The problem a field message describes, as a code and, for sizes, the limit. */
export function problemOf(message: string): FieldProblem {
  for (const [pattern, code] of PROBLEMS) {
    const match = pattern.exec(message);
    if (match) return match[1] === undefined ? { code } : { code, limit: Number(match[1]) };
  }
  return { code: 'invalid' };
}

/** Each field issue with its problem code beside its message. */
export function withProblems(fields: FieldIssue[]): FieldIssue[] {
  return fields.map((f) => ({ ...f, problem: problemOf(f.message) }));
}
