import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVault } from '../../src/cases/case-vault';
import { bindCompartments } from '../../src/cases/use-cases/bind-compartments';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Someone who can write to the database but holds no key (a stolen database password, a careless
// restore script) must not be able to hand privileged text to a support worker by changing a
// compartment column: the compartment is sealed with the text.

let t: TestApp;
let support: Person;
let L: Client;
let S: Client;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  const lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  support = await addPerson(t, admin.orgId, 'support-worker', 'support@clinic.example');
  L = client(t, lawyer);
  S = client(t, support);
});
afterAll(async () => t.close());

const SECRET = 'She was made to carry packages across the border in 2022.';
const SITTING = { heldOn: '2026-11-02', durationMinutes: 50, mode: 'in-person', couldSpeakFreely: 'yes', note: SECRET, noteCompartment: 'privileged' };

async function caseWithPrivilegedStory() {
  const code = await newCase(L);
  await addMember(L, code, support.id, 'support-worker');
  const fragment = (
    await L.post(`/api/cases/${code}/fragments`, { text: SECRET, source: 'client', compartment: 'privileged', inconsistencyNote: 'Earlier she said 2021.' })
  ).json().fragment;
  const sitting = (await L.post(`/api/cases/${code}/sittings`, SITTING)).json().sitting;
  return { code, fragmentId: fragment.id as string, sittingId: sitting.id as string };
}

describe('compartments sealed with the narrative', () => {
  it('refuses to open privileged story text moved to the team compartment in the database', async () => {
    const { code, fragmentId, sittingId } = await caseWithPrivilegedStory();
    await t.ctx.db.updateTable('case_fragments').set({ compartment: 'team' }).where('id', '=', fragmentId).execute();
    await t.ctx.db.updateTable('case_sittings').set({ note_compartment: 'team' }).where('id', '=', sittingId).execute();
    const fragments = await S.get(`/api/cases/${code}/fragments`);
    const sittings = await S.get(`/api/cases/${code}/sittings`);
    expect(fragments.body).not.toContain('packages');
    expect(sittings.body).not.toContain('packages');
    expect(fragments.statusCode).not.toBe(200);
  });

  it('keeps the text readable when a lawyer moves a piece or a note to another compartment', async () => {
    const { code, fragmentId, sittingId } = await caseWithPrivilegedStory();
    const moved = await L.patch(`/api/cases/${code}/fragments/${fragmentId}`, { compartment: 'team' });
    expect(moved.statusCode, moved.body).toBe(200);
    const note = await L.patch(`/api/cases/${code}/sittings/${sittingId}`, { noteCompartment: 'team' });
    expect(note.statusCode, note.body).toBe(200);
    const forSupport = (await S.get(`/api/cases/${code}/fragments`)).json().fragments;
    expect(forSupport).toEqual([expect.objectContaining({ text: SECRET, inconsistencyNote: 'Earlier she said 2021.', compartment: 'team' })]);
    expect((await S.get(`/api/cases/${code}/sittings`)).json().sittings[0]).toMatchObject({ note: SECRET, noteCompartment: 'team' });
  });

  it('reseals story sealed before compartments were bound, once, and leaves alone what does not open the old way', async () => {
    const { code, fragmentId, sittingId } = await caseWithPrivilegedStory();
    const row = await t.ctx.db.selectFrom('cases').select(['id', 'wrapped_key']).where('code', '=', code).executeTakeFirstOrThrow();
    const vault = openVault(t.ctx.keyring, row);
    // As an earlier Harbour wrote them: sealed without the compartment, marked unbound by the migration.
    await t.ctx.db
      .updateTable('case_fragments')
      .set({ text: vault.seal('case_fragments', 'text', fragmentId, SECRET), inconsistency_note: null, compartment_bound: false })
      .where('id', '=', fragmentId)
      .execute();
    await t.ctx.db
      .updateTable('case_sittings')
      .set({ note: vault.seal('case_sittings', 'note', sittingId, SECRET), compartment_bound: false })
      .where('id', '=', sittingId)
      .execute();
    // A bound piece someone marked unbound and moved: it must not become readable by anyone.
    const other = (await L.post(`/api/cases/${code}/fragments`, { text: 'Another privileged piece.', source: 'client', compartment: 'privileged' })).json()
      .fragment.id as string;
    await t.ctx.db.updateTable('case_fragments').set({ compartment_bound: false, compartment: 'team' }).where('id', '=', other).execute();

    expect(await bindCompartments(t.ctx.db, t.ctx.keyring)).toEqual({ resealed: 2, unopenable: 1 });
    expect(await bindCompartments(t.ctx.db, t.ctx.keyring)).toEqual({ resealed: 0, unopenable: 1 });
    await t.ctx.db.updateTable('case_fragments').set({ compartment: 'privileged' }).where('id', '=', other).execute();
    const forLawyer = (await L.get(`/api/cases/${code}/fragments`)).json().fragments.map((f: { text: string }) => f.text);
    expect(forLawyer).toEqual(expect.arrayContaining([SECRET, 'Another privileged piece.']));
    expect((await L.get(`/api/cases/${code}/sittings`)).json().sittings[0].note).toBe(SECRET);
    const unbound = await sql<{ n: number }>`select count(*)::int as n from case_fragments where compartment_bound = false`.execute(t.ctx.db);
    expect(unbound.rows[0]!.n).toBe(1);
  });
});
