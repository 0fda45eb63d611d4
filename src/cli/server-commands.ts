import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../platform/config/config';
import { DataFolderInUseError, lockOwner } from '../platform/db/data-folder-lock';
import { openDatabase } from '../platform/db/database';
import { createLogger } from '../platform/logging/logger';
import { ROLES, type Role } from '../platform/db/schema';
import { createInvitation, issueSetupLink, setupNeeded } from '../accounts';
import { buildContext, SERVER_URL_FILE, startServer } from '../server/start-server';
import { UsageError } from './usage-error';
import { emailSchema } from '../accounts/schemas';
import { advanceAnchor } from '../platform/audit/head-anchor';
import { formatInstant } from '../core/dates/format';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Links a command prints (invitations, setup, authenticator resets) point where the running
 * server listens, not at the default port, unless HARBOUR_PUBLIC_URL says where people reach it.
 */
function linksToRunningServer(config: Config): Config {
  const file = join(config.dataDir, SERVER_URL_FILE);
  if (process.env.HARBOUR_PUBLIC_URL || config.database.kind !== 'embedded' || lockOwner(config.dataDir) === undefined || !existsSync(file)) return config;
  return { ...config, publicUrl: readFileSync(file, 'utf8').trim() };
}

/**
 * Runs `work` with a context on the configured database, then closes it. Only a command that
 * creates an installation (setup, demo seed) passes `mayCreate`, and then says so when it did; every other one is refused, creating nothing, when
 * HARBOUR_DATA_DIR (or DATABASE_URL) holds no Harbour. As it ends, the command records the audit
 * trail's head in the key folder (it may have added entries), unless `recordHead` is false.
 */
export async function withContext<T>(
  work: (ctx: Awaited<ReturnType<typeof buildContext>>) => Promise<T>,
  options: { mayCreate?: boolean; recordHead?: boolean } = {},
): Promise<T> {
  const config = linksToRunningServer(loadConfig(process.env));
  const database = await openDatabase(config, 'command', { mayCreate: options.mayCreate ?? false });
  if (database.embedded?.created)
    say(`There was no Harbour installation in ${config.dataDir}: created a new one (database in ${database.embedded.paths.clusterDir}).`);
  try {
    const ctx = await buildContext(config, database, createLogger('warn', process.stderr), say, { mayCreate: options.mayCreate ?? false });
    const result = await work(ctx);
    if (options.recordHead !== false) {
      // The command's own work is done: a problem recording the head is a warning, not a failure of the command.
      const check = await advanceAnchor(ctx.db, ctx.keyring, config.keyDir, new Date()).catch((error: unknown) => ({
        ok: false as const,
        detail: `Could not record the audit head in ${config.keyDir} (${(error as { code?: string }).code ?? (error as Error).name}).`,
      }));
      if (!check.ok) process.stderr.write(`Warning: ${check.detail} Run \`harbour audit verify\`.\n`);
    }
    return result;
  } finally {
    await database.close();
  }
}

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('Run the Harbour server (web UI and API) on HOST:PORT, storing data in HARBOUR_DATA_DIR.')
    .option('--check', 'only check that no Harbour is running on this data folder (npm start asks before it rebuilds the web app)')
    .action(async (options: { check?: boolean }) => {
      const config = loadConfig(process.env);
      if (options.check) {
        const owner = config.database.kind === 'embedded' ? lockOwner(config.dataDir) : undefined;
        if (owner !== undefined) throw new DataFolderInUseError(config.dataDir, owner);
        return;
      }
      const server = await startServer(config);
      const shutdown = (signal: string) => {
        say(`Received ${signal}: stopping Harbour…`);
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`Harbour did not stop cleanly: ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      await new Promise(() => undefined);
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date (also done automatically by `harbour start`).')
    .action(async () => {
      await withContext(async () => undefined);
      say('The database schema is up to date.');
    });

  program
    .command('setup')
    .description('Print a fresh one-time link that creates the first organisation and its administrator.')
    .action(async () => {
      await withContext(
        async (ctx) => {
          if (!(await setupNeeded(ctx))) {
            throw new Error('Harbour is already set up. An administrator can invite people from Organisation > Members, or run `harbour user invite`.');
          }
          const link = await issueSetupLink(ctx);
          say(`Open this one-time link to set up Harbour (expires ${formatInstant(link.expiresAt, 'en')}):\n\n  ${link.url}\n`);
        },
        { mayCreate: true },
      );
    });

  const user = program.command('user').description('Manage people.');
  user
    .command('invite')
    .description('Create an invitation link for a new person in the organisation.')
    .requiredOption('--email <email>', 'their email address')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .action(async (options: { email: string; role: string }) => {
      const email = emailSchema.safeParse(options.email);
      if (!email.success) throw new UsageError(`--email: "${options.email}" is not an email address.`);
      if (!ROLES.includes(options.role as Role)) throw new UsageError(`--role: "${options.role}" is not a role; use one of ${ROLES.join(', ')}.`);
      await withContext(async (ctx) => {
        const org = await ctx.db.selectFrom('organisations').select('id').where('is_demo', '=', false).orderBy('created_at').executeTakeFirst();
        if (!org) throw new Error('Harbour is not set up yet. Run `harbour setup` first.');
        const invitation = await createInvitation(ctx, { organisationId: org.id, invitedBy: null, email: email.data, role: options.role as Role });
        say(`Send this invitation link to the person privately (expires ${formatInstant(invitation.expiresAt, 'en')}):\n\n  ${invitation.inviteUrl}\n`);
      });
    });
}
