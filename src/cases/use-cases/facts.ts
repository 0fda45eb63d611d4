import { z } from 'zod';
import { assessFacts, type AssessmentLang } from '../../core/assess';
import {
  ANSWERS,
  assessmentSchema,
  FACT_PHASES,
  caseFactsSchema,
  issuesFromZod,
  PHASES,
  type Assessment,
  type CaseFacts,
  type CaseFactsInput,
} from '../../core/contract';
import { COUNSEL_ONLY_FLAGS, COUNSEL_ONLY_PERSON_FIELDS, nextQuestions, type Stage } from '../../core/screening';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { may, stillOpen, type CaseScope } from '../case-access';
import { dayOf } from '../dates';
import { contractConsentsOf, requireConsent } from './consents';
import { deadlineKeysOf } from '../../calendar/computed-dates';
import { STRATEGIES, planKey, type AdoptedPlan } from '../../core/planning';

// Screening answers, stored per case as one sealed JSON document in the shape of the contract's
// case facts (province comes from the case, consents from the ledger, asOf is the day asked).
// Each answer may point to the sitting and fragments it came from. Every change is validated by
// building the contract document and running the contract's own schema over it.

const shape = caseFactsSchema.shape;
const personSchema = shape.person.omit({ province: true }).partial();
type PersonFields = typeof personSchema.shape;
// In a change, null removes a field (a permit expiry entered by mistake, a removal order set aside).
const personPatchSchema = z.strictObject(
  Object.fromEntries(Object.entries(personSchema.shape).map(([name, field]) => [name, field.nullable()])) as {
    [K in keyof PersonFields]: z.ZodNullable<PersonFields[K]>;
  },
);

const answerSchema = z.strictObject({
  id: z.string().max(80),
  phase: z.enum(PHASES).optional(),
  answer: z.enum(ANSWERS),
  note: z.string().max(2000).optional(),
  sittingId: z.uuid().optional(),
  fragmentIds: z.array(z.uuid()).max(20).optional(),
});

/** The plan the practitioner adopted (core/planning/adoption.ts): case data, sealed with the facts. */
const adoptedPlanSchema = z.strictObject({ strategy: z.enum(STRATEGIES), key: z.string().max(4000), on: z.string() });

export const storedFactsSchema = z.strictObject({
  person: personSchema.default({}),
  exploiters: shape.exploiters,
  contexts: shape.contexts,
  sector: shape.sector,
  answers: z.array(answerSchema).default([]),
  events: shape.events,
  goals: shape.goals,
  riskTolerance: shape.riskTolerance,
  adoptedPlan: adoptedPlanSchema.optional(),
});
export type StoredFacts = z.output<typeof storedFactsSchema>;

// No defaults in a change: a key that is not sent stays as stored (a default here once emptied the
// situation and goals whenever an answer was saved).
export const factsPatchSchema = z.strictObject({
  person: personPatchSchema.optional(),
  exploiters: shape.exploiters.unwrap().optional(),
  contexts: shape.contexts.unwrap().optional(),
  sector: z.string().max(200).nullish(),
  answers: z
    .array(answerSchema.extend({ answer: z.enum(ANSWERS).nullable() }))
    .max(200)
    .optional(),
  events: shape.events.unwrap().optional(),
  goals: shape.goals.unwrap().optional(),
  // null forgets it: plans are then ranked for a low tolerance, the contract's default.
  riskTolerance: shape.riskTolerance.unwrap().nullable().optional(),
});
export type FactsPatch = z.output<typeof factsPatchSchema>;

const EMPTY: StoredFacts = storedFactsSchema.parse({});
const T = 'cases';

function storedFactsOf(scope: CaseScope): StoredFacts {
  return scope.vault.maybeJson<StoredFacts>(T, 'facts', scope.row.id, scope.row.facts) ?? EMPTY;
}

// Counsel-only answers and flags are privileged advice: a lawyer an admin placed on the case, whom no lawyer of the case vouched for, does not get them.
const isLawyerOnTeam = (scope: CaseScope) =>
  scope.actor.role === 'lawyer' &&
  (scope.teamRole === 'responsible-lawyer' || scope.teamRole === 'lawyer') &&
  may(scope, { action: 'case:read-narrative', compartment: 'privileged' });

