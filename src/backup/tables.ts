// What a backup holds: every table of Harbour's schema, found in the catalogue rather than
// listed by hand, so a capability that adds tables (cases, documents…) is backed up without
// anyone remembering to add it here. Ordered so referenced tables come before those that refer
// to them (restore inserts in this order).
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

export interface TableInfo {
  name: string;
  /** Columns a restore inserts (generated columns are recomputed by PostgreSQL). */
  columns: string[];
  /** Primary-key columns, the order rows are dumped and digested in. Empty: ordered by the whole row. */
  primaryKey: string[];
  /** True when a foreign key of the table points at the table itself. */
  selfReferencing: boolean;
}

/** Kysely's migration bookkeeping: restore recreates it by running the migrations. */
const BOOKKEEPING = new Set(['harbour_migrations', 'harbour_migrations_lock']);

export async function listTables(db: Kysely<unknown>): Promise<TableInfo[]> {
  const tables = await sql<{ oid: number; name: string }>`
    select c.oid::int as oid, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`.execute(db);
  const columns = await sql<{ oid: number; name: string }>`
    select attrelid::int as oid, attname as name from pg_attribute
    where attrelid = any(${tables.rows.map((t) => t.oid)}::oid[]) and attnum > 0 and not attisdropped and attgenerated = ''
    order by attrelid, attnum`.execute(db);
  const keys = await sql<{ oid: number; name: string }>`
    select i.indrelid::int as oid, a.attname as name from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indisprimary and i.indrelid = any(${tables.rows.map((t) => t.oid)}::oid[])
    order by i.indrelid, array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const refs = await sql<{ from: number; to: number }>`
    select conrelid::int as "from", confrelid::int as "to" from pg_constraint
    where contype = 'f' and conrelid = any(${tables.rows.map((t) => t.oid)}::oid[])`.execute(db);

  const byOid = new Map(tables.rows.filter((t) => !BOOKKEEPING.has(t.name)).map((t) => [t.oid, t.name]));
  const info = new Map<string, TableInfo>();
  for (const [oid, name] of byOid) {
    info.set(name, {
      name,
      columns: columns.rows.filter((c) => c.oid === oid).map((c) => c.name),
      primaryKey: keys.rows.filter((k) => k.oid === oid).map((k) => k.name),
      selfReferencing: refs.rows.some((r) => r.from === oid && r.to === oid),
    });
  }
  // Topological order over foreign keys (Kahn), alphabetical among equals so output is stable.
  const dependsOn = new Map([...byOid.values()].map((name) => [name, new Set<string>()]));
  for (const r of refs.rows) {
    const from = byOid.get(r.from);
    const to = byOid.get(r.to);
    if (from && to && from !== to) dependsOn.get(from)!.add(to);
  }
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (placed.size < dependsOn.size) {
    const ready = [...dependsOn]
      .filter(([name, deps]) => !placed.has(name) && [...deps].every((d) => placed.has(d)))
      .map(([name]) => name)
      .sort();
    if (ready.length === 0)
      throw new Error(
        `The tables ${[...dependsOn.keys()].filter((n) => !placed.has(n)).join(', ')} refer to each other in a cycle; a backup cannot order them.`,
      );
    for (const name of ready) {
      placed.add(name);
      ordered.push(info.get(name)!);
    }
  }
  return ordered;
}

export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from harbour_migrations order by name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Session settings under which `to_jsonb(row)::text` is the same bytes for the same row on any
 * server: instants in UTC, floats in their shortest exact form. Used by backup and restore alike.
 */
export async function useCanonicalOutput(db: Kysely<unknown>): Promise<void> {
  await sql`set local timezone = 'UTC'`.execute(db);
  await sql`set local extra_float_digits = 1`.execute(db);
}

const FETCH = 2000;

/** Streams a table's rows as JSON text in primary-key order, through a cursor (constant memory). Call inside a transaction. */
export async function* tableRows(db: Kysely<unknown>, table: TableInfo): AsyncGenerator<string[]> {
  const order = table.primaryKey.length ? sql.join(table.primaryKey.map((c) => sql.ref(`t.${c}`))) : sql`to_jsonb(t)::text`;
  const cursor = `harbour_backup_${table.name}`;
  await sql`declare ${sql.id(cursor)} no scroll cursor for select to_jsonb(t)::text as row from ${sql.table(table.name)} t order by ${order}`.execute(db);
  try {
    for (;;) {
      const { rows } = await sql<{ row: string }>`fetch ${sql.raw(String(FETCH))} from ${sql.id(cursor)}`.execute(db);
      if (rows.length === 0) return;
      yield rows.map((r) => r.row);
    }
  } finally {
    await sql`close ${sql.id(cursor)}`.execute(db);
  }
}

/** A running digest of a table's rows, to prove a restore put back exactly what was saved. */
export class TableDigest {
  #hash = createHash('sha256');
  count = 0;
  add(rowJson: string): void {
    this.#hash.update(rowJson, 'utf8').update('\n');
    this.count++;
  }
  hex(): string {
    return this.#hash.copy().digest('hex');
  }
}

/** Counts and digests of every table, read in the caller's transaction. */
export async function digestTables(db: Kysely<unknown>, tables: readonly TableInfo[]): Promise<Record<string, { count: number; digest: string }>> {
  const out: Record<string, { count: number; digest: string }> = {};
  for (const table of tables) {
    const digest = new TableDigest();
    for await (const batch of tableRows(db, table)) for (const row of batch) digest.add(row);
    out[table.name] = { count: digest.count, digest: digest.hex() };
  }
  return out;
}
