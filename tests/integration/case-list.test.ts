import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client } from './cases-support';

let t: TestApp;
let L: Client;
let other: Client;
const codes: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  L = client(t, await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example'));
  other = client(t, await addPerson(t, admin.orgId, 'lawyer', 'other@clinic.example'));
  for (let i = 0; i < 7; i++) codes.push(await newCase(L));
});
afterAll(async () => t.close());

describe('the case list', () => {
  it('pages newest first with a cursor, without repeating or skipping a case', async () => {
    const seen: string[] = [];
    let url = '/api/cases?limit=3';
    for (let page = 0; page < 5; page++) {
      const body = (await L.get(url)).json<{ cases: { code: string }[]; nextCursor?: string }>();
      seen.push(...body.cases.map((c) => c.code));
      if (!body.nextCursor) break;
      expect(body.cases).toHaveLength(3);
      url = `/api/cases?limit=3&after=${body.nextCursor}`;
    }
    expect(seen).toEqual([...codes].reverse());
  });

  it('refuses a cursor it did not issue with a 400 naming the field', async () => {
    const res = await L.get('/api/cases?after=not-a-cursor');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('after');
  });

  it('refuses a page size over the limit', async () => {
    expect((await L.get('/api/cases?limit=5000')).statusCode).toBe(400);
  });

  it('shows a lawyer only the cases on their own team', async () => {
    expect((await other.get('/api/cases')).json().cases).toEqual([]);
  });
});
