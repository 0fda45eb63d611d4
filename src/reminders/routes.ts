import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ASSESSMENT_LANGS } from '../core/assess';
import type { AppContext } from '../platform/http/context';
import { signedIn, signedInPerson } from '../platform/http/route-policy';
import { markRead, notificationSchema, notificationsOf } from './notifications';
import { preferencesInputSchema, preferencesOf, preferencesSchema, setPreferences } from './preferences';

// Reminders (docs/calendar.md): my notifications, marking them read, and my reminder preferences.

export function remindersRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reminders'];

  r.get(
    '/api/notifications',
    {
      config: { policy: signedIn() },
      schema: {
        tags,
        querystring: z.strictObject({ lang: z.enum(ASSESSMENT_LANGS).default('en') }),
        response: { 200: z.object({ notifications: z.array(notificationSchema), unread: z.number() }) },
      },
    },
    async (request) => notificationsOf(ctx, signedInPerson(request).user.id, request.query.lang),
  );

  r.post(
    '/api/notifications/:id/read',
    { config: { policy: signedIn() }, schema: { tags, params: z.strictObject({ id: z.uuid('must be a notification id') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await markRead(ctx, signedInPerson(request).user.id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post('/api/notifications/read', { config: { policy: signedIn() }, schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    await markRead(ctx, signedInPerson(request).user.id);
    return reply.status(204).send(null);
  });

  r.get('/api/reminders/preferences', { config: { policy: signedIn() }, schema: { tags, response: { 200: preferencesSchema } } }, async (request) =>
    preferencesOf(ctx, signedInPerson(request).user.id),
  );

  r.put(
    '/api/reminders/preferences',
    { config: { policy: signedIn() }, schema: { tags, body: preferencesInputSchema, response: { 200: preferencesSchema } } },
    async (request) => setPreferences(ctx, signedInPerson(request).user.id, request.body),
  );
}
