// A scale-out deployment on one machine, for tests/scale-out and bench/scale-out.ts: PgBouncer
// in transaction mode in front of an external PostgreSQL (DATABASE_URL), n `harbour start`
// processes sharing one database and one master key, and nginx balancing round robin over them.
// Everything listens on 127.0.0.1, on free unprivileged ports, with configs in a temp folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, repoRoot } from '../support/e2e-server';

const SBIN = ['/usr/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/bin'];

function findBinary(name: string): string | undefined {
  const which = spawnSync('sh', ['-c', `command -v ${name}`], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${process.env.PATH ?? ''}:${SBIN.join(':')}` },
  });
  const found = which.stdout.trim();
  return which.status === 0 && found ? found : undefined;
}

/** Why the scale-out run cannot happen here, or undefined when it can. */
export function missingPrerequisite(): string | undefined {
  const missing = [!process.env.DATABASE_URL && 'DATABASE_URL', !findBinary('nginx') && 'nginx', !findBinary('pgbouncer') && 'pgbouncer'].filter(Boolean);
  return missing.length === 0
    ? undefined
    : `the scale-out test needs ${missing.join(', ')} (apt-get install nginx pgbouncer; DATABASE_URL=postgres://… of an external PostgreSQL); skipped`;
}

function waitForPort(port: number, timeoutMs: number, what: string, output: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > until) reject(new Error(`${what} did not listen on ${port} in time:\n${output()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export interface HarbourNode {
  index: number;
  port: number;
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  alive: boolean;
}

export interface Cluster {
  /** nginx, round robin over every process. */
  url: string;
  nodes: HarbourNode[];
  /** The one-time setup link a process printed (its token is what matters). */
  setupToken: string;
  /** A direct connection to the database (not through PgBouncer), for checks. */
  db: pg.Pool;
  /** The environment every Harbour process shares (for running `harbour` commands beside them). */
  env: Record<string, string>;
  dir: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  processes: number;
  /** Extra settings for every process. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

function startChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { child: ChildProcess; output(): string; exited: Promise<number | null> } {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + String(d)).slice(-20_000)));
  child.stderr!.on('data', (d) => (output = (output + String(d)).slice(-20_000)));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

/** Starts PgBouncer, `processes` Harbour servers and nginx on a new database of DATABASE_URL's server. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => undefined);
  const external = new URL(process.env.DATABASE_URL!);
  const dir = mkdtempSync(join(tmpdir(), 'hb-scale-'));
  // PgBouncer may not run as root; it drops to the database's owner and must read its config.
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  const databaseName = `harbour_scale_${randomBytes(5).toString('hex')}`;
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const admin = new pg.Client({ connectionString: external.toString() });
    await admin.connect();
    await admin.query(`create database ${databaseName}`);
    await admin.end();
    stops.push(async () => {
      const c = new pg.Client({ connectionString: external.toString() });
      await c.connect();
      await c.query(`drop database if exists ${databaseName} with (force)`);
      await c.end();
    });
    const direct = new URL(external.toString());
    direct.pathname = `/${databaseName}`;
    const db = new pg.Pool({ connectionString: direct.toString(), max: 4 });
    stops.push(() => db.end());

    // PgBouncer, transaction mode.
    const bouncerPort = await freePort();
    const user = decodeURIComponent(external.username || 'postgres');
    const password = decodeURIComponent(external.password);
    const target = [
      `host=${external.hostname}`,
      `port=${external.port || '5432'}`,
      `dbname=${databaseName}`,
      `user=${user}`,
      ...(password ? [`password=${password}`] : []),
    ].join(' ');
    writeFileSync(join(dir, 'userlist.txt'), `"${user}" ""\n`, { mode: 0o644 });
    writeFileSync(
      join(dir, 'pgbouncer.ini'),
      [
        '[databases]',
        `harbour = ${target}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${bouncerPort}`,
        'unix_socket_dir =',
        'auth_type = trust',
        `auth_file = ${join(dir, 'userlist.txt')}`,
        'pool_mode = transaction',
        'max_client_conn = 1000',
        'default_pool_size = 20',
        'reserve_pool_size = 5',
        'server_reset_query =',
        'ignore_startup_parameters = extra_float_digits,options',
        `logfile = ${join(dir, 'pgbouncer.log')}`,
        `pidfile = ${join(dir, 'pgbouncer.pid')}`,
        '',
      ].join('\n'),
      { mode: 0o644 },
    );
    if (asRoot) spawnSync('chown', ['postgres', dir]);
    const bouncer = startChild(findBinary('pgbouncer')!, [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')]);
    stops.push(async () => {
      bouncer.child.kill('SIGINT');
      await Promise.race([bouncer.exited, new Promise((r) => setTimeout(r, 5_000))]);
      bouncer.child.kill('SIGKILL');
    });
    await waitForPort(bouncerPort, 15_000, 'PgBouncer', () => bouncer.output() + safeRead(join(dir, 'pgbouncer.log')));
    log(`PgBouncer (transaction mode) on ${bouncerPort} → ${external.hostname}:${external.port}/${databaseName}`);

    // Harbour processes: one database URL (through PgBouncer), one master key, their own data folders.
    const ports = await Promise.all(Array.from({ length: options.processes }, () => freePort()));
    const nginxPort = await freePort();
    const env: Record<string, string> = {
      DATABASE_URL: `postgres://${encodeURIComponent(user)}@127.0.0.1:${bouncerPort}/harbour`,
      HARBOUR_MASTER_KEY: randomBytes(32).toString('base64'),
      HARBOUR_PREPARED_STATEMENTS: 'false',
      HARBOUR_TRUST_PROXY: '127.0.0.1',
      HARBOUR_PUBLIC_URL: `http://127.0.0.1:${nginxPort}`,
      HARBOUR_LOG_LEVEL: 'warn',
      HARBOUR_KEY_DIR: join(dir, 'keys'),
      ...options.env,
    };
    const nodes: HarbourNode[] = [];
    // Started together: they take turns migrating the empty database.
    await Promise.all(
      ports.map(async (port, index) => {
        const dataDir = join(dir, `node-${index + 1}`);
        mkdirSync(dataDir);
        const started = startChild(process.execPath, [join(repoRoot, 'bin/harbour.js'), 'start'], {
          ...process.env,
          ...env,
          HARBOUR_DATA_DIR: dataDir,
          HOST: '127.0.0.1',
          PORT: String(port),
        });
        const node: HarbourNode = {
          index,
          port,
          url: `http://127.0.0.1:${port}`,
          child: started.child,
          output: started.output,
          exited: started.exited,
          alive: true,
        };
        void started.exited.then(() => (node.alive = false));
        nodes[index] = node;
        stops.push(async () => {
          if (!node.alive) return;
          node.child.kill('SIGTERM');
          await Promise.race([started.exited, new Promise((r) => setTimeout(r, 10_000))]);
          node.child.kill('SIGKILL');
        });
        await Promise.race([
          waitForPort(port, 90_000, `Harbour process ${index + 1}`, started.output),
          started.exited.then((code) => {
            throw new Error(`Harbour process ${index + 1} exited with ${code}:\n${started.output()}`);
          }),
        ]);
      }),
    );
    log(`${nodes.length} Harbour processes on ${ports.join(', ')}`);
    // The database is new, so each process prints a setup link once it listens.
    const setupToken = async (): Promise<string> => {
      for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
        const token = nodes.map((n) => /#token=([\w-]+)/.exec(n.output())?.[1]).find(Boolean);
        if (token) return token;
      }
      throw new Error(`no process printed a setup link:\n${nodes.map((n) => n.output()).join('\n')}`);
    };
    const setupLine = await setupToken();

    // nginx, round robin; says which process answered in X-Harbour-Upstream.
    mkdirSync(join(dir, 'nginx'));
    writeFileSync(
      join(dir, 'nginx', 'nginx.conf'),
      `
${asRoot ? 'user nobody nogroup;' : ''}
worker_processes 1;
daemon off;
pid ${join(dir, 'nginx', 'nginx.pid')};
error_log ${join(dir, 'nginx', 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'nginx', 'body')};
  proxy_temp_path ${join(dir, 'nginx', 'proxy')};
  fastcgi_temp_path ${join(dir, 'nginx', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'nginx', 'uwsgi')};
  scgi_temp_path ${join(dir, 'nginx', 'scgi')};
  upstream harbour {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${nginxPort};
    client_max_body_size 2m;
    location / {
      proxy_pass http://harbour;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout;
      add_header X-Harbour-Upstream $upstream_addr always;
    }
  }
}
`,
    );
    const nginx = startChild(findBinary('nginx')!, ['-p', join(dir, 'nginx'), '-c', join(dir, 'nginx', 'nginx.conf'), '-e', join(dir, 'nginx', 'error.log')]);
    stops.push(async () => {
      nginx.child.kill('SIGQUIT');
      await Promise.race([nginx.exited, new Promise((r) => setTimeout(r, 5_000))]);
      nginx.child.kill('SIGKILL');
    });
    await waitForPort(nginxPort, 15_000, 'nginx', () => nginx.output() + safeRead(join(dir, 'nginx', 'error.log')));
    log(`nginx (round robin) on ${nginxPort}`);

    return {
      url: `http://127.0.0.1:${nginxPort}`,
      nodes,
      setupToken: setupLine,
      db,
      env,
      dir,
      stop: async () => {
        await stopAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Runs a `harbour` command with the cluster's shared settings (through PgBouncer). */
export function harbourCommand(cluster: Cluster, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const dataDir = join(cluster.dir, 'command');
  mkdirSync(dataDir, { recursive: true });
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/harbour.js'), ...args], {
    env: { ...process.env, ...cluster.env, HARBOUR_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
