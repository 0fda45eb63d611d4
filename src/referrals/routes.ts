import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { codeParams } from '../cases/schemas';
import type { AppContext } from '../platform/http/context';
import { caseScopeOf, onCase, ORG_ADMIN, signedIn, signedInPerson } from '../platform/http/route-policy';
import {
  createLocalEntry,
  directoryEntry,
  editLocalEntry,
  entryChanges,
  localEntryInputSchema,
  localEntryPatchSchema,
  searchDirectory,
} from './directory/directory';
import { exportDirectory, importDirectory, importSchema } from './directory/exchange';
import { acceptIncoming, answerIncoming, incomingDetailSchema, incomingQueue, incomingSchema, readIncoming, receivedOnCase } from './incoming';
import { renderPacket } from './packet-document';
import {
  createReferral,
  listReferrals,
  newReferralSchema,
  packetOf,
  packetSchema,
  previewReferral,
  referralPatchSchema,
  referralSchema,
  suggestionsFor,
  updateReferral,
} from './referrals';
import { directoryQuerySchema } from './schemas';

// The API of referrals and the directory of services (docs/referrals.md).

const PRACTITIONERS = ['lawyer', 'legal-worker', 'support-worker'] as const;
const entryId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, 'must be a directory entry id');
const idParams = z.strictObject({ id: z.uuid('must be a referral id') });
const caseItemParams = z.strictObject({ code: z.string().max(40), id: z.uuid('must be a referral id') });

const listedSchema = z.object({
  entry: z.record(z.string(), z.unknown()),
  origin: z.enum(['seed', 'local']),
  visibility: z.enum(['organisation', 'instance']).nullable(),
  inHarbour: z.boolean(),
  /** The recipient a consent to refer or share names to cover referrals to this entry. */
  consentRecipient: z.string(),
  mine: z.boolean(),
  stale: z.boolean(),
});
const resultSchema = listedSchema.extend({
  score: z.number(),
  meets: z.array(z.string()),
  speaks: z.array(z.string()),
  reach: z.enum(['province', 'national']).nullable(),
});

