import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALBERTA_SHELTER, HOTLINE } from '../../core/referrals/fixtures.test-support';
import { loadSeedEntries, SEED_FOLDER } from './seed-files';

const folderWith = (files: Record<string, unknown>) => {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
};

describe('seeded directory', () => {
  it('validates every seed file shipped, each entry with a source address and a review date', () => {
    const entries = loadSeedEntries(SEED_FOLDER);
    for (const e of entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(
        e.sources.every((s) => /^https?:\/\//.test(s.url)),
        e.id,
      ).toBe(true);
      expect(e.lastReviewed, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.confirmBeforeReferring, e.id).toBe(true);
    }
  });

  it('reads a folder of jurisdiction files', () => {
    expect(loadSeedEntries(folderWith({ 'ab.json': [ALBERTA_SHELTER], 'ca.json': [HOTLINE] })).map((e) => e.id)).toEqual([ALBERTA_SHELTER.id, HOTLINE.id]);
  });

  it('refuses a bad file naming the file and the field', () => {
    expect(() => loadSeedEntries(folderWith({ 'ab.json': [{ ...ALBERTA_SHELTER, sources: [] }] }))).toThrow('ab.json: [0].sources');
    expect(() => loadSeedEntries(folderWith({ 'alberta.json': [] }))).toThrow('alberta.json: expected a jurisdiction file name');
    expect(() => loadSeedEntries(folderWith({ 'ab.json': '{' }))).toThrow('ab.json: is not valid JSON');
  });

  it('reads nothing from a folder that does not exist', () => {
    expect(loadSeedEntries('/nonexistent/seed')).toEqual([]);
  });
});
