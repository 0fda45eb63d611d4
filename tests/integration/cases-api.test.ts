import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

let t: TestApp;
let lawyer: Person;
let support: Person;
let L: Client;
let S: Client;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  support = await addPerson(t, admin.orgId, 'support-worker', 'support@clinic.example');
  L = client(t, lawyer);
  S = client(t, support);
});
afterAll(async () => t.close());

describe('opening a case', () => {
  it('needs only province, languages and whether an interpreter is needed, and gives a code', async () => {
    const res = await L.post('/api/cases', { province: 'BC', languages: ['tl'], interpreterNeeded: false });
    expect(res.statusCode).toBe(201);
    const header = res.json().case;
    expect(header.code).toMatch(/^HB-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/);
    expect(header).toMatchObject({ status: 'open', province: 'BC', myTeamRole: 'responsible-lawyer', identityRecorded: false, safeContact: null });
  });

  it('stores names without the bidirectional controls that would make them display reversed', async () => {
    const identity = { names: ['Ana \u202Ezeröl', 'فاطمة'], aliases: ['\u2067Mari\u2069'], contact: {}, documentsHeld: [] };
    const code = await newCase(L, { province: 'ON', languages: ['ar'], interpreterNeeded: true, identity });
    const revealed = await L.post(`/api/cases/${code}/identity/reveal`, {});
    expect(revealed.json().identity).toMatchObject({ names: ['Ana zeröl', 'فاطمة'], aliases: ['Mari'] });
    const onlyControls = await L.post('/api/cases', { province: 'ON', languages: ['ar'], interpreterNeeded: false, identity: { names: ['\u202E'] } });
    expect(onlyControls.statusCode).toBe(400);
  });

  it('hides the identity until it is revealed, and audits the reveal', async () => {
    const identity = { names: ['Maria Santos'], aliases: ['Mari'], nationality: 'PH', contact: { phone: '555-0100' }, documentsHeld: ['passport'] };
    const code = await newCase(L, { province: 'ON', languages: ['tl'], interpreterNeeded: true, identity });
    const header = await L.get(`/api/cases/${code}`);
    expect(header.body).not.toContain('Maria');
    expect(header.json().case.identityRecorded).toBe(true);
    const revealed = await L.post(`/api/cases/${code}/identity/reveal`, {});
    expect(revealed.json().identity).toMatchObject({ names: ['Maria Santos'], aliases: ['Mari'] });
    const activity = await L.get(`/api/cases/${code}/activity`);
    expect(activity.json().entries.map((e: { action: string }) => e.action)).toContain('case.identity-revealed');
  });

  it('finds a case by exact name or alias through the blind index, never storing the name', async () => {
    const code = await newCase(L, {
      province: 'ON',
      languages: ['es'],
      interpreterNeeded: false,
      identity: { names: ['Ana  Lucía Pérez'], aliases: [], contact: {}, documentsHeld: [] },
    });
    const hit = await L.post('/api/cases/search', { name: 'ana lucía pérez' });
    expect(hit.json().cases.map((c: { code: string }) => c.code)).toContain(code);
    const miss = await L.post('/api/cases/search', { name: 'Ana Lucia Perez' });
    expect(miss.json().cases.map((c: { code: string }) => c.code)).not.toContain(code);
    const tokens = await t.ctx.db.selectFrom('case_name_index').select('token').execute();
    expect(JSON.stringify(tokens)).not.toMatch(/ana/i);
  });

  it('returns safe-contact details with the header', async () => {
    const code = await newCase(L);
    const put = await L.put(`/api/cases/${code}/safe-contact`, {
      call: 'unsafe',
      text: 'safe',
      email: 'unknown',
      leaveMessages: 'unsafe',
      codeWord: 'blue umbrella',
    });
    expect(put.statusCode).toBe(200);
    expect((await L.get(`/api/cases/${code}`)).json().case.safeContact).toMatchObject({ call: 'unsafe', codeWord: 'blue umbrella' });
  });
});

