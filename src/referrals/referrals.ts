import { z } from 'zod';
import { DATA_CATEGORIES, type DataCategory } from '../core/consent';
import { isoDateSchema } from '../core/contract';
import { isoDate } from '../core/dates/iso-date';
import { buildPacket, mayMoveTo, mayRefer, needsOf, narrowPacket, REFERRAL_STATUSES, stillShared, type Packet, type ReferralStatus } from '../core/referrals';
import type { SignedInPerson } from '../accounts';
import { seedEntries } from './directory/seed-files';
import { stillOpen, type CaseScope } from '../cases/case-access';
import { dayOf } from '../cases/dates';
import { ledgerOf, type CaseLedger } from '../cases/use-cases/consents';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { REFERRAL_OUTCOMES, type ReferralsTable } from '../platform/db/schema';
import type { Selectable } from 'kysely';
import { readCase } from './case-extract';
import { directoryEntry, harbourRecipientOf, searchDirectory } from './directory/directory';
import { directoryQuerySchema } from './schemas';

// Referrals made from a case (docs/referrals.md). A referral names a directory entry, the data
// categories chosen and why; it is refused unless a consent in the ledger covers referring to that
// recipient with those categories (core/referrals mayRefer), naming the consent that is missing.
// The packet, exactly what leaves, is built from the case at that moment and sealed with the case
// key; the practitioner's preview is the same packet.

const T = 'referrals';
export type ReferralRow = Selectable<ReferralsTable>;

export const newReferralSchema = z.strictObject({
  entryId: z.string().min(1).max(120),
  categories: z.array(z.enum(DATA_CATEGORIES)).max(DATA_CATEGORIES.length).default([]),
  purpose: z.string().trim().min(1, 'is required').max(4000),
  language: z.enum(['en', 'fr']).default('en'),
  followUpOn: isoDateSchema.optional(),
  notes: z.string().trim().max(4000).optional(),
});
export type NewReferral = z.output<typeof newReferralSchema>;

export const referralPatchSchema = z.strictObject({
  status: z.enum(REFERRAL_STATUSES).optional(),
  outcome: z.enum(REFERRAL_OUTCOMES).optional(),
  followUpOn: isoDateSchema.nullable().optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});

const packetItemSchema = z.object({ key: z.string(), value: z.string() });
export const packetSchema = z.object({
  header: z.object({ province: z.string(), languages: z.array(z.string()), interpreterNeeded: z.boolean() }),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  sections: z.array(z.object({ category: z.enum(DATA_CATEGORIES), items: z.array(packetItemSchema) })),
  purpose: z.string(),
});

export const referralSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  entryName: z.object({ en: z.string(), fr: z.string().nullable() }).nullable(),
  inHarbour: z.boolean(),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  language: z.enum(['en', 'fr']),
  status: z.enum(REFERRAL_STATUSES),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  followUpOn: z.string().nullable(),
  notes: z.string().nullable(),
  /** Whether the client's consent still covers the referral today; 'ended' once withdrawn. */
  consent: z.enum(['in-effect', 'ended']),
  linkedCaseOpened: z.boolean(),
  createdAt: z.string(),
  history: z.array(z.object({ status: z.string(), at: z.string(), byOrganisation: z.string().nullable() })),
});
export type Referral = z.output<typeof referralSchema>;

/** The consent gate: refused with `consent-required`, naming purpose, recipient, categories and why. */
function requireReferralConsent(ledger: CaseLedger, recipient: string, categories: readonly DataCategory[], today: string): void {
  const result = mayRefer(ledger.ledger, recipient, categories, isoDate(today), ledger.overrides);
  if (result.allowed) return;
  const m = result.missing;
  throw new AppError('consent-required', `This needs the client's consent (refer), which is not on file for today.`, [
    { path: 'consent.purpose', message: m.purpose },
    { path: 'consent.recipient', message: recipient },
    ...(m.categories ? [{ path: 'consent.categories', message: m.categories.join(',') }] : []),
    { path: 'consent.reason', message: result.reason },
  ]);
}

async function recipientOf(ctx: AppContext, entryId: string) {
  const org = await harbourRecipientOf(ctx, entryId);
  return { recipient: org ?? entryId, recipientOrg: org };
}

