import { z } from 'zod';
import { ASSESSMENT_LANGS, type AssessmentLang } from '../../core/assess';
import {
  citationOutSchema,
  CONSENT_KEYS,
  CONTINUUM,
  DIMENSION_IDS,
  ELIGIBILITY,
  EXCLUSION_REASONS,
  FACT_PHASES,
  FLAG_IDS,
  FLAG_LEVELS,
  LEGAL_TEST_IDS,
  PHASES,
  REMEDY_IDS,
  RISK_IDS,
  RISK_LEVELS,
  TEST_STATUSES,
  VERIFICATION,
  type CaseFacts,
  type FactId,
  type TestStatus,
} from '../../core/contract';
import { daysBetween, type IsoDate } from '../../core/dates/iso-date';
import { CONSENT_NAMES, noteText, type Adoption, planKey, rankPlans, resolveAdoption, RISK_TOLERANCES, STRATEGIES, toContractPlan } from '../../core/planning';
import { DEADLINE_SOON_DAYS, evaluateRemedies, sourceTitle, type RemedyEvaluation } from '../../core/remedies';
import { indicator, screen, SCREENING_CAVEATS, screeningText, unweightedSigns, type ScreeningLocale, type ScreeningReport } from '../../core/screening';
import type { AppContext } from '../../platform/http/context';
import type { CaseScope } from '../case-access';
import { adoptedPlanOf, readableContractFacts, readableFlags, recordAssessmentRead } from './facts';
import { sittingRecords } from './sittings';

// What the web's legal pages (screening result, remedies navigator, plan) show for a case, already
// worded in the reader's language: the contract assessment's results plus what the contract leaves
// out (practice notes, "verify" banners for law in motion, every deadline, the continuum's reasons,
// each plan's strategy). Built from the same facts as the assessment, so a reader who may not see
// counsel-only answers sees nothing that follows from them here either. Plain data and text only:
// the browser no longer ships or re-runs the legal core.

const deadlineKinds = ['limitation', 'judicial-review', 'renewal', 'removal', 'claim-window'] as const;

/** A fact or dimension named in a result ("documents-confiscated@recruitment (strong)"), worded. */
const refSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  phase: z.enum(PHASES).optional(),
  qualifier: z.string().optional(),
});
const statusSchema = z.enum(TEST_STATUSES);

const remedyViewSchema = z.strictObject({
  id: z.enum(REMEDY_IDS),
  name: z.string(),
  eligibility: z.enum(ELIGIBILITY),
  reasons: z.array(z.string()),
  risks: z.array(z.strictObject({ id: z.enum(RISK_IDS), level: z.enum(RISK_LEVELS), why: z.string() })),
  deadlines: z.array(
    z.strictObject({
      date: z.string(),
      kind: z.enum(deadlineKinds),
      basis: z.string(),
      passed: z.boolean(),
      extension: z.string().optional(),
      citation: z.string(),
      verification: z.enum(VERIFICATION),
    }),
  ),
  evidenceNeeded: z.array(z.string()),
  yields: z.array(z.string()),
  citations: z.array(citationOutSchema),
  practiceNotes: z.array(z.string()),
  verify: z.array(z.string()),
  jurisdiction: z.strictObject({ code: z.string(), reviewed: z.boolean() }),
});

const planViewSchema = z.strictObject({
  strategy: z.string(),
  /** Addition for adopting a plan: the strategy's code and the plan's key (core/planning/adoption.ts). */
  strategyId: z.enum(STRATEGIES),
  key: z.string(),
  steps: z.array(
    z.strictObject({ order: z.number().int().positive(), remedy: z.enum(REMEDY_IDS), why: z.string(), producesEvidenceFor: z.array(z.enum(REMEDY_IDS)) }),
  ),
  awaitingDecision: z.array(
    z.strictObject({
      remedy: z.enum(REMEDY_IDS),
      consentNeeded: z.enum(CONSENT_KEYS),
      consentName: z.string(),
      risks: z.array(z.strictObject({ id: z.enum(RISK_IDS), level: z.enum(RISK_LEVELS), why: z.string() })),
    }),
  ),
  excluded: z.array(z.strictObject({ remedy: z.enum(REMEDY_IDS), why: z.string(), reason: z.enum(EXCLUSION_REASONS).optional() })),
  tradeOffs: z.array(z.string()),
});

