import { sql, type Kysely } from 'kysely';

// Reminders and the institution log (issue 17, docs/calendar.md, ADR 0019).
//
// reminder_preferences: what each person wants to be reminded of and when: per kind of date, the
// days before it (e.g. {30,7,1}; empty: never); whether reminders also go by e-mail is one flag
// per person (reminder_email). A person with no row for a kind gets the default (7 and 1 days).
//
// notifications: one row per reminder given, unique per (person, case, kind and day of the date, days before). The
// daily job inserts with ON CONFLICT DO NOTHING, so however many processes run it, and however
// often, each reminder exists once; the e-mail is claimed by flipping email_state from 'pending'
// to 'sending' in one UPDATE, so only one process sends it. A row holds the case (by id), the kind
// of date, the day and how many days before: never a name, a note or a fact.
//
// institution_log: requests and submissions a case sent to an institution (IRCC, CBSA, the IRB,
// police, …). What was sent, the reference number and the outcome note are sealed with the case
// key, bound to their row; the institution, the kind of request and the days are plain, so the
// calendar and the response-time figures need no key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column reminder_email boolean not null default false;

    create table reminder_preferences (
      person_id uuid not null references users(id) on delete cascade,
      kind text not null,
      offsets smallint[] not null check (array_length(offsets, 1) is null or array_length(offsets, 1) <= 6),
      primary key (person_id, kind)
    );

    create table notifications (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references users(id) on delete cascade,
      case_id uuid not null references cases(id) on delete cascade,
      item_key text not null,
      kind text not null,
      on_date date not null,
      days_before smallint not null,
      created_at timestamptz not null,
      read_at timestamptz,
      email_state text not null check (email_state in ('none', 'pending', 'sending', 'sent')),
      unique (person_id, case_id, item_key, days_before)
    );
    create index notifications_person on notifications (person_id, created_at desc);
    create index notifications_email on notifications (email_state) where email_state in ('pending', 'sending');

    create table institution_log (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      institution text not null,
      request_kind text not null,
      sent_on date not null,
      what_sent bytea,
      reference bytea,
      follow_up_days smallint,
      extension_days smallint,
      answered_on date check (answered_on is null or answered_on >= sent_on),
      outcome text,
      outcome_note bytea,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null
    );
    create index institution_log_case on institution_log (case_id, sent_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table institution_log;
    drop table notifications;
    drop table reminder_preferences;
    alter table users drop column reminder_email;
  `.execute(db);
}
