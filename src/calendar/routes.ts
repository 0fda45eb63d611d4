import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ASSESSMENT_LANGS } from '../core/assess';
import { actorOf } from '../cases/case-access';
import { codeParams } from '../cases/schemas';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { caseScopeOf, onCase, PUBLIC, signedIn, signedInPerson } from '../platform/http/route-policy';
import { calendarItemSchema, calendarOf, rangeOf, todayOf } from './calendar';
import { addCaseDate, caseDateSchema, deleteCaseDate, isoDay, listCaseDates, newCaseDateSchema } from './case-dates';
import { createFeed, feedCalendar, feedStatus, revokeFeed } from './feed';

// The calendar's API (docs/calendar.md): dates entered by hand on a case, the calendar across
// my cases, and the private iCalendar feed.

const FEED_NOT_FOUND = 'There is no calendar feed at this address.';

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];

  r.get(
    '/api/cases/:code/dates',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, response: { 200: z.object({ dates: z.array(caseDateSchema) }) } },
    },
    async (request) => ({ dates: await listCaseDates(ctx, caseScopeOf(request)) }),
  );

  r.post(
    '/api/cases/:code/dates',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, body: newCaseDateSchema, response: { 201: z.object({ date: caseDateSchema }) } },
    },
    async (request, reply) => reply.status(201).send({ date: await addCaseDate(ctx, caseScopeOf(request), request.body) }),
  );

  r.delete(
    '/api/cases/:code/dates/:id',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: z.strictObject({ code: z.string().max(40), id: z.uuid('must be a date id') }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteCaseDate(ctx, caseScopeOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/calendar',
    {
      config: { policy: signedIn() },
      schema: {
        tags,
        querystring: z.strictObject({ from: isoDay.optional(), to: isoDay.optional(), lang: z.enum(ASSESSMENT_LANGS).default('en') }),
        response: { 200: z.object({ items: z.array(calendarItemSchema) }) },
      },
    },
    async (request) => {
      const person = signedInPerson(request);
      const range = rangeOf(todayOf(ctx), request.query);
      return { items: await calendarOf(ctx, actorOf(person), range, request.query.lang, 'calendar') };
    },
  );

  r.get(
    '/api/calendar/feed',
    { config: { policy: signedIn() }, schema: { tags, response: { 200: z.object({ active: z.boolean(), createdAt: z.string().optional() }) } } },
    async (request) => feedStatus(ctx, signedInPerson(request).user.id),
  );

  r.post(
    '/api/calendar/feed',
    {
      config: { policy: signedIn(), rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, response: { 201: z.object({ url: z.string() }) } },
    },
    async (request, reply) => reply.status(201).send(await createFeed(ctx, signedInPerson(request).user.id)),
  );

  r.delete('/api/calendar/feed', { config: { policy: signedIn() }, schema: { tags, response: { 204: z.null() } } }, async (request, reply) => {
    await revokeFeed(ctx, ctx.db, signedInPerson(request).user.id);
    return reply.status(204).send(null);
  });

  // The feed itself: public (calendar apps have no session), the secret token in the path. The
  // request log names the route pattern only, never the token.
  r.get(
    '/calendar/:token.ics',
    {
      config: { policy: PUBLIC, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, params: z.strictObject({ token: z.string().max(100) }) },
    },
    async (request, reply) => {
      const text = await feedCalendar(ctx, request.params.token);
      if (text === undefined) throw new AppError('not-found', FEED_NOT_FOUND);
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-store').send(text);
    },
  );
}