/** The plan adopted for the case: none (the recommended plan applies), one of `plans` by index, or gone since the facts changed. */
const adoptionViewSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('none') }),
  z.strictObject({ status: z.literal('adopted'), index: z.number().int().min(0), strategy: z.string(), on: z.string() }),
  z.strictObject({ status: z.literal('gone'), strategy: z.string(), on: z.string() }),
]);

export const legalViewSchema = z.strictObject({
  lang: z.enum(ASSESSMENT_LANGS),
  asOf: z.string(),
  knowledgeVersion: z.string(),
  screening: z.strictObject({
    continuum: z.enum(CONTINUUM),
    /** Every step of the continuum, in order, with its name. */
    continuumSteps: z.array(z.strictObject({ id: z.enum(CONTINUUM), name: z.string() })),
    continuumBecause: z.array(z.string()),
    personRule: z.string(),
    caveats: z.array(z.strictObject({ id: z.enum(SCREENING_CAVEATS), text: z.string() })),
    dimensions: z.array(
      z.strictObject({
        id: z.enum(DIMENSION_IDS),
        name: z.string(),
        status: statusSchema,
        statusText: z.string(),
        because: z.array(refSchema),
        missing: z.array(refSchema),
      }),
    ),
    legalTests: z.array(
      z.strictObject({
        id: z.enum(LEGAL_TEST_IDS),
        name: z.string(),
        status: statusSchema,
        statusText: z.string(),
        notes: z.array(z.strictObject({ id: z.string(), text: z.string() })),
        elements: z.array(
          z.strictObject({
            id: z.string(),
            name: z.string(),
            status: statusSchema,
            statusText: z.string(),
            because: z.array(refSchema),
            missing: z.array(refSchema),
            citations: z.array(citationOutSchema),
          }),
        ),
        citations: z.array(citationOutSchema),
      }),
    ),
    /** The facts still missing from any result, each with the question that would settle it. */
    corroborate: z.array(z.strictObject({ id: z.string(), question: z.string() })),
    /** Red flags recorded yes and observations (from answers and sittings): shown, never weighted. */
    signs: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['red-flag', 'observation']),
        kindName: z.string(),
        phase: z.enum(PHASES).optional(),
        heldOn: z.string().optional(),
        text: z.string(),
      }),
    ),
  }),
  /** The flags this reader may see. Screening flags come worded; urgency flags bring their dates and counts. */
  flags: z.array(
    z.strictObject({
      id: z.enum(FLAG_IDS),
      level: z.enum(FLAG_LEVELS),
      title: z.string().optional(),
      why: z.string(),
      date: z.string().optional(),
      days: z.number().int().optional(),
      deadlines: z.array(z.strictObject({ remedy: z.enum(REMEDY_IDS), name: z.string(), date: z.string() })).optional(),
    }),
  ),
  /** Every remedy, in the contract's order. */
  remedies: z.array(remedyViewSchema),
  /** The ranked plans, best first: the first is the assessment's plan, the rest its alternatives. */
  plans: z.array(planViewSchema).min(1),
  adoption: adoptionViewSchema,
  /** The client's tolerance for risk the plans are ranked by; null when not recorded (ranked as low). */
  riskTolerance: z.enum(RISK_TOLERANCES).nullable(),
});
export type LegalView = z.output<typeof legalViewSchema>;
type Ref = z.output<typeof refSchema>;

const isFact = (id: string): id is FactId => id in FACT_PHASES;
const isDimension = (id: string): id is (typeof DIMENSION_IDS)[number] => (DIMENSION_IDS as readonly string[]).includes(id);
const REF = /^([\w-]+)(?:@(recruitment|destination))?(?: \(([\w-]+)\))?$/;

