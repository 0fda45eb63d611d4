import { sql, type Kysely } from 'kysely';

// Case files. Every column that could identify a client or tells their story is bytea ciphertext
// under the case's own data key, bound to table, column and row id (src/platform/crypto). Plain
// columns hold codes, dates and ids only. Deleting the case row deletes its wrapped data key
// (crypto-shredding) and, by cascade, every row that belongs to it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cases (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^HB-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$'),
      organisation_id uuid not null references organisations(id),
      status text not null default 'open' check (status in ('open','closed')),
      province text not null,
      languages text[] not null default '{}',
      interpreter_needed boolean not null default false,
      wrapped_key bytea not null,
      identity bytea,
      safe_contact bytea,
      facts bytea,
      facts_updated_at timestamptz,
      outcome text,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz
    );
    create index cases_organisation on cases (organisation_id, status);

    -- Keyed blind-index tokens of names and aliases (never the names): exact look-up only.
    create table case_name_index (
      case_id uuid not null references cases(id) on delete cascade,
      token text not null,
      primary key (case_id, token)
    );
    create index case_name_index_token on case_name_index (token);

    create table case_team (
      case_id uuid not null references cases(id) on delete cascade,
      user_id uuid not null references users(id),
      team_role text not null check (team_role in ('responsible-lawyer','lawyer','legal-worker','support-worker')),
      supervised_by uuid references users(id),
      added_at timestamptz not null default now(),
      primary key (case_id, user_id)
    );
    create index case_team_user on case_team (user_id);
    create unique index case_team_one_responsible on case_team (case_id) where team_role = 'responsible-lawyer';

    create table case_sittings (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      held_on date not null,
      duration_minutes integer not null check (duration_minutes between 1 and 1440),
      mode text not null check (mode in ('in-person','phone','video')),
      present bytea,
      interpreter bytea,
      interpreter_language text,
      could_speak_freely text not null check (could_speak_freely in ('yes','no','unsure')),
      topics_covered text[] not null default '{}',
      topics_later text[] not null default '{}',
      note bytea,
      note_compartment text not null check (note_compartment in ('privileged','team','shareable')),
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index case_sittings_case on case_sittings (case_id, held_on);

    create table case_fragments (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      sitting_id uuid references case_sittings(id) on delete set null,
      text bytea not null,
      source text not null check (source in ('client','practitioner-summary','document')),
      time bytea,
      tags text[] not null default '{}',
      compartment text not null check (compartment in ('privileged','team','shareable')),
      inconsistency_note bytea,
      related_fragment_ids uuid[] not null default '{}',
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index case_fragments_case on case_fragments (case_id);

    -- The consent ledger, append-only: an entry is the encrypted JSON of a core ledger entry;
    -- the only change ever made is re-sealing a consent with its withdrawal date.
    create table case_consents (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      position bigserial not null,
      kind text not null check (kind in ('consent','refusal','explanation')),
      entry bytea not null,
      recorded_at timestamptz not null default now()
    );
    create index case_consents_case on case_consents (case_id, position);

    create table case_overrides (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      entry bytea not null,
      recorded_at timestamptz not null default now()
    );
    create index case_overrides_case on case_overrides (case_id);

    create table case_break_glass (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      by_user uuid not null references users(id),
      reason bytea not null,
      granted_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index case_break_glass_case on case_break_glass (case_id);

    -- Which screening answers changed, when and by whom; the changed values are sealed.
    create table case_facts_history (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id) on delete cascade,
      changed_at timestamptz not null default now(),
      changed_by uuid references users(id) on delete set null,
      changed text[] not null,
      patch bytea not null
    );
    create index case_facts_history_case on case_facts_history (case_id, changed_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table case_facts_history, case_break_glass, case_overrides, case_consents, case_fragments, case_sittings, case_team, case_name_index, cases`.execute(
    db,
  );
}
