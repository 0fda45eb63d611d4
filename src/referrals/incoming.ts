import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { DataCategory, LedgerEntry, ConsentOverride } from '../core/consent';
import { isoDate } from '../core/dates/iso-date';
import { mayMoveTo, narrowPacket, stillShared, type Packet } from '../core/referrals';
import type { SignedInPerson } from '../accounts';
import { actorOf, type CaseScope } from '../cases/case-access';
import { openVault, type CaseVault } from '../cases/case-vault';
import { dayOf } from '../cases/dates';
import { createCase } from '../cases/use-cases/create-case';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import type { CasesTable, ReferralsTable } from '../platform/db/schema';
import { packetSchema } from './referrals';
import { seedEntries } from './directory/seed-files';

// The receiving side inside one Harbour (docs/referrals.md). A referral to an entry that an
// organisation of this instance receives arrives in that organisation's queue. What its people see
// is the packet narrowed, on every reading, to the categories the client's consent still covers:
// once the client withdraws, the packet is gone for them from that day (and the copy held on the
// linked case is erased), while both sides see that access ended.

const NOT_FOUND = 'There is no such referral in your organisation’s queue.';
type Row = Selectable<ReferralsTable>;

export const incomingSchema = z.object({
  id: z.string(),
  fromOrganisation: z.string(),
  entryName: z.string().nullable(),
  categories: z.array(z.string()),
  status: z.string(),
  createdAt: z.string(),
  access: z.enum(['open', 'ended']),
  linkedCaseCode: z.string().nullable(),
});
export const incomingDetailSchema = incomingSchema.extend({ packet: packetSchema.nullable() });

interface SourceCase {
  vault: CaseVault;
  ledger: LedgerEntry[];
  overrides: ConsentOverride[];
}

async function sourceOf(ctx: AppContext, caseId: string): Promise<SourceCase> {
  const row = await ctx.db.selectFrom('cases').select(['id', 'wrapped_key']).where('id', '=', caseId).executeTakeFirstOrThrow();
  const vault = openVault(ctx.keyring, row);
  const [entries, overrides] = await Promise.all([
    ctx.db.selectFrom('case_consents').select(['id', 'entry']).where('case_id', '=', caseId).orderBy('position').execute(),
    ctx.db.selectFrom('case_overrides').select(['id', 'entry']).where('case_id', '=', caseId).orderBy('recorded_at').execute(),
  ]);
  return {
    vault,
    ledger: entries.map((e) => vault.openJson<LedgerEntry>('case_consents', 'entry', e.id, e.entry)),
    overrides: overrides.map((o) => vault.openJson<ConsentOverride>('case_overrides', 'entry', o.id, o.entry)),
  };
}

function accessOf(ctx: AppContext, row: Row, source: SourceCase) {
  return stillShared(source.ledger, row.recipient, row.categories as DataCategory[], isoDate(dayOf(ctx.now())), source.overrides);
}

/** Access ended: the copy on the linked case is erased once, and both sides' audit trails say so. */
async function endAccess(ctx: AppContext, row: Row, actorId: string): Promise<void> {
  if (row.access_ended_on && !row.received_packet) return;
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('referrals')
      .set({ received_packet: null, access_ended_on: row.access_ended_on ?? dayOf(ctx.now()), updated_at: ctx.now() })
      .where('id', '=', row.id)
      .where('access_ended_on', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!updated) {
      await trx.updateTable('referrals').set({ received_packet: null }).where('id', '=', row.id).execute();
      return;
    }
    await ctx.audit.record({ actorId, action: 'referral.access-ended', caseId: row.case_id, detail: { referralId: row.id } }, trx);
    if (row.linked_case_id)
      await ctx.audit.record({ actorId, action: 'referral.access-ended', caseId: row.linked_case_id, detail: { referralId: row.id } }, trx);
  });
}

async function present(ctx: AppContext, rows: Row[], person: SignedInPerson) {
  const orgs = new Map((await ctx.db.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.id, o.name]));
  const codes = new Map(
    rows.some((r) => r.linked_case_id)
      ? (
          await ctx.db
            .selectFrom('cases')
            .select(['id', 'code'])
            .where(
              'id',
              'in',
              rows.flatMap((r) => (r.linked_case_id ? [r.linked_case_id] : [])),
            )
            .execute()
        ).map((c) => [c.id, c.code])
      : [],
  );
  const local = new Map(
    (await ctx.db.selectFrom('directory_entries').select(['id', 'entry']).where('organisation_id', '=', person.organisation.id).execute()).map((e) => [
      e.id,
      (e.entry as { name: { en: string; fr: string | null } }).name,
    ]),
  );
  const seeded = new Map(seedEntries().map((e) => [e.id, e.name]));
  const lang = person.user.language;
  return Promise.all(
    rows.map(async (r) => {
      const source = await sourceOf(ctx, r.case_id);
      const access = accessOf(ctx, r, source);
      if (!access.open) await endAccess(ctx, r, person.user.id);
      const name = local.get(r.entry_id) ?? seeded.get(r.entry_id);
      return {
        row: r,
        source,
        access,
        item: {
          id: r.id,
          fromOrganisation: orgs.get(r.from_organisation_id) ?? '',
          entryName: name ? ((lang === 'fr' ? name.fr : null) ?? name.en) : null,
          categories: access.open ? access.categories : [],
          status: r.status,
          createdAt: new Date(r.created_at).toISOString(),
          access: access.open ? ('open' as const) : ('ended' as const),
          linkedCaseCode: r.linked_case_id ? (codes.get(r.linked_case_id) ?? null) : null,
        },
      };
    }),
  );
}