/** Services for this client: the directory filtered as asked and ranked by what the case says. */
export async function suggestionsFor(ctx: AppContext, scope: CaseScope, person: SignedInPerson, query: z.output<typeof directoryQuerySchema>) {
  const { profile } = await readCase(ctx, scope);
  const needs = needsOf(profile);
  const results = await searchDirectory(ctx, person, { ...query, province: query.province ?? scope.row.province }, { needs, languages: profile.languages });
  return { needs, results };
}

/** Exactly what would leave, without sending anything (the same packet a referral seals). */
export async function previewReferral(
  ctx: AppContext,
  scope: CaseScope,
  person: SignedInPerson,
  input: NewReferral,
): Promise<{ packet: Packet; recipientInHarbour: boolean }> {
  await directoryEntry(ctx, person, input.entryId);
  const { recipientOrg } = await recipientOf(ctx, input.entryId);
  const { extract } = await readCase(ctx, scope);
  await ctx.audit.record({
    actorId: scope.actor.id,
    action: 'referral.previewed',
    caseId: scope.row.id,
    detail: { entryId: input.entryId, categories: input.categories.join('/') },
  });
  return { packet: buildPacket(extract, input.categories, input.purpose), recipientInHarbour: recipientOrg !== null };
}

export async function createReferral(ctx: AppContext, scope: CaseScope, person: SignedInPerson, input: NewReferral): Promise<Referral> {
  await directoryEntry(ctx, person, input.entryId);
  const { recipient, recipientOrg } = await recipientOf(ctx, input.entryId);
  const today = dayOf(scope.now);
  requireReferralConsent(await ledgerOf(ctx, scope), recipient, input.categories, today);
  const { extract } = await readCase(ctx, scope);
  const packet = buildPacket(extract, input.categories, input.purpose);
  const id = crypto.randomUUID();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .insertInto('referrals')
      .values({
        id,
        case_id: scope.row.id,
        from_organisation_id: scope.row.organisation_id,
        entry_id: input.entryId,
        recipient,
        recipient_organisation_id: recipientOrg,
        categories: packet.categories,
        language: input.language,
        status: 'sent',
        outcome: null,
        follow_up_on: input.followUpOn ?? null,
        packet: scope.vault.sealJson(T, 'packet', id, packet),
        notes: input.notes ? scope.vault.seal(T, 'notes', id, input.notes) : null,
        linked_case_id: null,
        received_packet: null,
        created_by: scope.actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('referral_events')
      .values({ referral_id: id, status: 'sent', by_user: scope.actor.id, by_organisation_id: scope.actor.orgId, at: now })
      .execute();
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: 'referral.sent',
        caseId: scope.row.id,
        detail: { referralId: id, entryId: input.entryId, categories: packet.categories.join('/'), inHarbour: recipientOrg !== null },
      },
      trx,
    );
  });
  return (await listReferrals(ctx, scope, { audit: false })).find((r) => r.id === id)!;
}

