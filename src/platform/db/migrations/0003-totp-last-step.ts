import { sql, type Kysely } from 'kysely';

// The last TOTP time step each person signed in with (RFC 6238 §5.2: a verifier must not accept
// the same one-time password twice). A code seen over someone's shoulder, or replayed from a
// captured request, is refused even inside its 30-second window and the step of drift around it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column totp_last_step bigint`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column totp_last_step`.execute(db);
}
