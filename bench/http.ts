// (b) Authenticated reads and lists over HTTP, the real server (embedded PostgreSQL, default
// log level) against a bare Fastify answering the same bytes from memory, at 32 and 64
// connections. Reports throughput and p99 of each, and Harbour as a share of the baseline.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../tests/support/e2e-server';
import { call, type HttpSession } from '../tests/resilience/support/http-session';
import type { Figure } from './report';
import { repoRoot, signInStaff, startBenchServer, type BenchServer } from './support/harbour';

interface Load {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds, headers, pipelining: 1 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Starts bench/bare-server.ts or bench/floor-server.ts in a process of its own. */
async function startReference(script: string, data: unknown, ...args: string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'hb-bare-'));
  writeFileSync(join(dir, 'routes.json'), JSON.stringify(data));
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'bin/run-ts.js'), join(repoRoot, script), join(dir, 'routes.json'), String(port), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A realistic small clinic: some pending invitations, and cases on the lawyer's team. */
async function seed(server: BenchServer, admin: HttpSession, lawyer: HttpSession, cases: number): Promise<string> {
  for (let i = 0; i < 20; i++)
    await call(server.url, 'POST', '/api/organisation/invitations', { email: `staff${i}@bench.example`, role: 'legal-worker' }, admin.headers);
  let code = '';
  for (let i = 0; i < cases; i++) {
    const res = await call(
      server.url,
      'POST',
      '/api/cases',
      {
        province: 'ON',
        languages: ['en', 'es'],
        interpreterNeeded: i % 3 === 0,
        identity: { names: [`Client ${i}`], aliases: [], contact: {}, documentsHeld: [] },
      },
      lawyer.headers,
    );
    if (res.status !== 201) throw new Error(`could not create a case: ${JSON.stringify(res.json)}`);
    code = res.json.case.code as string;
  }
  return code;
}

export async function benchHttp(quick: boolean): Promise<Figure[]> {
  const seconds = quick ? 3 : 10;
  const server = await startBenchServer();
  const figures: Figure[] = [];
  try {
    const { admin, lawyer } = await signInStaff(server);
    const code = await seed(server, admin, lawyer, 50);
    // `floors`: also measured against the reference points of bench/floor-server.ts.
    const targets = [
      { name: 'session read', path: '/api/session', who: admin, floors: false },
      { name: 'members list', path: '/api/organisation/members', who: admin, floors: false },
      { name: 'case read', path: `/api/cases/${code}`, who: lawyer, floors: true },
      { name: 'case list (50 cases)', path: '/api/cases', who: lawyer, floors: true },
    ];
    const bodies: Record<string, string> = {};
    for (const t of targets) {
      const res = await call(server.url, 'GET', t.path, undefined, { cookie: t.who.cookie });
      if (res.status !== 200) throw new Error(`${t.path}: ${res.status}`);
      bodies[t.path] = JSON.stringify(res.json);
    }
    const bare = await startReference('bench/bare-server.ts', bodies);
    const floor = await startReference('bench/floor-server.ts', { routes: bodies, code }, join(server.dataDir, 'run'));
    try {
      for (const t of targets) {
        for (const connections of [32, 64]) {
          const real = await load(`${server.url}${t.path}`, { cookie: t.who.cookie }, connections, seconds);
          const base = await load(`${bare.url}${t.path}`, {}, connections, seconds);
          const share = real.rps / base.rps;
          figures.push(
            {
              section: 'b',
              name: `${t.name} @${connections}: Harbour throughput`,
              value: real.rps,
              unit: 'req/s',
              detail: { p99Ms: real.p99, errors: real.errors, non2xx: real.non2xx, bytes: bodies[t.path]!.length },
            },
            { section: 'b', name: `${t.name} @${connections}: bare Fastify throughput`, value: base.rps, unit: 'req/s', detail: { p99Ms: base.p99 } },
            { section: 'b', name: `${t.name} @${connections}: throughput share of bare`, value: share * 100, unit: '%', target: '≥ 50%', ok: share >= 0.5 },
            {
              section: 'b',
              name: `${t.name} @${connections}: p99 Harbour vs bare`,
              value: real.p99,
              unit: 'ms',
              detail: { bareP99Ms: base.p99, bareOverHarbour: base.p99 / Math.max(real.p99, 0.001) },
            },
          );
          if (t.floors) {
            const read = await load(`${floor.url}/read${t.path}`, {}, connections, seconds);
            const audited = await load(`${floor.url}/audited${t.path}`, {}, connections, seconds);
            figures.push(
              {
                section: 'b',
                name: `${t.name} @${connections}: bare + 1 PostgreSQL query`,
                value: read.rps,
                unit: 'req/s',
                detail: { p99Ms: read.p99, shareOfBare: read.rps / base.rps },
              },
              {
                section: 'b',
                name: `${t.name} @${connections}: bare + 1 query + durable append`,
                value: audited.rps,
                unit: 'req/s',
                detail: { p99Ms: audited.p99, shareOfBare: audited.rps / base.rps },
              },
              { section: 'b', name: `${t.name} @${connections}: Harbour share of bare + query + append`, value: (real.rps / audited.rps) * 100, unit: '%' },
            );
          }
          if (real.errors || real.non2xx) throw new Error(`${t.name}: ${real.errors} errors, ${real.non2xx} non-2xx under load`);
        }
      }
    } finally {
      await bare.stop();
      await floor.stop();
    }
  } finally {
    await server.stop();
  }
  return figures;
}
