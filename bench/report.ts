// One JSON line per figure on stdout (machine-readable, appendable to a log), then a table.
export interface Figure {
  section: 'a' | 'b' | 'c' | 'd' | 'e' | 'soak';
  name: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
  detail?: Record<string, unknown>;
}

export function printFigure(figure: Figure): void {
  process.stdout.write(`${JSON.stringify({ ...figure, value: round(figure.value) })}\n`);
}

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000;
}

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [f.section, f.name, `${round(f.value)} ${f.unit}`, f.target ?? '', f.ok === undefined ? '' : f.ok ? 'met' : 'NOT MET']);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['', 'figure', 'value', 'target', ''][i]!.length));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write(`\n${line(['', 'figure', 'value', 'target', ''])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}
