// The baseline for the HTTP figures: a bare Fastify (no logger, plugins or database) answering
// each route with the bytes the real server gave, from memory. Started by bench/http.ts as a
// separate process, so both servers get the same CPU conditions.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [file, port] = process.argv.slice(2);
const routes = JSON.parse(readFileSync(file!, 'utf8')) as Record<string, string>;
const app = Fastify({ logger: false });
for (const [path, body] of Object.entries(routes)) app.get(path, (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ host: '127.0.0.1', port: Number(port) });
process.stdout.write('ready\n');
