import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { REMEDY_IDS, type RemedyId } from '../core/contract';
import { BAR_RULES } from '../core/remedies/bars';
import { FEDERAL_PERIODS } from '../core/remedies/periods';
import { knowledgeReport, listJurisdictions, listRemedies, showRemedy, KNOWLEDGE_VERSION, type RemedyKnowledge } from '../core/remedies';
import { ASSESSMENT_LANGS } from '../core/assess';
import { CATALOGUE, PROFILES, SCREENING_CAVEATS, screeningText, STRENGTHS } from '../core/screening';
import type { RouteModule } from '../platform/http/app';
import { AppError } from '../platform/http/app-error';
import { signedIn } from '../platform/http/route-policy';
import { utcDayOf } from '../core/dates/format';

// Consolidated knowledge for staff ("need it all in one place"): every remedy by jurisdiction and
// every screening indicator, each value with its source, effective dates and review status.
// Rules are functions in the core; here they travel as their data (ids, wording, citations).

/** JSON drops the rule functions; a risk level that depends on the facts says so. */
function asData(k: RemedyKnowledge): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(k)) as Record<string, unknown> & { risks: Array<Record<string, unknown>> };
  data.risks = data.risks.map((r) => ({ ...r, level: r.level ?? 'depends-on-facts' }));
  delete data.deadlines;
  // Each deadline with the dated period it counts (a provincial period is in the jurisdiction's values),
  // and the bars on this remedy from the one register, so a reviewer sees every period and its source.
  const deadlines = k.deadlines.map((d) =>
    d.period
      ? { id: d.id, period: d.period, versions: JSON.parse(JSON.stringify(FEDERAL_PERIODS[d.period])) as unknown }
      : d.onTheEventDate
        ? { id: d.id, onTheEventDate: true }
        : { id: d.id, provincial: true },
  );
  const bars = BAR_RULES.filter((b) => b.remedy === k.id).map((b) => JSON.parse(JSON.stringify(b)) as unknown);
  return { ...data, deadlineRules: k.deadlines.map((d) => d.id), deadlines, bars };
}

const remedySummary = z.object({
  id: z.enum(REMEDY_IDS),
  scope: z.enum(['federal', 'provincial']),
  name: z.object({ en: z.string(), fr: z.string() }),
  description: z.object({ en: z.string(), fr: z.string() }),
  verification: z.object({ 'official-text': z.number(), secondary: z.number(), unverified: z.number() }),
});

export const knowledgeRoutes: RouteModule = (app, ctx) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const signedInOnly = { config: { policy: signedIn() } };

  r.get(
    '/api/knowledge/remedies',
    { ...signedInOnly, schema: { tags: ['knowledge'], response: { 200: z.object({ knowledgeVersion: z.string(), remedies: z.array(remedySummary) }) } } },
    async () => {
      return {
        knowledgeVersion: KNOWLEDGE_VERSION,
        remedies: listRemedies().map((k) => {
          const counts = { 'official-text': 0, secondary: 0, unverified: 0 };
          for (const d of [...k.legalBasis, k.timeline, k.fees, ...k.eligibility, ...k.risks]) counts[d.verification] += 1;
          return { id: k.id, scope: k.scope, name: k.name, description: k.description, verification: counts };
        }),
      };
    },
  );

  r.get(
    '/api/knowledge/remedies/:id',
    {
      ...signedInOnly,
      schema: { tags: ['knowledge'], params: z.strictObject({ id: z.string().max(64) }), response: { 200: z.record(z.string(), z.unknown()) } },
    },
    async (request) => {
      const k = REMEDY_IDS.includes(request.params.id as RemedyId) ? showRemedy(request.params.id as RemedyId) : undefined;
      if (!k) throw new AppError('not-found', 'There is no remedy with this id.');
      return asData(k);
    },
  );

  r.get(
    '/api/knowledge/jurisdictions',
    { ...signedInOnly, schema: { tags: ['knowledge'], response: { 200: z.object({ jurisdictions: z.array(z.record(z.string(), z.unknown())) }) } } },
    async () => {
      return { jurisdictions: listJurisdictions().map((j) => JSON.parse(JSON.stringify(j)) as Record<string, unknown>) };
    },
  );

  r.get('/api/knowledge/report', { ...signedInOnly, schema: { tags: ['knowledge'], response: { 200: z.record(z.string(), z.unknown()) } } }, async () => {
    return knowledgeReport(utcDayOf(ctx.now())) as unknown as Record<string, unknown>;
  });

  // The indicators with their bilingual wording, and, in ?lang, the words the page puts around them
  // (lists, dimensions, strengths, caveats), so the browser does not carry the screening's text.
  r.get(
    '/api/knowledge/indicators',
    {
      ...signedInOnly,
      schema: {
        tags: ['knowledge'],
        querystring: z.strictObject({ lang: z.enum(ASSESSMENT_LANGS).default('en') }),
        response: {
          200: z.object({
            caveats: z.array(z.unknown()),
            indicators: z.array(z.record(z.string(), z.unknown())),
            wording: z.strictObject({
              caveats: z.record(z.string(), z.string()),
              profiles: z.record(z.string(), z.string()),
              dimensions: z.record(z.string(), z.string()),
              strengths: z.record(z.string(), z.string()),
            }),
          }),
        },
      },
    },
    async (request) => {
      const text = screeningText[request.query.lang];
      const only = <K extends string>(keys: readonly K[], words: Record<K, string>) => Object.fromEntries(keys.map((k) => [k, words[k]]));
      return {
        caveats: [...SCREENING_CAVEATS] as unknown[],
        indicators: CATALOGUE.map((i) => i as unknown as Record<string, unknown>),
        wording: {
          caveats: only(SCREENING_CAVEATS, text.caveats),
          profiles: only(PROFILES, text.profiles),
          dimensions: { ...text.dimensions },
          strengths: only(STRENGTHS, text.strengths),
        },
      };
    },
  );
};
