import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

// A scheduled job runs once per period however many Harbour processes are running: each
// process, when its timer fires, tries to claim the period's row in scheduled_runs, and only the
// one whose claim succeeds runs the job. The claim is a single INSERT … ON CONFLICT DO UPDATE …
// WHERE: PostgreSQL serialises concurrent claims on the primary key, and no session state (no
// session advisory lock, nothing SET) is involved, so it works through PgBouncer in transaction
// mode. A process killed mid-run leaves a claim without `finished_at`; after `staleAfterMs`
// another process may take it over, so the period's run is finished, not lost. Jobs run this way
// must therefore be safe to run again (retention re-checks each case inside its transaction).

export type Period = 'day' | 'hour' | 'minute';

/** The period's label on PostgreSQL's clock (UTC), so processes whose clocks differ agree on it. */
const PERIOD_FORMAT: Record<Period, string> = { day: 'YYYY-MM-DD', hour: 'YYYY-MM-DD"T"HH24', minute: 'YYYY-MM-DD"T"HH24:MI' };

/** Who claimed a run: this machine and process. */
function processName(): string {
  return `${hostname()}:${process.pid}`;
}

export interface Claim {
  job: string;
  period: string;
  claimedBy: string;
}

/**
 * Claims the current period of `job` for `claimedBy`. Returns the claim, or undefined when
 * another process already claimed it (and has finished, or started less than `staleAfterMs` ago).
 */
export async function claimRun(db: Kysely<Database>, job: string, every: Period, claimedBy: string, staleAfterMs: number): Promise<Claim | undefined> {
  const { rows } = await sql<{ period: string }>`
    insert into scheduled_runs as r (job, period, claimed_by, started_at)
    values (${job}, to_char(clock_timestamp() at time zone 'UTC', ${PERIOD_FORMAT[every]}), ${claimedBy}, clock_timestamp())
    on conflict (job, period) do update set claimed_by = excluded.claimed_by, started_at = excluded.started_at, outcome = null
      where r.finished_at is null and r.started_at < clock_timestamp() - ${staleAfterMs} * interval '1 millisecond'
    returning period`.execute(db);
  const period = rows[0]?.period;
  return period === undefined ? undefined : { job, period, claimedBy };
}

/** Marks a claimed run finished, with a short outcome (no client data: counts, an error code). */
export async function finishRun(db: Kysely<Database>, claim: Claim, outcome: string): Promise<void> {
  await db
    .updateTable('scheduled_runs')
    .set({ finished_at: sql<Date>`clock_timestamp()`, outcome: outcome.slice(0, 200) })
    .where('job', '=', claim.job)
    .where('period', '=', claim.period)
    .where('claimed_by', '=', claim.claimedBy)
    .execute();
}

/** Runs `work` if this process wins the current period of `job`; returns its outcome, or undefined when another process has it. */
export async function runOncePerPeriod(
  db: Kysely<Database>,
  job: string,
  every: Period,
  work: () => Promise<string>,
  options: { claimedBy?: string; staleAfterMs?: number } = {},
): Promise<{ claim: Claim; outcome: string } | undefined> {
  const claim = await claimRun(db, job, every, options.claimedBy ?? processName(), options.staleAfterMs ?? 3_600_000);
  if (!claim) return undefined;
  let outcome: string;
  try {
    outcome = await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // Recorded as failed; the period stays claimed, and the next period's run picks up what this one left.
    await finishRun(db, claim, `failed (${typeof code === 'string' ? code : (error as Error).name})`).catch(() => undefined);
    throw error;
  }
  await finishRun(db, claim, outcome);
  return { claim, outcome };
}

export interface Scheduler {
  /** Runs the check now (tests, start-up); resolves when it is done. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Checks every `checkMs` (and once shortly after start) whether the current period of `job` is
 * still unclaimed, and runs it if this process claims it.
 */
export function startScheduler(
  db: Kysely<Database>,
  job: string,
  every: Period,
  work: () => Promise<string>,
  options: { checkMs: number; report: (event: { job: string; period?: string; outcome?: string; error?: string }) => void; staleAfterMs?: number },
): Scheduler {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = (): Promise<void> =>
    (running ??= (async () => {
      try {
        if (stopped) return;
        const done = await runOncePerPeriod(db, job, every, work, options.staleAfterMs === undefined ? {} : { staleAfterMs: options.staleAfterMs });
        if (done) options.report({ job, period: done.claim.period, outcome: done.outcome });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        options.report({ job, error: typeof code === 'string' ? code : (error as Error).name });
      } finally {
        running = undefined;
      }
    })());
  // A little jitter, so processes started together do not all ask at the same instant.
  const first = setTimeout(() => void tick(), Math.min(options.checkMs, 1_000 + Math.floor(Math.random() * 1_000)));
  const timer = setInterval(() => void tick(), options.checkMs);
  first.unref();
  timer.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