/** The stored facts as this reader may see them: without counsel-only answers unless counsel. */
function visibleFacts(scope: CaseScope, stored: StoredFacts = storedFactsOf(scope)): StoredFacts {
  if (isLawyerOnTeam(scope)) return stored;
  const person: Record<string, unknown> = { ...stored.person };
  for (const field of COUNSEL_ONLY_PERSON_FIELDS) delete person[field];
  return { ...stored, person: person as StoredFacts['person'] };
}

function contractInput(stored: StoredFacts, province: string, asOf: string, consents?: CaseFacts['consents']): CaseFactsInput {
  return {
    contractVersion: 1,
    asOf,
    person: { ageBand: 'unknown', immigrationStatus: 'unknown', ...stored.person, province } as CaseFactsInput['person'],
    exploiters: stored.exploiters,
    contexts: stored.contexts,
    ...(stored.sector ? { sector: stored.sector } : {}),
    facts: stored.answers.map((a) => ({ id: a.id, ...(a.phase ? { phase: a.phase } : {}), answer: a.answer, ...(a.note ? { note: a.note } : {}) })),
    events: stored.events,
    goals: stored.goals,
    ...(stored.riskTolerance ? { riskTolerance: stored.riskTolerance } : {}),
    ...(consents ? { consents } : {}),
  };
}

/** The contract document for a day, or the contract's own issues with answer paths renamed. */
function toContract(stored: StoredFacts, province: string, asOf: string, consents?: CaseFacts['consents']): CaseFacts {
  const parsed = caseFactsSchema.safeParse(contractInput(stored, province, asOf, consents));
  if (!parsed.success) {
    const fields = issuesFromZod(parsed.error).map((i) => ({ ...i, path: i.path.replace(/^facts\[/, 'answers[') }));
    throw new AppError('invalid-input', 'Some screening answers need attention.', fields);
  }
  return parsed.data;
}

function merge(stored: StoredFacts, patch: FactsPatch): StoredFacts {
  const person: Record<string, unknown> = { ...stored.person };
  for (const [name, value] of Object.entries(patch.person ?? {})) {
    if (value === null) delete person[name];
    else if (value !== undefined) person[name] = value;
  }
  const next: StoredFacts = { ...stored, person: person as StoredFacts['person'] };
  if (patch.exploiters) next.exploiters = patch.exploiters;
  if (patch.contexts) next.contexts = patch.contexts;
  if (patch.sector !== undefined) {
    if (patch.sector) next.sector = patch.sector;
    else delete next.sector;
  }
  if (patch.events) next.events = patch.events;
  if (patch.goals) next.goals = patch.goals;
  if (patch.riskTolerance === null) delete next.riskTolerance;
  else if (patch.riskTolerance) next.riskTolerance = patch.riskTolerance;
  if (patch.answers) {
    // A fact that occurs in one phase only is keyed by that phase whether or not it was sent.
    const phases = FACT_PHASES as Record<string, readonly string[] | undefined>;
    const key = (a: { id: string; phase?: string | undefined }) => `${a.id}@${a.phase ?? (phases[a.id]?.length === 1 ? phases[a.id]![0] : '')}`;
    const answers = new Map(stored.answers.map((a) => [key(a), a]));
    for (const a of patch.answers) {
      const k = key(a);
      if (a.answer === null) answers.delete(k);
      else answers.set(k, { ...a, answer: a.answer });
    }
    next.answers = [...answers.values()];
  }
  return next;
}

/**
 * The computed deadlines (remedy and deadline ids) the facts before a change gave and the facts
 * after it no longer give: each becomes an entry in the case history, ids only (issue 17).
 */
function deadlinesGone(previous: StoredFacts, after: CaseFacts, scope: CaseScope) {
  let before: CaseFacts;
  try {
    before = toContract(previous, scope.row.province, after.asOf);
  } catch {
    return []; // facts stored before a rule tightened: nothing to compare with
  }
  const now = deadlineKeysOf(after);
  return [...deadlineKeysOf(before)].filter(([key]) => !now.has(key)).map(([, gone]) => gone);
}

export async function updateFacts(ctx: AppContext, scope: CaseScope, patch: FactsPatch): Promise<StoredFacts> {
  if (!isLawyerOnTeam(scope)) {
    const sent = COUNSEL_ONLY_PERSON_FIELDS.filter((field) => patch.person?.[field] !== undefined);
    if (sent.length > 0)
      throw new AppError(
        'forbidden',
        'Only counsel on the team record this answer.',
        sent.map((field) => ({ path: `person.${field}`, message: 'only counsel on the team record this answer' })),
      );
  }
  const changed = Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  const id = scope.row.id;
  const merged = await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    // Merged onto the facts as they are now, under the case's row lock (stillOpen), not as they
    // were when the request began: two answers saved at once must both be kept.
    const current = await trx.selectFrom('cases').select('facts').where('id', '=', id).executeTakeFirstOrThrow();
    scope.row.facts = current.facts;
    const previous = storedFactsOf(scope);
    const next = merge(previous, patch);
    const contract = toContract(next, scope.row.province, dayOf(scope.now));
    // Keep the phase the contract resolved, so the same answer is not stored twice.
    next.answers = [...new Map(next.answers.map((a, i) => ({ ...a, phase: contract.facts[i]!.phase })).map((a) => [`${a.id}@${a.phase}`, a])).values()];
    const historyId = crypto.randomUUID();
    const sealed = scope.vault.sealJson(T, 'facts', id, next);
    const now = ctx.now();
    await trx.updateTable('cases').set({ facts: sealed, facts_updated_at: now, updated_at: now }).where('id', '=', id).execute();
    await trx
      .insertInto('case_facts_history')
      .values({
        id: historyId,
        case_id: id,
        changed_by: scope.actor.id,
        changed,
        patch: scope.vault.sealJson('case_facts_history', 'patch', historyId, patch),
        changed_at: now,
      })
      .execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.facts-changed', caseId: id, detail: { fields: changed.join('/'), answers: patch.answers?.length ?? 0 } },
      trx,
    );
    for (const gone of deadlinesGone(previous, contract, scope)) {
      await ctx.audit.record({ actorId: scope.actor.id, action: 'case.deadline-no-longer-applies', caseId: id, detail: gone }, trx);
    }
    scope.row.facts = sealed;
    scope.row.facts_updated_at = now;
    return next;
  });
  return visibleFacts(scope, merged);
}

