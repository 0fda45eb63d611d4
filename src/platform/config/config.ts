import { resolve, join } from 'node:path';
import { z } from 'zod';

// Every setting Harbour reads, parsed once at start-up; .env.example documents each one.
// Nothing else in the code base reads process.env.

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HARBOUR_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HARBOUR_PUBLIC_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
  HARBOUR_MASTER_KEY: z.string().optional().or(z.literal('').transform(() => undefined)),
  HARBOUR_PREVIOUS_MASTER_KEYS: z.string().optional().or(z.literal('').transform(() => undefined)),
  HARBOUR_KEY_DIR: z.string().optional().or(z.literal('').transform(() => undefined)),
  HARBOUR_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  HARBOUR_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  HARBOUR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  HARBOUR_TRUST_PROXY: boolean.default(false),
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
  trustProxy: boolean;
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
    previousMasterKeys: (e.HARBOUR_PREVIOUS_MASTER_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    keyDir: e.HARBOUR_KEY_DIR ? resolve(e.HARBOUR_KEY_DIR) : join(dataDir, 'keys'),
    session: { idleMinutes: e.HARBOUR_SESSION_IDLE_MINUTES, absoluteHours: e.HARBOUR_SESSION_ABSOLUTE_HOURS },
    logLevel: e.HARBOUR_LOG_LEVEL,
    trustProxy: e.HARBOUR_TRUST_PROXY,
  };
}
