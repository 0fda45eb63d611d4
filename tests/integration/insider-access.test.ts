import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, enrol, type TestApp, createTestApp } from '../support/test-app';
import { addMember, addPerson, client, createOrganisation, newCase, setUpFirstAdmin, signInWithTotp, type Client, type Person } from './cases-support';

// Issue 11, findings 4-6, from the outside: an administrator cannot staff themselves into
// privileged material; access that rests on a consent to share ends with it and reaches only the
// categories it names; the team picker shows only people the case may be shared with.

let t: TestApp;
let admin: Person;
let rl: Person;
let colleague: Person;
let partnerLawyer: Person;
let partnerOrg: string;
const c: Record<string, Client> = {};
const REASON = 'The responsible lawyer left the clinic in March and the client has a hearing next week.';

async function privilegedCase(): Promise<string> {
  const code = await newCase(c.rl!);
  for (const compartment of ['privileged', 'team']) {
    const res = await c.rl!.post(`/api/cases/${code}/fragments`, { text: `${compartment} words of the client`, source: 'client', compartment });
    expect(res.statusCode).toBe(201);
  }
  return code;
}

const texts = async (who: Client, code: string) => {
  const res = await who.get(`/api/cases/${code}/fragments`);
  return res.statusCode === 200 ? res.json<{ fragments: { text: string }[] }>().fragments.map((f) => f.text) : res.statusCode;
};

/** An admin invites a new account through the API, and the invitee accepts and enrols. */
async function inviteLawyer(email: string): Promise<Person & { client: Client }> {
  const invited = await c.admin!.post('/api/organisation/invitations', { email, role: 'lawyer' });
  expect(invited.statusCode).toBe(201);
  const token = new URL(invited.json<{ inviteUrl: string }>().inviteUrl).hash.replace('#token=', '');
  expect(
    (await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, displayName: email.split('@')[0], password: DEFAULT_PASSWORD } }))
      .statusCode,
  ).toBe(201);
  const signed = await enrol(t, email, DEFAULT_PASSWORD);
  const row = await t.ctx.db.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', email).executeTakeFirstOrThrow();
  const person: Person = { ...signed, id: row.id, orgId: row.organisation_id, role: 'lawyer', email };
  return { ...person, client: client(t, person) };
}

const disable = (who: Person) => t.ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', who.id).execute();

beforeAll(async () => {
  t = await createTestApp();
  admin = await setUpFirstAdmin(t);
  c.admin = client(t, admin);
  rl = await addPerson(t, admin.orgId, 'lawyer', 'rl@clinic.example');
  colleague = await addPerson(t, admin.orgId, 'lawyer', 'colleague@clinic.example');
  partnerOrg = await createOrganisation(t, 'Partner Legal Clinic');
  partnerLawyer = await addPerson(t, partnerOrg, 'lawyer', 'lawyer@partner.example');
  c.rl = client(t, rl);
  c.colleague = client(t, colleague);
  c.partner = client(t, partnerLawyer);
});
afterAll(async () => t.close());

