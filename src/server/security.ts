import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, hkdfSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../platform/config/config';
import type { Database } from '../platform/db/schema';
import type { Auditor, SecretBox } from '../platform/http/context';

// INTERIM: replaced by src/platform/crypto and src/platform/audit when they land.
export interface Security {
  secrets: SecretBox;
  audit: Auditor;
  keyring: unknown;
}

function loadKek(config: Config, say: (l: string) => void): Buffer {
  if (config.masterKey) return Buffer.from(config.masterKey, /^[0-9a-f]{64}$/i.test(config.masterKey) ? 'hex' : 'base64');
  if (existsSync(config.keyFile)) return Buffer.from(readFileSync(config.keyFile, 'utf8').trim(), 'base64');
  mkdirSync(dirname(config.keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(config.keyFile, key.toString('base64'), { mode: 0o600 });
  say(`Created a new master key in ${config.keyFile}. Back it up now, apart from your database backups: without it, encrypted case data cannot be read.`);
  return key;
}

export async function openSecurity(config: Config, db: Kysely<Database>, say: (l: string) => void): Promise<Security> {
  const kek = loadKek(config, say);
  const boxKey = Buffer.from(hkdfSync('sha256', kek, Buffer.alloc(0), 'harbour secret box', 32));
  const auditKey = Buffer.from(hkdfSync('sha256', kek, Buffer.alloc(0), 'harbour audit chain', 32));
  const secrets: SecretBox = {
    seal(plaintext, aad) {
      const nonce = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', boxKey, nonce).setAAD(Buffer.from(aad));
      const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
      return Buffer.concat([nonce, c.getAuthTag(), ct]);
    },
    open(sealed, aad) {
      const d = createDecipheriv('aes-256-gcm', boxKey, sealed.subarray(0, 12)).setAAD(Buffer.from(aad));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
  };
  void createHash;
  const audit: Auditor = {
    async record(event, on = db) {
      await sql`select pg_advisory_xact_lock(4242)`.execute(on);
      const last = await on.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const seq = Number(last?.seq ?? 0) + 1;
      const prev = last?.hash ?? 'genesis';
      const at = new Date();
      const detail = JSON.stringify(event.detail ?? {});
      const hash = createHmac('sha256', auditKey).update(JSON.stringify([seq, at.toISOString(), event.actorId, event.action, event.caseId ?? null, detail, prev])).digest('hex');
      await on.insertInto('audit_log').values({ seq, at, actor_id: event.actorId, action: event.action, case_id: event.caseId ?? null, detail, prev_hash: prev, hash }).execute();
    },
  };
  return { secrets, audit, keyring: undefined };
}
