import { sql } from 'kysely';
import { z } from 'zod';
import {
  consentOverrideSchema,
  contractConsentsAt,
  explanationOf,
  ledgerEntrySchema,
  mayPerform,
  type ConsentOverride,
  type GatedAction,
  type GateResult,
  type LedgerEntry,
} from '../../core/consent';
import { isoDateSchema, issuesFromZod } from '../../core/contract';
import type { IsoDate } from '../../core/dates/iso-date';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { stillOpen, type CaseScope } from '../case-access';
import { dayOf } from '../dates';

// The consent ledger of one case. Entries are the core's ledger entries, sealed whole (an
// interpreter's or recipient's name is free text); the order of the ledger is the insertion
// order, which mayPerform relies on for same-day decisions.

export interface CaseLedger {
  ledger: LedgerEntry[];
  overrides: ConsentOverride[];
}

export async function ledgerOf(ctx: AppContext, scope: CaseScope): Promise<CaseLedger> {
  const v = scope.vault;
  const entries = await ctx.db.selectFrom('case_consents').select(['id', 'entry']).where('case_id', '=', scope.row.id).orderBy('position').execute();
  const overrides = await ctx.db.selectFrom('case_overrides').select(['id', 'entry']).where('case_id', '=', scope.row.id).orderBy('recorded_at').execute();
  return {
    ledger: entries.map((e) => v.openJson<LedgerEntry>('case_consents', 'entry', e.id, e.entry)),
    overrides: overrides.map((o) => v.openJson<ConsentOverride>('case_overrides', 'entry', o.id, o.entry)),
  };
}

function invalid(error: z.ZodError): AppError {
  return new AppError('invalid-input', 'Some fields need attention.', issuesFromZod(error));
}

/** Appends a consent, refusal or explanation, validated by the core's ledger schemas. */
export async function recordLedgerEntry(
  ctx: AppContext,
  scope: CaseScope,
  input: Record<string, unknown> & { kind: LedgerEntry['kind'] },
  /** Codes only (never client data), added to the audit entry: e.g. which document was gone through. */
  auditDetail: Record<string, string> = {},
): Promise<LedgerEntry> {
  return (await appendToLedger(ctx, scope, input, auditDetail)).entry;
}

// Ledger writes of one case take this lock (two-key advisory locks never meet the audit chain's
// one-key lock), so a check of the ledger and the write that depends on it cannot interleave.
const LEDGER_LOCK = 0x4c44; // "LD"

/**
 * Appends an entry unless `already` finds it in the ledger (then nothing is written and that entry
 * is returned). The ledger is read, checked and written under the case's ledger lock: two equal
 * requests at once record one entry, and a consent is checked against the ledger it joins.
 */
