import { sql, type Kysely } from 'kysely';

// The case list pages newest-first on (created_at, id); this index makes each page an index range scan.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_created_id on cases (created_at desc, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_created_id`.execute(db);
}
