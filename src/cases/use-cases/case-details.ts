import type { AppContext } from '../../platform/http/context';
import { stillOpen, type CaseScope } from '../case-access';
import type { Identity, SafeContact } from '../schemas';
import { nameTokens } from './create-case';

// The case's own columns: province, languages, identity and safe contact.

export interface CasePatch {
  province?: string | undefined;
  languages?: string[] | undefined;
  interpreterNeeded?: boolean | undefined;
}

export async function updateCase(ctx: AppContext, scope: CaseScope, patch: CasePatch): Promise<void> {
  const fields = Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  if (fields.length === 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const row = await trx
      .updateTable('cases')
      .set({
        ...(patch.province !== undefined && { province: patch.province }),
        ...(patch.languages !== undefined && { languages: patch.languages }),
        ...(patch.interpreterNeeded !== undefined && { interpreter_needed: patch.interpreterNeeded }),
        updated_at: ctx.now(),
      })
      .where('id', '=', scope.row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    Object.assign(scope.row, row);
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.updated', caseId: scope.row.id, detail: { fields: fields.join('/') } }, trx);
  });
}

/** The explicit, audited act of showing who the client is. */
export async function revealIdentity(ctx: AppContext, scope: CaseScope): Promise<Identity | null> {
  const identity = scope.vault.maybeJson<Identity>('cases', 'identity', scope.row.id, scope.row.identity);
  await ctx.audit.record({
    actorId: scope.actor.id,
    action: 'case.identity-revealed',
    caseId: scope.row.id,
    detail: { via: scope.decision.via, recorded: identity !== null },
  });
  return identity;
}

/** Replaces the identity record and its name index together, so look-ups never go stale. */
export async function replaceIdentity(ctx: AppContext, scope: CaseScope, identity: Identity): Promise<void> {
  const id = scope.row.id;
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .updateTable('cases')
      .set({ identity: scope.vault.sealJson('cases', 'identity', id, identity), updated_at: ctx.now() })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('case_name_index').where('case_id', '=', id).execute();
    const tokens = nameTokens(ctx.keyring, identity);
    if (tokens.length > 0)
      await trx
        .insertInto('case_name_index')
        .values(tokens.map((token) => ({ case_id: id, token })))
        .execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.identity-changed', caseId: id, detail: { names: identity.names.length, aliases: identity.aliases.length } },
      trx,
    );
  });
}

export async function replaceSafeContact(ctx: AppContext, scope: CaseScope, safeContact: SafeContact): Promise<void> {
  const id = scope.row.id;
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const sealed = scope.vault.sealJson('cases', 'safe_contact', id, safeContact);
    await trx.updateTable('cases').set({ safe_contact: sealed, updated_at: ctx.now() }).where('id', '=', id).execute();
    scope.row.safe_contact = sealed;
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.safe-contact-changed', caseId: id }, trx);
  });
}
