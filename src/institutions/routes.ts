import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MIN_CASES } from '../core/institutions';
import { codeParams } from '../cases/schemas';
import type { AppContext } from '../platform/http/context';
import { caseScopeOf, onCase, signedIn, signedInPerson } from '../platform/http/route-policy';
import { todayOf } from '../calendar/calendar';
import { addLogEntry, answerSchema, deleteLogEntry, listLog, logEntrySchema, newLogEntrySchema, updateLogEntry } from './log';
import { responseTimes } from './response-times';

// The institution log's API (docs/calendar.md): a case's requests to institutions and their
// answers, and the organisation's response times.

const entryParams = z.strictObject({ code: z.string().max(40), id: z.uuid('must be a log entry id') });

export function institutionsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['institutions'];

  r.get(
    '/api/cases/:code/institution-log',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, response: { 200: z.object({ entries: z.array(logEntrySchema) }) } },
    },
    async (request) => ({ entries: await listLog(ctx, caseScopeOf(request)) }),
  );

  r.post(
    '/api/cases/:code/institution-log',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, body: newLogEntrySchema, response: { 201: z.object({ entry: logEntrySchema }) } },
    },
    async (request, reply) => reply.status(201).send({ entry: await addLogEntry(ctx, caseScopeOf(request), request.body) }),
  );

  r.patch(
    '/api/cases/:code/institution-log/:id',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: entryParams, body: answerSchema, response: { 200: z.object({ entry: logEntrySchema }) } },
    },
    async (request) => ({ entry: await updateLogEntry(ctx, caseScopeOf(request), request.params.id, request.body) }),
  );

  r.delete(
    '/api/cases/:code/institution-log/:id',
    { config: { policy: onCase('case:write-narrative', { compartment: 'team' }) }, schema: { tags, params: entryParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteLogEntry(ctx, caseScopeOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/institutions/response-times',
    {
      config: { policy: signedIn() },
      schema: {
        tags,
        response: {
          200: z.object({
            minCases: z.number(),
            figures: z.array(
              z.object({
                institution: z.string(),
                kind: z.string(),
                shown: z.boolean(),
                cases: z.number().optional(),
                answers: z.number().optional(),
                medianDays: z.number().optional(),
                p90Days: z.number().optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const person = signedInPerson(request);
      return { minCases: MIN_CASES, figures: await responseTimes(ctx, person.user.organisationId, todayOf(ctx), person.user.id) };
    },
  );
}