describe('sittings, fragments and the timeline', () => {
  let code: string;
  beforeAll(async () => {
    code = await newCase(L);
    await addMember(L, code, support.id, 'support-worker');
  });

  it('records a sitting and moves the intake guide on', async () => {
    const res = await L.post(`/api/cases/${code}/sittings`, {
      heldOn: '2024-05-02',
      durationMinutes: 60,
      mode: 'in-person',
      couldSpeakFreely: 'yes',
      topicsCovered: ['safety', 'immediate-needs', 'consent-and-confidentiality'],
      note: 'Client asked about her passport.',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().sitting.noteCompartment).toBe('privileged');
    const guide = (await L.get(`/api/cases/${code}/intake-guide`)).json();
    expect(guide.done).toEqual(['safety', 'immediate-needs', 'consent-and-confidentiality']);
    expect(guide.nextSitting[0]).toBe('immigration-status');
  });

  it('hides privileged sitting notes from a support worker', async () => {
    const sittings = (await S.get(`/api/cases/${code}/sittings`)).json().sittings;
    expect(sittings[0]).toMatchObject({ note: null, noteHidden: true });
  });

  it('orders fragments by approximate time and never gives privileged ones to a support worker', async () => {
    await L.post(`/api/cases/${code}/fragments`, {
      text: 'Worked on the farm.',
      source: 'client',
      compartment: 'team',
      tags: ['work'],
      time: { label: 'summer 2023' },
    });
    await L.post(`/api/cases/${code}/fragments`, {
      text: 'Recruiter promised a visa.',
      source: 'client',
      compartment: 'privileged',
      tags: ['recruitment'],
      time: { label: '2022' },
    });
    await L.post(`/api/cases/${code}/fragments`, {
      text: 'Before arriving she sold land.',
      source: 'practitioner-summary',
      compartment: 'team',
      time: { label: 'before arriving' },
    });
    const timeline = (await L.get(`/api/cases/${code}/timeline`)).json();
    expect(timeline.entries.map((e: { time: { label: string } }) => e.time.label)).toEqual(['2022', 'summer 2023']);
    expect(timeline.entries[0].time).toMatchObject({ earliest: '2022-01-01', latest: '2022-12-31' });
    expect(timeline.undated).toHaveLength(1);
    const forSupport = (await S.get(`/api/cases/${code}/fragments`)).json().fragments;
    expect(forSupport.map((f: { compartment: string }) => f.compartment)).not.toContain('privileged');
    expect(forSupport).toHaveLength(2);
  });

  it('links fragments only to other fragments of the same case that the writer may read', async () => {
    const other = await newCase(L);
    const elsewhere = (await L.post(`/api/cases/${other}/fragments`, { text: 'Another client.', source: 'client', compartment: 'team' })).json().fragment
      .id as string;
    const mine = (await L.get(`/api/cases/${code}/fragments`)).json().fragments as { id: string; compartment: string }[];
    const privileged = mine.find((f) => f.compartment === 'privileged')!.id;
    const team = mine.find((f) => f.compartment === 'team')!.id;
    const crossCase = await L.post(`/api/cases/${code}/fragments`, {
      text: 'Linked.',
      source: 'client',
      compartment: 'team',
      relatedFragmentIds: [team, elsewhere],
    });
    expect(crossCase.statusCode).toBe(400);
    expect(crossCase.json().error.fields).toEqual([{ path: 'relatedFragmentIds.1', message: 'is not a fragment of this case', problem: { code: 'invalid' } }]);
    expect(
      (await S.post(`/api/cases/${code}/fragments`, { text: 'Linked.', source: 'client', compartment: 'team', relatedFragmentIds: [privileged] })).statusCode,
    ).toBe(400);
    expect((await L.patch(`/api/cases/${code}/fragments/${team}`, { relatedFragmentIds: [team] })).json().error.fields[0].message).toBe(
      'cannot link a fragment to itself',
    );
    const linked = await L.post(`/api/cases/${code}/fragments`, {
      text: 'Linked.',
      source: 'client',
      compartment: 'team',
      relatedFragmentIds: [team, privileged],
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().fragment.relatedFragmentIds).toEqual([team, privileged]);
  });

  it('refuses a support worker writing to the privileged compartment', async () => {
    const res = await S.post(`/api/cases/${code}/fragments`, { text: 'x', source: 'client', compartment: 'privileged' });
    expect(res.statusCode).toBe(403);
  });
});

describe('screening answers', () => {
  it('removes a person field sent as null and keeps the others', async () => {
    const code = await newCase(L);
    await L.put(`/api/cases/${code}/facts`, {
      person: { ageBand: 'adult', immigrationStatus: 'visitor', permitExpiry: '2027-01-31', priorRefugeeClaim: { outcome: 'pending' } },
    });
    const cleared = await L.put(`/api/cases/${code}/facts`, { person: { permitExpiry: null, priorRefugeeClaim: null } });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().facts.person).toEqual({ ageBand: 'adult', immigrationStatus: 'visitor' });
    const bad = await L.put(`/api/cases/${code}/facts`, { person: { nickname: null } });
    expect(bad.statusCode).toBe(400);
  });

  it('stores answers, merges partial updates, and validates them with the contract', async () => {
    const code = await newCase(L);
    const put = await L.put(`/api/cases/${code}/facts`, {
      person: { ageBand: 'adult', immigrationStatus: 'work-permit-employer-specific' },
      contexts: ['labour'],
      answers: [{ id: 'excessive-hours', answer: 'yes' }],
    });
    expect(put.statusCode).toBe(200);
    const second = await L.put(`/api/cases/${code}/facts`, {
      answers: [
        { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
        { id: 'excessive-hours', answer: 'no' },
      ],
    });
    expect(second.json().facts.answers).toEqual([
      { id: 'excessive-hours', phase: 'destination', answer: 'no' },
      { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
    ]);
    const bad = await L.put(`/api/cases/${code}/facts`, { answers: [{ id: 'violence', answer: 'yes' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toMatch(/^answers\[\d+\]/);
    const assessment = await L.get(`/api/cases/${code}/assessment`);
    expect(assessment.statusCode).toBe(200);
    expect(assessment.json().contractVersion).toBe(1);
    const questions = await L.get(`/api/cases/${code}/questions?stage=full`);
    expect(questions.json().questions.length).toBeGreaterThan(0);
  });
});

describe('reads that reveal identifying details are audited', () => {
  it('records listing sittings and reading the consent ledger in the activity log', async () => {
    const t2 = await createTestApp();
    try {
      const admin = await setUpFirstAdmin(t2);
      const lawyer = await addPerson(t2, admin.orgId, 'lawyer', 'audited@clinic.example');
      const c = client(t2, lawyer);
      const code = await newCase(c);
      expect(
        (
          await c.post(`/api/cases/${code}/sittings`, {
            heldOn: '2026-11-01',
            durationMinutes: 45,
            mode: 'in-person',
            present: ['A. Friend'],
            couldSpeakFreely: 'yes',
            topicsCovered: ['safety'],
            topicsLater: [],
          })
        ).statusCode,
      ).toBe(201);
      await c.get(`/api/cases/${code}/sittings`);
      await c.get(`/api/cases/${code}/consents`);
      const actions = (await t2.ctx.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
      expect(actions).toContain('case.consents-read');
      expect(actions.some((a) => a === 'case.sittings-read' || a === 'case.sitting-notes-read')).toBe(true);
    } finally {
      await t2.close();
    }
  });
});
