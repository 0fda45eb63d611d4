import { z } from 'zod';
import { sql } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteModule } from '../platform/http/app';
import { AppError } from '../platform/http/app-error';
import { PUBLIC } from '../platform/http/route-policy';

export const healthRoutes: RouteModule = (app, ctx) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { policy: PUBLIC },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'external']), version: z.string() }) } },
    },
    async () => {
      await sql`select 1`.execute(ctx.db).catch(() => {
        throw new AppError('unavailable', 'The database is not answering.');
      });
      return { status: 'ok' as const, database: ctx.databaseKind, version: ctx.version };
    },
  );
};
