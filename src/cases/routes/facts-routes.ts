import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ASSESSMENT_LANGS } from '../../core/assess';
import { assessmentSchema } from '../../core/contract';
import { STAGES } from '../../core/screening/questions';
import type { AppContext } from '../../platform/http/context';
import { codeParams } from '../schemas';
import { assessCase, exportFacts, factsPatchSchema, questionsFor, readFacts, storedFactsSchema, updateFacts } from '../use-cases/facts';
import { caseFor } from './helpers';

// Screening answers for the screening UI, and what the core makes of them.

const narrative = { action: 'case:read-narrative', compartment: 'team' } as const;

export function factsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];
  const history = z.array(z.object({ at: z.string(), byUserId: z.string().nullable(), changed: z.array(z.string()) }));

  r.get(
    '/api/cases/:code/facts',
    {
      config: { policy: 'case:read-narrative' },
      schema: { tags, params: codeParams, response: { 200: z.object({ facts: storedFactsSchema, updatedAt: z.string().nullable(), history }) } },
    },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, narrative);
      return readFacts(ctx, scope);
    },
  );

  r.put(
    '/api/cases/:code/facts',
    {
      config: { policy: 'case:write-narrative' },
      schema: { tags, params: codeParams, body: factsPatchSchema, response: { 200: z.object({ facts: storedFactsSchema, updatedAt: z.string().nullable() }) } },
    },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:write-narrative', compartment: 'team' });
      const facts = await updateFacts(ctx, scope, request.body);
      return { facts, updatedAt: scope.row.facts_updated_at?.toISOString() ?? null };
    },
  );

  r.get(
    '/api/cases/:code/facts/export',
    {
      config: { policy: 'case:read-narrative' },
      schema: { tags, params: codeParams, response: { 200: z.looseObject({ contractVersion: z.literal(1), asOf: z.string() }) } },
    },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, narrative);
      return exportFacts(ctx, scope);
    },
  );

  r.get(
    '/api/cases/:code/assessment',
    {
      config: { policy: 'case:read-narrative' },
      schema: { tags, params: codeParams, querystring: z.strictObject({ lang: z.enum(ASSESSMENT_LANGS).default('en') }), response: { 200: assessmentSchema } },
    },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, narrative);
      return assessCase(ctx, scope, request.query.lang);
    },
  );

  r.get(
    '/api/cases/:code/questions',
    {
      config: { policy: 'case:read-narrative' },
      schema: {
        tags,
        params: codeParams,
        querystring: z.strictObject({ stage: z.enum(STAGES).default('preliminary') }),
        response: { 200: z.object({ questions: z.array(z.looseObject({ fact: z.string(), phase: z.string(), ref: z.string() })) }) },
      },
    },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, narrative);
      await ctx.audit.record({ actorId: scope.actor.id, action: 'case.questions-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
      return { questions: questionsFor(scope, request.query.stage).map((q) => ({ ...q })) };
    },
  );
}
