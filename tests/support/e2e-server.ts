import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const webSource = join(repoRoot, 'src/web');
const webIndex = join(repoRoot, 'dist/web/index.html');

/** Asks the OS for a free port by listening on port 0, then releases it for the server. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/web when it is missing or older than any file in src/web. */
export function ensureWebBuild(): void {
  if (existsSync(webIndex) && statSync(webIndex).mtimeMs >= newestMtime(webSource)) return;
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`The web build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface HarbourServer {
  baseUrl: string;
  setupUrl: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Starts `node bin/harbour.js start` on a free port with a fresh data folder, and waits for the
 * "listening on http://" line and the first-run setup link (…/setup#token=…).
 */
export async function startHarbour({ timeoutMs = 90_000 } = {}): Promise<HarbourServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'harbour-e2e-data-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'bin/harbour.js'), 'start'], {
    cwd: repoRoot,
    // Always the embedded database in a fresh folder: each journey starts from an empty Harbour.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')),
      HARBOUR_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also reaches anything it started
  });
  let output = '';
  const stop = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        await waitForExit(child, 5_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const ready = new Promise<{ baseUrl: string; setupUrl: string }>((resolveReady, reject) => {
    let baseUrl: string | null = null;
    let setupUrl: string | null = null;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      for (const line of output.split('\n')) {
        if (!baseUrl && line.includes('listening on http://')) baseUrl = /listening on (http:\/\/[^\s"'\\]+)/.exec(line)?.[1]?.replace(/\/$/, '') ?? null;
        if (!setupUrl && line.includes('/setup#token=')) setupUrl = /(https?:\/\/[^\s"'\\]+\/setup#token=[^\s"'\\]+)/.exec(line)?.[1] ?? null;
      }
      if (baseUrl && setupUrl) resolveReady({ baseUrl, setupUrl });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => reject(new Error(`Harbour exited early (${code ?? signal}):\n${output}`)));
    setTimeout(() => reject(new Error(`Harbour did not print its address and setup link within ${timeoutMs} ms:\n${output}`)), timeoutMs).unref();
  });

  try {
    const { baseUrl, setupUrl } = await ready;
    return { baseUrl, setupUrl, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Fails fast, with the culprit named, when the page or any file it links to is not served. */
export async function assertWebBundleServed(baseUrl: string): Promise<void> {
  const index = await fetch(`${baseUrl}/setup`);
  const html = await index.text();
  if (!index.ok || !/text\/html/.test(index.headers.get('content-type') ?? '')) throw new Error(`GET /setup answered ${index.status}, not the web app`);
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]!);
  const failures: string[] = [];
  for (const asset of assets) {
    const response = await fetch(`${baseUrl}${asset}`);
    if (response.status !== 200) failures.push(`GET ${asset} → ${response.status} ${(await response.text()).slice(0, 200)}`);
  }
  if (assets.length < 2 || failures.length > 0)
    throw new Error(`The server does not serve the web bundle from dist/web:\n${failures.join('\n') || 'index.html links to no assets'}`);
}
