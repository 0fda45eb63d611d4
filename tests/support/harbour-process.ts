import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, repoRoot } from './e2e-server';

export interface HarbourProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

/** Runs `harbour start` on `dataDir` (embedded database) and resolves once it listens, or rejects with its output. */
export async function runHarbour(dataDir: string, env: Record<string, string> = {}): Promise<HarbourProcess> {
  const port = await freePort();
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(repoRoot, 'bin/harbour.js'), 'start'], {
    cwd: repoRoot,
    env: { ...inherited, HARBOUR_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', HARBOUR_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Harbour did not start in time:\n${output}`)), 60_000);
    const check = () => {
      const m = /listening on (http:\/\/\S+?) /.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`Harbour exited with ${code}:\n${output}`), { output, code }));
    });
  });
  return { child, url, output: () => output, exited };
}
