import type { z } from 'zod';

/** An input problem, named by its path in the document: `person.province: "XX" is not …`. */
export interface InputIssue {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function issuesFromZod(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { path: formatPath(issue.path) || '(root)', message: `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return { path: formatPath(issue.path), message: 'is required' };
    }
    return { path: formatPath(issue.path) || '(root)', message: issue.message };
  });
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error) };
}
