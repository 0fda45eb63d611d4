import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, openCase, type CaseScope } from '../../src/cases/case-access';
import { updateCase } from '../../src/cases/use-cases/case-details';
import { addFragment } from '../../src/cases/use-cases/fragments';
import { recordLedgerEntry } from '../../src/cases/use-cases/consents';
import { fragmentInputSchema } from '../../src/cases/schemas';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Finding 13: a write that passed the policy on a case read while it was open must not land
// after the case was closed. The status is checked again inside the write's own transaction,
// under a row lock that the close has to wait for.

let t: TestApp;
let lawyer: Person;
let c: Client;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  c = client(t, lawyer);
});
afterAll(async () => t.close());

async function personOf(p: Person) {
  const user = await t.ctx.db.selectFrom('users').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
  const organisation = await t.ctx.db.selectFrom('organisations').selectAll().where('id', '=', p.orgId).executeTakeFirstOrThrow();
  return actorOf({ user, organisation } as unknown as Parameters<typeof actorOf>[0]);
}

describe('a write racing the close of its case', () => {
  it('is refused when the close committed between the policy check and the write', async () => {
    const code = await newCase(c);
    const actor = await personOf(lawyer);
    // Three requests that passed the policy while the case was open…
    const scopes: CaseScope[] = await Promise.all([1, 2, 3].map(() => openCase(t.ctx, actor, code, { action: 'case:update' })));
    const narrative = await openCase(t.ctx, actor, code, { action: 'case:write-narrative', compartment: 'team' });
    const consents = await openCase(t.ctx, actor, code, { action: 'case:manage-consents' });
    // …then the case is closed…
    expect((await c.post(`/api/cases/${code}/close`, { outcome: 'other' })).statusCode).toBe(200);
    const auditBefore = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    // …and their writes arrive.
    await expect(updateCase(t.ctx, scopes[0]!, { province: 'QC' })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/closed/) });
    await expect(addFragment(t.ctx, narrative, fragmentInputSchema.parse({ text: 'late', source: 'client', compartment: 'team' }))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(recordLedgerEntry(t.ctx, consents, { kind: 'explanation', purposes: ['refer'], language: 'es' })).rejects.toMatchObject({ code: 'forbidden' });
    const row = await t.ctx.db.selectFrom('cases').select(['province', 'status']).where('id', '=', scopes[0]!.row.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ province: 'ON', status: 'closed' });
    expect((await t.ctx.db.selectFrom('case_fragments').select('id').execute()).length).toBe(0);
    const auditAfter = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n); // nothing was recorded as done
  });

  it('never lets a write commit after the close, when both race through the API', async () => {
    for (let round = 0; round < 5; round++) {
      const code = await newCase(c);
      const writes = Array.from({ length: 8 }, (_, i) => c.patch(`/api/cases/${code}`, { interpreterNeeded: i % 2 === 0 }));
      const close = c.post(`/api/cases/${code}/close`, { outcome: 'other' });
      const answers = await Promise.all(writes);
      expect((await close).statusCode).toBe(200);
      for (const a of answers) expect([200, 403]).toContain(a.statusCode);
      // Every write that was acknowledged committed before the close: its audit entry comes first.
      const caseId = (
        await t.ctx.db.selectFrom('audit_log').select('case_id').where('action', '=', 'case.closed').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()
      ).case_id!;
      const entries = await t.ctx.db.selectFrom('audit_log').select(['seq', 'action']).where('case_id', '=', caseId).orderBy('seq').execute();
      const closedAt = entries.findIndex((e) => e.action === 'case.closed');
      expect(entries.slice(closedAt + 1).map((e) => e.action)).toEqual([]);
      expect(entries.filter((e) => e.action === 'case.updated')).toHaveLength(answers.filter((a) => a.statusCode === 200).length);
    }
  });

  it('refuses a second close that raced the first', async () => {
    const code = await newCase(c);
    const [a, b] = await Promise.all([c.post(`/api/cases/${code}/close`, { outcome: 'other' }), c.post(`/api/cases/${code}/close`, { outcome: 'other' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});
