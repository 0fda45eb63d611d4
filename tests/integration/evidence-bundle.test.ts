import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMEDY_IDS } from '../../src/core/contract';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';
import { download, upload } from './evidence-support';

// Evidence leaving Harbour (issue 16): the checklist per remedy, the consent-gated bundle with
// its index and SHA-256 manifest, photos without their metadata, and support workers who never
// receive a privileged item or its file.

let t: TestApp;
let lawyer: Person;
let support: Person;
let L: Client;
let S: Client;
const PRIVILEGED = 'ZQXPRIVEVID5520';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function gpsPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 24, channels: 3, background: '#6a8caf' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'ZQXCAMERA', Model: 'Phone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '73/1 35/1 0/1' },
    })
    .toBuffer();
}

async function item(c: Client, code: string, body: object) {
  const res = await c.post(`/api/cases/${code}/evidence`, { compartment: 'team', description: 'an item', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ item: { id: string; exhibit: number } }>().item;
}

async function consentToDocuments(code: string) {
  await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['generate-document'], language: 'es' });
  const res = await L.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'generate-document',
    scope: ['narrative', 'immigration', 'documents'],
    givenHow: 'written',
    language: 'es',
  });
  expect(res.statusCode, res.body).toBe(201);
}

const bundle = (who: Person, code: string, body: object = { lang: 'en' }) =>
  t.app.inject({ method: 'POST', url: `/api/cases/${code}/evidence/bundle`, headers: who.headers, payload: body });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  support = await addPerson(t, admin.orgId, 'support-worker', 'sw@clinic.example');
  L = client(t, lawyer);
  S = client(t, support);
});
afterAll(async () => t.close());

describe('what is still missing', () => {
  it('brings a remedy into the checklist when an item is linked to it, and moves a need from missing to requested to held', async () => {
    const code = await newCase(L);
    const list = async () =>
      (await L.get(`/api/cases/${code}/evidence/checklist?lang=fr`)).json<{
        checklist: { remedy: string; inPlayBecause: string; needs: { state: string; text: string; request?: { overdue: boolean } }[] }[];
      }>().checklist;
    const before = await list();
    expect(before.find((r) => r.remedy === 'owp-v')?.needs.map((n) => n.state) ?? []).not.toContain('requested');
    // A remedy the assessment does not put in play joins the checklist once an item is linked to it.
    const absent = REMEDY_IDS.find((id) => !before.some((r) => r.remedy === id))!;
    await item(L, code, { kind: 'other', supports: [{ remedy: absent }] });
    const joined = (await list()).find((r) => r.remedy === absent)!;
    expect(joined).toMatchObject({ inPlayBecause: 'linked', otherExhibits: [1] });
    // With its evidence list from the knowledge, though the assessment does not apply it.
    expect(joined.needs.length).toBeGreaterThan(0);
    const asked = await item(L, code, {
      kind: 'messages',
      status: 'requested',
      request: { from: 'sister abroad', requestedOn: '2020-01-01', channel: 'overseas', followUpOn: '2020-02-01' },
      supports: [{ remedy: 'owp-v', need: 1 }],
    });
    const owpv = (await list()).find((r) => r.remedy === 'owp-v')!;
    expect(owpv.needs.map((n) => n.state)).toEqual(['missing', 'requested']);
    expect(owpv.needs[1]!.request!.overdue).toBe(true);
    // French wording from the knowledge.
    expect(owpv.needs[0]!.text).toMatch(/déclaration/i);
    await L.patch(`/api/cases/${code}/evidence/${asked.id}`, { status: 'held' });
    expect((await list()).find((r) => r.remedy === 'owp-v')!.needs.map((n) => n.state)).toEqual(['missing', 'held']);
  });
});