describe('finding 4: an administrator cannot staff their way into privileged material', () => {
  it('refuses an admin who adds a lawyer they invited to a working case, or removes its responsible lawyer', async () => {
    const code = await privilegedCase();
    const sock = await inviteLawyer('sock@clinic.example');
    const added = await c.admin!.post(`/api/cases/${code}/team`, { userId: sock.id, teamRole: 'responsible-lawyer' });
    expect(added.statusCode).toBe(403);
    expect(await texts(sock.client, code)).toBe(404);
    expect((await c.admin!.del(`/api/cases/${code}/team/${rl.id}`)).statusCode).toBe(403);
    const team = (await c.rl!.get(`/api/cases/${code}/team`)).json<{ team: { userId: string; teamRole: string }[] }>().team;
    expect(team).toEqual([expect.objectContaining({ userId: rl.id, teamRole: 'responsible-lawyer' })]);
  });

  it('refuses to reassign a case whose responsible lawyer is still working, and says so before the admin fills the form', async () => {
    const code = await privilegedCase();
    const asked = await c.admin!.get(`/api/cases/${code}/reassign`);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toEqual({ reassignable: false });
    const res = await c.admin!.post(`/api/cases/${code}/reassign`, { userId: colleague.id, reason: REASON });
    expect(res.statusCode).toBe(409);
    expect(await texts(c.colleague!, code)).toBe(404);
  });

  it('reassigns a case whose responsible lawyer is gone only with a reason in real words, audited and shown to the team, and the newcomer does not see privileged material', async () => {
    const rl2 = await addPerson(t, admin.orgId, 'lawyer', 'rl2@clinic.example');
    const c2 = client(t, rl2);
    const code = await newCase(c2);
    await c2.post(`/api/cases/${code}/fragments`, { text: 'privileged words of the client', source: 'client', compartment: 'privileged' });
    await c2.post(`/api/cases/${code}/fragments`, { text: 'team words of the client', source: 'client', compartment: 'team' });
    await disable(rl2);
    expect((await c.admin!.get(`/api/cases/${code}/reassign`)).json()).toEqual({ reassignable: true });
    const sock = await inviteLawyer('sock2@clinic.example');
    for (const reason of ['', 'because', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'asdf qwer zxcv uiop hjkl bnm']) {
      const refused = await c.admin!.post(`/api/cases/${code}/reassign`, { userId: sock.id, reason });
      expect({ reason, status: refused.statusCode }).toEqual({ reason, status: 400 });
    }
    const done = await c.admin!.post(`/api/cases/${code}/reassign`, { userId: sock.id, reason: REASON });
    expect(done.statusCode, done.body).toBe(200);
    // The newcomer runs the case but the client's privileged words stay closed to them.
    expect(await texts(sock.client, code)).toEqual(['team words of the client']);
    expect((await sock.client.post(`/api/cases/${code}/documents`, { kind: 'case-summary' })).statusCode).toBe(403);
    // Whoever they add in turn is not vouched for by a lawyer of the case either.
    const puppet = await inviteLawyer('puppet@clinic.example');
    expect((await sock.client.post(`/api/cases/${code}/team`, { userId: puppet.id, teamRole: 'lawyer' })).statusCode).toBe(201);
    expect(await texts(puppet.client, code)).toEqual(['team words of the client']);
    // The team sees the reassignment, its reason and who did it.
    const view = (await sock.client.get(`/api/cases/${code}/team`)).json<{
      reassignments: { byUserId: string; toUserId: string; fromUserId: string | null; reason: string }[];
    }>();
    expect(view.reassignments).toEqual([expect.objectContaining({ byUserId: admin.id, toUserId: sock.id, fromUserId: rl2.id, reason: REASON })]);
    const actions = (await sock.client.get(`/api/cases/${code}/activity`)).json<{ entries: { action: string }[] }>().entries.map((e) => e.action);
    expect(actions).toContain('case.reassigned');
    // Handed on, the case has a working responsible lawyer again: nothing more to hand on.
    expect((await c.admin!.get(`/api/cases/${code}/reassign`)).json()).toEqual({ reassignable: false });
  });

  it('lets a lawyer added by the responsible lawyer read privileged material, and a reassignment to them keeps it', async () => {
    const rl3 = await addPerson(t, admin.orgId, 'lawyer', 'rl3@clinic.example');
    const c3 = client(t, rl3);
    const code = await newCase(c3);
    await c3.post(`/api/cases/${code}/fragments`, { text: 'privileged words of the client', source: 'client', compartment: 'privileged' });
    await addMember(c3, code, colleague.id, 'lawyer');
    expect(await texts(c.colleague!, code)).toEqual(['privileged words of the client']);
    await disable(rl3);
    expect((await c.admin!.post(`/api/cases/${code}/reassign`, { userId: colleague.id, reason: REASON })).statusCode).toBe(200);
    expect(await texts(c.colleague!, code)).toEqual(['privileged words of the client']);
    // Now responsible and vouched for, the colleague can vouch for a newcomer.
    const newcomer = await addPerson(t, admin.orgId, 'lawyer', 'newcomer@clinic.example');
    await addMember(c.colleague!, code, newcomer.id, 'lawyer');
    expect(await texts(client(t, newcomer), code)).toEqual(['privileged words of the client']);
  });
});

async function shareWithPartner(code: string, scope: string[], extra: object = {}): Promise<string> {
  await c.rl!.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['share-with-organisation', 'generate-document'], language: 'es' });
  const consent = await c.rl!.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'share-with-organisation',
    recipient: partnerOrg,
    scope,
    givenHow: 'verbal',
    language: 'es',
    ...extra,
  });
  expect(consent.statusCode).toBe(201);
  return consent.json<{ entry: { id: string } }>().entry.id;
}

