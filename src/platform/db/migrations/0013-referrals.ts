import { sql, type Kysely } from 'kysely';

// Referrals and the directory of services (issue 15, docs/referrals.md).
//
// directory_entries: an organisation's own entries. The entry (the seed format, public details of a
// service, never client data) is kept as JSON; it is visible to its organisation, or to the whole
// instance once an admin shares it. `harbour_organisation_id` names the organisation on this
// instance that receives referrals made to the entry in its queue. Every change is kept, dated and
// attributed, in directory_entry_changes (the reviewer is whoever made it; lastReviewed is that day).
//
// referrals: one referral of a case to a service. The packet (exactly what leaves, the chosen
// categories only) and the notes are sealed with the case key, bound to the row, like every other
// sealed case column. `received_packet` is the recipient's copy inside one Harbour, sealed with the
// key of the linked case opened on their side when they accept; it is erased when the client's
// consent no longer covers it. Deleted with the case that made it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table directory_entries (
      id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      organisation_id uuid not null references organisations(id) on delete cascade,
      visibility text not null check (visibility in ('organisation', 'instance')),
      harbour_organisation_id uuid references organisations(id) on delete set null,
      entry jsonb not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index directory_entries_org on directory_entries (organisation_id);

    create table directory_entry_changes (
      id uuid primary key default gen_random_uuid(),
      entry_id text not null references directory_entries(id) on delete cascade,
      changed_by uuid references users(id) on delete set null,
      changed_at timestamptz not null,
      reviewed_on date not null,
      changed text[] not null
    );
    create index directory_entry_changes_entry on directory_entry_changes (entry_id, changed_at);

    create table referrals (
      id uuid primary key,
      case_id uuid not null references cases(id) on delete cascade,
      from_organisation_id uuid not null references organisations(id) on delete cascade,
      entry_id text not null,
      recipient text not null,
      recipient_organisation_id uuid references organisations(id) on delete set null,
      categories text[] not null,
      language text not null check (language in ('en', 'fr')),
      status text not null check (status in ('sent', 'acknowledged', 'accepted', 'declined', 'outcome')),
      outcome text check (outcome in ('service-provided', 'client-did-not-attend', 'not-eligible', 'no-capacity', 'other')),
      follow_up_on date,
      packet bytea not null,
      notes bytea,
      linked_case_id uuid references cases(id) on delete set null,
      received_packet bytea,
      access_ended_on date,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index referrals_case on referrals (case_id, created_at);
    create index referrals_recipient on referrals (recipient_organisation_id, created_at) where recipient_organisation_id is not null;

    create table referral_events (
      id uuid primary key default gen_random_uuid(),
      referral_id uuid not null references referrals(id) on delete cascade,
      status text not null,
      by_user uuid references users(id) on delete set null,
      by_organisation_id uuid references organisations(id) on delete set null,
      at timestamptz not null
    );
    create index referral_events_referral on referral_events (referral_id, at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table referral_events;
    drop table referrals;
    drop table directory_entry_changes;
    drop table directory_entries;
  `.execute(db);
}
