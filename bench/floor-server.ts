// Reference points between the bare baseline and Harbour, to show where a case read's time goes
// on this machine. A bare Fastify (no logger, plugins or checks) answering the same bytes after:
//   /read/*     one prepared PostgreSQL query per request (a case row by its code);
//   /audited/*  that query plus one durable row appended per request, group-committed the way
//               Harbour's audit trail is (one single-statement insert for everything waiting).
// It uses the same embedded PostgreSQL as the Harbour under test, in a database of its own.
// Started by bench/http.ts as a separate process: node bin/run-ts.js bench/floor-server.ts FILE PORT SOCKET_DIR
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

const [file, port, socketDir] = process.argv.slice(2);
const { routes, code } = JSON.parse(readFileSync(file!, 'utf8')) as { routes: Record<string, string>; code: string };
const connection = { host: socketDir!, port: 5432, user: 'harbour' };

const admin = new pg.Client({ ...connection, database: 'postgres' });
await admin.connect();
const exists = await admin.query(`select 1 from pg_database where datname = 'bench_floor'`);
if (exists.rowCount === 0) await admin.query('create database bench_floor');
await admin.end();

const harbour = new pg.Pool({ ...connection, database: 'harbour', max: 20 });
const floor = new pg.Pool({ ...connection, database: 'bench_floor', max: 4 });
await floor.query('create table if not exists appended (seq bigserial primary key, at timestamptz not null, detail jsonb not null)');

const readCase = () => harbour.query({ name: 'read-case', text: 'select * from cases where code = $1', values: [code] });

let queue: { detail: string; done: (error?: Error) => void }[] = [];
let flushing: Promise<void> | undefined;
async function flush(): Promise<void> {
  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    try {
      const values = batch.map((_, i) => `(now(), $${i + 1}::jsonb)`).join(', ');
      await floor.query(
        `insert into appended (at, detail) values ${values}`,
        batch.map((b) => b.detail),
      );
      for (const b of batch) b.done();
    } catch (error) {
      for (const b of batch) b.done(error as Error);
    }
  }
  flushing = undefined;
}
const append = (detail: string) =>
  new Promise<void>((resolve, reject) => {
    queue.push({ detail, done: (error) => (error ? reject(error) : resolve()) });
    flushing ??= flush();
  });

const app = Fastify({ logger: false });
for (const [path, body] of Object.entries(routes)) {
  app.get(`/read${path}`, async (_request, reply) => {
    await readCase();
    return reply.type('application/json; charset=utf-8').send(body);
  });
  app.get(`/audited${path}`, async (_request, reply) => {
    await readCase();
    await append('{"action":"case.viewed"}');
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stdout.write('ready\n');
process.once(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => Promise.all([harbour.end(), floor.end()]))
      .then(() => process.exit(0)),
);
