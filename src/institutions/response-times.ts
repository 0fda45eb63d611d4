import type { LedgerEntry } from '../core/consent';
import { mayPerform } from '../core/consent';
import { daysBetween, type IsoDate } from '../core/dates/iso-date';
import { responseTimesOf, type AnsweredRequest, type ResponseTime } from '../core/institutions';
import type { AppContext } from '../platform/http/context';
import { openVault } from '../cases/case-vault';

// Response times, for advocacy: across the organisation's cases (open and closed), how long each
// institution took to answer each kind of request. Only answered requests of cases whose client
// consents, today, to anonymous statistics count (core/consent, purpose 'anonymous-statistics';
// an override never counts: it exists for urgent action, not for figures). Each counted case's
// consent ledger is opened with its key to check; nothing else of the case is read. A figure
// resting on fewer than 5 cases is withheld (core/institutions/response-times.ts).

export async function responseTimes(ctx: AppContext, organisationId: string, today: IsoDate, actorId: string): Promise<ResponseTime[]> {
  const rows = await ctx.db
    .selectFrom('institution_log as l')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .select(['l.case_id', 'l.institution', 'l.request_kind', 'l.sent_on', 'l.answered_on', 'c.wrapped_key'])
    .where('c.organisation_id', '=', organisationId)
    .where('l.answered_on', 'is not', null)
    .execute();
  const consents = new Map<string, boolean>();
  const answers: AnsweredRequest[] = [];
  for (const row of rows) {
    if (!consents.has(row.case_id)) {
      const vault = openVault(ctx.keyring, { id: row.case_id, wrapped_key: row.wrapped_key });
      const entries = await ctx.db.selectFrom('case_consents').select(['id', 'entry']).where('case_id', '=', row.case_id).orderBy('position').execute();
      const ledger = entries.map((e) => vault.openJson<LedgerEntry>('case_consents', 'entry', e.id, e.entry));
      consents.set(row.case_id, mayPerform({ kind: 'anonymous-statistics' }, ledger, today).allowed);
    }
    if (!consents.get(row.case_id)) continue;
    answers.push({
      institution: row.institution,
      kind: row.request_kind,
      caseId: row.case_id,
      days: daysBetween(row.sent_on as IsoDate, row.answered_on as IsoDate),
    });
  }
  await ctx.audit.record({ actorId, action: 'institutions.response-times-read', detail: { requests: answers.length } });
  return responseTimesOf(answers);
}
