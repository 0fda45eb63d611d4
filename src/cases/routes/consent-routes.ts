import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CONSENT_PURPOSES, DATA_CATEGORIES, gatedActionSchema, GIVEN_HOW } from '../../core/consent';
import { CONSENT_DECISIONS, isoDateSchema, REMEDY_IDS } from '../../core/contract';
import type { AppContext } from '../../platform/http/context';
import { caseScopeOf, onCase } from '../../platform/http/route-policy';
import { codeParams, itemParams, languageTag } from '../schemas';
import { dayOf } from '../dates';
import { checkConsent, ledgerOf, recordLedgerEntry, recordOverride, withdrawConsent } from '../use-cases/consents';
import { CONSENT_STATES, consentStatesAt, contractConsentsAt } from '../../core/consent';

// The consent ledger. Bodies here are the ledger entry without its id and recorder (the server
// sets both); the core's schemas then validate the whole entry.

const purpose = z.enum(CONSENT_PURPOSES);
const interpreter = z.string().trim().max(200).optional();
const entryInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('consent'),
    purpose,
    remedy: z.enum(REMEDY_IDS).optional(),
    scope: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length),
    recipient: z.string().min(1).max(100).optional(),
    givenHow: z.enum(GIVEN_HOW),
    language: languageTag,
    interpreter,
    givenOn: isoDateSchema.optional(),
    expiresOn: isoDateSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('refusal'),
    purpose,
    remedy: z.enum(REMEDY_IDS).optional(),
    recipient: z.string().min(1).max(100).optional(),
    givenHow: z.enum(GIVEN_HOW),
    language: languageTag,
    interpreter,
    decidedOn: isoDateSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('explanation'),
    purposes: z.array(purpose).min(1).max(CONSENT_PURPOSES.length),
    language: languageTag,
    interpreter,
    explainedOn: isoDateSchema.optional(),
  }),
]);

// Responses echo the core's entries; they are validated when written, so only the outline is checked here.
const entryOut = z.looseObject({ kind: z.enum(['consent', 'refusal', 'explanation']), id: z.string() });
const overrideOut = z.looseObject({
  id: z.string(),
  action: z.looseObject({ kind: purpose }),
  reason: z.string(),
  byLawyer: z.string(),
  recordedOn: z.string(),
});
const decision = z.enum(CONSENT_DECISIONS);

export function consentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consent'];

  r.get(
    '/api/cases/:code/consents',
    {
      config: { policy: onCase('case:read-overview') },
      schema: {
        tags,
        params: codeParams,
        response: {
          200: z.object({
            ledger: z.array(entryOut),
            states: z.record(z.string(), z.enum(CONSENT_STATES)),
            overrides: z.array(overrideOut),
            contractConsents: z.object({ contactPolice: decision, contactImmigrationAuthorities: decision, fileComplaintsNamingEmployer: decision }),
          }),
        },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      const { ledger, overrides } = await ledgerOf(ctx, scope);
      // Recipients' and interpreters' names live in the ledger: reading it is an access like any other.
      await ctx.audit.record({
        actorId: scope.actor.id,
        action: 'case.consents-read',
        caseId: scope.row.id,
        detail: { entries: ledger.length, overrides: overrides.length, via: scope.decision.via },
      });
      // Each consent's state and the summary come from the one definition of "in effect" in the core.
      const today = dayOf(scope.now);
      return {
        ledger: ledger.map((e) => ({ ...e })),
        states: consentStatesAt(ledger, today),
        overrides: overrides.map((o) => ({ ...o, action: { ...o.action } })),
        contractConsents: contractConsentsAt(ledger, today),
      };
    },
  );

  r.post(
    '/api/cases/:code/consents',
    {
      config: { policy: onCase('case:manage-consents') },
      schema: { tags, params: codeParams, body: entryInput, response: { 201: z.object({ entry: entryOut }) } },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      return reply.status(201).send({ entry: { ...(await recordLedgerEntry(ctx, scope, request.body)) } });
    },
  );

  r.post(
    '/api/cases/:code/consents/:id/withdraw',
    {
      config: { policy: onCase('case:manage-consents') },
      schema: {
        tags,
        params: itemParams,
        body: z.strictObject({ withdrawnOn: isoDateSchema.optional() }).optional(),
        response: { 200: z.object({ entry: entryOut }) },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      return { entry: { ...(await withdrawConsent(ctx, scope, request.params.id, request.body?.withdrawnOn)) } };
    },
  );

  r.post(
    '/api/cases/:code/consents/check',
    {
      config: { policy: onCase('case:read-overview') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ action: gatedActionSchema }),
        response: { 200: z.object({ result: z.looseObject({ allowed: z.boolean() }) }) },
      },
    },
    async (request) => {
      const scope = caseScopeOf(request);
      const result = await checkConsent(ctx, scope, request.body.action);
      // What the client agreed to is read from the ledger: audited like other reads of the case.
      await ctx.audit.record({
        actorId: scope.actor.id,
        action: 'case.consent-checked',
        caseId: scope.row.id,
        detail: { via: scope.decision.via, kind: request.body.action.kind },
      });
      return { result: { ...result } };
    },
  );

  r.post(
    '/api/cases/:code/overrides',
    {
      config: { policy: onCase('case:override-consent') },
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({ action: gatedActionSchema, reason: z.string().max(4000), expiresOn: isoDateSchema.optional() }),
        response: { 201: z.object({ override: overrideOut }) },
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      const override = await recordOverride(ctx, scope, request.body);
      return reply.status(201).send({ override: { ...override, action: { ...override.action } } });
    },
  );
}
