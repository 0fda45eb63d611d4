import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireRole, requireSession } from '../../accounts';
import type { AppContext } from '../../platform/http/context';
import { actorOf } from '../case-access';
import { codeParams, teamMemberSchema, teamRoleSchema } from '../schemas';
import { activityOf, directory, retentionDue } from '../use-cases/lists';
import { addTeamMember, grantBreakGlass, listTeam, removeTeamMember } from '../use-cases/team';
import { caseFor } from './helpers';

export function teamRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get('/api/cases/:code/team', { config: { policy: 'case:read-overview' }, schema: { tags, params: codeParams, response: { 200: z.object({ team: z.array(teamMemberSchema) }) } } }, async (request) => {
    const scope = await caseFor(ctx, request, request.params.code, { action: 'case:read-overview' });
    return { team: await listTeam(ctx, scope.row.id) };
  });

  r.post(
    '/api/cases/:code/team',
    { config: { policy: 'case:manage-team' }, schema: { tags, params: codeParams, body: z.strictObject({ userId: z.uuid(), teamRole: teamRoleSchema, supervisedBy: z.uuid().optional() }), response: { 201: z.object({ member: teamMemberSchema }) } } },
    async (request, reply) => {
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:manage-team' });
      return reply.status(201).send({ member: await addTeamMember(ctx, scope, request.body) });
    },
  );

  r.delete(
    '/api/cases/:code/team/:userId',
    { config: { policy: 'case:manage-team' }, schema: { tags, params: z.strictObject({ code: z.string().max(40), userId: z.uuid() }), response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:manage-team' });
      await removeTeamMember(ctx, scope, request.params.userId);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/cases/:code/activity',
    {
      config: { policy: 'case:read-audit' },
      schema: {
        tags,
        params: codeParams,
        response: { 200: z.object({ entries: z.array(z.object({ seq: z.number(), at: z.string(), actorId: z.string(), actorDisplayName: z.string().nullable(), action: z.string(), detail: z.record(z.string(), z.unknown()) })) }) },
      },
    },
    async (request) => {
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:read-audit' });
      return { entries: await activityOf(ctx, scope.row.id) };
    },
  );

  r.post(
    '/api/cases/:code/break-glass',
    {
      config: { policy: 'case:break-glass' },
      schema: { tags, params: codeParams, body: z.strictObject({ reason: z.string().max(2000), hours: z.number().positive().max(24) }), response: { 201: z.object({ grant: z.object({ id: z.string(), grantedAt: z.string(), expiresAt: z.string() }) }) } },
    },
    async (request, reply) => {
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:break-glass' });
      return reply.status(201).send({ grant: await grantBreakGlass(ctx, scope, request.body) });
    },
  );

  r.get(
    '/api/admin/retention',
    {
      config: { policy: 'case:list-visible' },
      schema: {
        tags: ['admin'],
        response: { 200: z.object({ cases: z.array(z.object({ code: z.string(), closedAt: z.string(), outcome: z.string().nullable(), retentionDays: z.number(), deleteOn: z.string(), overdue: z.boolean() })) }) },
      },
    },
    async (request) => {
      const person = await requireSession(ctx, request);
      requireRole(person, 'admin');
      return { cases: await retentionDue(ctx, actorOf(person)) };
    },
  );

  r.get(
    '/api/directory/people',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['cases'],
        response: { 200: z.object({ people: z.array(z.object({ id: z.string(), displayName: z.string(), organisationId: z.string(), organisationName: z.string(), role: z.string(), email: z.string().optional() })) }) },
      },
    },
    async (request) => {
      const person = await requireSession(ctx, request);
      return { people: await directory(ctx, actorOf(person)) };
    },
  );
}
