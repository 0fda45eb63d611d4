import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../platform/config/config';
import { openDatabase, type OpenDatabase } from '../platform/db/database';
import { buildApp } from '../platform/http/app';
import type { AppContext } from '../platform/http/context';
import { createLogger } from '../platform/logging/logger';
import { issueSetupLink, setupNeeded } from '../accounts';
import { openSecurity } from './security';
import { bindCompartments } from '../cases/use-cases/bind-compartments';
import { startAnchorWriter, type AnchorWriter } from '../platform/audit/head-anchor';
import { startScheduler, type Scheduler } from '../platform/jobs/scheduled-runs';
import { shredCasesPastRetention } from '../cases/use-cases/retention';
import { giveReminders } from '../reminders';
import { todayOf } from '../calendar/calendar';
import { smtpMailer, type Mailer } from '../platform/mail/mailer';

/** How often the running server records the audit trail's head in the key folder (and once more at stop). */
const AUDIT_HEAD_INTERVAL_MS = 5_000;
import { ROUTES } from './routes';
import { HARBOUR_VERSION } from './version';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  database: OpenDatabase;
  url: string;
  stop(): Promise<void>;
}

/** Names, in the data folder, the address a running server's links start with. */
export const SERVER_URL_FILE = 'server-url';

/** Human-facing lines go to the terminal; structured request logs go through pino. */
export type Say = (line: string) => void;

export async function buildContext(
  config: Config,
  database: OpenDatabase,
  logger: Logger,
  say: Say,
  options: { mayCreate?: boolean } = {},
): Promise<AppContext> {
  const security = await openSecurity(config, database.db, say, undefined, options);
  const bound = await bindCompartments(database.db, security.keyring);
  if (bound.resealed > 0) say(`Resealed ${bound.resealed} story pieces and sitting notes with their compartment bound to the encryption. No action is needed.`);
  if (bound.unopenable > 0)
    say(
      `WARNING: ${bound.unopenable} story pieces or sitting notes could not be opened to reseal them with their compartment; they were left as they are. Run \`harbour audit verify\` and compare with a backup.`,
    );
  return {
    config,
    db: database.db,
    databaseKind: database.kind,
    logger,
    secrets: security.secrets,
    audit: security.audit,
    keyring: security.keyring,
    now: () => new Date(),
    version: HARBOUR_VERSION,
  };
}

export async function startServer(config: Config, options: { logger?: Logger; say?: Say } = {}): Promise<RunningServer> {
  const say: Say = options.say ?? ((line) => process.stdout.write(`${line}\n`));
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openDatabase(config, 'server');
  let anchor: AnchorWriter | undefined;
  let retention: Scheduler | undefined;
  let reminders: Scheduler | undefined;
  let mailer: Mailer | undefined;
  try {
    if (database.embedded?.recovered) {
      say(
        `Recovered the embedded database: a PostgreSQL server left running by an earlier Harbour process (pid ${database.embedded.recovered.stalePostmasterPid}) was stopped cleanly and restarted. No action is needed.`,
      );
    }
    if (database.embedded?.created) say(`Created a new embedded database in ${database.embedded.paths.clusterDir}.`);
    if (database.embedded?.relocatedTo) {
      say(
        `The database user cannot reach ${config.dataDir} (a folder only root may enter), so this installation's database lives in ${database.embedded.relocatedTo}; ${config.dataDir}/postgres-location points to it. Back up both, or use \`harbour backup\`.`,
      );
    }
    const ctx = await buildContext(config, database, logger, say);
    const reportJob = (event: { job: string; period?: string; outcome?: string; error?: string }) =>
      event.error
        ? logger.error({ event: 'scheduled-job', job: event.job, code: event.error }, 'A scheduled job failed; the next period runs it again.')
        : logger.info({ event: 'scheduled-job', job: event.job, period: event.period, outcome: event.outcome }, 'scheduled job ran');
    anchor = startAnchorWriter(ctx.db, ctx.keyring, config.keyDir, {
      intervalMs: AUDIT_HEAD_INTERVAL_MS,
      now: () => new Date(),
      report: (detail) => logger.error({ event: 'audit-head' }, `${detail} Run \`harbour audit verify\` and investigate.`),
    });
    // Retention by the server itself, when the operator asked for it: claimed once per period
    // across every process sharing the database (docs/operations/scale-out.md).
    if (config.retentionSchedule !== 'off') {
      retention = startScheduler(
        ctx.db,
        'retention',
        config.retentionSchedule === 'daily' ? 'day' : 'hour',
        async () => `deleted ${(await shredCasesPastRetention(ctx)).length}`,
        {
          checkMs: config.scheduleCheckSeconds * 1000,
          report: reportJob,
        },
      );
    }
    // Reminders: once a day across every process; each reminder is given once (ADR 0019).
    if (config.reminders === 'on') {
      mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
      const sender = mailer;
      reminders = startScheduler(
        ctx.db,
        'reminders',
        'day',
        async () => {
          const run = await giveReminders(ctx, { today: todayOf(ctx), mailer: sender });
          return `given ${run.given}, emailed ${run.emailed}, failed ${run.failed}`;
        },
        {
          checkMs: config.scheduleCheckSeconds * 1000,
          report: reportJob,
        },
      );
    }
    const app = await buildApp(ctx, { routes: ROUTES });
    // Fastify's own "Server listening at" line would repeat the friendly one below: heard only at debug.
    const level = app.log.level;
    if (level !== 'debug' && level !== 'trace') app.log.level = 'warn';
    try {
      await app.listen({ host: config.host, port: config.port });
    } finally {
      app.log.level = level;
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    say(`Harbour ${HARBOUR_VERSION} is listening on ${url} (database: ${database.kind}).`);
    say(`Master key folder: ${config.keyDir} (keep a copy apart from the database backups).`);
    if (config.logLevel !== 'debug') say('Requests are not logged here; set HARBOUR_LOG_LEVEL=debug to see each one. Stop Harbour with Ctrl+C.');
    // Commands run beside this server (`harbour user invite`, `setup`) print links to it, wherever it listens.
    writeFileSync(join(config.dataDir, SERVER_URL_FILE), `${config.port === 0 ? url : config.publicUrl}\n`, { mode: 0o600 });
    if (await setupNeeded(ctx)) {
      const link = await issueSetupLink(config.port === 0 ? { ...ctx, config: { ...config, publicUrl: url } } : ctx);
      say(
        `Harbour is not set up yet. Open this one-time link to create your organisation and its administrator (expires in 24 hours):\n\n  ${link.url}\n\nRun \`harbour setup\` for a fresh link.`,
      );
    }
    let stopping: Promise<void> | undefined;
    return {
      app,
      ctx,
      database,
      url,
      stop: () =>
        (stopping ??= (async () => {
          await app.close();
          await retention?.stop();
          await reminders?.stop();
          mailer?.close();
          rmSync(join(config.dataDir, SERVER_URL_FILE), { force: true });
          await anchor?.stop(); // the last head, recorded after the last request
          await database.close();
        })()),
    };
  } catch (error) {
    await retention?.stop().catch(() => undefined);
    await reminders?.stop().catch(() => undefined);
    mailer?.close();
    await anchor?.stop().catch(() => undefined);
    await database.close();
    throw error;
  }
}
