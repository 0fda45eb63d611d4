import { sql, type Kysely } from 'kysely';

// Narrative sealed before compartments were bound into the ciphertext's associated data is marked
// unbound; Harbour reseals it at start-up (src/cases/use-cases/bind-compartments.ts). Everything
// written from now on is bound, so the column defaults to true once existing rows are marked.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['case_fragments', 'case_sittings']) {
    await sql`alter table ${sql.table(table)} add column compartment_bound boolean not null default false`.execute(db);
    await sql`alter table ${sql.table(table)} alter column compartment_bound set default true`.execute(db);
    // Every start asks for the rows still unbound: this keeps that an index lookup on an index
    // that is empty once they are resealed, not a scan of all narrative.
    await sql`create index ${sql.ref(`${table}_unbound`)} on ${sql.table(table)} (id) where compartment_bound = false`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['case_fragments', 'case_sittings']) {
    await sql`drop index if exists ${sql.ref(`${table}_unbound`)}`.execute(db);
    await sql`alter table ${sql.table(table)} drop column compartment_bound`.execute(db);
  }
}
