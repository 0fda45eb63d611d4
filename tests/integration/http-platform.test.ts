import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/platform/http/app';
import { ROUTES } from '../../src/server/routes';
import { createTestApp, setUpAdmin, type TestApp } from '../support/test-app';

let t: TestApp;
let https: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  https = await createTestApp({ HARBOUR_PUBLIC_URL: 'https://harbour.example.org' });
});
afterAll(async () => {
  await t.close();
  await https.close();
});

describe('health', () => {
  it('answers with the database mode and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe('user mistakes get a clear 4xx, never a 500', () => {
  it('answers malformed JSON with 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('malformed-request');
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(res.statusCode).toBe(415);
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a'.repeat(2_000_000) }),
    });
    expect(res.statusCode).toBe(413);
  });

  it('names every offending field, and says unknown fields are refused without repeating their names (a key is something submitted too)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'not-an-email', extra: 1 } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password', '(body)']));
    expect(JSON.stringify(res.json())).not.toContain('extra');
  });

  it('answers an unknown API address with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not-found');
  });
});

describe('security headers', () => {
  it('sends a strict CSP, no referrer, and no caching of API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS and __Host- Secure cookies when the public address is https', async () => {
    const res = await https.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    const signIn = await https.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@b.example', password: 'whatever-password' } });
    expect(signIn.statusCode).toBe(401);
    await setUpAdmin(https);
    const ok = await https.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'admin@clinic.example', password: 'Tidal-Lantern-Orchard-42' },
    });
    const cookie = ok.cookies[0]!;
    expect(cookie.name).toBe('__Host-harbour_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
  });
});

describe('the web app files', () => {
  it('serves hashed assets with long caching and the app page for any other address', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'hb-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Harbour</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const app = await buildApp(t.ctx, { routes: ROUTES, webDist: dist });
    try {
      const js = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toContain('javascript');
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
      expect(icon.statusCode).toBe(200);
      expect(icon.headers['cache-control']).toBe('no-cache');
      const page = await app.inject({ method: 'GET', url: '/cases/HB-7Q3K-M2' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Harbour</title>');
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('logs', () => {
  it('never contain what was sent: bodies, query strings, headers, cookies or paths', async () => {
    const marker = 'MARKER-7f3a9c-CLIENT-NAME';
    t.logs.length = 0;
    await t.app.inject({
      method: 'POST',
      url: `/api/auth/sign-in?q=${marker}`,
      headers: { 'x-note': marker, cookie: `harbour_session=${marker}` },
      payload: { email: `${marker.toLowerCase()}@x.example`, password: marker },
    });
    await t.app.inject({ method: 'GET', url: `/api/cases/${marker}` });
    await t.app.inject({ method: 'POST', url: '/api/setup', payload: { token: marker, organisationName: marker } });
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: `{"email":"${marker}` });
    const output = t.logs.join('');
    expect(output.length).toBeGreaterThan(0);
    expect(output.toLowerCase()).not.toContain(marker.toLowerCase());
  });
});
