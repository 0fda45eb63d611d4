// (d) Start-up time, idle memory and the size of what a browser downloads first.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild } from '../tests/support/e2e-server';
import type { Figure } from './report';
import { repoRoot, rssMiB, startBenchServer } from './support/harbour';

/** Scripts, stylesheets and module preloads named in dist/web/index.html, gzipped at level 9 as a server would. */
function initialBundle(): { files: string[]; gzipBytes: number; rawBytes: number } {
  const dist = join(repoRoot, 'dist/web');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let gzipBytes = gzipSync(html, { level: 9 }).length;
  let rawBytes = html.length;
  for (const ref of refs) {
    const bytes = readFileSync(join(dist, ref));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: refs, gzipBytes, rawBytes };
}

export async function benchFootprint(quick: boolean): Promise<Figure[]> {
  const figures: Figure[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'hb-footprint-'));
  try {
    const first = await startBenchServer({ dataDir });
    figures.push({ section: 'd', name: 'cold start, new data folder (creates the database): spawn → /api/health 200', value: first.coldStartMs, unit: 'ms' });
    await new Promise((r) => setTimeout(r, 1000));
    figures.push({ section: 'd', name: 'server RSS idle, empty database', value: rssMiB(first.child.pid!), unit: 'MiB' });
    await first.stop();
    const runs = quick ? 1 : 3;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const again = await startBenchServer({ dataDir });
      times.push(again.coldStartMs);
      await again.stop();
    }
    times.sort((a, b) => a - b);
    figures.push({ section: 'd', name: `cold start, existing data folder (median of ${runs})`, value: times[Math.floor(runs / 2)]!, unit: 'ms' });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!existsSync(join(repoRoot, 'dist/web/index.html')) || !quick) ensureWebBuild();
  const bundle = initialBundle();
  figures.push({
    section: 'd',
    name: 'initial web bundle (index.html + its scripts and styles), gzip -9',
    value: bundle.gzipBytes / 1000,
    unit: 'kB',
    target: '≤ 200 kB',
    ok: bundle.gzipBytes <= 200_000,
    detail: { rawKB: bundle.rawBytes / 1000, files: bundle.files },
  });
  return figures;
}