export function referralRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const directory = ['directory'];
  const tags = ['referrals'];
  const practitioner = signedIn({ roles: PRACTITIONERS });

  r.get(
    '/api/directory',
    {
      config: { policy: signedIn() },
      schema: { tags: directory, querystring: directoryQuerySchema, response: { 200: z.object({ results: z.array(resultSchema) }) } },
    },
    async (request) => ({ results: await searchDirectory(ctx, signedInPerson(request), request.query) }),
  );

  r.get(
    '/api/directory/export',
    {
      config: { policy: signedIn() },
      schema: {
        tags: directory,
        querystring: z.strictObject({ format: z.enum(['csv', 'json']).default('json'), scope: z.enum(['all', 'mine']).default('mine') }),
      },
    },
    async (request, reply) => {
      const { body, type, filename } = await exportDirectory(ctx, signedInPerson(request), request.query.format, request.query.scope);
      return reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store').send(body);
    },
  );

  r.post(
    '/api/directory/import',
    {
      config: { policy: ORG_ADMIN },
      schema: { tags: directory, body: importSchema, response: { 200: z.object({ created: z.number(), updated: z.number() }) } },
    },
    async (request) => {
      const person = signedInPerson(request);
      return importDirectory(ctx, { organisationId: person.organisation.id, userId: person.user.id }, request.body);
    },
  );

  r.get(
    '/api/directory/:id',
    {
      config: { policy: signedIn() },
      schema: { tags: directory, params: z.strictObject({ id: entryId }), response: { 200: z.object({ entry: listedSchema }) } },
    },
    async (request) => ({ entry: await directoryEntry(ctx, signedInPerson(request), request.params.id) }),
  );

  r.get(
    '/api/directory/:id/changes',
    {
      config: { policy: signedIn() },
      schema: {
        tags: directory,
        params: z.strictObject({ id: entryId }),
        response: {
          200: z.object({ changes: z.array(z.object({ at: z.string(), reviewedOn: z.string(), changed: z.array(z.string()), by: z.string().nullable() })) }),
        },
      },
    },
    async (request) => ({ changes: await entryChanges(ctx, signedInPerson(request), request.params.id) }),
  );

  r.post(
    '/api/directory',
    {
      config: { policy: signedIn({ roles: [...PRACTITIONERS, 'admin'] }) },
      schema: { tags: directory, body: localEntryInputSchema, response: { 201: z.object({ entry: listedSchema }) } },
    },
    async (request, reply) => reply.status(201).send({ entry: await createLocalEntry(ctx, signedInPerson(request), request.body) }),
  );

  r.patch(
    '/api/directory/:id',
    {
      config: { policy: signedIn({ roles: [...PRACTITIONERS, 'admin'] }) },
      schema: { tags: directory, params: z.strictObject({ id: entryId }), body: localEntryPatchSchema, response: { 200: z.object({ entry: listedSchema }) } },
    },
    async (request) => ({ entry: await editLocalEntry(ctx, signedInPerson(request), request.params.id, request.body) }),
  );

  // ---- From a case ----

  r.get(
    '/api/cases/:code/referrals/suggestions',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: {
        tags,
        params: codeParams,
        querystring: directoryQuerySchema,
        response: { 200: z.object({ needs: z.array(z.object({ service: z.string(), because: z.array(z.string()) })), results: z.array(resultSchema) }) },
      },
    },
    async (request) => suggestionsFor(ctx, caseScopeOf(request), signedInPerson(request), request.query),
  );

  r.post(
    '/api/cases/:code/referrals/preview',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, body: newReferralSchema, response: { 200: z.object({ packet: packetSchema, recipientInHarbour: z.boolean() }) } },
    },
    async (request) => previewReferral(ctx, caseScopeOf(request), signedInPerson(request), request.body),
  );

  r.post(
    '/api/cases/:code/referrals',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, body: newReferralSchema, response: { 201: z.object({ referral: referralSchema }) } },
    },
    async (request, reply) => reply.status(201).send({ referral: await createReferral(ctx, caseScopeOf(request), signedInPerson(request), request.body) }),
  );

  r.get(
    '/api/cases/:code/referrals',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: { tags, params: codeParams, response: { 200: z.object({ referrals: z.array(referralSchema) }) } },
    },
    async (request) => ({ referrals: await listReferrals(ctx, caseScopeOf(request)) }),
  );

  r.get(
    '/api/cases/:code/referrals/received',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: {
        tags,
        params: codeParams,
        response: {
          200: z.object({
            received: z.array(
              z.object({ id: z.string(), access: z.enum(['open', 'ended']), accessEndedOn: z.string().nullable(), packet: packetSchema.nullable() }),
            ),
          }),
        },
      },
    },
    async (request) => ({ received: await receivedOnCase(ctx, caseScopeOf(request)) }),
  );

  r.patch(
    '/api/cases/:code/referrals/:id',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'team' }) },
      schema: { tags, params: caseItemParams, body: referralPatchSchema, response: { 200: z.object({ referral: referralSchema }) } },
    },
    async (request) => ({ referral: await updateReferral(ctx, caseScopeOf(request), request.params.id, request.body) }),
  );

  r.get(
    '/api/cases/:code/referrals/:id/packet',
    {
      config: { policy: onCase('case:read-narrative', { compartment: 'team' }) },
      schema: { tags, params: caseItemParams, querystring: z.strictObject({ format: z.enum(['pdf', 'docx', 'json']).default('json') }) },
    },
    async (request, reply) => {
      const { packet, row } = await packetOf(ctx, caseScopeOf(request), request.params.id);
      if (request.query.format === 'json') return reply.send({ packet });
      const file = await renderPacket(packet, row.language, request.query.format);
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="referral.${request.query.format}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  // ---- The receiving organisation's queue ----

  r.get(
    '/api/referrals/incoming',
    { config: { policy: practitioner }, schema: { tags, response: { 200: z.object({ referrals: z.array(incomingSchema) }) } } },
    async (request) => ({ referrals: await incomingQueue(ctx, signedInPerson(request)) }),
  );

  r.get(
    '/api/referrals/incoming/:id',
    { config: { policy: practitioner }, schema: { tags, params: idParams, response: { 200: z.object({ referral: incomingDetailSchema }) } } },
    async (request) => ({ referral: await readIncoming(ctx, signedInPerson(request), request.params.id) }),
  );

  r.post(
    '/api/referrals/incoming/:id/status',
    {
      config: { policy: practitioner },
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({ status: z.enum(['acknowledged', 'declined']) }),
        response: { 200: z.object({ referral: incomingDetailSchema }) },
      },
    },
    async (request) => ({ referral: await answerIncoming(ctx, signedInPerson(request), request.params.id, request.body.status) }),
  );

  r.post(
    '/api/referrals/incoming/:id/accept',
    { config: { policy: practitioner }, schema: { tags, params: idParams, response: { 200: z.object({ referral: incomingDetailSchema }) } } },
    async (request) => ({ referral: await acceptIncoming(ctx, signedInPerson(request), request.params.id) }),
  );
}
