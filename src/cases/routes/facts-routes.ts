import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ASSESSMENT_LANGS } from '../../core/assess';
import { assessmentSchema } from '../../core/contract';
import { STAGES } from '../../core/screening/questions';
import type { AppContext } from '../../platform/http/context';
import { caseScopeOf, onCase } from '../../platform/http/route-policy';
import { codeParams } from '../schemas';
import { adoptPlan, assessCase, exportFacts, factsPatchSchema, questionsFor, readFacts, storedFactsSchema, updateFacts } from '../use-cases/facts';
import { STRATEGIES } from '../../core/planning';
import { legalViewOf, legalViewSchema } from '../use-cases/legal-view';

// Screening answers for the screening UI, and what the core makes of them.

const narrative = onCase('case:read-narrative', { compartment: 'team' });

export function factsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];
  const history = z.array(z.object({ at: z.string(), byUserId: z.string().nullable(), changed: z.array(z.string()) }));

  r.get(
    '/api/cases/:code/facts',
    {
      config: { policy: narrative },
      schema: { tags, params: codeParams, response: { 200: z.object({ facts: storedFactsSchema, updatedAt: z.string().nullable(), history }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return readFacts(ctx, scope);
    },
  );

  r.put(
    '/api/cases/:code/facts',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, body: factsPatchSchema, response: { 200: z.object({ facts: storedFactsSchema, updatedAt: z.string().nullable() }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      const facts = await updateFacts(ctx, scope, request.body);
      return { facts, updatedAt: scope.row.facts_updated_at?.toISOString() ?? null };
    },
  );

  // Adopting one of the ranked plans for the case (null: back to the recommended plan). Writing it
  // needs what writing the facts needs; the plan is named by the key the legal view gave it.
  r.put(
    '/api/cases/:code/plan/adopted',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ plan: z.strictObject({ strategy: z.enum(STRATEGIES), key: z.string().min(1).max(4000) }).nullable() }),
        response: { 200: z.object({ adoptedPlan: z.object({ strategy: z.enum(STRATEGIES), key: z.string(), on: z.string() }).nullable() }) },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { adoptedPlan: await adoptPlan(ctx, scope, request.body.plan) };
    },
  );

  r.get(
    '/api/cases/:code/facts/export',
    {
      config: { policy: narrative },
      schema: { tags, params: codeParams, response: { 200: z.looseObject({ contractVersion: z.literal(1), asOf: z.string() }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return exportFacts(ctx, scope);
    },
  );

  r.get(
    '/api/cases/:code/assessment',
    {
      config: { policy: narrative },
      schema: { tags, params: codeParams, querystring: z.strictObject({ lang: z.enum(ASSESSMENT_LANGS).default('en') }), response: { 200: assessmentSchema } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return assessCase(ctx, scope, request.query.lang);
    },
  );

  // What the web's legal pages show, worded in the reader's language: the assessment's results and
  // what the contract leaves out (practice notes, verify banners, every deadline, plan strategies).
  r.get(
    '/api/cases/:code/legal-view',
    {
      config: { policy: narrative },
      schema: { tags, params: codeParams, querystring: z.strictObject({ lang: z.enum(ASSESSMENT_LANGS).default('en') }), response: { 200: legalViewSchema } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return legalViewOf(ctx, scope, request.query.lang);
    },
  );

  r.get(
    '/api/cases/:code/questions',
    {
      config: { policy: narrative },
      schema: {
        tags,
        params: codeParams,
        querystring: z.strictObject({ stage: z.enum(STAGES).default('preliminary') }),
        response: { 200: z.object({ questions: z.array(z.looseObject({ fact: z.string(), phase: z.string(), ref: z.string() })) }) },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      await ctx.audit.record({ actorId: scope.actor.id, action: 'case.questions-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
      return { questions: questionsFor(scope, request.query.stage).map((q) => ({ ...q })) };
    },
  );
}