export async function incomingQueue(ctx: AppContext, person: SignedInPerson) {
  const rows = await ctx.db
    .selectFrom('referrals')
    .selectAll()
    .where('recipient_organisation_id', '=', person.organisation.id)
    .orderBy('created_at', 'desc')
    .execute();
  await ctx.audit.record({ actorId: person.user.id, action: 'referral.queue-read', detail: { count: rows.length } });
  return (await present(ctx, rows, person)).map((p) => p.item);
}

async function incomingRow(ctx: AppContext, person: SignedInPerson, id: string): Promise<Row> {
  const row = await ctx.db
    .selectFrom('referrals')
    .selectAll()
    .where('id', '=', id)
    .where('recipient_organisation_id', '=', person.organisation.id)
    .executeTakeFirst();
  if (!row) throw new AppError('not-found', NOT_FOUND);
  return row;
}

export async function readIncoming(ctx: AppContext, person: SignedInPerson, id: string) {
  const row = await incomingRow(ctx, person, id);
  const [shown] = await present(ctx, [row], person);
  const { item, access, source } = shown!;
  if (!access.open) return { ...item, packet: null };
  const packet = narrowPacket(source.vault.openJson<Packet>('referrals', 'packet', row.id, row.packet), access.categories);
  await ctx.audit.record({
    actorId: person.user.id,
    action: 'referral.received-read',
    caseId: row.case_id,
    detail: { referralId: id, categories: access.categories.join('/') },
  });
  return { ...item, packet };
}

async function move(
  ctx: AppContext,
  person: SignedInPerson,
  row: Row,
  to: 'acknowledged' | 'accepted' | 'declined',
  linkedCaseId?: string,
  receivedPacket?: Buffer,
) {
  if (!mayMoveTo(row.status, to))
    throw new AppError('conflict', `A referral that is ${row.status} cannot become ${to}.`, [{ path: 'status', message: `cannot follow ${row.status}` }]);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('referrals')
      .set({ status: to, updated_at: now, ...(linkedCaseId ? { linked_case_id: linkedCaseId, received_packet: receivedPacket ?? null } : {}) })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .returning('id')
      .executeTakeFirst();
    if (!moved) throw new AppError('conflict', 'This referral was answered meanwhile.');
    await trx
      .insertInto('referral_events')
      .values({ referral_id: row.id, status: to, by_user: person.user.id, by_organisation_id: person.organisation.id, at: now })
      .execute();
    await ctx.audit.record({ actorId: person.user.id, action: `referral.${to}`, caseId: row.case_id, detail: { referralId: row.id } }, trx);
  });
}

const ENDED = 'The client’s consent no longer covers this referral: it can no longer be answered.';

export async function answerIncoming(ctx: AppContext, person: SignedInPerson, id: string, status: 'acknowledged' | 'declined') {
  const row = await incomingRow(ctx, person, id);
  const source = await sourceOf(ctx, row.case_id);
  if (!accessOf(ctx, row, source).open) throw new AppError('forbidden', ENDED);
  await move(ctx, person, row, status);
  return readIncoming(ctx, person, id);
}

/** Accepting opens a linked case here, holding the province, languages and the shared categories only. */
export async function acceptIncoming(ctx: AppContext, person: SignedInPerson, id: string) {
  const row = await incomingRow(ctx, person, id);
  const source = await sourceOf(ctx, row.case_id);
  const access = accessOf(ctx, row, source);
  if (!access.open) throw new AppError('forbidden', ENDED);
  if (!mayMoveTo(row.status, 'accepted'))
    throw new AppError('conflict', `A referral that is ${row.status} cannot become accepted.`, [{ path: 'status', message: `cannot follow ${row.status}` }]);
  const packet = narrowPacket(source.vault.openJson<Packet>('referrals', 'packet', row.id, row.packet), access.categories);
  const linked: Selectable<CasesTable> = await createCase(ctx, actorOf(person), {
    province: packet.header.province,
    languages: packet.header.languages,
    interpreterNeeded: packet.header.interpreterNeeded,
  });
  const linkedVault = openVault(ctx.keyring, linked);
  await move(ctx, person, row, 'accepted', linked.id, linkedVault.sealJson('referrals', 'received_packet', row.id, packet));
  await ctx.audit.record({ actorId: person.user.id, action: 'referral.linked-case-opened', caseId: linked.id, detail: { referralId: id } });
  return { ...(await readIncoming(ctx, person, id)), linkedCaseCode: linked.code };
}

/** On the linked case: what was received, while the client's consent still covers it. */
export async function receivedOnCase(ctx: AppContext, scope: CaseScope) {
  const rows = await ctx.db.selectFrom('referrals').selectAll().where('linked_case_id', '=', scope.row.id).orderBy('created_at').execute();
  const out = [];
  for (const row of rows) {
    const source = await sourceOf(ctx, row.case_id);
    const access = accessOf(ctx, row, source);
    if (!access.open || !row.received_packet) {
      if (!access.open) await endAccess(ctx, row, scope.actor.id);
      out.push({ id: row.id, access: 'ended' as const, accessEndedOn: row.access_ended_on ?? dayOf(ctx.now()), packet: null });
      continue;
    }
    const packet = narrowPacket(scope.vault.openJson<Packet>('referrals', 'received_packet', row.id, row.received_packet), access.categories);
    out.push({ id: row.id, access: 'open' as const, accessEndedOn: null, packet });
  }
  await ctx.audit.record({ actorId: scope.actor.id, action: 'referral.received-read', caseId: scope.row.id, detail: { count: rows.length } });
  return out;
}
