import { randomBytes, randomUUID } from 'node:crypto';
import { TEAM_ROLES_FOR_ROLE, type Actor } from '../../core/access';
import { CASE_CODE_BYTES, caseCodeFrom } from '../../core/cases';
import { blindIndex, newDataKey, wrapDataKey, type Keyring } from '../../platform/crypto';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { CaseVault } from '../case-vault';
import type { Identity, SafeContact } from '../schemas';
import type { CaseRow } from '../case-access';

export const NAME_INDEX_COLUMN = 'cases.identity.name';

/** Blind-index tokens for every name and alias: exact look-up without storing a name. */
export function nameTokens(keyring: Keyring, identity: Identity | null): string[] {
  if (!identity) return [];
  const names = [...identity.names, ...identity.aliases].filter((n) => n.trim() !== '');
  return [...new Set(names.map((n) => blindIndex(keyring, NAME_INDEX_COLUMN, n)))];
}

export interface CreateCaseInput {
  province: string;
  languages: string[];
  interpreterNeeded: boolean;
  identity?: Identity | undefined;
  safeContact?: SafeContact | undefined;
}

/**
 * Opens a pseudonymous case: a fresh code and data key, and nothing about the person unless it
 * is given. The creator joins the team in the role their own role allows (a lawyer as the
 * responsible lawyer). Codes are random; a clash with an existing one is simply redrawn.
 */
export async function createCase(ctx: AppContext, actor: Actor, input: CreateCaseInput): Promise<CaseRow> {
  const teamRole = TEAM_ROLES_FOR_ROLE[actor.role][0];
  if (!teamRole) throw new AppError('forbidden', 'Only lawyers, legal workers and support workers open case files.');
  const id = randomUUID();
  const key = newDataKey();
  const vault = new CaseVault(key, id);
  for (let attempt = 0; ; attempt++) {
    const code = caseCodeFrom(randomBytes(CASE_CODE_BYTES));
    try {
      return await ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('cases')
          .values({
            id,
            code,
            organisation_id: actor.orgId,
            province: input.province,
            languages: input.languages,
            interpreter_needed: input.interpreterNeeded,
            wrapped_key: wrapDataKey(ctx.keyring, key, id),
            identity: input.identity ? vault.sealJson('cases', 'identity', id, input.identity) : null,
            safe_contact: input.safeContact ? vault.sealJson('cases', 'safe_contact', id, input.safeContact) : null,
            facts: null,
            facts_updated_at: null,
            outcome: null,
            created_by: actor.id,
            closed_at: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const tokens = nameTokens(ctx.keyring, input.identity ?? null);
        if (tokens.length > 0)
          await trx
            .insertInto('case_name_index')
            .values(tokens.map((token) => ({ case_id: id, token })))
            .execute();
        // Whoever opens the case brings the client in, and vouches for their own privileged access.
        await trx
          .insertInto('case_team')
          .values({ case_id: id, user_id: actor.id, team_role: teamRole, supervised_by: null, added_by: actor.id, vouched_by: actor.id })
          .execute();
        await ctx.audit.record(
          {
            actorId: actor.id,
            action: 'case.created',
            caseId: id,
            detail: { identity: input.identity !== undefined, safeContact: input.safeContact !== undefined },
          },
          trx,
        );
        return row;
      });
    } catch (error) {
      const clash = (error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'cases_code_key';
      if (!clash || attempt >= 5) throw error;
    }
  }
}