async function presentReferrals(
  ctx: AppContext,
  rows: ReferralRow[],
  ledger: CaseLedger,
  open: (row: ReferralRow) => string | null,
  today: string,
): Promise<Referral[]> {
  if (rows.length === 0) return [];
  const events = await ctx.db
    .selectFrom('referral_events as e')
    .leftJoin('organisations as o', 'o.id', 'e.by_organisation_id')
    .select(['e.referral_id', 'e.status', 'e.at', 'o.name'])
    .where(
      'e.referral_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('e.at')
    .execute();
  const names = await entryNames(
    ctx,
    rows.map((r) => r.entry_id),
  );
  return rows.map((r) => ({
    id: r.id,
    entryId: r.entry_id,
    entryName: names.get(r.entry_id) ?? null,
    inHarbour: r.recipient_organisation_id !== null,
    categories: r.categories as DataCategory[],
    language: r.language,
    status: r.status,
    outcome: r.outcome,
    followUpOn: r.follow_up_on,
    notes: open(r),
    consent: stillShared(ledger.ledger, r.recipient, r.categories as DataCategory[], isoDate(today), ledger.overrides).open ? 'in-effect' : 'ended',
    linkedCaseOpened: r.linked_case_id !== null,
    createdAt: new Date(r.created_at).toISOString(),
    history: events.filter((e) => e.referral_id === r.id).map((e) => ({ status: e.status, at: new Date(e.at).toISOString(), byOrganisation: e.name ?? null })),
  }));
}

/** Names of entries, seeded or local, whoever can see them (a referral keeps its recipient's name). */
async function entryNames(ctx: AppContext, ids: string[]): Promise<Map<string, { en: string; fr: string | null }>> {
  const names = new Map(seedEntries().map((e) => [e.id, e.name]));
  const local = await ctx.db.selectFrom('directory_entries').select(['id', 'entry']).where('id', 'in', ids).execute();
  for (const l of local) names.set(l.id, (l.entry as { name: { en: string; fr: string | null } }).name);
  return names;
}

export async function listReferrals(ctx: AppContext, scope: CaseScope, options: { audit: boolean } = { audit: true }): Promise<Referral[]> {
  const rows = await ctx.db.selectFrom('referrals').selectAll().where('case_id', '=', scope.row.id).orderBy('created_at', 'desc').execute();
  if (options.audit) await ctx.audit.record({ actorId: scope.actor.id, action: 'referral.list-read', caseId: scope.row.id, detail: { count: rows.length } });
  return presentReferrals(ctx, rows, await ledgerOf(ctx, scope), (r) => scope.vault.maybeText(T, 'notes', r.id, r.notes), dayOf(scope.now));
}

async function referralOfCase(ctx: AppContext, scope: CaseScope, id: string): Promise<ReferralRow> {
  const row = await ctx.db.selectFrom('referrals').selectAll().where('id', '=', id).where('case_id', '=', scope.row.id).executeTakeFirst();
  if (!row) throw new AppError('not-found', 'This case has no such referral.');
  return row;
}

/** The sealed packet as it left, narrowed to nothing more than it held. */
export async function packetOf(ctx: AppContext, scope: CaseScope, id: string): Promise<{ packet: Packet; row: ReferralRow }> {
  const row = await referralOfCase(ctx, scope, id);
  const packet = scope.vault.openJson<Packet>(T, 'packet', row.id, row.packet);
  await ctx.audit.record({ actorId: scope.actor.id, action: 'referral.packet-read', caseId: scope.row.id, detail: { referralId: id } });
  return { packet: narrowPacket(packet, row.categories as DataCategory[]), row };
}

export async function updateReferral(ctx: AppContext, scope: CaseScope, id: string, patch: z.output<typeof referralPatchSchema>): Promise<Referral> {
  const row = await referralOfCase(ctx, scope, id);
  if (patch.status && patch.status !== row.status) {
    // Inside one Harbour the recipient answers for itself; the sender records only the outcome.
    if (row.recipient_organisation_id && patch.status !== 'outcome')
      throw new AppError('forbidden', 'The receiving organisation answers this referral in Harbour.', [
        { path: 'status', message: 'only the receiving organisation sets it' },
      ]);
    if (!mayMoveTo(row.status, patch.status as ReferralStatus))
      throw new AppError('conflict', `A referral that is ${row.status} cannot become ${patch.status}.`, [
        { path: 'status', message: `cannot follow ${row.status}` },
      ]);
  }
  if (patch.outcome && (patch.status ?? row.status) !== 'outcome')
    throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'outcome', message: 'is recorded with the status outcome' }]);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .updateTable('referrals')
      .set({
        updated_at: now,
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.outcome ? { outcome: patch.outcome } : {}),
        ...(patch.followUpOn !== undefined ? { follow_up_on: patch.followUpOn } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes ? scope.vault.seal(T, 'notes', id, patch.notes) : null } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (patch.status && patch.status !== row.status)
      await trx
        .insertInto('referral_events')
        .values({ referral_id: id, status: patch.status, by_user: scope.actor.id, by_organisation_id: scope.actor.orgId, at: now })
        .execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'referral.updated', caseId: scope.row.id, detail: { referralId: id, status: patch.status ?? row.status } },
      trx,
    );
  });
  return (await listReferrals(ctx, scope, { audit: false })).find((r) => r.id === id)!;
}