describe('finding 5: access that rests on a consent to share', () => {
  it('ends when the client withdraws the consent', async () => {
    const code = await privilegedCase();
    const consentId = await shareWithPartner(code, ['narrative']);
    await addMember(c.rl!, code, partnerLawyer.id, 'lawyer');
    expect(await texts(c.partner!, code)).toEqual(['privileged words of the client', 'team words of the client']);
    expect((await c.rl!.post(`/api/cases/${code}/consents/${consentId}/withdraw`, {})).statusCode).toBe(200);
    expect(await texts(c.partner!, code)).toBe(404);
    expect((await c.partner!.get(`/api/cases/${code}`)).statusCode).toBe(404);
    const listed = (await c.partner!.get('/api/cases')).json<{ cases: { code: string }[] }>().cases.map((x) => x.code);
    expect(listed).not.toContain(code);
  });

  it('reaches only the data categories the consent names', async () => {
    const code = await privilegedCase();
    await c.rl!.put(`/api/cases/${code}/identity`, { names: ['Zeta Client'], aliases: [], contact: {}, documentsHeld: [] });
    await shareWithPartner(code, ['narrative']);
    // Consent to documents generally, so only the category of sharing stands in the way.
    await c.rl!.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'generate-document',
      scope: ['narrative', 'immigration', 'employment', 'documents'],
      givenHow: 'written',
      language: 'es',
    });
    await addMember(c.rl!, code, partnerLawyer.id, 'lawyer');
    expect(await texts(c.partner!, code)).toContain('team words of the client');
    expect((await c.partner!.post(`/api/cases/${code}/identity/reveal`, {})).statusCode).toBe(403);
    expect((await c.partner!.get(`/api/cases/${code}/facts`)).statusCode).toBe(403);
    expect((await c.partner!.get(`/api/cases/${code}/facts/export`)).statusCode).toBe(403);
    expect((await c.partner!.post(`/api/cases/${code}/documents`, { kind: 'case-summary' })).statusCode).toBe(403);
    // The holding organisation's own lawyer is not limited by a consent to share.
    expect((await c.rl!.post(`/api/cases/${code}/identity/reveal`, {})).statusCode).toBe(200);
  });
});

describe('finding 6: the team picker', () => {
  it('lists only my organisation, plus another organisation once a consent to share with it is in effect on this case', async () => {
    const code = await privilegedCase();
    const people = async () => {
      const res = await c.rl!.get(`/api/cases/${code}/team/candidates`);
      expect(res.statusCode).toBe(200);
      return res.json<{ people: { id: string; organisationId: string }[] }>().people;
    };
    const directory = (await c.rl!.get('/api/directory/people')).json<{ people: { organisationId: string }[] }>().people;
    expect(directory.every((p) => p.organisationId === admin.orgId)).toBe(true);
    const before = await people();
    expect(before.map((p) => p.id)).toContain(colleague.id);
    expect(before.some((p) => p.organisationId !== admin.orgId)).toBe(false);
    const consentId = await shareWithPartner(code, ['narrative']);
    expect((await people()).map((p) => p.id)).toContain(partnerLawyer.id);
    await c.rl!.post(`/api/cases/${code}/consents/${consentId}/withdraw`, {});
    expect((await people()).map((p) => p.id)).not.toContain(partnerLawyer.id);
    // Off the team (or an admin), the picker of this case does not exist.
    expect((await c.colleague!.get(`/api/cases/${code}/team/candidates`)).statusCode).toBe(404);
    expect((await c.partner!.get(`/api/cases/${code}/team/candidates`)).statusCode).toBe(404);
  });
});

describe('finding 5, continued: a consent that expires', () => {
  // Last in the file: the clock moves two days on, past every session.
  it('ends the access that rested on it', async () => {
    const code = await privilegedCase();
    const tomorrow = new Date(t.ctx.now().getTime() + 86_400_000);
    const p = (n: number) => String(n).padStart(2, '0');
    await shareWithPartner(code, ['narrative'], { expiresOn: `${tomorrow.getFullYear()}-${p(tomorrow.getMonth() + 1)}-${p(tomorrow.getDate())}` });
    await addMember(c.rl!, code, partnerLawyer.id, 'lawyer');
    expect((await c.partner!.get(`/api/cases/${code}`)).statusCode).toBe(200);
    t.advance(2 * 86_400_000);
    const partnerAgain = client(t, await signInWithTotp(t, partnerLawyer.email, DEFAULT_PASSWORD, partnerLawyer.totpSecret));
    const rlAgain = client(t, await signInWithTotp(t, rl.email, DEFAULT_PASSWORD, rl.totpSecret));
    expect((await rlAgain.get(`/api/cases/${code}`)).statusCode).toBe(200);
    expect((await partnerAgain.get(`/api/cases/${code}`)).statusCode).toBe(404);
    expect(await texts(partnerAgain, code)).toBe(404);
  });
});
