import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ConsentPurpose } from '../core/consent';
import type { RemedyId } from '../core/contract';
import { buildOptionsSheetContent, SHEET_LANGS } from '../core/planning/options-sheet';
import type { RouteModule } from '../platform/http/app';
import { assessCaseWithFacts } from '../cases/use-cases/facts';
import { recordLedgerEntry, requireConsent } from '../cases/use-cases/consents';
import { buildTimeline } from '../cases/use-cases/fragments';
import { caseFor } from '../cases/routes/helpers';
import { codeParams } from '../cases/schemas';
import { boundChronology, type PractitionerFileInput } from './practitioner-file';
import { renderOffThread } from './off-thread';

// The renderers (pdfmake, docx, fonts) load on first use, not at server start.
const renderers = () => import('.');
import { may } from '../cases/case-access';
import { AppError } from '../platform/http/app-error';

// Documents made from a case: the client's options sheet (and the ledger entry saying the options
// were explained, which informed consent rests on), and drafts for counsel. File names carry the
// pseudonymous case code only; bodies are never logged.

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;
const IMMIGRATION: RemedyId[] = ['vtip-trp', 'fv-trp', 'owp-v', 'hc', 'refugee-claim', 'prra', 'removal-deferral', 'spousal-sponsorship'];
const NAMES_EMPLOYER: RemedyId[] = ['employment-standards', 'small-claims', 'human-rights', 'tfw-compliance-report'];

/** Which consent purposes the options on the sheet touch: what the explanation covered. */
function purposesExplained(remedies: RemedyId[]): ConsentPurpose[] {
  const purposes = new Set<ConsentPurpose>(['file-remedy', 'generate-document']);
  if (remedies.some((r) => IMMIGRATION.includes(r))) purposes.add('contact-immigration-authorities');
  if (remedies.includes('criminal-complaint')) purposes.add('contact-police');
  if (remedies.some((r) => NAMES_EMPLOYER.includes(r))) purposes.add('name-employer-in-complaint');
  return [...purposes];
}

const fileResponse = { 200: z.any().describe('the document (PDF or DOCX)') };

export const documentsRoutes: RouteModule = (app, ctx) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cases/:code/options-sheet',
    {
      // The sheet reads the team compartment and records an explanation in the consent ledger: a
      // write to the ledger, so it needs what POST …/consents needs (never break-glass, never on a
      // closed case, legal workers only when supervised).
      config: { policy: 'case:manage-consents' },
      schema: {
        tags: ['documents'],
        params: codeParams,
        body: z.strictObject({
          lang: z.enum(SHEET_LANGS),
          format: z.enum(['pdf', 'docx']),
          interpreterUsed: z.boolean(),
          interpreterLanguage: z.string().trim().min(1).max(60).optional(),
        }),
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:read-narrative', compartment: 'team' });
      if (!may(scope, { action: 'case:manage-consents' })) throw new AppError('forbidden', 'Your place on this case does not allow recording that the options were explained.');
      const { lang, format, interpreterUsed, interpreterLanguage } = request.body;
      const input = await assessCaseWithFacts(ctx, scope);
      const sheet = buildOptionsSheetContent(input, { lang });
      const { renderOptionsSheetPdf, renderOptionsSheetDocx } = await renderers();
      const bytes = format === 'pdf' ? await renderOptionsSheetPdf(sheet, lang) : await renderOptionsSheetDocx(sheet, lang);
      const remedies = [...input.assessment.plan.steps.map((s) => s.remedy), ...input.assessment.plan.awaitingDecision.map((a) => a.remedy)];
      await recordLedgerEntry(ctx, scope, {
        kind: 'explanation',
        purposes: purposesExplained(remedies),
        language: lang,
        ...(interpreterUsed ? { interpreter: interpreterLanguage ?? 'interpreter' } : {}),
      });
      await ctx.audit.record({ actorId: scope.actor.id, action: 'document.options-sheet', caseId: scope.row.id, detail: { lang, format } });
      return reply
        .type(MIME[format])
        .header('content-disposition', `attachment; filename="options-${scope.row.code}-${lang}.${format}"`)
        .send(bytes);
    },
  );

  r.post(
    '/api/cases/:code/documents',
    {
      config: { policy: 'case:read-narrative' },
      schema: { tags: ['documents'], params: codeParams, body: z.strictObject({ kind: z.enum(['case-summary', 'vtip-trp-draft', 'hc-draft']) }), response: fileResponse },
    },
    async (request, reply) => {
      // Drafts quote the privileged story, so they are for those who may read privileged material.
      const scope = await caseFor(ctx, request, request.params.code, { action: 'case:read-narrative', compartment: 'privileged' });
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
        evidence: timeline.entries.filter((e) => e.fragment.source === 'document').map((e) => ({ title: e.fragment.text.slice(0, 120), kind: 'document', date: e.time.label })),
      };
      const { kind } = request.body;
      // In the document worker: laying out a long story takes seconds of CPU (off-thread.ts).
      const bytes = await renderOffThread(kind === 'case-summary' ? { kind, input } : { kind: 'submission', input, submission: kind === 'vtip-trp-draft' ? 'vtip-trp' : 'hc' });
      const format = kind === 'case-summary' ? 'pdf' : 'docx';
      await ctx.audit.record({ actorId: scope.actor.id, action: 'document.generated', caseId: scope.row.id, detail: { kind } });
      return reply.type(MIME[format]).header('content-disposition', `attachment; filename="${kind}-${scope.row.code}.${format}"`).send(bytes);
    },
  );
};
