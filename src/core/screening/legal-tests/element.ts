import type { CitationOut, DimensionId, FactId, LegalTestId, Phase, TestStatus } from '../../contract';
import { factRef, type Answers } from '../answers';
import { CATALOGUE, type Citation } from '../catalogue';
import type { ScreenedDimension } from '../combining-rule';
import { anyOf, rank } from '../status';

export interface LegalElement {
  id: string;
  status: TestStatus;
  because: string[];
  missing: string[];
  citations: CitationOut[];
}

export interface LegalTest {
  id: LegalTestId;
  status: TestStatus;
  elements: LegalElement[];
  citations: CitationOut[];
  notes: string[];
}

export interface LegalContext {
  answers: Answers;
  dimensions: Record<DimensionId, ScreenedDimension>;
  /** person.ageBand is 'minor'. */
  child: boolean;
  ageBand: 'minor' | 'adult' | 'unknown';
}

export const toCitationOut = (c: Citation): CitationOut => ({ ...c, verified: c.verification === 'official-text' });

/** A fact, optionally pinned to one phase; without a phase, a yes in either phase counts. */
export interface Evidence {
  fact: FactId;
  phase?: Phase;
}

export const facts = (...ids: FactId[]): Evidence[] => ids.map((fact) => ({ fact }));
export const inPhase = (phase: Phase, ...ids: FactId[]): Evidence[] => ids.map((fact) => ({ fact, phase }));

/** Every ILO-weighted fact answered in the recruitment phase: any yes there shows someone recruited the person. */
export const recruitmentPhaseItems = (): Evidence[] =>
  CATALOGUE.filter((r) => r.weightings.some((w) => w.phase === 'recruitment')).map((r) => ({ fact: r.id as FactId, phase: 'recruitment' as const }));

export const deceptionFacts = (): Evidence[] =>
  CATALOGUE.filter((r) => r.weightings.some((w) => w.dimension === 'deceptive-recruitment')).map((r) => ({ fact: r.id as FactId }));

/**
 * An element shown by any one of the listed facts, or by any listed ILO element being met.
 * Tri-state as everywhere: met on a yes; not-met when every listed fact is no and every listed
 * ILO element is not-met; otherwise insufficient-information.
 */
export function element(
  id: string,
  ctx: LegalContext,
  evidence: Evidence[],
  cites: Citation[],
  dimensions: DimensionId[] = [],
): LegalElement {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = factRef(e.fact, e.phase);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const readings = unique.map((e) => ({ ref: factRef(e.fact, e.phase), reading: ctx.answers(e.fact, e.phase) }));
  const dims = dimensions.map((d) => ctx.dimensions[d]);
  const status = anyOf([
    ...readings.map((r): TestStatus => (r.reading === 'yes' ? 'met' : r.reading === 'no' ? 'not-met' : 'insufficient-information')),
    ...dims.map((d) => d.status),
  ]);
  const because = [...dims.filter((d) => d.status === 'met').map((d) => `${d.id} (met)`), ...readings.filter((r) => r.reading === 'yes').map((r) => r.ref)];
  const missing =
    status === 'met'
      ? []
      : dedupe([...readings.filter((r) => r.reading === 'open').map((r) => r.ref), ...dims.flatMap((d) => d.missingItems.map((i) => factRef(i.fact, i.phase)))]);
  return { id, status, because, missing, citations: cites.map(toCitationOut) };
}

/** An element whose status is decided elsewhere (for instance by combining other elements). */
export function derived(id: string, status: TestStatus, parts: LegalElement[], cites: Citation[]): LegalElement {
  return {
    id,
    status,
    because: parts.filter((p) => p.status === 'met').flatMap((p) => p.because),
    missing: status === 'met' ? [] : dedupe(parts.filter((p) => rank(p.status) < rank('met')).flatMap((p) => p.missing)),
    citations: cites.map(toCitationOut),
  };
}

export const dedupe = (xs: string[]) => [...new Set(xs)];
