// `npm run bench` — every performance figure, side by side, one JSON line each, then a table.
//   --quick            short runs and small sizes, for development
//   --only=a,b,c,d,e   some sections only (e: evidence uploads, streamed)
// External PostgreSQL figures are added when DATABASE_URL is set. The results and the machine
// they were taken on are recorded in docs/performance.md.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { benchCoreVsRulesEngine } from './core-vs-rules-engine';
import { benchHttp } from './http';
import { benchCasesAtScale } from './cases-at-scale';
import { benchFootprint } from './footprint';
import { benchEvidence } from './evidence';
import { printFigure, printTable, type Figure } from './report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',') ?? ['a', 'b', 'c', 'd', 'e'];
const external = process.env.DATABASE_URL || undefined;

process.stdout.write(
  `${JSON.stringify({ machine: { cpus: availableParallelism(), model: cpus()[0]?.model, ramGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) }, quick, external: Boolean(external) })}\n`,
);

const figures: Figure[] = [];
const sections: [string, () => Promise<Figure[]>][] = [
  ['a', () => benchCoreVsRulesEngine(quick)],
  ['d', () => benchFootprint(quick)],
  ['b', () => benchHttp(quick)],
  ['c', () => benchCasesAtScale(quick, external)],
  ['e', () => benchEvidence(quick)],
];
for (const [id, run] of sections) {
  if (!only.includes(id)) continue;
  for (const figure of await run()) {
    printFigure(figure);
    figures.push(figure);
  }
}
printTable(figures);
process.stdout.write(
  `load average after the run: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
