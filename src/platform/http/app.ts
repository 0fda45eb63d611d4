import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { AppContext } from './context';
import { installErrorHandler } from './error-handler';
import { AppError, type AppErrorCode } from './app-error';
import { installRoutePolicies } from './enforce-route-policy';
import { postgresRateLimitStore } from './rate-limit-store';

export type RouteModule = (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;

const WEB_DIST = resolve(import.meta.dirname, '../../../dist/web');

export interface BuildAppOptions {
  routes: RouteModule[];
  webDist?: string;
}

/** The headers a helmet middleware sets, read once from a stand-in response. */
function headersOf(middleware: ReturnType<typeof helmet>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  middleware({} as never, response as never, (error?: unknown) => {
    if (error) throw error as Error;
  });
  return headers;
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger,
    // Nobody, the named proxies, or the first n hops (what Fastify does with a number).
    trustProxy: typeof ctx.config.trustProxy === 'number' ? trustHops(ctx.config.trustProxy) : ctx.config.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
    // One line per request (route pattern, status, time) from the hook below, not two.
    logController: new LogController({ disableRequestLogging: true }),
    // Router failures before any route runs (a bad URL encoding, an over-long path parameter):
    // answered in Harbour's shape, never echoing the URL back.
    frameworkErrors: (error, _request, rawReply) => {
      const reply = rawReply as unknown as { status(code: number): { send(body: unknown): void } };
      const tooLong = error.code === 'FST_ERR_URL_TOO_LONG' || (error as { statusCode?: number }).statusCode === 414;
      // Typed, so that every code the API sends is one of APP_ERRORS (and the web has words for it).
      const code: AppErrorCode = tooLong ? 'uri-too-long' : 'malformed-request';
      reply.status(tooLong ? 414 : 400).send({ error: { code, message: tooLong ? 'The address is too long.' : 'The address could not be read.' } });
    },
  }) as unknown as FastifyInstance;
  // First, so every route registered after it (any plugin's) must declare a policy, which runs
  // before its handler (route-policy.ts).
  const policies = installRoutePolicies(app, ctx);
  app.addHook('onResponse', async (request, reply) => {
    // At `debug` only: a terminal running Harbour stays quiet (issue 18); faults are logged by the error handler.
    request.log.debug({ req: request, res: reply, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // The API speaks JSON only; anything else is a 415, which also keeps cross-site form posts out.
  app.removeContentTypeParser('text/plain');

  // Security headers from helmet, computed once (they depend only on the configuration) and
  // set on every reply: the Fastify plugin rebuilt helmet on every request.
  const securityHeaders = headersOf(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: ctx.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Nothing Harbour answers is cached by browsers or proxies unless it says otherwise (hashed
  // assets, the app's index page): an answer may be client data. Set on every reply rather than
  // by path, because the router decodes the path (`/%61pi/cases` reaches `/api/cases`).
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(securityHeaders).header('cache-control', 'no-store');
    done();
  });
  await app.register(fastifyCookie);
  // Counted in PostgreSQL, so the limits hold across every Harbour process sharing the database.
  await app.register(fastifyRateLimit, {
    global: false,
    store: postgresRateLimitStore({
      db: ctx.db,
      hash: (key) => ctx.secrets.tokenHash(`rate-limit:${key}`),
      onSweepError: (error) =>
        ctx.logger.warn({ event: 'rate-limit-sweep', code: (error as { code?: unknown }).code }, 'Could not sweep expired rate-limit counters.'),
    }),
  });

  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Harbour API', version: ctx.version }, components: {} },
    transform: jsonSchemaTransform,
  });
  await policies.platformRoutes(() => app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true }));

  for (const routes of options.routes) await app.register(async (scoped) => routes(scoped, ctx));

  const webDist = options.webDist ?? WEB_DIST;
  const indexFile = join(webDist, 'index.html');
  if (existsSync(indexFile)) {
    await policies.platformRoutes(() =>
      app.register(fastifyStatic, {
        root: webDist,
        wildcard: false,
        index: false,
        cacheControl: false,
        // Hashed assets never change; everything else is revalidated.
        setHeaders: (reply, path) => void reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      }),
    );
  }
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile) : undefined;
  app.setNotFoundHandler((request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && indexHtml) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    }
    throw new AppError('not-found', 'There is nothing at this address.');
  });
  return app;
}
