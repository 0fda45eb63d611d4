import { sql, type Kysely } from 'kysely';

// Several Harbour processes on one PostgreSQL (docs/operations/scale-out.md) must share what
// used to live in one process's memory:
//
// rate_limit_hits: the request counters behind the per-route rate limits, one row per (route,
// client) key, the key hashed with the installation's token key (no client address is stored).
// Every process counts into the same row, so a limit of 20 a minute is 20 across all of them.
//
// scheduled_runs: one row per (job, period) claimed by whichever process starts the job first,
// so a scheduled job runs once per period however many processes are running. A claim whose
// process died before finishing can be taken over after a while (`stale_after`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limit_hits (
      key text primary key,
      hits integer not null,
      reset_at timestamptz not null
    );
    create index rate_limit_hits_reset on rate_limit_hits (reset_at);

    create table scheduled_runs (
      job text not null,
      period text not null,
      claimed_by text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      outcome text,
      primary key (job, period)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table scheduled_runs;
    drop table rate_limit_hits;
  `.execute(db);
}
