import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/http/app-error';
import { caseScopeOf, onCase, onCases, signedIn, signedInPerson } from '../../platform/http/route-policy';
import { actorOf, scopeOf } from '../case-access';
import { headerOf } from '../present';
import { caseHeaderSchema, caseSummarySchema, codeParams, identitySchema, languageTag, outcomeSchema, provinceSchema, safeContactSchema } from '../schemas';
import { createCase } from '../use-cases/create-case';
import { replaceIdentity, replaceSafeContact, revealIdentity, updateCase } from '../use-cases/case-details';
import { closeCase, deleteCase } from '../use-cases/close-and-delete';
import { listCases, MAX_PAGE_SIZE, searchCasesByName } from '../use-cases/lists';
import { withoutBidiControls } from '../../platform/text/bidi';

const headerResponse = z.object({ case: caseHeaderSchema });
const casesResponse = z.object({ cases: z.array(caseSummarySchema), nextCursor: z.string().optional() });
const languages = z.array(languageTag).min(1).max(10);

export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get(
    '/api/cases',
    {
      config: { policy: onCases('case:list-visible') },
      schema: {
        tags,
        querystring: z.strictObject({
          status: z.enum(['open', 'closed']).optional(),
          limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
          after: z.string().max(200).optional(),
        }),
        response: { 200: casesResponse },
      },
    },
    async (request) => listCases(ctx, actorOf(signedInPerson(request)), request.query),
  );

  // A POST, so the name never sits in a URL, a proxy log or the browser history.
  r.post(
    '/api/cases/search',
    {
      config: { policy: onCases('case:read-overview') },
      schema: {
        tags,
        body: z.strictObject({ name: z.string().overwrite(withoutBidiControls).trim().min(1, 'is required').max(200) }),
        response: { 200: casesResponse },
      },
    },
    async (request) => ({ cases: await searchCasesByName(ctx, actorOf(signedInPerson(request)), request.body.name) }),
  );

  r.post(
    '/api/cases',
    {
      config: { policy: signedIn() },
      schema: {
        tags,
        body: z.strictObject({
          province: provinceSchema,
          languages,
          interpreterNeeded: z.boolean(),
          identity: identitySchema.optional(),
          safeContact: safeContactSchema.optional(),
        }),
        response: { 201: headerResponse },
      },
    },
    async (request, reply) => {
      const actor = actorOf(signedInPerson(request));
      const row = await createCase(ctx, actor, request.body);
      const scope = await scopeOf(ctx, actor, row, { action: 'case:read-overview' });
      return reply.status(201).send({ case: await headerOf(ctx.db, scope) });
    },
  );

  r.get(
    '/api/cases/:code',
    { config: { policy: onCase('case:read-overview') }, schema: { tags, params: codeParams, response: { 200: headerResponse } } },
    async (request) => {
      const scope = caseScopeOf(request);
      await ctx.audit.record({ actorId: scope.actor.id, action: 'case.viewed', caseId: scope.row.id, detail: { via: scope.decision.via } });
      return { case: await headerOf(ctx.db, scope) };
    },
  );

  r.patch(
    '/api/cases/:code',
    {
      config: { policy: onCase('case:update') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ province: provinceSchema.optional(), languages: languages.optional(), interpreterNeeded: z.boolean().optional() }),
        response: { 200: headerResponse },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      await updateCase(ctx, scope, request.body);
      return { case: await headerOf(ctx.db, scope) };
    },
  );

  r.post(
    '/api/cases/:code/identity/reveal',
    {
      config: { policy: onCase('case:reveal-identity') },
      schema: { tags, params: codeParams, body: z.strictObject({}).optional(), response: { 200: z.object({ identity: identitySchema.nullable() }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { identity: await revealIdentity(ctx, scope) };
    },
  );

  r.put(
    '/api/cases/:code/identity',
    {
      config: { policy: onCase('case:update') },
      schema: { tags, params: codeParams, body: identitySchema, response: { 200: z.object({ identityRecorded: z.literal(true) }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      await replaceIdentity(ctx, scope, request.body);
      return { identityRecorded: true as const };
    },
  );

  r.put(
    '/api/cases/:code/safe-contact',
    {
      config: { policy: onCase('case:update') },
      schema: { tags, params: codeParams, body: safeContactSchema, response: { 200: z.object({ safeContact: safeContactSchema }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      await replaceSafeContact(ctx, scope, request.body);
      return { safeContact: request.body };
    },
  );

  r.post(
    '/api/cases/:code/close',
    {
      config: { policy: onCase('case:close') },
      schema: { tags, params: codeParams, body: z.strictObject({ outcome: outcomeSchema }), response: { 200: headerResponse } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      await closeCase(ctx, scope, request.body.outcome);
      return { case: await headerOf(ctx.db, { ...scope, facts: { ...scope.facts, status: 'closed' } }) };
    },
  );

  r.delete(
    '/api/cases/:code',
    {
      config: { policy: onCase('case:delete') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ confirmCode: z.string().max(40) }),
        response: { 200: z.object({ deleted: z.literal(true) }) },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      if (request.body.confirmCode.trim().toUpperCase() !== scope.row.code) {
        throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'confirmCode', message: 'type the case code to confirm deletion' }]);
      }
      await deleteCase(ctx, scope);
      return { deleted: true as const };
    },
  );
}
