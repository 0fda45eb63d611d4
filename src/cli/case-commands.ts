import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { verifyAuditLog } from '../platform/audit/audit-log';
import { anchorFileFor, databaseIdentity, readAnchor, writeAnchor } from '../platform/audit/head-anchor';
import type { Keyring } from '../platform/crypto';
import type { Database } from '../platform/db/schema';
import { DemoExistsError, seedDemo } from '../cases/demo/seed-demo';
import { rotateMasterKey } from '../cases/use-cases/rotate-keys';
import { casesPastRetention, shredCasesPastRetention } from '../cases/use-cases/retention';
import { withContext } from './server-commands';
import { runOncePerPeriod } from '../platform/jobs/scheduled-runs';
import { loadConfig } from '../platform/config/config';
import { lockOwner } from '../platform/db/data-folder-lock';
import { UsageError } from './usage-error';
import { formatDay } from '../core/dates/format';

const say = (line: string) => process.stdout.write(`${line}\n`);

export interface AuditVerdictReport {
  exitCode: 0 | 1;
  line: string;
}

/**
 * `harbour audit verify`: 0 when every link holds and the trail still reaches the head recorded in
 * the key folder (`keyDir`); 1 naming the first entry that does not, or a trail cut short. When it
 * verifies, the recorded head moves up to the trail's current head.
 */
export async function auditVerify(db: Kysely<Database>, keyring: Keyring, options: { keyDir?: string; now?: Date } = {}): Promise<AuditVerdictReport> {
  const database = options.keyDir ? await databaseIdentity(db) : undefined;
  const file = options.keyDir && database ? anchorFileFor(options.keyDir, database) : undefined;
  const anchor = file && database ? readAnchor(keyring, file, database) : undefined;
  if (anchor?.kind === 'invalid') {
    return {
      exitCode: 1,
      line: `The recorded audit head ${anchor.file} cannot be trusted: ${anchor.reason}. Nothing was verified against it; keep the database and the key folder as they are and investigate.`,
    };
  }
  const recorded = anchor?.kind === 'recorded' ? anchor.head : undefined;
  const verdict = await verifyAuditLog(db, keyring, recorded);
  if (verdict.ok) {
    if (verdict.head && file && database) writeAnchor(keyring, file, database, verdict.head, options.now ?? new Date());
    const against = recorded
      ? ` It reaches its recorded head (seq ${recorded.seq}${anchor?.kind === 'recorded' ? `, recorded ${anchor.at}` : ''}).`
      : file
        ? ' No head had been recorded for this database yet.'
        : '';
    const head = verdict.head
      ? ` Head: seq ${verdict.head.seq}, hash ${verdict.head.hash}${file ? ` (now recorded in ${file})` : ''}. Keep this line somewhere outside the database and the key folder too.`
      : '';
    return { exitCode: 0, line: `The audit trail is intact: ${verdict.count} entries verified.${against}${head}` };
  }
  if (verdict.reason === 'truncated' && recorded) {
    return {
      exitCode: 1,
      line: `The audit trail has been tampered with: it is shorter than its recorded head (seq ${recorded.seq}, hash ${recorded.hash}); entries from seq ${verdict.seq} on were removed. Keep the database as it is and investigate; the backups hold the missing entries.`,
    };
  }
  if (verdict.reason === 'rewritten' && recorded) {
    return {
      exitCode: 1,
      line: `The audit trail has been tampered with: its entry at the recorded head (seq ${recorded.seq}) has another hash than the one recorded (${recorded.hash}). Keep the database as it is and investigate.`,
    };
  }
  return {
    exitCode: 1,
    line: `The audit trail is broken at seq ${verdict.seq} (${verdict.reason}). Entries from there on cannot be trusted; keep the database as it is and investigate.`,
  };
}

