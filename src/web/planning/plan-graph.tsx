import { useId } from 'react';
import { useTranslation } from 'react-i18next';

// The recommended plan at a glance: steps left to right in the order to take them, each with its
// deadline, and arrows from a step to the later steps it produces evidence for. Plain SVG; the
// table that follows says the same in text.

export interface GraphStep {
  order: number;
  remedy: string;
  name: string;
  deadline?: string;
  evidenceFor: string[];
}

const W = 180;
const GAP = 56;
const TOP = 70;
const H = 104;
const PAD = 16;

function wrap(text: string, max = 22, lines = 3): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out[out.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length > lines
    ? [
        ...out.slice(0, lines - 1),
        `${out
          .slice(lines - 1)
          .join(' ')
          .slice(0, max - 1)}…`,
      ]
    : out;
}

export function PlanGraph({ steps, describedBy }: { steps: GraphStep[]; describedBy: string }) {
  const { t } = useTranslation('planning');
  const id = useId().replace(/:/g, '');
  const x = (i: number) => PAD + i * (W + GAP);
  const index = new Map(steps.map((s, i) => [s.remedy, i]));
  const arrows = steps.flatMap((s, i) => s.evidenceFor.filter((r) => index.has(r) && index.get(r) !== i).map((r) => ({ from: i, to: index.get(r)! })));
  const width = PAD * 2 + steps.length * W + Math.max(0, steps.length - 1) * GAP;
  const height = TOP + H + 60 + (arrows.some((a) => a.to < a.from) ? 50 : 0);
  return (
    <div className="plan-graph" tabIndex={0} role="region" aria-label={t('graph.region')}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title`} aria-describedby={describedBy}>
        <title id={`${id}-title`}>{t('graph.title', { count: steps.length })}</title>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="plan-graph__head" />
          </marker>
        </defs>
        <line x1={PAD} x2={width - PAD} y1={TOP + H / 2} y2={TOP + H / 2} className="plan-graph__axis" />
        {arrows.map((a, k) => {
          const x1 = x(a.from) + W / 2;
          const x2 = x(a.to) + W / 2;
          const forward = a.to > a.from;
          const y = forward ? TOP : TOP + H + 22;
          const lift = forward ? -Math.min(58, 22 + 10 * Math.abs(a.to - a.from)) : 40;
          return (
            <path key={k} d={`M${x1},${y} C${x1},${y + lift} ${x2},${y + lift} ${x2},${y}`} className="plan-graph__evidence" markerEnd={`url(#${id}-arrow)`} />
          );
        })}
        {steps.map((s, i) => (
          <g key={s.remedy} transform={`translate(${x(i)},${TOP})`}>
            <rect width={W} height={H} rx="8" className="plan-graph__node" />
            <circle cx="18" cy="18" r="12" className="plan-graph__order" />
            <text x="18" y="22.5" textAnchor="middle" className="plan-graph__order-text">
              {s.order}
            </text>
            {wrap(s.name).map((line, l) => (
              <text key={l} x="36" y={22 + l * 18} className="plan-graph__name">
                {line}
              </text>
            ))}
            <text x="12" y={H - 12} className={s.deadline ? 'plan-graph__deadline' : 'plan-graph__deadline plan-graph__deadline--none'}>
              {s.deadline ? t('graph.deadline', { date: s.deadline }) : t('graph.noDeadline')}
            </text>
          </g>
        ))}
      </svg>
      <p className="plan-graph__legend muted">
        <span className="plan-graph__key" aria-hidden="true" /> {t('graph.legend')}
      </p>
    </div>
  );
}
