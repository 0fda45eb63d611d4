import { sql, type Kysely } from 'kysely';

// Who added each team member, and which lawyer of the case vouched for their access to the
// privileged compartment (issue 11, finding 4). A member an administrator placed (a
// reassignment) has no voucher, and so no privileged material, until a lawyer of the case adds
// them. Rows from before this migration cannot say who added them: they keep the access they
// had (each vouches for itself), and `added_by` stays empty.
//
// case_reassignments: an administrator handing a case on when its responsible lawyer is gone;
// the reason is sealed with the case key (like a break-glass reason) and shown to the team.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table case_team
      add column added_by uuid references users(id),
      add column vouched_by uuid references users(id);
    update case_team set vouched_by = user_id;

    create table case_reassignments (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      by_user uuid not null references users(id),
      from_user uuid references users(id),
      to_user uuid not null references users(id),
      reason bytea not null,
      at timestamptz not null
    );
    create index case_reassignments_case on case_reassignments (case_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table case_reassignments;
    alter table case_team drop column vouched_by, drop column added_by;
  `.execute(db);
}
