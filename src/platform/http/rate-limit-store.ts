import { sql, type Kysely } from 'kysely';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/schema';

// @fastify/rate-limit keeps its counters in the process's memory by default: with three Harbour
// processes behind a load balancer, a limit of 20 sign-ins a minute became 60. These counters
// live in PostgreSQL instead (table rate_limit_hits), so every process counts into the same row.
// One statement per counted request, no session state (works through PgBouncer in transaction
// mode). Windows are timed by PostgreSQL's clock, so processes on machines whose clocks differ
// still agree. Keys (route and client address) are stored only as a keyed hash.

/** Expired rows are swept by roughly one counted request in this many. */
const SWEEP_ONE_IN = 200;

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export interface RateLimitStoreOptions {
  db: Kysely<Database>;
  /** A keyed hash: the stored key says nothing about the client without the installation's key. */
  hash: (key: string) => string;
  /** Called with an error a sweep met (the request itself is unaffected). */
  onSweepError?: (error: unknown) => void;
}

/** Adds one hit to `key`'s window (opening a new one if it ended) and returns the count and the time left. */
export async function countHit(db: Kysely<Database>, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const { rows } = await sql<{ hits: number; ttl: number }>`
    insert into rate_limit_hits as r (key, hits, reset_at)
    values (${key}, 1, clock_timestamp() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when r.reset_at <= clock_timestamp() then 1 else r.hits + 1 end,
      reset_at = case when r.reset_at <= clock_timestamp() then excluded.reset_at else r.reset_at end
    returning hits, greatest(0, ceil(extract(epoch from (reset_at - clock_timestamp())) * 1000))::int as ttl`.execute(db);
  const row = rows[0]!;
  return { current: Number(row.hits), ttl: Number(row.ttl) };
}

export async function sweepExpiredHits(db: Kysely<Database>): Promise<void> {
  await db
    .deleteFrom('rate_limit_hits')
    .where('reset_at', '<', sql<Date>`clock_timestamp()`)
    .execute();
}

/** A store for @fastify/rate-limit's `store` option, counting in PostgreSQL. */
export function postgresRateLimitStore(options: RateLimitStoreOptions): FastifyRateLimitStoreCtor {
  // Not declared `implements`: the plugin passes the merged route options, typed as Fastify's RouteOptions.
  class PostgresRateLimitStore {
    constructor(
      _pluginOptions?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number, _max: number): void {
      countHit(options.db, options.hash(`${this.prefix}${key}`), timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
      if (Math.floor(Math.random() * SWEEP_ONE_IN) === 0) void sweepExpiredHits(options.db).catch((error) => options.onSweepError?.(error));
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      const method = route?.method ?? '';
      const prefix = `${this.prefix}${Array.isArray(method) ? method.join(',') : method} ${route?.url ?? ''} `;
      return new PostgresRateLimitStore(undefined, prefix) as unknown as FastifyRateLimitStore;
    }
  }
  return PostgresRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
