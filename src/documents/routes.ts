import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ExplanationRecord, LedgerEntry } from '../core/consent';
import type { Assessment, CaseFacts } from '../core/contract';
import { resolveAdoption, type AdoptedPlan } from '../core/planning';
import { buildOptionsSheetContent, SHEET_LANGS, type SheetLang } from '../core/planning/options-sheet';
import type { RouteModule } from '../platform/http/app';
import { adoptedPlanOf, assessCaseWithFacts } from '../cases/use-cases/facts';
import { appendToLedger, requireConsent } from '../cases/use-cases/consents';
import { buildTimeline } from '../cases/use-cases/fragments';
import { codeParams, languageTag } from '../cases/schemas';
import { dayOf } from '../cases/dates';
import type { CaseScope } from '../cases/case-access';
import { caseScopeOf, onCase } from '../platform/http/route-policy';
import { boundChronology, type PractitionerFileInput } from './practitioner-file';
import { renderOffThread } from './off-thread';
import { checklistOf, exhibitIndex } from '../evidence';
import { purposesExplained } from './sheet-purposes';

/** The sheet follows the plan adopted for the case while it still exists; otherwise the recommended plan. */
function withAdoptedPlan(input: { facts: CaseFacts; assessment: Assessment }, adopted: AdoptedPlan | undefined) {
  const plans = [input.assessment.plan, ...input.assessment.alternatives];
  const found = resolveAdoption(plans, adopted);
  return found.status === 'adopted' ? { ...input, assessment: { ...input.assessment, plan: plans[found.index]! } } : input;
}

// The renderers (pdfmake, docx, fonts) load on first use, not at server start.
const renderers = () => import('.');
import { AppError } from '../platform/http/app-error';

// Documents made from a case: the client's options sheet (and, only when the practitioner confirms
// going through it with the client, the ledger entry saying the options were explained, which
// informed consent rests on), and drafts for counsel. File names carry the
// pseudonymous case code only; bodies are never logged.

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

const fileResponse = { 200: z.any().describe('the document (PDF or DOCX)') };
const explanationOut = z.looseObject({ kind: z.literal('explanation'), id: z.string() });
/** The digest of the sheet's content, returned with the file and named in the confirmation. */
const SHEET_HEADER = 'x-harbour-options-sheet';

