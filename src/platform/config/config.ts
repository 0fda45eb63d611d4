import { isIP } from 'node:net';
import { resolve, join } from 'node:path';
import { z } from 'zod';

// Every setting Harbour reads, parsed once at start-up; .env.example documents each one.
// Nothing else in the code base reads process.env.

/** Names proxy-addr (behind Fastify's trustProxy) understands for whole address ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Whom X-Forwarded-For is believed from: nobody (false, 0), the proxies named by address or
 * CIDR range (comma-separated), or a hop count (1–10, for when Harbour can be reached only
 * through that many proxies). Believing it from anyone ("true") would let any client choose the
 * address that rate limits key on, so it is refused.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === '' || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
    } else {
      const entries = value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
      if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
    }
    ctx.addIssue({
      code: 'custom',
      message:
        value === 'true' || value === 'yes'
          ? 'no longer accepts true (that believed X-Forwarded-For from anyone); name the proxy address(es), e.g. 127.0.0.1 or 10.0.0.0/8, or give a hop count'
          : 'must be false, a hop count from 1 to 10, or comma-separated proxy addresses or CIDR ranges (or loopback, linklocal, uniquelocal)',
    });
    return z.NEVER;
  });

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HARBOUR_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_MASTER_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_PREVIOUS_MASTER_KEYS: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_KEY_DIR: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  HARBOUR_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  HARBOUR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  HARBOUR_TRUST_PROXY: trustProxy.default(false),
  HARBOUR_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  HARBOUR_RETENTION_SCHEDULE: z.enum(['off', 'daily', 'hourly']).default('off'),
  HARBOUR_SCHEDULE_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  HARBOUR_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_MAIL_FROM: z.string().min(3).max(200).default('Harbour <harbour@localhost>'),
  HARBOUR_REMINDERS: z.enum(['on', 'off']).default('on'),
});

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  database: { kind: 'embedded' } | { kind: 'external'; url: string };
  publicUrl: string;
  secureCookies: boolean;
  masterKey?: string;
  /** Keys replaced by `harbour keys rotate`, still accepted until every data key is rewrapped. */
  previousMasterKeys: string[];
  keyDir: string;
  session: { idleMinutes: number; absoluteHours: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Fastify's trustProxy: false, a hop count, or the addresses/ranges of trusted proxies. */
  trustProxy: false | number | string[];
  /**
   * Whether the hottest statements go to PostgreSQL as named prepared statements. Off behind a
   * pooler that hands each transaction to any server connection (PgBouncer in transaction mode
   * before 1.21, or without max_prepared_statements): a statement prepared on one connection is
   * unknown on the next.
   */
  preparedStatements: boolean;
  /** `harbour retention --apply` run by the server itself, once per period across all processes ('off': the operator runs it). */
  retentionSchedule: 'off' | 'daily' | 'hourly';
  /** How often each process asks whether a scheduled job's period is still unclaimed. */
  scheduleCheckSeconds: number;
  /** The organisation's SMTP server for reminder e-mails; none: reminders stay in the app. */
  smtpUrl?: string;
  mailFrom: string;
  /** The daily reminder job, run once a day across all processes ('off': no reminders are given). */
  reminders: 'on' | 'off';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Harbour cannot start: some settings are invalid.\n${lines.join('\n')}\nSee .env.example for every setting.`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.HARBOUR_DATA_DIR);
  const publicUrl = (e.HARBOUR_PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL ? { kind: 'external', url: e.DATABASE_URL } : { kind: 'embedded' },
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    ...(e.HARBOUR_MASTER_KEY ? { masterKey: e.HARBOUR_MASTER_KEY } : {}),
    previousMasterKeys: (e.HARBOUR_PREVIOUS_MASTER_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    keyDir: e.HARBOUR_KEY_DIR ? resolve(e.HARBOUR_KEY_DIR) : join(dataDir, 'keys'),
    session: { idleMinutes: e.HARBOUR_SESSION_IDLE_MINUTES, absoluteHours: e.HARBOUR_SESSION_ABSOLUTE_HOURS },
    logLevel: e.HARBOUR_LOG_LEVEL,
    trustProxy: e.HARBOUR_TRUST_PROXY,
    preparedStatements: e.HARBOUR_PREPARED_STATEMENTS === 'true',
    retentionSchedule: e.HARBOUR_RETENTION_SCHEDULE,
    scheduleCheckSeconds: e.HARBOUR_SCHEDULE_CHECK_SECONDS,
    ...(e.HARBOUR_SMTP_URL ? { smtpUrl: e.HARBOUR_SMTP_URL } : {}),
    mailFrom: e.HARBOUR_MAIL_FROM,
    reminders: e.HARBOUR_REMINDERS,
  };
}
