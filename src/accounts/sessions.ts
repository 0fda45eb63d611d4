import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import type { Database, Role, SessionStage } from '../platform/db/schema';
import { TtlCache } from '../platform/cache/ttl-cache';
import { executePrepared } from '../platform/db/prepared';
import { newToken, sameSecret } from './tokens';

// Server-side sessions in the database, so several Harbour processes can share them. The cookie
// holds a random token; the table holds only its hash, so a database leak yields no live sessions.

export interface SignedInPerson {
  sessionTokenHash: string;
  stage: SessionStage;
  csrfToken: string;
  /** `role` is the practice role; `isAdmin` the admin duty, which gives no case access. */
  user: { id: string; organisationId: string; displayName: string; email: string; role: Role; isAdmin: boolean; language: 'en' | 'fr'; discreetMode: boolean };
  organisation: { id: string; name: string };
}

interface CachedSession {
  person: SignedInPerson;
  lastSeenMs: number;
  expiresMs: number;
}

/**
 * How long a fully signed-in session read from the database is trusted without asking again.
 * Every authenticated request used to cost a database round trip for this alone. A change made
 * by this process (sign-out, password change, preferences) forgets the entry at once; a change
 * made by another Harbour process sharing the database is seen within this time.
 */
export const SESSION_CACHE_MS = 2_000;
// Per database handle, so every context of one server (and of one test app) shares it.
const caches = new WeakMap<object, TtlCache<string, CachedSession>>();
function cacheOf(ctx: AppContext): TtlCache<string, CachedSession> {
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new TtlCache(SESSION_CACHE_MS, 10_000)));
  return cache;
}

/** Forgets every cached session of a person: call after changing the user or ending their sessions. */
export function forgetSessionsOf(ctx: AppContext, userId: string): void {
  cacheOf(ctx).forgetWhere((cached) => cached.person.user.id === userId);
}

/** Forgets one cached session: call after changing or deleting its row. */
function forgetSession(ctx: AppContext, tokenHash: string): void {
  cacheOf(ctx).forget(tokenHash);
}

function cookieName(ctx: AppContext): string {
  // The __Host- prefix needs Secure, which browsers only honour over https.
  return ctx.config.secureCookies ? '__Host-harbour_session' : 'harbour_session';
}

export async function startSession(ctx: AppContext, reply: FastifyReply, userId: string, stage: SessionStage, db: Kysely<Database> = ctx.db): Promise<void> {
  const token = newToken();
  const now = ctx.now();
  await db
    .insertInto('sessions')
    .values({
      token_hash: ctx.secrets.tokenHash(token),
      user_id: userId,
      stage,
      csrf_token: newToken(),
      last_seen_at: now,
      expires_at: new Date(now.getTime() + ctx.config.session.absoluteHours * 3_600_000),
    })
    .execute();
  void reply.setCookie(cookieName(ctx), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.secureCookies,
    maxAge: ctx.config.session.absoluteHours * 3600,
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  void reply.clearCookie(cookieName(ctx), { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies });
}

export async function endSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[cookieName(ctx)];
  if (token) {
    const hash = ctx.secrets.tokenHash(token);
    forgetSession(ctx, hash);
    await ctx.db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
  }
  clearSessionCookie(ctx, reply);
}

/** Loads the session behind the cookie, enforcing idle and absolute time-outs. */
export async function loadSession(ctx: AppContext, request: FastifyRequest): Promise<SignedInPerson | undefined> {
  const token = request.cookies[cookieName(ctx)];
  if (!token || token.length > 100) return undefined;
  const hash = ctx.secrets.tokenHash(token);
  const now = ctx.now().getTime();
  const cache = cacheOf(ctx);
  const cached = cache.get(hash, now);
  const session = cached ?? (await readSession(ctx, hash));
  if (!session) return undefined;
  if (now > session.expiresMs || now > session.lastSeenMs + ctx.config.session.idleMinutes * 60_000) {
    cache.forget(hash);
    await ctx.db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return undefined;
  }
  // Touch at most once a minute: keeps the idle clock honest without a write per request.
  if (now - session.lastSeenMs > 60_000) {
    await ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('token_hash', '=', hash)
      .execute();
    session.lastSeenMs = now;
  }
  // Only fully signed-in sessions are kept: the sign-in steps change their row as they go.
  if (!cached && session.person.stage === 'active') cache.set(hash, session, now);
  return session.person;
}

async function readSession(ctx: AppContext, hash: string): Promise<CachedSession | undefined> {
  const [row] = await executePrepared(
    ctx.db,
    'session',
    ctx.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select([
        's.token_hash',
        's.stage',
        's.csrf_token',
        's.last_seen_at',
        's.expires_at',
        'u.id as user_id',
        'u.organisation_id',
        'u.display_name',
        'u.email',
        'u.role',
        'u.is_admin',
        'u.language',
        'u.discreet_mode',
        'u.status',
        'o.name as organisation_name',
      ])
      .where('s.token_hash', '=', hash),
  );
  if (!row) return undefined;
  // A disabled account's sessions read as expired, and are deleted like them.
  const expiresMs = row.status === 'active' ? row.expires_at.getTime() : -Infinity;
  return {
    lastSeenMs: row.last_seen_at.getTime(),
    expiresMs,
    // Frozen: the same object answers every request of this session while it is cached.
    person: deepFreeze({
      sessionTokenHash: hash,
      stage: row.stage,
      csrfToken: row.csrf_token,
      user: {
        id: row.user_id,
        organisationId: row.organisation_id,
        displayName: row.display_name,
        email: row.email,
        role: row.role,
        isAdmin: row.is_admin,
        language: row.language,
        discreetMode: row.discreet_mode,
      },
      organisation: { id: row.organisation_id, name: row.organisation_name },
    }),
  };
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner as object);
  return Object.freeze(value);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The guard every signed-in route calls first. `stage` is the MFA step the route belongs to;
 * ordinary routes need a fully signed-in ('active') session. State-changing requests must carry
 * the session's CSRF token in X-CSRF-Token.
 */
export async function requireSession(ctx: AppContext, request: FastifyRequest, stage: SessionStage | SessionStage[] = 'active'): Promise<SignedInPerson> {
  const person = await loadSession(ctx, request);
  if (!person) throw new AppError('not-signed-in', 'You are not signed in, or your session has ended. Sign in again.');
  const allowed = Array.isArray(stage) ? stage : [stage];
  if (!allowed.includes(person.stage)) throw new AppError('mfa-required', 'Finish signing in with your authenticator app first.');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, person.csrfToken)) {
      throw new AppError('csrf-failed', 'This request is missing its security token. Reload the page and try again.');
    }
  }
  return person;
}

export function requireRole(person: SignedInPerson, ...roles: Role[]): void {
  if (!roles.includes(person.user.role)) throw new AppError('forbidden', 'Your role does not allow this.');
}

/** Organisation administration (people): the admin duty, held by role 'admin' or beside a practice role. */
export function requireAdminDuty(person: SignedInPerson): void {
  if (!person.user.isAdmin) throw new AppError('forbidden', 'Only an administrator of your organisation can do this.');
}

/**
 * Ends every session of a person at once: deletes the rows (in `db`, e.g. the caller's
 * transaction) and forgets them in this process's session cache, so not even the 2-second cache
 * lets one more request through. Call `forgetSessionsOf` again after the transaction commits.
 */
export async function endSessionsOf(ctx: AppContext, userId: string, db: Kysely<Database> = ctx.db): Promise<void> {
  forgetSessionsOf(ctx, userId);
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
