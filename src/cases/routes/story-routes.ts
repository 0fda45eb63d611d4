import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { intakeGuide, INTAKE_TOPICS, type IntakeTopic } from '../../core/cases';
import type { AppContext } from '../../platform/http/context';
import { caseScopeOf, onCase } from '../../platform/http/route-policy';
import {
  approximateTimeSchema,
  codeParams,
  fragmentInputSchema,
  fragmentPatchSchema,
  fragmentSchema,
  itemParams,
  sittingInputSchema,
  sittingPatchSchema,
  sittingSchema,
  topicSchema,
} from '../schemas';
import { addFragment, buildTimeline, readableFragments, updateFragment } from '../use-cases/fragments';
import { addSitting, listSittings, sittingRecords, updateSitting } from '../use-cases/sittings';

// Sittings, the intake guide, fragments and the timeline. The policy named on a route is the
// widest it needs; compartments are then checked per sitting note and per fragment.

export function storyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get(
    '/api/cases/:code/sittings',
    {
      config: { policy: onCase('case:read-overview') },
      schema: { tags, params: codeParams, response: { 200: z.object({ sittings: z.array(sittingSchema) }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { sittings: await listSittings(ctx, scope) };
    },
  );

  r.post(
    '/api/cases/:code/sittings',
    {
      // Team compartment for the gate; the note's own compartment is checked by the use case.
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, body: sittingInputSchema, response: { 201: z.object({ sitting: sittingSchema }) } },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      return reply.status(201).send({ sitting: await addSitting(ctx, scope, request.body) });
    },
  );

  r.patch(
    '/api/cases/:code/sittings/:id',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: itemParams, body: sittingPatchSchema, response: { 200: z.object({ sitting: sittingSchema }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { sitting: await updateSitting(ctx, scope, request.params.id, request.body) };
    },
  );

  r.get(
    '/api/cases/:code/intake-guide',
    {
      config: { policy: onCase('case:read-overview') },
      schema: {
        tags,
        params: codeParams,
        response: {
          200: z.object({
            done: z.array(topicSchema),
            remaining: z.array(topicSchema),
            revisit: z.array(topicSchema),
            nextSitting: z.array(topicSchema),
            cautions: z.array(z.enum(['could-not-speak-freely', 'safety-not-yet-covered'])),
          }),
        },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      const known = (topics: string[]) => topics.filter((t): t is IntakeTopic => (INTAKE_TOPICS as readonly string[]).includes(t));
      const records = await sittingRecords(ctx, scope.row.id);
      // Which topics were covered and when the client could not speak freely: a narrative read.
      await ctx.audit.record({ actorId: scope.actor.id, action: 'case.intake-guide-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
      return intakeGuide(
        records.map((s) => ({
          heldOn: s.heldOn,
          couldSpeakFreely: s.couldSpeakFreely,
          topicsCovered: known(s.topics_covered),
          topicsLater: known(s.topics_later),
        })),
      );
    },
  );

  r.get(
    '/api/cases/:code/fragments',
    {
      // Anyone who may read the team compartment may list; each fragment is then filtered by its own.
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, response: { 200: z.object({ fragments: z.array(fragmentSchema) }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { fragments: await readableFragments(ctx, scope, 'list') };
    },
  );

  r.post(
    '/api/cases/:code/fragments',
    {
      // The compartment the new fragment goes into.
      config: { policy: onCase('case:write-narrative', { compartment: 'from-body' }) },
      schema: { tags, params: codeParams, body: fragmentInputSchema, response: { 201: z.object({ fragment: fragmentSchema }) } },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      return reply.status(201).send({ fragment: await addFragment(ctx, scope, request.body) });
    },
  );

  r.patch(
    '/api/cases/:code/fragments/:id',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: itemParams, body: fragmentPatchSchema, response: { 200: z.object({ fragment: fragmentSchema }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { fragment: await updateFragment(ctx, scope, request.params.id, request.body) };
    },
  );

  r.get(
    '/api/cases/:code/timeline',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: {
        tags,
        params: codeParams,
        response: {
          200: z.object({ entries: z.array(z.object({ fragment: fragmentSchema, time: approximateTimeSchema })), undated: z.array(fragmentSchema) }),
        },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return buildTimeline(ctx, scope);
    },
  );
}
