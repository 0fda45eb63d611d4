// Starts the real `harbour start` on a fresh data folder for the benchmarks, signs in an
// administrator and a lawyer, and reads the server's memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../tests/support/e2e-server';
import { addMember, setupLinkFrom, setUpAdminOverHttp, type HttpSession } from '../../tests/resilience/support/http-session';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Fixed, so the benchmark can wrap case keys and compute blind-index tokens the server accepts. */
export const BENCH_MASTER_KEY = Buffer.alloc(32, 0x5a).toString('base64');

export interface BenchServer {
  url: string;
  child: ChildProcess;
  dataDir: string;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  coldStartMs: number;
  output(): string;
  stop(): Promise<void>;
}

export async function startBenchServer(options: { databaseUrl?: string; dataDir?: string; logLevel?: string } = {}): Promise<BenchServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hb-bench-'));
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ') ?? []), join(repoRoot, 'bin/harbour.js'), 'start'], {
    cwd: repoRoot,
    env: {
      ...inherited,
      HARBOUR_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      HARBOUR_MASTER_KEY: BENCH_MASTER_KEY,
      HARBOUR_LOG_LEVEL: options.logLevel ?? 'info',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Keep only the human lines; request logs (JSON) are read and dropped, as a terminal or journald would take them.
  const keep = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (line && !line.startsWith('{')) output += `${line}\n`;
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`harbour start exited:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
    if (performance.now() - started > 120_000) throw new Error(`harbour start did not answer within 2 minutes:\n${output}`);
  }
  const coldStartMs = performance.now() - started;
  return {
    url,
    child,
    dataDir,
    coldStartMs,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signInStaff(server: BenchServer): Promise<{ admin: HttpSession; lawyer: HttpSession }> {
  const admin = await setUpAdminOverHttp(server.url, await setupLinkFrom(server.output));
  const lawyer = await addMember(server.url, admin, 'lawyer@bench.example', 'lawyer');
  return { admin, lawyer };
}

/** Resident set size of a process, in MiB (Linux). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}
