import { createHash } from 'node:crypto';
import type { Compilable, Kysely } from 'kysely';
import type pg from 'pg';

// PostgreSQL plans every statement it is sent, unless it is a named prepared statement. For the
// statements that run on almost every request (opening a case, a page of the case list, a
// session) planning cost four times the execution itself. Those are sent under a name derived
// from their text, so each connection plans them once and reuses the plan.

const MARK = /^\/\* prepared:([\w-]+) \*\//;

/** Lets the pool's connections honour the mark `executePrepared` puts on a statement. */
export function withPreparedStatements(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
      const marked = typeof text === 'string' ? MARK.exec(text) : null;
      return marked ? query({ name: marked[1], text, values }, callback) : query(text, values, callback);
    };
  });
  return pool;
}

// The same text always gets the same name, and different texts (a filter added, a cursor) different ones.
const names = new Map<string, string>();
function nameOf(label: string, text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `${label}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    if (names.size < 1000) names.set(text, name);
  }
  return name;
}

/**
 * Runs a query as a named prepared statement. Only for statements whose text takes a bounded
 * number of shapes (no `in (…)` lists of varying length): each shape stays prepared on every connection.
 */
export async function executePrepared<DB, Row>(db: Kysely<DB>, label: string, query: Compilable<Row>): Promise<Row[]> {
  const compiled = query.compile();
  const result = await db.executeQuery<Row>({ ...compiled, sql: `/* prepared:${nameOf(label, compiled.sql)} */ ${compiled.sql}` });
  return result.rows;
}
