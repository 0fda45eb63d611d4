import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/http/context';
import { caseScopeOf, onCase, onCases, signedIn, signedInPerson } from '../../platform/http/route-policy';
import { actorOf } from '../case-access';
import { codeParams, teamMemberSchema, teamRoleSchema } from '../schemas';
import { activityOf, directory, organisationsDirectory, retentionDue } from '../use-cases/lists';
import { addTeamMember, caseReassignable, grantBreakGlass, listTeam, reassignCase, reassignmentsOf, removeTeamMember, teamCandidates } from '../use-cases/team';

export function teamRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  const person = z.object({
    id: z.string(),
    displayName: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    role: z.string(),
    email: z.string().optional(),
  });
  const reassignment = z.object({
    id: z.string(),
    at: z.string(),
    byUserId: z.string(),
    byDisplayName: z.string(),
    fromUserId: z.string().nullable(),
    toUserId: z.string(),
    reason: z.string(),
  });

  // The team, and every reassignment an administrator made, with its reason: the team sees them.
  r.get(
    '/api/cases/:code/team',
    {
      config: { policy: onCase('case:read-overview') },
      schema: { tags, params: codeParams, response: { 200: z.object({ team: z.array(teamMemberSchema), reassignments: z.array(reassignment) }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { team: await listTeam(ctx, scope.row.id), reassignments: await reassignmentsOf(ctx, scope) };
    },
  );

  // Whom the team picker offers for this case: my organisation, and another only while the client's consent to share with it is in effect.
  r.get(
    '/api/cases/:code/team/candidates',
    { config: { policy: onCase('case:manage-team') }, schema: { tags, params: codeParams, response: { 200: z.object({ people: z.array(person) }) } } },
    async (request) => {
      const scope = caseScopeOf(request);
      return { people: await teamCandidates(ctx, scope) };
    },
  );

  // Whether the administrator may hand the case on now (no responsible lawyer working): the case page offers the form only then.
  r.get(
    '/api/cases/:code/reassign',
    {
      config: { policy: onCase('case:reassign') },
      schema: { tags, params: codeParams, response: { 200: z.object({ reassignable: z.boolean() }) } },
    },
    async (request) => caseReassignable(caseScopeOf(request)),
  );

  // An administrator hands on a case whose responsible lawyer is gone: reasoned, audited, shown to the team.
  r.post(
    '/api/cases/:code/reassign',
    {
      config: { policy: onCase('case:reassign') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ userId: z.uuid(), reason: z.string().max(2000) }),
        response: { 200: z.object({ reassignment: z.object({ id: z.string(), at: z.string() }) }) },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { reassignment: await reassignCase(ctx, scope, request.body) };
    },
  );

  r.post(
    '/api/cases/:code/team',
    {
      config: { policy: onCase('case:manage-team') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ userId: z.uuid(), teamRole: teamRoleSchema, supervisedBy: z.uuid().optional() }),
        response: { 201: z.object({ member: teamMemberSchema }) },
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      return reply.status(201).send({ member: await addTeamMember(ctx, scope, request.body) });
    },
  );

  r.delete(
    '/api/cases/:code/team/:userId',
    {
      config: { policy: onCase('case:manage-team') },
      schema: { tags, params: z.strictObject({ code: z.string().max(40), userId: z.uuid() }), response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      await removeTeamMember(ctx, scope, request.params.userId);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/cases/:code/activity',
    {
      config: { policy: onCase('case:read-audit') },
      schema: {
        tags,
        params: codeParams,
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                seq: z.number(),
                at: z.string(),
                actorId: z.string(),
                actorDisplayName: z.string().nullable(),
                action: z.string(),
                detail: z.record(z.string(), z.unknown()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { entries: await activityOf(ctx, scope.row.id) };
    },
  );

  r.post(
    '/api/cases/:code/break-glass',
    {
      config: { policy: onCase('case:break-glass') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ reason: z.string().max(2000), hours: z.number().positive().max(24) }),
        response: { 201: z.object({ grant: z.object({ id: z.string(), grantedAt: z.string(), expiresAt: z.string() }) }) },
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      return reply.status(201).send({ grant: await grantBreakGlass(ctx, scope, request.body) });
    },
  );

  r.get(
    '/api/admin/retention',
    {
      // Administrators only; the use case lists the closed cases the access policy lets them see.
      config: { policy: onCases('case:list-visible', { roles: ['admin'] }) },
      schema: {
        tags: ['admin'],
        response: {
          200: z.object({
            cases: z.array(
              z.object({
                code: z.string(),
                closedAt: z.string(),
                outcome: z.string().nullable(),
                retentionDays: z.number(),
                deleteOn: z.string(),
                overdue: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ cases: await retentionDue(ctx, actorOf(signedInPerson(request))) }),
  );

  r.get(
    '/api/directory/people',
    {
      config: { policy: signedIn() },
      schema: {
        tags: ['cases'],
        response: { 200: z.object({ people: z.array(person) }) },
      },
    },
    async (request) => ({ people: await directory(ctx, actorOf(signedInPerson(request))) }),
  );

  // Organisation names only (no people): what a consent to share can name as its recipient.
  r.get(
    '/api/directory/organisations',
    {
      config: { policy: signedIn() },
      schema: { tags: ['cases'], response: { 200: z.object({ organisations: z.array(z.object({ id: z.string(), name: z.string() })) }) } },
    },
    async () => ({ organisations: await organisationsDirectory(ctx) }),
  );
}