async function factsHistory(ctx: AppContext, caseId: string) {
  const rows = await ctx.db
    .selectFrom('case_facts_history')
    .select(['changed_at', 'changed_by', 'changed'])
    .where('case_id', '=', caseId)
    .orderBy('changed_at')
    .execute();
  return rows.map((r) => ({ at: r.changed_at.toISOString(), byUserId: r.changed_by, changed: r.changed }));
}

export async function readFacts(ctx: AppContext, scope: CaseScope) {
  await ctx.audit.record({ actorId: scope.actor.id, action: 'case.facts-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
  return { facts: visibleFacts(scope), updatedAt: scope.row.facts_updated_at?.toISOString() ?? null, history: await factsHistory(ctx, scope.row.id) };
}

/** The contract document for today: it may leave Harbour, so it needs consent to a document. */
export async function exportFacts(ctx: AppContext, scope: CaseScope): Promise<CaseFacts> {
  await requireConsent(ctx, scope, { kind: 'generate-document', categories: ['immigration', 'employment'] });
  const document = toContract(visibleFacts(scope), scope.row.province, dayOf(scope.now), await contractConsentsOf(ctx, scope));
  await ctx.audit.record({ actorId: scope.actor.id, action: 'case.facts-exported', caseId: scope.row.id, detail: { via: scope.decision.via } });
  return document;
}

/** Today's contract document as this reader may see it: counsel-only answers left out unless counsel, consents from the ledger. */
export async function readableContractFacts(ctx: AppContext, scope: CaseScope): Promise<CaseFacts> {
  return toContract(visibleFacts(scope), scope.row.province, dayOf(scope.now), await contractConsentsOf(ctx, scope));
}

/** Flags as this reader may see them: flags meant for counsel only reach lawyers on the team. */
export function readableFlags<F extends { id: string }>(scope: CaseScope, flags: readonly F[]): F[] {
  if (isLawyerOnTeam(scope)) return [...flags];
  const counselOnly = new Set<string>(COUNSEL_ONLY_FLAGS);
  return flags.filter((f) => !counselOnly.has(f.id));
}

/** Every reading of what the core makes of a case is audited alike, whatever its shape. */
export async function recordAssessmentRead(ctx: AppContext, scope: CaseScope): Promise<void> {
  await ctx.audit.record({ actorId: scope.actor.id, action: 'case.assessment-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
}

/** Today's contract document and assessFacts on it; flags meant for counsel only reach lawyers on the team. */
export async function assessCaseWithFacts(
  ctx: AppContext,
  scope: CaseScope,
  lang: AssessmentLang = 'en',
): Promise<{ facts: CaseFacts; assessment: Assessment }> {
  const facts = await readableContractFacts(ctx, scope);
  const assessment = assessmentSchema.parse(assessFacts(facts, { lang }));
  await recordAssessmentRead(ctx, scope);
  return { facts, assessment: { ...assessment, flags: readableFlags(scope, assessment.flags) } };
}

/** The assessment with its sentences in `lang`; ids, codes and dates are the same in every language. */
export async function assessCase(ctx: AppContext, scope: CaseScope, lang: AssessmentLang = 'en'): Promise<Assessment> {
  return (await assessCaseWithFacts(ctx, scope, lang)).assessment;
}

export function questionsFor(scope: CaseScope, stage: Stage) {
  const facts = toContract(visibleFacts(scope), scope.row.province, dayOf(scope.now));
  return nextQuestions({ facts, stage });
}

/** The plan adopted for the case, as stored; undefined when none was (the recommended plan applies). */
export function adoptedPlanOf(scope: CaseScope): AdoptedPlan | undefined {
  return storedFactsOf(scope).adoptedPlan;
}

/**
 * Adopts one of today's ranked plans for the case, named by its strategy and planKey as the reader
 * saw it (null goes back to the recommended plan). A key that no plan has today is refused: the
 * plans changed since the page was shown. Stored sealed with the facts, in their history, audited.
 */
export async function adoptPlan(
  ctx: AppContext,
  scope: CaseScope,
  choice: { strategy: AdoptedPlan['strategy']; key: string } | null,
): Promise<AdoptedPlan | null> {
  if (choice) {
    const { assessment } = await assessCaseWithFacts(ctx, scope);
    if (![assessment.plan, ...assessment.alternatives].some((p) => planKey(p) === choice.key))
      throw new AppError('conflict', 'The plans have changed since this page was shown: look at them again and choose.', [{ path: 'key', message: 'stale' }]);
  }
  const id = scope.row.id;
  const adopted: AdoptedPlan | null = choice ? { ...choice, on: dayOf(scope.now) } : null;
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const current = await trx.selectFrom('cases').select('facts').where('id', '=', id).executeTakeFirstOrThrow();
    scope.row.facts = current.facts;
    const next: StoredFacts = { ...storedFactsOf(scope) };
    if (adopted) next.adoptedPlan = adopted;
    else delete next.adoptedPlan;
    const historyId = crypto.randomUUID();
    const sealed = scope.vault.sealJson(T, 'facts', id, next);
    const now = ctx.now();
    await trx.updateTable('cases').set({ facts: sealed, updated_at: now }).where('id', '=', id).execute();
    await trx
      .insertInto('case_facts_history')
      .values({
        id: historyId,
        case_id: id,
        changed_by: scope.actor.id,
        changed: ['adoptedPlan'],
        patch: scope.vault.sealJson('case_facts_history', 'patch', historyId, { adoptedPlan: adopted }),
        changed_at: now,
      })
      .execute();
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: adopted ? 'case.plan-adopted' : 'case.plan-adoption-withdrawn',
        caseId: id,
        detail: adopted ? { strategy: adopted.strategy } : {},
      },
      trx,
    );
    scope.row.facts = sealed;
  });
  return adopted;
}
