import { sql, type Kysely } from 'kysely';

// The admin duty beside a practice role (issue 11, finding 10): a solo lawyer who sets Harbour up
// administers the organisation and practises. `is_admin` gives organisation administration only;
// case access still follows the practice role on a case team. The role 'admin' (administration
// without practice) always carries the duty, so "who is an admin" is `is_admin` alone.
//
// Authenticator resets (finding 9): an admin clears a colleague's TOTP and hands them a one-time
// link; until it is used, the password alone does not open a way to enrol a new authenticator.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column is_admin boolean not null default false;
    update users set is_admin = true where role = 'admin';
    alter table users add constraint users_admin_role_has_duty check (role <> 'admin' or is_admin);

    create table mfa_resets (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      created_by uuid references users(id),
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index mfa_resets_user on mfa_resets (user_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table mfa_resets;
    alter table users drop constraint users_admin_role_has_duty;
    alter table users drop column is_admin;
  `.execute(db);
}
