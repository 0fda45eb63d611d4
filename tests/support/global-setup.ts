import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { embeddedConnection, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../src/platform/db/embedded-postgres';
import { ensureWebBuild } from './e2e-server';

// One PostgreSQL for the whole run: the embedded one in a throw-away folder, or the server in
// DATABASE_URL (CI runs the suite both ways). Each test file then gets its own fresh database.

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'embedded' | 'external'; connection: pg.ClientConfig };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Once per run, before test files start in parallel: two end-to-end files must never both
  // rebuild dist/web at the same moment.
  ensureWebBuild();
  const url = process.env.DATABASE_URL;
  if (url) {
    project.provide('testDatabase', { kind: 'external', connection: { connectionString: url } });
    return async () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hb-test-'));
  await startEmbeddedPostgres(dir);
  const c = embeddedConnection(dir);
  project.provide('testDatabase', { kind: 'embedded', connection: { host: c.host, port: c.port, user: c.user, database: 'postgres' } });
  return async () => {
    await stopEmbeddedPostgres(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}