function refOf(ref: string, text: ScreeningLocale, lang: AssessmentLang): Ref {
  const match = REF.exec(ref);
  if (!match) return { id: ref, name: ref };
  const [, id, phase, qualifier] = match as unknown as [string, string, 'recruitment' | 'destination' | undefined, string | undefined];
  const name = isDimension(id) ? text.dimensions[id] : isFact(id) ? indicator(id).practitioner[lang] : id;
  const q = qualifier as (keyof typeof text.strengths & keyof typeof text.statuses) | undefined;
  const worded = q ? (text.strengths[q] ?? text.statuses[q] ?? qualifier) : undefined;
  return { id, name, ...(phase ? { phase } : {}), ...(worded ? { qualifier: worded } : {}) };
}

function screeningView(
  report: ScreeningReport,
  signs: ReturnType<typeof unweightedSigns>,
  text: ScreeningLocale,
  lang: AssessmentLang,
): LegalView['screening'] {
  const refs = (list: readonly string[]) => list.map((r) => refOf(r, text, lang));
  const status = (s: TestStatus) => ({ status: s, statusText: text.statuses[s] });
  const missing = [...report.dimensions.flatMap((d) => d.missing), ...report.legalTests.flatMap((t) => t.elements.flatMap((e) => e.missing))].map(
    (r) => refOf(r, text, lang).id,
  );
  return {
    continuum: report.continuum,
    continuumSteps: CONTINUUM.map((id) => ({ id, name: text.continuum[id] })),
    continuumBecause: report.continuumBecause.map((r) => text.continuumReasons[r]),
    personRule: text.personRule[report.personLevel.rule === 'child' ? 'child' : 'adult'],
    caveats: SCREENING_CAVEATS.map((id) => ({ id, text: text.caveats[id] })),
    dimensions: report.dimensions.map((d) => ({
      id: d.id,
      name: text.dimensions[d.id],
      ...status(d.status),
      because: refs(d.because),
      missing: refs(d.missing),
    })),
    legalTests: report.legalTests.map((t) => {
      const wording = text.legalTests[t.id];
      const elements = wording.elements as Record<string, string>;
      const notes = text.notes as Record<string, string>;
      return {
        id: t.id,
        name: wording.name,
        ...status(t.status),
        notes: t.notes.map((id) => ({ id, text: notes[id] ?? id })),
        elements: t.elements.map((e) => ({
          id: e.id,
          name: elements[e.id] ?? e.id,
          ...status(e.status),
          because: refs(e.because),
          missing: refs(e.missing),
          citations: e.citations,
        })),
        citations: t.citations,
      };
    }),
    corroborate: [...new Set(missing)].map((id) => ({ id, question: isFact(id) ? indicator(id).question[lang] : id })),
    signs: signs.map((s) => ({
      id: s.fact,
      name: indicator(s.fact).practitioner[lang],
      kind: s.kind,
      kindName: text.signKinds[s.kind],
      ...(s.phase ? { phase: s.phase } : {}),
      ...(s.heldOn ? { heldOn: s.heldOn } : {}),
      text: text.signs[s.source],
    })),
  };
}

function remedyView(r: RemedyEvaluation, lang: AssessmentLang): LegalView['remedies'][number] {
  return {
    id: r.id,
    name: r.name,
    eligibility: r.eligibility,
    reasons: r.reasons,
    risks: r.risks.map((x) => ({ id: x.id, level: x.level, why: x.why })),
    deadlines: r.deadlines.map((d) => ({
      date: d.date,
      kind: d.kind,
      basis: d.basis[lang],
      passed: d.passed,
      ...(d.extension ? { extension: d.extension[lang] } : {}),
      citation: `${sourceTitle(d.citation, lang)}, ${d.citation.pinpoint}`,
      verification: d.verification,
    })),
    evidenceNeeded: r.evidenceNeeded,
    yields: r.yields,
    citations: r.citations,
    practiceNotes: r.practiceNotes,
    verify: r.verify,
    jurisdiction: { code: r.jurisdiction.code, reviewed: r.jurisdiction.reviewed },
  };
}

const SOON_KINDS: readonly string[] = ['limitation', 'judicial-review', 'claim-window'];

