import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { codeParams } from '../cases/schemas';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import { caseScopeOf, onCase } from '../platform/http/route-policy';
import { isPreviewable } from './file-types';
import { outgoingCopy, uploadedName, uploadFile } from './files';
import { addItem, itemHistory, listItems, readableItem, recordCustody, updateItem } from './items';
import { checklistSchema, evidenceParams, historySchema, itemPatchSchema, itemSchema, newItemSchema } from './schemas';
import { ASSESSMENT_LANGS } from '../core/assess';
import { evidenceBundle } from './bundle';
import { caseChecklist } from './checklist';
import { BUNDLE_LANGS } from './text';

// The evidence API (docs/evidence.md). Items are listed, added and changed like fragments: the
// route's policy opens the case for the team compartment, and each item's own compartment is
// then checked (an item you may not read is not there for you). Files are streamed in as
// application/octet-stream and out from their sealed chunks, checked against their hash first.

/**
 * What a file served by Harbour may do in the browser: nothing. No script runs (sandbox without
 * allow-scripts, and no script source), it loads nothing but itself, and it cannot be framed by
 * another site. Images and PDFs still display.
 */
const FILE_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'text/plain': 'txt',
};

export function evidenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];
  // Uploads: the body is handed to the handler as the request stream, never parsed or buffered
  // (only in this plugin; every other route still speaks JSON only).
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  const readPolicy = onCase('case:read-narrative', { compartment: 'team' });
  const writePolicy = onCase('case:write-narrative', { compartment: 'team' });

  r.get(
    '/api/cases/:code/evidence',
    { config: { policy: readPolicy }, schema: { tags, params: codeParams, response: { 200: z.object({ items: z.array(itemSchema) }) } } },
    async (request) => ({ items: await listItems(ctx, caseScopeOf(request)) }),
  );

  r.post(
    '/api/cases/:code/evidence',
    {
      config: { policy: onCase('case:write-narrative', { compartment: 'from-body' }) },
      schema: { tags, params: codeParams, body: newItemSchema, response: { 201: z.object({ item: itemSchema }) } },
    },
    async (request, reply) => reply.status(201).send({ item: await addItem(ctx, caseScopeOf(request), request.body) }),
  );

  r.patch(
    '/api/cases/:code/evidence/:id',
    {
      config: { policy: writePolicy },
      schema: { tags, params: evidenceParams, body: itemPatchSchema, response: { 200: z.object({ item: itemSchema }) } },
    },
    async (request) => ({ item: await updateItem(ctx, caseScopeOf(request), request.params.id, request.body) }),
  );

  r.get(
    '/api/cases/:code/evidence/checklist',
    {
      config: { policy: readPolicy },
      schema: {
        tags,
        description:
          'For each remedy in play (the assessment finds it likely or possible, or an item is linked to it): its evidence list, each need held, requested or missing.',
        params: codeParams,
        querystring: z.strictObject({ lang: z.enum(ASSESSMENT_LANGS).default('en') }),
        response: { 200: z.object({ checklist: checklistSchema }) },
      },
    },
    async (request) => ({ checklist: await caseChecklist(ctx, caseScopeOf(request), request.query.lang) }),
  );

  r.post(
    '/api/cases/:code/evidence/bundle',
    {
      config: { policy: readPolicy, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        description:
          'A ZIP of the held items this person may read: index.txt and index.json (with each item’s chain of custody), the files (photos without their metadata) and manifest-sha256.txt. Needs the client’s consent to generate a document, or to share with `recipient` (403 consent-required otherwise).',
        params: codeParams,
        body: z.strictObject({ lang: z.enum(BUNDLE_LANGS).default('en'), recipient: z.uuid('must be an organisation id').optional() }),
        response: { 200: z.any().describe('the ZIP') },
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      const { stream, items } = await evidenceBundle(ctx, scope, {
        lang: request.body.lang,
        ...(request.body.recipient ? { recipient: request.body.recipient } : {}),
      });
      await ctx.audit.record({
        actorId: scope.actor.id,
        action: request.body.recipient ? 'evidence.bundle-shared' : 'evidence.bundle-exported',
        caseId: scope.row.id,
        detail: { items, ...(request.body.recipient ? { recipient: request.body.recipient } : {}) },
      });
      return reply.type('application/zip').header('content-disposition', `attachment; filename="${scope.row.code}-evidence.zip"`).send(stream);
    },
  );

  r.get(
    '/api/cases/:code/evidence/:id/history',
    { config: { policy: readPolicy }, schema: { tags, params: evidenceParams, response: { 200: z.object({ history: z.array(historySchema) }) } } },
    async (request) => ({ history: await itemHistory(ctx, caseScopeOf(request), request.params.id) }),
  );

  r.put(
    '/api/cases/:code/evidence/:id/file',
    {
      config: { policy: writePolicy },
      schema: {
        tags,
        description:
          'Uploads (or replaces) the item’s file. The body is the file itself, sent as application/octet-stream; its name may be given percent-encoded in X-File-Name. The type is read from the content; programs and scripts are refused (415); files over the configured limit are refused (413).',
        params: evidenceParams,
        response: { 201: z.object({ item: itemSchema }) },
      },
    },
    async (request, reply) => {
      if (!/^application\/octet-stream\b/.test(request.headers['content-type'] ?? '')) {
        throw new AppError('unsupported-media-type', 'Send the file itself as the body, with Content-Type: application/octet-stream.');
      }
      const length = request.headers['content-length'];
      const item = await uploadFile(ctx, caseScopeOf(request), request.params.id, request.body as IncomingMessage, {
        ...(length !== undefined && /^\d+$/.test(length) ? { declaredLength: Number(length) } : {}),
        ...optional('name', uploadedName(request.headers['x-file-name'])),
      });
      return reply.status(201).send({ item });
    },
  );

  r.get(
    '/api/cases/:code/evidence/:id/file',
    {
      config: { policy: readPolicy },
      schema: {
        tags,
        description:
          'The item’s current file, checked against the SHA-256 recorded at upload (409 if it no longer matches). A photo is sent re-encoded without its metadata. `disposition=inline` previews a PDF or an image in a sandbox where no script runs.',
        params: evidenceParams,
        querystring: z.strictObject({ disposition: z.enum(['attachment', 'inline']).default('attachment') }),
        response: { 200: z.any().describe('the file') },
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      const { row, file } = await readableItem(ctx, scope, request.params.id);
      if (!file) throw new AppError('not-found', 'This evidence item has no file yet.');
      const copy = await outgoingCopy(ctx, scope, file);
      const inline = request.query.disposition === 'inline' && isPreviewable(file.media_type);
      await recordCustody(
        ctx,
        ctx.db,
        scope,
        row.id,
        inline ? 'view' : 'download',
        { id: file.id, sha256: file.sha256 },
        { metadataRemoved: copy.metadataRemoved },
      );
      const name = `${scope.row.code}-exhibit-${row.exhibit}.${EXTENSIONS[file.media_type] ?? 'bin'}`;
      return reply
        .type(inline ? copy.mediaType : file.media_type === 'text/plain' ? 'text/plain; charset=utf-8' : copy.mediaType)
        .header('content-security-policy', FILE_CSP)
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name}"`)
        .header('x-harbour-sha256', file.sha256)
        .header('x-harbour-metadata-removed', String(copy.metadataRemoved))
        .send(copy.body);
    },
  );
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
