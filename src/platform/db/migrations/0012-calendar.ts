import { sql, type Kysely } from 'kysely';

// The calendar (issue 17, docs/calendar.md).
//
// case_dates: dates a practitioner enters by hand on a case (a hearing, an appointment, a filing,
// a decision expected, a follow-up). The note is free text that can identify the client: it is
// sealed with the case key, bound to its row, like every other narrative column. Deleted with the case.
//
// calendar_feeds: one private iCalendar feed per person. Only the keyed hash of its secret token
// is stored (like sessions and invitations); revoking sets revoked_at, and a password change
// revokes it too (docs/decisions/0015-calendar-feed.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_dates (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      kind text not null check (kind in ('hearing', 'appointment', 'filing', 'decision-expected', 'follow-up', 'other')),
      on_date date not null,
      at_time text check (at_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      note bytea,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index case_dates_case on case_dates (case_id, on_date);

    create table calendar_feeds (
      person_id uuid primary key references users(id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null,
      revoked_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table calendar_feeds;
    drop table case_dates;
  `.execute(db);
}