export function registerCaseCommands(program: Command): void {
  program
    .command('keys')
    .description('Manage the master key.')
    .command('rotate')
    .description('Add a new master key, rewrap every case key and the system key under it, and store a new key check.')
    .action(async () => {
      // A running server holds the old keys in memory: rotating under it would break every case
      // request until it restarts. (With DATABASE_URL, stop every server first; see the docs.)
      const config = loadConfig(process.env);
      const running = config.database.kind === 'embedded' ? lockOwner(config.dataDir) : undefined;
      if (running !== undefined)
        throw new Error(`Harbour is running on this data folder (pid ${running}). Stop it first, then run \`harbour keys rotate\` again.`);
      await withContext(async (ctx) => {
        const report = await rotateMasterKey(ctx.db, ctx.config, ctx.keyring);
        if (report.source === 'master-key' && report.rewrapped === 0 && !report.systemKeyRewrapped) {
          say(
            'Everything is already wrapped under HARBOUR_MASTER_KEY. To rotate it: set HARBOUR_MASTER_KEY to a new key, put the old one in HARBOUR_PREVIOUS_MASTER_KEYS, and run this command again.',
          );
          return;
        }
        say(
          `Rotated to master key ${report.kekId}: ${report.rewrapped} of ${report.cases} case keys rewrapped, ${report.namesReindexed} name indexes recomputed, new key check stored.`,
        );
        say(
          report.source === 'key-file'
            ? 'The previous keys stay in the key file so older audit entries remain verifiable. Back up the key file now, away from the database backups.'
            : 'Keep the previous key in HARBOUR_PREVIOUS_MASTER_KEYS while older audit entries need verifying; back up the new key now.',
        );
      });
    });

  program
    .command('retention')
    .description(
      'List closed cases whose retention period has ended (codes and dates only); with --apply, delete them for good (crypto-shredding), each with an audit entry.',
    )
    .option('--apply', 'delete the listed cases now (run it daily, e.g. from cron)')
    .option('--once-per-day', 'with --apply: only if no Harbour process (this command on another machine, a server) has run it today (UTC)')
    .action(async (options: { apply?: boolean; oncePerDay?: boolean }) => {
      await withContext(async (ctx) => {
        if (options.apply && options.oncePerDay) {
          const done = await runOncePerPeriod(ctx.db, 'retention', 'day', async () => `deleted ${(await shredCasesPastRetention(ctx)).length}`);
          say(
            done ? `Retention ran for ${done.claim.period}: ${done.outcome}.` : 'Retention has already run today (UTC) on another process. Nothing was done.',
          );
          return;
        }
        if (options.apply) {
          const deleted = await shredCasesPastRetention(ctx);
          say(
            deleted.length === 0
              ? 'No case is past its retention period. Nothing was deleted.'
              : `Deleted ${deleted.length} case${deleted.length === 1 ? '' : 's'} past the retention period: ${deleted.join(', ')}.`,
          );
          return;
        }
        const due = await casesPastRetention(ctx);
        if (due.length === 0) return say('No case is past its retention period.');
        for (const c of due) say(`${c.code}  closed ${formatDay(c.closedAt, 'en')}  deletable since ${formatDay(c.deleteOn, 'en')}`);
        say(
          `${due.length} case${due.length === 1 ? '' : 's'} past the retention period. Run \`harbour retention --apply\` to delete ${due.length === 1 ? 'it' : 'them'} for good.`,
        );
      });
    });

  program
    .command('audit')
    .description('Check the audit trail.')
    .command('verify')
    .description('Verify every link of the audit trail; exit 1 naming the first bad entry.')
    .action(async () => {
      await withContext(
        async (ctx) => {
          const report = await auditVerify(ctx.db, ctx.keyring, { keyDir: ctx.config.keyDir });
          (report.exitCode === 0 ? process.stdout : process.stderr).write(`${report.line}\n`);
          process.exitCode = report.exitCode;
        },
        { recordHead: false },
      );
    });

  program
    .command('demo')
    .description('Demonstration data.')
    .command('seed')
    .description('Create a labelled demo organisation, demo people and five fictional cases. Credentials are printed here only.')
    .option('--marker <text>', 'place this text inside every sensitive field (for privacy tests)')
    .action(async (options: { marker?: string }) => {
      if (options.marker !== undefined && options.marker.trim().length < 8)
        throw new UsageError('--marker: use at least 8 characters, so it cannot match by chance.');
      await withContext(
        async (ctx) => {
          try {
            const seed = await seedDemo(ctx, { marker: options.marker });
            say(`Created the demo organisation with ${seed.caseCodes.length} fictional cases: ${seed.caseCodes.join(', ')}.`);
            say('Demo people (shown once; not stored anywhere readable). Add each TOTP secret to an authenticator app:');
            for (const p of seed.people) say(`  ${p.role.padEnd(15)} ${p.email}  password ${p.password}  TOTP secret ${p.totpSecret}`);
          } catch (error) {
            if (error instanceof DemoExistsError) throw new UsageError(error.message);
            throw error;
          }
        },
        { mayCreate: true },
      ); // a demo may start a new installation of its own (and says so)
    });
}
