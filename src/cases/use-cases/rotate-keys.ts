import type { Kysely } from 'kysely';
import type { Config } from '../../platform/config/config';
import { embeddedPaths } from '../../platform/db/embedded-postgres';
import type { Database } from '../../platform/db/schema';
import { makeKeyCheck, rewrapDataKey, rotateKeyFile, unwrapDataKey, SYSTEM_KEY_ID, type Keyring } from '../../platform/crypto';
import { createAuditor } from '../../platform/audit/audit-log';
import { CaseVault } from '../case-vault';
import type { Identity } from '../schemas';
import { nameTokens } from './create-case';

// Rotating the master key (docs/security/encryption.md, "Rotation"): only the small wrapped keys
// change; field ciphertexts stay as they are. One transaction, so a failure leaves the old state.

export interface RewrapReport {
  cases: number;
  rewrapped: number;
  namesReindexed: number;
  systemKeyRewrapped: boolean;
  kekId: string;
}

/** Rewraps every case key and the system key under the current KEK, reindexes names, stores a new key check. */
async function rewrapAll(db: Kysely<Database>, keyring: Keyring, now: () => Date = () => new Date()): Promise<RewrapReport> {
  const report = await db.transaction().execute(async (trx) => {
    const cases = await trx.selectFrom('cases').select(['id', 'wrapped_key', 'identity']).forUpdate().execute();
    let rewrapped = 0;
    let namesReindexed = 0;
    for (const row of cases) {
      const next = rewrapDataKey(keyring, row.wrapped_key, row.id);
      if (next.changed) {
        await trx.updateTable('cases').set({ wrapped_key: next.wrapped }).where('id', '=', row.id).execute();
        rewrapped++;
      }
      // Name tokens are keyed by the KEK: recompute them so look-ups keep working after retirement.
      if (row.identity) {
        const vault = new CaseVault(unwrapDataKey(keyring, next.wrapped, row.id), row.id);
        const tokens = nameTokens(keyring, vault.openJson<Identity>('cases', 'identity', row.id, row.identity));
        await trx.deleteFrom('case_name_index').where('case_id', '=', row.id).execute();
        if (tokens.length > 0)
          await trx
            .insertInto('case_name_index')
            .values(tokens.map((token) => ({ case_id: row.id, token })))
            .execute();
        namesReindexed++;
      }
    }
    const check = await trx.selectFrom('key_check').select(['system_key']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
    const system = rewrapDataKey(keyring, check.system_key, SYSTEM_KEY_ID);
    await trx
      .updateTable('key_check')
      .set({ system_key: system.wrapped, check_value: makeKeyCheck(keyring) })
      .where('id', '=', 1)
      .execute();
    await createAuditor(db, keyring, now).record(
      { actorId: null, action: 'keys.rotated', detail: { kekId: keyring.currentId, cases: cases.length, rewrapped } },
      trx,
    );
    return { cases: cases.length, rewrapped, namesReindexed, systemKeyRewrapped: system.changed, kekId: keyring.currentId };
  });
  return report;
}

/**
 * `harbour keys rotate`. With a key file: a new KEK goes first in the file (the old ones stay,
 * so everything remains readable), then everything is rewrapped under it. With
 * HARBOUR_MASTER_KEY the operator has already put the new key in place and the old one in
 * HARBOUR_PREVIOUS_MASTER_KEYS; this rewraps under it.
 */
export async function rotateMasterKey(
  db: Kysely<Database>,
  config: Config,
  verifiedKeyring: Keyring,
  now?: () => Date,
): Promise<RewrapReport & { source: 'key-file' | 'master-key' }> {
  if (config.masterKey) return { ...(await rewrapAll(db, verifiedKeyring, now)), source: 'master-key' };
  const databaseDir = config.database.kind === 'embedded' ? embeddedPaths(config.dataDir).clusterDir : config.dataDir;
  const keyring = rotateKeyFile({ keyDir: config.keyDir, databaseDir });
  return { ...(await rewrapAll(db, keyring, now)), source: 'key-file' };
}
