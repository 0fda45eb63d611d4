import { backupRootKey } from '../platform/crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { createBackup, MIN_PASSPHRASE_LENGTH, restoreBackup, type BackupProgress, type BackupSecret } from '../backup';
import { loadConfig, type Config } from '../platform/config/config';
import { loadOrCreateKeyring, type Keyring } from '../platform/crypto';
import { openDatabase } from '../platform/db/database';
import { embeddedPaths } from '../platform/db/embedded-postgres';
import { HARBOUR_VERSION } from '../server/version';
import { anchorFileFor, databaseIdentity, writeAnchor } from '../platform/audit/head-anchor';
import { UsageError } from './usage-error';

const say = (line: string) => process.stdout.write(`${line}\n`);

function keyringFor(config: Config): Keyring {
  return loadOrCreateKeyring({
    ...(config.masterKey ? { masterKey: config.masterKey } : {}),
    previousMasterKeys: config.previousMasterKeys,
    keyDir: config.keyDir,
    databaseDir: config.database.kind === 'embedded' ? embeddedPaths(config.dataDir).clusterDir : config.dataDir,
    mayCreate: false,
  }).keyring;
}

/** The passphrase is read from a file (or standard input with -), never from the command line, where other users could see it. */
function readPassphrase(file: string): string {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new UsageError(`--passphrase-file: cannot read "${file}".`);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw new UsageError(`--passphrase-file: the passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  return passphrase;
}

/** Progress on stderr: one updating line on a terminal, a line per table otherwise. */
function progressPrinter(verb: string): (event: BackupProgress) => void {
  const tty = process.stderr.isTTY;
  return (event) => {
    if (event.phase === 'table' && tty) process.stderr.write(`\r${verb} ${event.table}: ${event.rows}/${event.total} rows\u001b[K`);
    if (event.phase === 'table-done')
      process.stderr.write(`${tty ? '\r' : ''}${verb} ${event.table}: ${event.rows} rows\u001b[K\n`.replace(tty ? '' : '\u001b[K', ''));
    if (event.phase === 'files' && tty) process.stderr.write(`\r${verb} evidence files: ${event.files}\u001b[K`);
    if (event.phase === 'verify') process.stderr.write('Verifying every restored row, the audit trail and the master key…\n');
  };
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Write an encrypted backup of every table, taken in one consistent snapshot. Safe while Harbour runs.')
    .requiredOption('--out <file>', 'where to write the backup (must not exist yet)')
    .option('--passphrase-file <file>', 'encrypt with the passphrase in this file (or - for standard input) instead of a key derived from the master key')
    .action(async (options: { out: string; passphraseFile?: string }) => {
      const out = resolve(options.out);
      if (existsSync(out)) throw new UsageError(`--out: ${out} already exists; choose a new file name (backups are never overwritten).`);
      if (!existsSync(dirname(out)))
        throw new UsageError(`--out: the folder ${dirname(out)} does not exist; create it first, or choose a file in a folder that does.`);
      const config = loadConfig(process.env);
      const passphrase = options.passphraseFile ? readPassphrase(options.passphraseFile) : undefined;
      // The database first: a folder holding no Harbour is refused before a key is looked for.
      const database = await openDatabase(config, 'command');
      let secret: BackupSecret;
      try {
        secret =
          passphrase !== undefined
            ? { kind: 'passphrase', passphrase }
            : (() => {
                const keyring = keyringFor(config);
                return { kind: 'master-key' as const, kekId: keyring.currentId, rootKey: (id: string) => backupRootKey(keyring, id) };
              })();
      } catch (error) {
        await database.close();
        throw error;
      }
      try {
        const started = Date.now();
        const manifest = await createBackup({
          db: database.db as unknown as Kysely<unknown>,
          out,
          dataDir: config.dataDir,
          secret,
          harbourVersion: HARBOUR_VERSION,
          now: () => new Date(),
          progress: progressPrinter('Saved'),
        });
        const rows = manifest.tables.reduce((n, t) => n + t.count, 0);
        say(
          `Backup written to ${out}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.files?.length ?? 0} evidence files (still sealed), in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
        );
        if (manifest.filesMissing?.length)
          process.stderr.write(
            `Warning: ${manifest.filesMissing.length} evidence files recorded in the database are not in the data folder, so they are not in this backup (file ids: ${manifest.filesMissing.join(', ')}). Run \`harbour evidence verify\`.\n`,
          );
        say(
          secret.kind === 'passphrase'
            ? 'It is encrypted with your passphrase: keep the passphrase apart from the backup.'
            : 'It is encrypted with a key derived from the master key: keep a copy of the master key apart from the backups.',
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('restore')
    .description('Restore a backup into an empty database (a new data folder, or an empty DATABASE_URL), then verify every row.')
    .argument('<file>', 'the backup file')
    .option('--passphrase-file <file>', 'the passphrase the backup was made with, in this file (or - for standard input)')
    .action(async (file: string, options: { passphraseFile?: string }) => {
      const path = resolve(file);
      if (!existsSync(path)) throw new UsageError(`cannot read "${file}": check the path.`);
      const config = loadConfig(process.env);
      const keyring = keyringFor(config);
      const secret: BackupSecret = options.passphraseFile
        ? { kind: 'passphrase', passphrase: readPassphrase(options.passphraseFile) }
        : { kind: 'master-key', kekId: keyring.currentId, rootKey: (id: string) => backupRootKey(keyring, id) };
      // As the server role, so the embedded database is ours alone: a running Harbour is refused.
      const database = await openDatabase(config, 'server', { poolSize: 2 });
      try {
        const manifest = await restoreBackup({
          db: database.db as unknown as Kysely<unknown>,
          file: path,
          dataDir: config.dataDir,
          secret,
          keyring,
          progress: progressPrinter('Restored'),
        });
        // The restored database is a new one: its audit head is recorded afresh beside the master key.
        try {
          const identity = await databaseIdentity(database.db);
          writeAnchor(keyring, anchorFileFor(config.keyDir, identity), identity, manifest.auditHead, new Date());
        } catch (error) {
          process.stderr.write(
            `Warning: the restore is complete, but its audit head could not be recorded in ${config.keyDir} (${(error as { code?: string }).code ?? (error as Error).name}). Run \`harbour audit verify\` once the key folder is writable.\n`,
          );
        }
        const rows = manifest.tables.reduce((n, t) => n + t.count, 0);
        say(
          `Restored ${rows} rows in ${manifest.tables.length} tables from the backup of ${manifest.createdAt}; every row, the audit trail and the master key check out. Start Harbour with \`harbour start\`.`,
        );
        const { evidence } = manifest;
        say(`Evidence files restored and checked against their recorded SHA-256: ${evidence.restored}.`);
        if (evidence.missing.length)
          process.stderr.write(
            `Warning: ${evidence.missing.length} evidence files are not in this backup (made before backups held files, or missing when it was taken). Copy them into ${config.dataDir}/evidence from a copy of the old data folder, then run \`harbour evidence verify\`.\n`,
          );
        if (evidence.damaged.length)
          process.stderr.write(
            `Warning: ${evidence.damaged.length} restored evidence files do not match the hash recorded at upload (file ids: ${evidence.damaged.join(', ')}); Harbour will refuse to send them. Run \`harbour evidence verify\`.\n`,
          );
        say(
          `Every session was dropped (${manifest.sessionsDropped}): everyone signs in again. Audit head after the restore: seq ${manifest.auditHead.seq}, hash ${manifest.auditHead.hash}.`,
        );
      } finally {
        await database.close();
      }
    });
}
