import { sql, type Kysely } from 'kysely';

// Evidence (issue 16, docs/evidence.md).
//
// evidence_items: one piece of evidence on a case. What identifies the client or tells the story
// (description, dates, who provided it, how it was obtained, the request to obtain it) is one
// JSON document sealed with the case key under its compartment, like a fragment's text. The
// kind, compartment, status, translation status, exhibit number and the remedies it supports
// are plain: they drive the checklist and the exhibit index and say nothing about the client.
//
// evidence_files: every file uploaded to an item, one row per version (a replacement adds a
// version; earlier ones stay for the chain of custody). The bytes live in the data folder,
// encrypted in chunks with the case key (docs/decisions/0018-evidence-files.md); the row keeps
// the SHA-256 of the original, its size and its type sniffed from the content. The file name
// is sealed.
//
// evidence_history: the item's chain of custody: who did what, when, with which file hash.
// Every entry is also in the audit log.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table evidence_items (
      id uuid primary key,
      case_id uuid not null references cases(id) on delete cascade,
      exhibit integer not null check (exhibit > 0),
      kind text not null check (kind in ('identity-document', 'contract', 'pay-record', 'messages', 'photo', 'medical-record',
        'police-report', 'tribunal-decision', 'witness-statement', 'expert-report', 'other')),
      compartment text not null check (compartment in ('privileged', 'team', 'shareable')),
      status text not null check (status in ('held', 'requested')),
      translation text not null check (translation in ('none', 'requested', 'done', 'certified')),
      supports jsonb not null default '[]',
      details bytea not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (case_id, exhibit)
    );

    create table evidence_files (
      id uuid primary key,
      item_id uuid not null references evidence_items(id) on delete cascade,
      case_id uuid not null references cases(id) on delete cascade,
      version integer not null check (version > 0),
      size_bytes bigint not null check (size_bytes >= 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      media_type text not null,
      file_name bytea,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null,
      unique (item_id, version)
    );

    create table evidence_history (
      id bigint generated always as identity primary key,
      item_id uuid not null references evidence_items(id) on delete cascade,
      case_id uuid not null references cases(id) on delete cascade,
      action text not null,
      actor_id uuid references users(id) on delete set null,
      file_id uuid,
      sha256 text,
      at timestamptz not null
    );
    create index evidence_history_item on evidence_history (item_id, at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table evidence_history;
    drop table evidence_files;
    drop table evidence_items;
  `.execute(db);
}