export async function appendToLedger(
  ctx: AppContext,
  scope: CaseScope,
  input: Record<string, unknown> & { kind: LedgerEntry['kind'] },
  auditDetail: Record<string, string> = {},
  already?: (ledger: LedgerEntry[]) => LedgerEntry | undefined,
): Promise<{ entry: LedgerEntry; recorded: boolean }> {
  const today = dayOf(scope.now);
  const id = crypto.randomUUID();
  const dated =
    input.kind === 'consent' ? { givenOn: today, ...input } : input.kind === 'refusal' ? { decidedOn: today, ...input } : { explainedOn: today, ...input };
  const parsed = ledgerEntrySchema.safeParse({ ...dated, id, recordedBy: scope.actor.id });
  if (!parsed.success) throw invalid(parsed.error);
  const entry = parsed.data as LedgerEntry;
  return ctx.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LEDGER_LOCK}, hashtext(${scope.row.id}))`.execute(trx);
    await stillOpen(trx, scope);
    const rows = await trx.selectFrom('case_consents').select(['id', 'entry']).where('case_id', '=', scope.row.id).orderBy('position').execute();
    const ledger = rows.map((e) => scope.vault.openJson<LedgerEntry>('case_consents', 'entry', e.id, e.entry));
    const existing = already?.(ledger);
    if (existing) return { entry: existing, recorded: false };
    // Informed consent rests on an explanation: say what is missing now, rather than record a
    // "yes" that no action could ever rest on. A refusal needs none: a "no" is always recorded.
    if (entry.kind === 'consent' && !explanationOf(ledger, entry.purpose, entry.givenOn)) {
      throw new AppError('invalid-input', 'Record the explanation first: a consent counts only once its purpose was explained.', [
        { path: 'explanation', message: 'no explanation of this purpose was recorded on or before that day: record the explanation first' },
      ]);
    }
    await trx
      .insertInto('case_consents')
      .values({ id, case_id: scope.row.id, kind: entry.kind, entry: scope.vault.sealJson('case_consents', 'entry', id, entry) })
      .execute();
    const purposes = entry.kind === 'explanation' ? entry.purposes : [entry.purpose];
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: `consent.${entry.kind}-recorded`,
        caseId: scope.row.id,
        detail: { ...auditDetail, entryId: id, purposes: purposes.join('/') },
      },
      trx,
    );
    return { entry, recorded: true };
  });
}

/** Withdrawing is one step, like giving: it dates the consent's end, and nothing else changes. */
export async function withdrawConsent(ctx: AppContext, scope: CaseScope, id: string, withdrawnOn?: IsoDate): Promise<LedgerEntry> {
  const row = await ctx.db
    .selectFrom('case_consents')
    .select(['id', 'entry', 'kind'])
    .where('case_id', '=', scope.row.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.kind !== 'consent') throw new AppError('not-found', 'There is no such consent on this case.');
  const entry = scope.vault.openJson<LedgerEntry>('case_consents', 'entry', id, row.entry);
  if (entry.kind !== 'consent') throw new AppError('not-found', 'There is no such consent on this case.');
  if (entry.withdrawnOn) throw new AppError('conflict', 'This consent was already withdrawn.');
  const on = withdrawnOn ?? dayOf(scope.now);
  // Withdrawing is never refused for how the consent was recorded: a consent written before a
  // rule of the schema was tightened is withdrawn like any other. Only the new date is checked.
  const day = isoDateSchema.safeParse(on < entry.givenOn ? entry.givenOn : on);
  if (!day.success) throw invalid(day.error);
  const updated: LedgerEntry = { ...entry, withdrawnOn: day.data };
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .updateTable('case_consents')
      .set({ entry: scope.vault.sealJson('case_consents', 'entry', id, updated) })
      .where('id', '=', id)
      .execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'consent.withdrawn', caseId: scope.row.id, detail: { entryId: id, purpose: entry.purpose } },
      trx,
    );
  });
  return updated;
}

/** A lawyer acting without (or against) consent: written reason, audited, shown with the ledger. */
export async function recordOverride(
  ctx: AppContext,
  scope: CaseScope,
  input: { action: GatedAction; reason: string; expiresOn?: IsoDate | undefined },
): Promise<ConsentOverride> {
  const id = crypto.randomUUID();
  const parsed = consentOverrideSchema.safeParse({
    id,
    action: input.action,
    reason: input.reason,
    byLawyer: scope.actor.id,
    recordedOn: dayOf(scope.now),
    ...(input.expiresOn ? { expiresOn: input.expiresOn } : {}),
  });
  if (!parsed.success) throw invalid(parsed.error);
  const override = parsed.data as ConsentOverride;
  if (override.expiresOn && override.expiresOn <= override.recordedOn) {
    throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'expiresOn', message: 'must be after today' }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .insertInto('case_overrides')
      .values({ id, case_id: scope.row.id, entry: scope.vault.sealJson('case_overrides', 'entry', id, override) })
      .execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'consent.overridden', caseId: scope.row.id, detail: { overrideId: id, purpose: override.action.kind } },
      trx,
    );
  });
  return override;
}

export async function checkConsent(ctx: AppContext, scope: CaseScope, action: GatedAction): Promise<GateResult> {
  const { ledger, overrides } = await ledgerOf(ctx, scope);
  return mayPerform(action, ledger, dayOf(scope.now), overrides);
}

/**
 * The gate every consent-needing action passes: refused with `consent-required`, naming the
 * missing consent; allowed through an override only with an audit entry naming the override.
 */
export async function requireConsent(ctx: AppContext, scope: CaseScope, action: GatedAction): Promise<void> {
  const result = await checkConsent(ctx, scope, action);
  if (!result.allowed) {
    const m = result.missing;
    throw new AppError('consent-required', `This needs the client's consent (${m.purpose}), which is not on file for today.`, [
      { path: 'consent.purpose', message: m.purpose },
      ...(m.recipient ? [{ path: 'consent.recipient', message: m.recipient }] : []),
      ...(m.remedy ? [{ path: 'consent.remedy', message: m.remedy }] : []),
      ...(m.categories ? [{ path: 'consent.categories', message: m.categories.join(',') }] : []),
      { path: 'consent.reason', message: result.reason },
    ]);
  }
  if ('override' in result) {
    await ctx.audit.record({
      actorId: scope.actor.id,
      action: 'consent.override-used',
      caseId: scope.row.id,
      detail: { overrideId: result.basis.overrideId, purpose: action.kind, because: result.withoutConsentBecause },
    });
  }
}

export async function contractConsentsOf(ctx: AppContext, scope: CaseScope) {
  const { ledger } = await ledgerOf(ctx, scope);
  return contractConsentsAt(ledger, dayOf(scope.now));
}
