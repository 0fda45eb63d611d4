// Soak: a bounded loopback load on the real server for a few minutes (not part of npm test).
// A lawyer keeps reading cases, listing them and searching by name, and an administrator keeps
// reading the member list, at a fixed modest concurrency. Every 15 s the server's RSS is sampled.
// Passes when there are zero errors and RSS in the last third stays within 15% of the first third.
//   node bin/run-ts.js bench/soak.ts [--minutes=3] [--connections=8]
import autocannon from 'autocannon';
import { call } from '../tests/resilience/support/http-session';
import { rssMiB, signInStaff, startBenchServer } from './support/harbour';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const minutes = arg('minutes', 3);
const connections = arg('connections', 8);

const server = await startBenchServer();
try {
  const { admin, lawyer } = await signInStaff(server);
  const codes: string[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await call(
      server.url,
      'POST',
      '/api/cases',
      { province: 'QC', languages: ['fr'], interpreterNeeded: false, identity: { names: [`Soak Client ${i}`], aliases: [], contact: {}, documentsHeld: [] } },
      lawyer.headers,
    );
    codes.push(res.json.case.code as string);
  }
  const samples: { atSeconds: number; rssMiB: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(
    () => samples.push({ atSeconds: Math.round((Date.now() - started) / 1000), rssMiB: Math.round(rssMiB(server.child.pid!) * 10) / 10 }),
    15_000,
  );
  const requests = [
    ...codes.slice(0, 10).map((code) => ({ method: 'GET' as const, path: `/api/cases/${code}`, headers: { cookie: lawyer.cookie } })),
    { method: 'GET' as const, path: '/api/cases', headers: { cookie: lawyer.cookie } },
    {
      method: 'POST' as const,
      path: '/api/cases/search',
      headers: { ...lawyer.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Soak Client 7' }),
    },
    { method: 'GET' as const, path: '/api/organisation/members', headers: { cookie: admin.cookie } },
  ];
  const result = await (
    autocannon as unknown as (
      o: object,
    ) => Promise<{ requests: { total: number; average: number }; latency: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number }>
  )({
    url: server.url,
    connections,
    duration: minutes * 60,
    requests,
  });
  clearInterval(sampler);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (xs: { rssMiB: number }[]) => xs.reduce((s, x) => s + x.rssMiB, 0) / xs.length;
  const early = mean(samples.slice(0, third));
  const late = mean(samples.slice(-third));
  const summary = {
    minutes,
    connections,
    requests: result.requests.total,
    averageRps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssEarlyMiB: Math.round(early * 10) / 10,
    rssLateMiB: Math.round(late * 10) / 10,
    rssSamples: samples,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  const ok = summary.errors === 0 && summary.non2xx === 0 && late <= early * 1.15;
  process.stdout.write(ok ? 'soak: zero errors, memory stable\n' : 'soak: FAILED (errors, or memory grew more than 15%)\n');
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.stop();
}
