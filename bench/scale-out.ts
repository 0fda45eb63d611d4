// `node bin/run-ts.js bench/scale-out.ts [--seconds=N] [--connections=N] [--counts=1,2,3]` —
// throughput of 1, 2 and 3 Harbour processes (or the counts given, in that order, e.g.
// 1,2,3,3,2,1 to see how much a busy machine moves the figures) behind nginx (round robin) and PgBouncer in
// transaction mode, on the PostgreSQL in DATABASE_URL: the deployment of
// docs/operations/scale-out.md, on one machine. Each run is a fresh database, with one signed-in
// lawyer and 30 cases, and a mixed request mix per connection: list the cases, open one, read its
// story, add a story piece (a sealed write with its audit entry), and the session check the web
// app makes. One JSON line per process count, then a table.
import { availableParallelism, cpus, loadavg } from 'node:os';
import autocannon, { type Request } from 'autocannon';
import { missingPrerequisite, startCluster } from '../tests/scale-out/cluster';
import { call, ok, setUpFirstPerson } from '../tests/scale-out/http';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const seconds = arg('seconds', 20);
const connections = arg('connections', 32);
const counts = (process.argv.find((a) => a.startsWith('--counts='))?.split('=')[1] ?? '1,2,3').split(',').map(Number);

const missing = missingPrerequisite();
if (missing) {
  process.stderr.write(`${missing}\n`);
  process.exit(2);
}

interface Row {
  processes: number;
  rps: number;
  writesPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

process.stdout.write(
  `${JSON.stringify({ machine: { cpus: availableParallelism(), model: cpus()[0]?.model, node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) }, seconds, connections })}\n`,
);

const rows: Row[] = [];
for (const processes of counts) {
  const cluster = await startCluster({ processes });
  try {
    const { auth } = await setUpFirstPerson(cluster.url, cluster.setupToken, { email: 'ada@havre.example', password: 'quiet harbour lanterns 2024' });
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const created = ok(
        await call(cluster.url, 'POST', '/api/cases', { body: { province: 'ON', languages: ['es'], interpreterNeeded: true }, auth }),
        'create',
      );
      const code = (created.body as { case: { code: string } }).case.code;
      ok(
        await call(cluster.url, 'POST', `/api/cases/${code}/fragments`, { body: { text: `First piece ${i}`, source: 'client', compartment: 'team' }, auth }),
        'fragment',
      );
      codes.push(code);
    }
    let n = 0;
    const pick = () => codes[n++ % codes.length]!;
    const headers = { cookie: auth.cookie, 'x-csrf-token': auth.csrf, accept: 'application/json', 'x-forwarded-for': '203.0.113.5' };
    const requests: Request[] = [
      { method: 'GET', path: '/api/cases' },
      { method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/cases/${pick()}` }) },
      { method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/cases/${pick()}/fragments` }) },
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        setupRequest: (r) => ({
          ...r,
          path: `/api/cases/${pick()}/fragments`,
          body: JSON.stringify({ text: `Piece ${n}`, source: 'client', compartment: 'team' }),
        }),
      },
      { method: 'GET', path: '/api/session' },
    ];
    // Warm up (JIT, pools, caches), then measure.
    await autocannon({ url: cluster.url, connections, duration: 10, headers, requests });
    const result = await autocannon({ url: cluster.url, connections, duration: seconds, headers, requests });
    const row: Row = {
      processes,
      rps: Math.round(result.requests.average),
      writesPerSecond: Math.round(result.requests.average / requests.length),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
    rows.push(row);
    process.stdout.write(`${JSON.stringify({ ...row, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) })}\n`);
  } finally {
    await cluster.stop();
  }
}

const base = rows.find((r) => r.processes === 1)?.rps ?? rows[0]?.rps ?? 1;
process.stdout.write('\nprocesses  req/s  (of 1)  writes/s  p50 ms  p99 ms  non-2xx  errors\n');
for (const r of rows)
  process.stdout.write(
    `${String(r.processes).padStart(9)}  ${String(r.rps).padStart(5)}  ${(r.rps / base).toFixed(2).padStart(6)}  ${String(r.writesPerSecond).padStart(8)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.non2xx).padStart(7)}  ${String(r.errors).padStart(6)}\n`,
  );
