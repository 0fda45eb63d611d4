import { describe, expect, it } from 'vitest';
import { caseFactsSchema, issuesFromZod } from '../../core/contract';
import { messageForIssue, submittedStrings, valueAt, valueFreeFields, valueFreeMessage, problemOf } from './field-issues';

const MARK = 'Qx7-marker "quoted" value';

describe('the contract’s issues, made value-free', () => {
  const input = {
    contractVersion: 1,
    asOf: `${MARK}`,
    person: { ageBand: MARK, province: 'ON', immigrationStatus: 'unknown', permitExpiry: '2025-02-30', sexIndustryWork: MARK },
    exploiters: [MARK],
    facts: [
      { id: MARK, answer: 'yes' },
      { id: 'passport-confiscated', answer: MARK },
    ],
  };
  const issues = issuesFromZod(caseFactsSchema.safeParse(input).error!);

  it('quotes the value in the contract’s own messages (which is why the HTTP layer rewrites them)', () => {
    expect(JSON.stringify(issues)).toContain('Qx7-marker');
  });

  it('keeps the field and the expectation, and drops the value', () => {
    const safe = valueFreeFields(issues, submittedStrings(input));
    expect(JSON.stringify(safe)).not.toContain('Qx7');
    expect(JSON.stringify(safe).toLowerCase()).not.toContain('marker');
    const byPath = Object.fromEntries(safe.map((f) => [f.path, f.message]));
    expect(byPath['person.ageBand']).toMatch(/^is not an age band; expected one of /);
    expect(byPath['person.sexIndustryWork']).toMatch(/^is not yes, no or unknown; expected one of yes, no, unknown$/);
    expect(byPath['person.permitExpiry']).toBe('is not a calendar date in YYYY-MM-DD form');
    expect(byPath['asOf']).toBe('is not a calendar date in YYYY-MM-DD form');
    expect(byPath['facts[0].id']).toBe('is not a known fact id');
  });

  it('cannot be steered by a value that imitates a template', () => {
    const sly = `${MARK}" is not a known fact id`;
    const message = `"${sly}" is not a known fact id`;
    expect(valueFreeMessage(message, submittedStrings({ id: sly }))).toBe('is not a known fact id');
    const enumSly = `x is not a phase; expected one of ${MARK}`;
    expect(valueFreeMessage(`${JSON.stringify(enumSly)} is not a phase; expected one of recruitment, destination`, submittedStrings([enumSly]))).toBe(
      'is not a phase; expected one of recruitment, destination',
    );
  });

  it('replaces any other message that still contains something submitted', () => {
    expect(valueFreeMessage(`could not use ${MARK} here`, submittedStrings({ a: MARK }))).toBe('is invalid');
    expect(valueFreeMessage('is not a fragment of this case', submittedStrings({ a: MARK }))).toBe('is not a fragment of this case');
    // A template's expected values may have been submitted elsewhere; they are the schema's words.
    expect(valueFreeMessage('"zz" is not an answer; expected one of yes, no, unknown', submittedStrings(['unknown', 'zz']))).toBe(
      'is not an answer; expected one of yes, no, unknown',
    );
  });
});

describe('messages from a validation issue’s code', () => {
  const none = new Set<string>();
  it.each([
    [{ code: 'invalid_type', expected: 'string', missing: true }, 'is required'],
    [{ code: 'invalid_type', expected: 'number', missing: false }, 'must be a number'],
    [{ code: 'invalid_value', values: ['a', 'b'], missing: false, message: `"${MARK}" is bad` }, 'is not one of the accepted values; expected one of a, b'],
    [{ code: 'invalid_value', values: ['a', 'b'], missing: true }, 'is required'],
    [{ code: 'too_big', origin: 'string', maximum: 200, inclusive: true }, 'must be at most 200 characters long'],
    [{ code: 'too_small', origin: 'string', minimum: 1, inclusive: true }, 'is required'],
    [{ code: 'too_big', origin: 'array', maximum: 20, inclusive: true }, 'must have at most 20 items'],
    [{ code: 'too_small', origin: 'number', minimum: 0, inclusive: false }, 'must be more than 0'],
    [{ code: 'invalid_format', format: 'uuid' }, 'must be an identifier (UUID)'],
    [{ code: 'unrecognized_keys', keys: [MARK] }, 'has fields that are not accepted; remove them'],
    [{ code: 'custom', message: `${JSON.stringify(MARK)} is not a calendar date in YYYY-MM-DD form` }, 'is not a calendar date in YYYY-MM-DD form'],
  ])('%j → %s', (issue, expected) => {
    expect(messageForIssue(issue, issue.code === 'custom' ? submittedStrings([MARK]) : none)).toBe(expected);
  });

  it('finds whether the request had a value at a path', () => {
    expect(valueAt({ a: [{ b: 0 }] }, '/a/0/b')).toBe(0);
    expect(valueAt({ a: [] }, '/a/0/b')).toBeUndefined();
    expect(valueAt(undefined, '/a')).toBeUndefined();
    expect(valueAt({}, '/__proto__')).toBeUndefined();
  });
});

describe('field problems, as codes a screen words in its own language', () => {
  it.each([
    ['is required', { code: 'required' }],
    ['must be at most 200 characters long', { code: 'too-long', limit: 200 }],
    ['must be at least 12 characters long', { code: 'too-short', limit: 12 }],
    ['must have at most 20 items', { code: 'too-many', limit: 20 }],
    ['must be more than 0', { code: 'too-small', limit: 0 }],
    ['is not a calendar date in YYYY-MM-DD form', { code: 'not-a-date' }],
    ['must be a date in YYYY-MM-DD form', { code: 'not-a-date' }],
    ['must be an email address', { code: 'not-an-email' }],
    ['must be a phone number', { code: 'not-a-phone' }],
    ['is not one of the accepted values; expected one of a, b', { code: 'not-accepted' }],
    ['has fields that are not accepted; remove them', { code: 'invalid' }],
  ])('reads “%s” as %j', (message, problem) => {
    expect(problemOf(message)).toEqual(problem);
  });
});
