import { DIMENSION_IDS, type CitationOut, type Context, type DimensionId, type FactId, type LegalTestId, type Phase, type TestStatus } from '../../contract';
import { factRef, readWith, slotReader, type Answers, type Reading, type RecordedAnswers, type SlotReader } from '../answers';
import { CATALOGUE, type Citation } from '../catalogue';
import type { ScreenedDimension } from '../combining-rule';
import { fromReading, rank } from '../status';

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
  /** The same answers, readable by slot (see SlotReader). */
  recorded: RecordedAnswers;
  dimensions: Record<DimensionId, ScreenedDimension>;
  /** person.ageBand is 'minor'. */
  child: boolean;
  ageBand: 'minor' | 'adult' | 'unknown';
  /** The kinds of situation recorded (case facts `contexts`). */
  contexts: readonly Context[];
  /** person.sexIndustryWork, absent when not recorded. */
  sexIndustryWork?: 'yes' | 'no' | 'unknown';
}

const toCitationOut = (c: Citation): CitationOut => ({ ...c, verified: c.verification === 'official-text' });

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
 * An element of a legal test, prepared once when its module loads: the evidence, citations and
 * ILO elements it reads are fixed by the law, so only the reading of the answers is left for
 * each case. Evidence is deduplicated (by how results name it) and named here, once.
 */
export interface ElementSpec {
  id: string;
  evidence: readonly { reader: SlotReader; ref: string }[];
  citations: readonly CitationTemplate[];
  dimensions: readonly DimensionId[];
}

export function elementSpec(id: string, evidence: Evidence[], cites: Citation[], dimensions: DimensionId[] = []): ElementSpec {
  const seen = new Set<string>();
  const unique: ElementSpec['evidence'][number][] = [];
  for (const e of evidence) {
    const ref = factRef(e.fact, e.phase);
    if (seen.has(ref)) continue;
    seen.add(ref);
    unique.push({ reader: slotReader(e.fact, e.phase), ref });
  }
  return { id, evidence: unique, citations: citationTemplates(cites), dimensions };
}

/** A citation in the output shape, built once, with the fastest way to copy it for each result. */
interface CitationTemplate {
  value: Readonly<CitationOut>;
  copy: (c: Readonly<CitationOut>) => CitationOut;
}

// toCitationOut gives one of two property layouts (cite() adds a url only when there is one).
// A copy written out for that layout is the same object a spread makes, and much cheaper to build;
// any other layout is copied by spreading.
const WITH_URL = ['source', 'pinpoint', 'url', 'verification', 'lastReviewed', 'verified'].join();
const WITHOUT_URL = ['source', 'pinpoint', 'verification', 'lastReviewed', 'verified'].join();
const copyWithUrl = (c: Readonly<CitationOut>): CitationOut => ({
  source: c.source,
  pinpoint: c.pinpoint,
  url: c.url,
  verification: c.verification,
  lastReviewed: c.lastReviewed,
  verified: c.verified,
});
const copyWithoutUrl = (c: Readonly<CitationOut>): CitationOut => ({
  source: c.source,
  pinpoint: c.pinpoint,
  verification: c.verification,
  lastReviewed: c.lastReviewed,
  verified: c.verified,
});
const copyBySpreading = (c: Readonly<CitationOut>): CitationOut => ({ ...c });

/** Citations in the output shape, built once; each result gets its own copies (see citationsOut). */
export function citationTemplates(cites: Citation[]): readonly CitationTemplate[] {
  return cites.map((c) => {
    const value = toCitationOut(c);
    const layout = Object.keys(value).join();
    return { value, copy: layout === WITH_URL ? copyWithUrl : layout === WITHOUT_URL ? copyWithoutUrl : copyBySpreading };
  });
}
export const citationsOut = (templates: readonly CitationTemplate[]): CitationOut[] => templates.map((t) => t.copy(t.value));

// "<element> (met)" for each ILO element, built once.
const MET_LABELS = new Map<string, string>(DIMENSION_IDS.map((id) => [id, `${id} (met)`]));
const metLabel = (id: string) => MET_LABELS.get(id) ?? `${id} (met)`;

/**
 * An element shown by any one of the listed facts, or by any listed ILO element being met.
 * Tri-state as everywhere: met on a yes; not-met when every listed fact is no and every listed
 * ILO element is not-met; otherwise insufficient-information.
 */
export function evaluateElement(spec: ElementSpec, ctx: LegalContext): LegalElement {
  const { evidence, dimensions } = spec;
  // Plain indexed loops: this runs for every element of every test, and stays small for the JIT.
  const readings: Reading[] = [];
  for (let i = 0; i < evidence.length; i++) readings.push(readWith(ctx.recorded, evidence[i]!.reader));
  // anyOf over every reading and element status: the highest status wins.
  let status: TestStatus = 'not-met';
  for (let i = 0; i < readings.length; i++) {
    const s = fromReading(readings[i]!);
    if (rank(s) > rank(status)) status = s;
  }
  for (let j = 0; j < dimensions.length; j++) {
    const s = ctx.dimensions[dimensions[j]!].status;
    if (rank(s) > rank(status)) status = s;
  }
  const because: string[] = [];
  for (let j = 0; j < dimensions.length; j++) {
    const d = ctx.dimensions[dimensions[j]!];
    if (d.status === 'met') because.push(metLabel(d.id));
  }
  for (let i = 0; i < readings.length; i++) if (readings[i] === 'yes') because.push(evidence[i]!.ref);
  let missing: string[] = [];
  if (status !== 'met') {
    const refs: string[] = [];
    for (let i = 0; i < readings.length; i++) if (readings[i] === 'open') refs.push(evidence[i]!.ref);
    for (let j = 0; j < dimensions.length; j++) {
      const items = ctx.dimensions[dimensions[j]!].missingItems;
      for (let k = 0; k < items.length; k++) refs.push(factRef(items[k]!.fact, items[k]!.phase));
    }
    missing = dedupe(refs);
  }
  return { id: spec.id, status, because, missing, citations: citationsOut(spec.citations) };
}

/** The list without repeats, first occurrences in order. Short lists are searched, which beats building a Set. */
function dedupe(xs: string[]): string[] {
  if (xs.length > 16) return [...new Set(xs)];
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}
