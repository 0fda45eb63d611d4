import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { CLUSTER_POINTER, embeddedConnection, embeddedPaths, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../src/platform/db/embedded-postgres';

// `git clone` into root's home (or any 0700 folder) and `npm start`: PostgreSQL refuses to run as
// root, and the database user it runs as cannot pass through the folder. The cluster then lives
// under a root-owned folder that user can reach, and the data folder points to it.

const asRoot = userInfo().uid === 0;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!asRoot)('the embedded database, run as root from a private folder', () => {
  it('starts with its cluster in a folder the database user can reach, says where, and starts again from the pointer', async () => {
    const privateHome = mkdtempSync(join(tmpdir(), 'hb-private-'));
    chmodSync(privateHome, 0o700);
    const dataDir = join(privateHome, 'harbour', 'data');
    mkdirSync(dataDir, { recursive: true });
    const clusterHome = mkdtempSync(join(tmpdir(), 'hb-cluster-home-'));
    made.push(privateHome, clusterHome);

    const first = await startEmbeddedPostgres(dataDir, { clusterHome });
    try {
      expect(first.created).toBe(true);
      expect(first.relocatedTo).toMatch(new RegExp(`^${clusterHome}/[0-9a-f]{16}$`));
      expect(readFileSync(join(dataDir, CLUSTER_POINTER), 'utf8').trim()).toBe(first.relocatedTo);
      expect(embeddedPaths(dataDir).clusterDir).toBe(join(first.relocatedTo!, 'postgres'));
      const client = new pg.Client(embeddedConnection(dataDir));
      await client.connect();
      expect((await client.query('select 1 as one')).rows[0].one).toBe(1);
      await client.end();
    } finally {
      await stopEmbeddedPostgres(dataDir);
    }

    const again = await startEmbeddedPostgres(dataDir, { clusterHome });
    await stopEmbeddedPostgres(dataDir);
    expect(again).toMatchObject({ created: false });
    expect(again.relocatedTo).toBeUndefined();
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
  }, 120_000);
});
