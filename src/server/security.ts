import { createHmac, hkdfSync } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../platform/config/config';
import type { Database } from '../platform/db/schema';
import { embeddedPaths } from '../platform/db/embedded-postgres';
import {
  decryptFieldText,
  encryptField,
  loadOrCreateKeyring,
  makeKeyCheck,
  newDataKey,
  unwrapDataKey,
  verifyKeyringAgainst,
  wrapDataKey,
  SYSTEM_KEY_ID,
  type Keyring,
} from '../platform/crypto';
import { createAuditor } from '../platform/audit/audit-log';
import { NoInstallationError } from '../platform/db/database';
import type { Auditor, SecretBox } from '../platform/http/context';

export interface Security {
  keyring: Keyring;
  secrets: SecretBox;
  audit: Auditor;
}

class KeyCheckMissingError extends Error {
  override name = 'KeyCheckMissingError';
  constructor() {
    super(
      'The key check is missing from the database, yet the database holds data (people, cases or audit entries) sealed under a master key. ' +
        'Harbour will not create a new master key over it, and will not start. Restore the database from a backup (`harbour restore`, into a new data folder), ' +
        'or put the key_check row back from one; see docs/operations/backups.md.',
    );
  }
}

/** Tables whose rows are sealed under the master key (directly or through keys it wraps), or chained with a key derived from it. */
const SEALED_TABLES = ['organisations', 'users', 'cases', 'audit_log', 'invitations', 'sessions', 'setup_tokens'] as const;

async function holdsData(db: Kysely<Database>): Promise<boolean> {
  for (const table of SEALED_TABLES) {
    if (
      await db
        .selectFrom(table)
        .select(sql`1`.as('x'))
        .limit(1)
        .executeTakeFirst()
    )
      return true;
  }
  return false;
}

/**
 * Loads the master key and proves it is the one that protects this database before anything
 * else runs. A missing or wrong key stops start-up with a typed error that says what to do;
 * a new key is created only when the database holds nothing encrypted yet (and `mayCreate`,
 * true unless a command that must find an installation says otherwise). A database that lost its
 * key check but still holds data is refused: a new key would seal new data under a key that opens
 * none of the old, and hide that anything was wrong.
 */
export async function openSecurity(
  config: Config,
  db: Kysely<Database>,
  say: (line: string) => void,
  now: () => Date = () => new Date(),
  options: { mayCreate?: boolean } = {},
): Promise<Security> {
  const check = await db.selectFrom('key_check').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!check) {
    if (await holdsData(db)) throw new KeyCheckMissingError();
    if (options.mayCreate === false) throw new NoInstallationError(config.database.kind === 'embedded' ? config.dataDir : 'the database in DATABASE_URL');
  }
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
    await db
      .insertInto('key_check')
      .values({ id: 1, check_value: makeKeyCheck(keyring), system_key: systemKeyWrapped })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
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
