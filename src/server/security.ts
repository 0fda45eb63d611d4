import { createHmac, hkdfSync } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../platform/config/config';
import type { Database } from '../platform/db/schema';
import { embeddedPaths } from '../platform/db/embedded-postgres';
import { decryptFieldText, encryptField, loadOrCreateKeyring, makeKeyCheck, newDataKey, unwrapDataKey, verifyKeyringAgainst, wrapDataKey, SYSTEM_KEY_ID, type Keyring } from '../platform/crypto';
import { createAuditor } from '../platform/audit/audit-log';
import type { Auditor, SecretBox } from '../platform/http/context';

export interface Security {
  keyring: Keyring;
  secrets: SecretBox;
  audit: Auditor;
}


/**
 * Loads the master key and proves it is the one that protects this database before anything
 * else runs. A missing or wrong key stops start-up with a typed error that says what to do;
 * a new key is created only when the database holds nothing encrypted yet.
 */
export async function openSecurity(config: Config, db: Kysely<Database>, say: (line: string) => void, now: () => Date = () => new Date()): Promise<Security> {
  const check = await db.selectFrom('key_check').selectAll().where('id', '=', 1).executeTakeFirst();
  const loaded = loadOrCreateKeyring({
    ...(config.masterKey ? { masterKey: config.masterKey } : {}),
    previousMasterKeys: config.previousMasterKeys,
    keyDir: config.keyDir,
    databaseDir: config.database.kind === 'embedded' ? embeddedPaths(config.dataDir).clusterDir : config.dataDir,
    mayCreate: !check,
  });
  const { keyring } = loaded;
  let systemKeyWrapped: Buffer;
  if (check) {
    verifyKeyringAgainst(keyring, check.check_value);
    systemKeyWrapped = check.system_key;
  } else {
    systemKeyWrapped = wrapDataKey(keyring, newDataKey(), SYSTEM_KEY_ID);
    await db.insertInto('key_check').values({ id: 1, check_value: makeKeyCheck(keyring), system_key: systemKeyWrapped }).onConflict((oc) => oc.column('id').doNothing()).execute();
    const stored = await db.selectFrom('key_check').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    verifyKeyringAgainst(keyring, stored.check_value); // another process may have won the race
    systemKeyWrapped = stored.system_key;
  }
  if (loaded.warning) say(loaded.warning);
  const systemKey = unwrapDataKey(keyring, systemKeyWrapped, SYSTEM_KEY_ID);
  const tokenKey = Buffer.from(hkdfSync('sha256', systemKey.material, Buffer.from('harbour'), Buffer.from('harbour/token-hash/v1'), 32));
  const secrets: SecretBox = {
    seal: (plaintext, where) => encryptField(systemKey, plaintext, where),
    open: (sealed, where) => decryptFieldText(systemKey, sealed, where),
    tokenHash: (token) => createHmac('sha256', tokenKey).update(token, 'utf8').digest('hex'),
  };
  return { keyring, secrets, audit: createAuditor(db, keyring, now) };
}
