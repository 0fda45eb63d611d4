import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../support/test-app';
import type { Person } from './cases-support';

// Helpers for the evidence tests: streamed uploads, downloads, and a search of the data folder.

export function upload(t: TestApp, who: Person, code: string, id: string, bytes: Buffer, name?: string): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'PUT',
    url: `/api/cases/${code}/evidence/${id}/file`,
    headers: { ...who.headers, 'content-type': 'application/octet-stream', ...(name ? { 'x-file-name': encodeURIComponent(name) } : {}) },
    payload: bytes,
  });
}

export function download(t: TestApp, who: Person, code: string, id: string, disposition = 'attachment'): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'GET', url: `/api/cases/${code}/evidence/${id}/file?disposition=${disposition}`, headers: who.headers });
}

/** How many times `marker` occurs in the bytes of every file under `dir`. */
export function occurrencesIn(dir: string, marker: string): number {
  let count = 0;
  const needle = Buffer.from(marker, 'utf8');
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) count++;
      }
    }
  };
  walk(dir);
  return count;
}

export const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
