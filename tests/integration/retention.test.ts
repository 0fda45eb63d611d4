import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/platform/audit/audit-log';
import { casesPastRetention, shredCasesPastRetention } from '../../src/cases/use-cases/retention';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client } from './cases-support';

let t: TestApp;
let L: Client;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  orgId = admin.orgId;
  L = client(t, await addPerson(t, orgId, 'lawyer', 'lawyer@clinic.example'));
});
afterAll(async () => t.close());

const DAY = 86_400_000;
const idOf = async (code: string) => (await t.ctx.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirst())?.id;

describe('retention', () => {
  it('deletes only closed cases whose retention period has ended, each with an audit entry', async () => {
    await t.ctx.db.updateTable('organisations').set({ retention_days: 30 }).where('id', '=', orgId).execute();
    const closedEarly = await newCase(L);
    expect((await L.post(`/api/cases/${closedEarly}/close`, { outcome: 'client-withdrew' })).statusCode).toBe(200);
    await L.post(`/api/cases/${closedEarly}/fragments`, { text: 'A detail to shred.', source: 'client', compartment: 'team' });
    const shreddedId = (await idOf(closedEarly))!;
    const closedLater = await newCase(L);
    await L.post(`/api/cases/${closedLater}/close`, { outcome: 'remedy-granted' });
    const stillOpen = await newCase(L);
    // Move the closings into the past (the clock cannot jump weeks: sessions would end).
    const closedDaysAgo = (code: string, days: number) =>
      t.ctx.db
        .updateTable('cases')
        .set({ closed_at: new Date(t.ctx.now().getTime() - days * DAY) })
        .where('code', '=', code)
        .execute();
    await closedDaysAgo(closedEarly, 31);
    await closedDaysAgo(closedLater, 11);

    // Day 31 after the first closing: only that case is due.
    expect((await casesPastRetention(t.ctx)).map((c) => c.code)).toEqual([closedEarly]);
    expect(await shredCasesPastRetention(t.ctx)).toEqual([closedEarly]);
    expect(await idOf(closedEarly)).toBeUndefined();
    expect(await t.ctx.db.selectFrom('case_fragments').select('id').where('case_id', '=', shreddedId).execute()).toEqual([]);
    expect(await idOf(closedLater)).toBeDefined();
    expect(await idOf(stillOpen)).toBeDefined();
    expect((await L.get(`/api/cases/${closedEarly}`)).statusCode).toBe(404);
    expect((await L.get(`/api/cases/${closedLater}`)).statusCode).toBe(200);

    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'detail'])
      .where('case_id', '=', shreddedId)
      .where('action', '=', 'case.deleted')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: 'system:retention', detail: { reason: 'retention-ended', shredded: true } });
    expect(await verifyAuditLog(t.ctx.db, t.ctx.keyring)).toMatchObject({ ok: true });

    // A second run finds nothing more until the next case's period ends.
    expect(await shredCasesPastRetention(t.ctx)).toEqual([]);
    await closedDaysAgo(closedLater, 30);
    expect(await shredCasesPastRetention(t.ctx)).toEqual([closedLater]);
    expect(await idOf(stillOpen)).toBeDefined();
  });
});