/** The dates and counts behind an urgency flag, for the page to word; screening flags come worded. */
function flagView(
  f: { id: LegalView['flags'][number]['id']; level: LegalView['flags'][number]['level']; why: string },
  facts: CaseFacts,
  remedies: readonly RemedyEvaluation[],
  text: ScreeningLocale,
): LegalView['flags'][number] {
  const asOf = facts.asOf as IsoDate;
  const dated = (date: string | undefined) => (date ? { date, days: daysBetween(asOf, date as IsoDate) } : {});
  const base = { id: f.id, level: f.level, why: f.why };
  switch (f.id) {
    case 'minor':
    case 'immediate-safety':
    case 'sex-industry-immigration-risk':
      return { ...base, title: text.flags[f.id].title, why: text.flags[f.id].why };
    case 'imminent-removal':
      return { ...base, ...dated(facts.person.removal?.date) };
    case 'permit-expiring':
      return { ...base, ...dated(facts.person.permitExpiry) };
    case 'claim-window-closing':
      return { ...base, ...dated(remedies.find((r) => r.id === 'refugee-claim')?.deadlines.find((d) => d.kind === 'claim-window')?.date) };
    case 'deadline-soon': {
      const deadlines = remedies
        .flatMap((r) => r.deadlines.filter((d) => SOON_KINDS.includes(d.kind)).map((d) => ({ remedy: r.id, name: r.name, date: d.date })))
        .filter((d) => {
          const days = daysBetween(asOf, d.date as IsoDate);
          return days >= 0 && days <= DEADLINE_SOON_DAYS;
        })
        .sort((a, b) => a.date.localeCompare(b.date));
      return { ...base, deadlines };
    }
  }
}

function adoptionView(adoption: Adoption, lang: AssessmentLang): LegalView['adoption'] {
  if (adoption.status === 'none') return adoption;
  const strategy = noteText({ code: 'strategy', strategy: adoption.strategy }, lang);
  return adoption.status === 'adopted'
    ? { status: 'adopted', index: adoption.index, strategy, on: adoption.on }
    : { status: 'gone', strategy, on: adoption.on };
}

/** The legal view of a case for this reader, worded in `lang`; its reading is audited as an assessment read. */
export async function legalViewOf(ctx: AppContext, scope: CaseScope, lang: AssessmentLang): Promise<LegalView> {
  const facts = await readableContractFacts(ctx, scope);
  const text = screeningText[lang];
  const screening = screen(facts, { locale: lang });
  // Whether the client could speak freely at each sitting: observations to confirm, never answers.
  const signs = unweightedSigns(facts, await sittingRecords(ctx, scope.row.id));
  const evaluated = evaluateRemedies(facts, screening, { locale: lang });
  const ranked = rankPlans(facts, screening, evaluated, { riskTolerance: facts.riskTolerance ?? 'low' });
  await recordAssessmentRead(ctx, scope);
  const flags = readableFlags(scope, [...screening.flags, ...evaluated.flags]);
  return {
    lang,
    asOf: facts.asOf,
    knowledgeVersion: evaluated.knowledgeVersion,
    screening: screeningView(screening, signs, text, lang),
    flags: flags.map((f) => flagView(f, facts, evaluated.remedies, text)),
    remedies: evaluated.remedies.map((r) => remedyView(r, lang)),
    adoption: adoptionView(resolveAdoption(ranked, adoptedPlanOf(scope)), lang),
    riskTolerance: facts.riskTolerance ?? null,
    plans: ranked.map((p) => {
      const plan = toContractPlan(p, lang);
      return {
        strategy: noteText({ code: 'strategy', strategy: p.strategy }, lang),
        strategyId: p.strategy,
        key: planKey(p),
        steps: plan.steps,
        awaitingDecision: plan.awaitingDecision.map((a, i) => ({
          remedy: a.remedy,
          consentNeeded: a.consentNeeded,
          consentName: CONSENT_NAMES[lang][a.consentNeeded],
          risks: p.awaitingDecision[i]!.risks.map((r) => ({ id: r.id, level: r.level, why: r.why })),
        })),
        excluded: plan.excluded,
        tradeOffs: plan.tradeOffs,
      };
    }),
  };
}