export const documentsRoutes: RouteModule = (app, ctx) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The sheet reads the team compartment; it is made for the person who will go through it with
  // the client, so it needs what recording that explanation needs too (never break-glass, never
  // on a closed case, legal workers only when supervised).
  const sheetPolicy = onCase('case:read-narrative', {
    compartment: 'team',
    alsoMay: { action: 'case:manage-consents', refusal: 'Your place on this case does not allow going through the options with the client.' },
  });

  /** The sheet as it stands today, the consent purposes its options touch, and its digest. */
  async function sheetFor(scope: CaseScope, lang: SheetLang) {
    const input = withAdoptedPlan(await assessCaseWithFacts(ctx, scope), adoptedPlanOf(scope));
    // Where each option's evidence stands: the sheet says what the client could bring while some is missing.
    const evidence = await checklistOf(ctx, scope, input.assessment, 'en');
    const sheet = buildOptionsSheetContent({ ...input, evidence }, { lang });
    const purposes =
      sheet.options.length > 0
        ? purposesExplained(
            sheet.options.map((o) => o.remedy),
            input.facts.person.province,
          )
        : [];
    const digest = createHash('sha256')
      .update(JSON.stringify({ case: scope.row.id, sheet }))
      .digest('hex');
    return { sheet, purposes, digest };
  }

  // Producing the sheet (to preview or download) changes nothing in the consent ledger: a sheet
  // that was printed is not a sheet that was explained. The digest of its content comes back in a
  // header so that the practitioner's confirmation below names the very sheet they went through.
  r.post(
    '/api/cases/:code/options-sheet',
    {
      config: { policy: sheetPolicy },
      schema: {
        tags: ['documents'],
        params: codeParams,
        body: z.strictObject({ lang: z.enum(SHEET_LANGS), format: z.enum(['pdf', 'docx']) }),
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      const { lang, format } = request.body;
      const { sheet, digest } = await sheetFor(scope, lang);
      const { renderOptionsSheetPdf, renderOptionsSheetDocx } = await renderers();
      const bytes = format === 'pdf' ? await renderOptionsSheetPdf(sheet, lang) : await renderOptionsSheetDocx(sheet, lang);
      await ctx.audit.record({ actorId: scope.actor.id, action: 'document.options-sheet', caseId: scope.row.id, detail: { lang, format, sheet: digest } });
      return reply
        .type(MIME[format])
        .header(SHEET_HEADER, digest)
        .header('content-disposition', `attachment; filename="options-${scope.row.code}-${lang}.${format}"`)
        .send(bytes);
    },
  );

  // "I went through this sheet with the client, in LANGUAGE, with or without an interpreter": the
  // only way the sheet writes to the consent ledger. Once per sheet and day: the same confirmation
  // again answers 200 with the entry already recorded, a different one 409.
  r.post(
    '/api/cases/:code/options-sheet/explained',
    {
      config: { policy: sheetPolicy },
      schema: {
        tags: ['documents'],
        params: codeParams,
        body: z.strictObject({
          lang: z.enum(SHEET_LANGS),
          sheet: z.string().regex(/^[0-9a-f]{64}$/, 'the sheet digest returned when the sheet was produced'),
          language: languageTag,
          interpreter: z.boolean(),
          interpreterName: z.string().trim().min(1).max(200).optional(),
        }),
        response: { 200: z.object({ entry: explanationOut, recorded: z.literal(false) }), 201: z.object({ entry: explanationOut, recorded: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      const { lang, sheet: shown, language, interpreter, interpreterName } = request.body;
      if (!interpreter && interpreterName)
        throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'interpreterName', message: 'an interpreter is named but none was used' }]);
      const { digest, purposes } = await sheetFor(scope, lang);
      if (digest !== shown)
        throw new AppError('conflict', 'The case has changed since this sheet was produced: produce it again and go through the new one.', [
          { path: 'sheet', message: 'stale' },
        ]);
      if (purposes.length === 0)
        throw new AppError('conflict', 'This sheet lists no options, so there is nothing to record as explained.', [{ path: 'sheet', message: 'no-options' }]);
      const today = dayOf(scope.now);
      const interpreterText = interpreter ? (interpreterName ?? 'interpreter') : undefined;
      // Once per sheet and day, checked and written under the ledger lock (appendToLedger).
      const sameSheetToday = (ledger: LedgerEntry[]) =>
        ledger.find(
          (e): e is ExplanationRecord =>
            e.kind === 'explanation' && e.explainedOn === today && e.material?.kind === 'options-sheet' && e.material.digest === digest,
        );
      const { entry, recorded } = await appendToLedger(
        ctx,
        scope,
        {
          kind: 'explanation',
          purposes,
          language,
          ...(interpreterText ? { interpreter: interpreterText } : {}),
          material: { kind: 'options-sheet', lang, digest },
        },
        { source: 'options-sheet', lang, interpreter: interpreter ? 'yes' : 'no' },
        sameSheetToday,
      );
      if (!recorded) {
        if (entry.kind !== 'explanation' || entry.language !== language || entry.interpreter !== interpreterText) {
          throw new AppError('conflict', 'Going through this sheet was already recorded today, in another language or with another interpreter.', [
            { path: 'sheet', message: 'already-recorded' },
          ]);
        }
        return reply.status(200).send({ entry: { ...entry }, recorded: false as const });
      }
      return reply.status(201).send({ entry: { ...(entry as ExplanationRecord) }, recorded: true as const });
    },
  );

  r.post(
    '/api/cases/:code/documents',
    {
      // Drafts quote the privileged story, so they are for those who may read privileged material.
      config: { policy: onCase('case:read-narrative', { compartment: 'privileged' }) },
      schema: {
        tags: ['documents'],
        params: codeParams,
        body: z.strictObject({ kind: z.enum(['case-summary', 'vtip-trp-draft', 'hc-draft']) }),
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const scope = caseScopeOf(request);
      await requireConsent(ctx, scope, { kind: 'generate-document', categories: ['narrative', 'immigration'] });
      const { facts, assessment } = await assessCaseWithFacts(ctx, scope);
      const timeline = await buildTimeline(ctx, scope);
      const source = (s: string) => (s === 'practitioner-summary' ? 'practitioner' : s) as 'client' | 'practitioner' | 'document';
      const input: PractitionerFileInput = {
        caseCode: scope.row.code,
        asOf: facts.asOf,
        facts,
        assessment,
        // Bounded (practitioner-file.ts), and the document says what was left out.
        ...boundChronology([
          ...timeline.entries.map((e) => ({ when: e.time.label, text: e.fragment.text, source: source(e.fragment.source) })),
          ...timeline.undated.map((f) => ({ when: 'undated', text: f.text, source: source(f.source) })),
        ]),
        // The evidence index (exhibits, docs/evidence.md) first, then story fragments taken from documents.
        evidence: [
          ...(await exhibitIndex(ctx, scope)),
          ...timeline.entries
            .filter((e) => e.fragment.source === 'document')
            .map((e) => ({ title: e.fragment.text.slice(0, 120), kind: 'document', date: e.time.label })),
        ],
      };
      const { kind } = request.body;
      // In the document worker: laying out a long story takes seconds of CPU (off-thread.ts).
      const bytes = await renderOffThread(
        kind === 'case-summary' ? { kind, input } : { kind: 'submission', input, submission: kind === 'vtip-trp-draft' ? 'vtip-trp' : 'hc' },
      );
      const format = kind === 'case-summary' ? 'pdf' : 'docx';
      await ctx.audit.record({ actorId: scope.actor.id, action: 'document.generated', caseId: scope.row.id, detail: { kind } });
      return reply.type(MIME[format]).header('content-disposition', `attachment; filename="${kind}-${scope.row.code}.${format}"`).send(bytes);
    },
  );
};
