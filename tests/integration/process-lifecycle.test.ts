import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runHarbour, type HarbourProcess } from '../support/harbour-process';
import { repoRoot } from '../support/e2e-server';

const dataDir = mkdtempSync(join(tmpdir(), 'hb-life-'));
const running: HarbourProcess[] = [];
afterAll(async () => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.all(running.map((p) => p.exited));
  rmSync(dataDir, { recursive: true, force: true });
});

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json' } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the server process on the embedded database', () => {
  it('refuses a second server on the same data folder with a clear message', async () => {
    const first = await runHarbour(dataDir);
    running.push(first);
    const second = runHarbour(dataDir);
    await expect(second).rejects.toThrow(/Another Harbour process \(pid \d+\) is already using the data folder/);
  });

  it('refuses to rotate the master key under a running server', () => {
    const { DATABASE_URL: _external, ...env } = process.env;
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/harbour.js'), 'keys', 'rotate'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...env, HARBOUR_DATA_DIR: dataDir },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Harbour is running on this data folder \(pid \d+\)\. Stop it first/);
  });

  it('comes back on the same data after kill -9, saying it recovered the database', async () => {
    const first = running[0]!;
    const setupLink = /(http:\/\/\S+\/setup#token=\S+)/.exec(first.output())![1]!;
    const token = setupLink.split('#token=')[1];
    const setup = await json(`${first.url}/api/setup`, {
      method: 'POST',
      body: JSON.stringify({
        token,
        organisationName: 'Durable Clinic',
        displayName: 'Admin',
        email: 'durable@clinic.example',
        password: 'Tidal-Lantern-Orchard-42',
      }),
    });
    expect(setup.status).toBe(201); // acknowledged write

    first.child.kill('SIGKILL');
    await first.exited;
    const again = await runHarbour(dataDir);
    running.push(again);
    expect(again.output()).toMatch(/Recovered the embedded database/);
    expect((await json(`${again.url}/api/setup/status`)).body).toEqual({ needed: false });
    expect((await json(`${again.url}/api/health`)).body).toMatchObject({ status: 'ok', database: 'embedded' });
  });
});