describe('the bundle', () => {
  let code: string;
  let photoOriginal: Buffer;
  let photoId: string;
  const payRecord = Buffer.from('Pay record, March: 60 hours, 200 dollars\n');

  beforeAll(async () => {
    code = await newCase(L);
    const pay = await item(L, code, { kind: 'pay-record', supports: [{ remedy: 'employment-standards', need: 0 }] });
    expect((await upload(t, lawyer, code, pay.id, payRecord, 'march.txt')).statusCode).toBe(201);
    photoOriginal = await gpsPhoto();
    photoId = (await item(L, code, { kind: 'photo', description: 'the room' })).id;
    expect((await upload(t, lawyer, code, photoId, photoOriginal, 'IMG_0001.jpg')).statusCode).toBe(201);
    await item(L, code, { kind: 'contract', status: 'requested', request: { requestedOn: '2026-01-01', channel: 'consulate' } });
  });

  it('is refused without the client’s consent to generate a document, and says which', async () => {
    const res = await bundle(lawyer, code);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('consent-required');
  });

  it('holds the index, the held items’ files and a manifest whose SHA-256s match, and records the export on each item', async () => {
    await consentToDocuments(code);
    const res = await bundle(lawyer, code, { lang: 'fr' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${code}-evidence.zip"`);
    const files = unzipSync(res.rawPayload);
    expect(Object.keys(files).sort()).toEqual(['files/exhibit-A.txt', 'files/exhibit-B.jpg', 'index.json', 'index.txt', 'manifest-sha256.txt']);
    const manifest = strFromU8(files['manifest-sha256.txt']!).trim().split('\n');
    expect(manifest.length).toBe(4);
    for (const line of manifest) {
      const [hash, path] = line.split('  ');
      expect(sha(files[path!]!), path).toBe(hash);
    }
    expect(Buffer.from(files['files/exhibit-A.txt']!).equals(payRecord)).toBe(true);
    const index = strFromU8(files['index.txt']!);
    expect(index).toContain(`Index des pièces — ${code}`);
    expect(index).toContain(`SHA-256 de l’original: ${sha(payRecord)}`);
    // The requested contract is not an exhibit yet.
    expect(JSON.parse(strFromU8(files['index.json']!)).exhibits.map((e: { exhibit: string }) => e.exhibit)).toEqual(['A', 'B']);
    const history = (await L.get(`/api/cases/${code}/evidence/${photoId}/history`)).json<{ history: { action: string }[] }>().history;
    expect(history.map((h) => h.action)).toEqual(['added', 'upload', 'export']);
  });

  it('carries a photo without its GPS and camera metadata, while the sealed original keeps them', async () => {
    expect((await sharp(photoOriginal).metadata()).exif?.toString('latin1')).toContain('ZQXCAMERA');
    const files = unzipSync((await bundle(lawyer, code)).rawPayload);
    const copy = Buffer.from(files['files/exhibit-B.jpg']!);
    const meta = await sharp(copy).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(copy.includes('ZQXCAMERA')).toBe(false);
    // A download leaves without it too, and says so.
    const downloaded = await download(t, lawyer, code, photoId);
    expect(downloaded.headers['x-harbour-metadata-removed']).toBe('true');
    expect((await sharp(downloaded.rawPayload).metadata()).exif).toBeUndefined();
    // The original in Harbour is intact: its recorded hash is that of the photo with its metadata.
    const listed = (await L.get(`/api/cases/${code}/evidence`)).json<{ items: { id: string; file: { sha256: string } }[] }>().items;
    expect(listed.find((i) => i.id === photoId)!.file.sha256).toBe(sha(photoOriginal));
  });

  it('feeds the exhibit index into the H&C draft', async () => {
    const res = await L.post(`/api/cases/${code}/documents`, { kind: 'hc-draft' });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const xml = strFromU8(unzipSync(res.rawPayload)['word/document.xml']!);
    expect(xml).toContain('Exhibit A — an item');
    expect(xml).toContain('Exhibit B — the room');
    // A requested item is not an exhibit yet.
    expect(xml).not.toContain('Exhibit C');
  });

  it('previews a PDF or an image inline in a sandbox where no script runs', async () => {
    const res = await download(t, lawyer, code, photoId, 'inline');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toMatch(/^inline;/);
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // A text file is never shown inline.
    const pay = (await L.get(`/api/cases/${code}/evidence`)).json<{ items: { id: string; kind: string }[] }>().items.find((i) => i.kind === 'pay-record')!;
    expect((await download(t, lawyer, code, pay.id, 'inline')).headers['content-disposition']).toMatch(/^attachment;/);
  });
});

describe('support workers and privileged evidence', () => {
  let code: string;
  let privilegedId: string;
  let teamId: string;

  beforeAll(async () => {
    code = await newCase(L);
    await addMember(L, code, support.id, 'support-worker');
    privilegedId = (await item(L, code, { kind: 'witness-statement', compartment: 'privileged', description: `${PRIVILEGED} statement` })).id;
    expect((await upload(t, lawyer, code, privilegedId, Buffer.from(`${PRIVILEGED} what the client told counsel`))).statusCode).toBe(201);
    teamId = (await item(L, code, { kind: 'pay-record', description: 'team stubs' })).id;
    expect((await upload(t, lawyer, code, teamId, Buffer.from('stubs'))).statusCode).toBe(201);
    await consentToDocuments(code);
  });

  it('lists only the team items to a support worker, and answers 404 for the privileged one on every route', async () => {
    const listed = await S.get(`/api/cases/${code}/evidence`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((i: { id: string }) => i.id)).toEqual([teamId]);
    const attempts = [
      await download(t, support, code, privilegedId),
      await download(t, support, code, privilegedId, 'inline'),
      await S.get(`/api/cases/${code}/evidence/${privilegedId}/history`),
      await S.patch(`/api/cases/${code}/evidence/${privilegedId}`, { status: 'requested' }),
      await upload(t, support, code, privilegedId, Buffer.from('replacement')),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(PRIVILEGED);
    }
    expect((await S.post(`/api/cases/${code}/evidence`, { kind: 'other', compartment: 'privileged', description: 'x' })).statusCode).toBe(403);
    expect((await S.get(`/api/cases/${code}/evidence/checklist`)).body).not.toContain(PRIVILEGED);
  });

  it('leaves the privileged item and its file out of a support worker’s bundle', async () => {
    const res = await bundle(support, code);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const files = unzipSync(res.rawPayload);
    expect(Object.keys(files).sort()).toEqual(['files/exhibit-B.txt', 'index.json', 'index.txt', 'manifest-sha256.txt']);
    for (const bytes of Object.values(files)) expect(Buffer.from(bytes).includes(PRIVILEGED)).toBe(false);
    // The lawyer's bundle has both.
    expect(Object.keys(unzipSync((await bundle(lawyer, code)).rawPayload))).toContain('files/exhibit-A.txt');
  });
});
