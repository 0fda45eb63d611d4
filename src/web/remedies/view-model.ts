import type { Assessment, FlagOut } from '../../core/contract';
import { REMEDY_NAMES } from '../../core/remedies';
import { screeningText } from '../../core/screening/text';
import type { CitationLike, Verification } from '../knowledge/badges';
import type { Lang, LocalAssessment } from './local-assessment';

// One shape for a remedy on screen, from the local evaluation (worded in the reader's language,
// with practice notes and verify banners) or, when that is unavailable, from the server's result.

export interface DeadlineView {
  date: string;
  kind?: string;
  basis: string;
  passed: boolean;
  extension?: string;
  citation: string;
  verification?: Verification;
}

export interface RemedyView {
  id: string;
  name: string;
  eligibility: 'likely' | 'possible' | 'unlikely' | 'not-applicable' | 'unknown';
  reasons: string[];
  risks: { id: string; level: 'low' | 'medium' | 'high'; why: string }[];
  deadlines: DeadlineView[];
  evidenceNeeded: string[];
  yields: string[];
  citations: CitationLike[];
  practiceNotes: string[];
  verify: string[];
  consentNeeded?: string;
  jurisdiction?: { code: string; reviewed: boolean };
}

const ELIGIBILITY_ORDER = ['likely', 'possible', 'unknown', 'unlikely', 'not-applicable'] as const;

export function remedyViews(server: Assessment, local: LocalAssessment | undefined, lang: Lang): RemedyView[] {
  const asOf = local?.facts.asOf ?? '';
  const views = server.remedies.map((r): RemedyView => {
    const l = local?.remedies.find((x) => x.id === r.id);
    if (!l) {
      return {
        ...r,
        name: REMEDY_NAMES[lang][r.id],
        deadlines: r.deadline ? [{ ...r.deadline, passed: asOf !== '' && r.deadline.date < asOf }] : [],
        practiceNotes: [],
        verify: [],
      };
    }
    return {
      ...l,
      deadlines: l.deadlines.map((d) => ({
        date: d.date,
        kind: d.kind,
        basis: d.basis[lang],
        passed: d.passed,
        ...(d.extension ? { extension: d.extension[lang] } : {}),
        citation: `${d.citation.source}, ${d.citation.pinpoint}`,
        verification: d.verification,
      })),
    };
  });
  return views.sort((a, b) => ELIGIBILITY_ORDER.indexOf(a.eligibility) - ELIGIBILITY_ORDER.indexOf(b.eligibility));
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

export interface FlagView {
  id: string;
  level: FlagOut['level'];
  title: string;
  why: string;
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** The server's flags (already filtered for this reader), worded in the reader's language. */
export function flagViews(server: Assessment, local: LocalAssessment | undefined, remedies: RemedyView[], lang: Lang, t: T): FlagView[] {
  const text = screeningText[lang].flags;
  const facts = local?.facts;
  return server.flags.map((f) => {
    if (f.id in text) {
      const w = text[f.id as keyof typeof text];
      return { id: f.id, level: f.level, title: w.title, why: w.why };
    }
    const title = t(`flags.${f.id}.title`);
    if (!facts) return { id: f.id, level: f.level, title, why: f.why };
    if (f.id === 'imminent-removal' && facts.person.removal?.date) {
      const date = facts.person.removal.date;
      return { id: f.id, level: f.level, title, why: t('flags.imminent-removal.why', { date, count: daysBetween(facts.asOf, date) }) };
    }
    if (f.id === 'permit-expiring' && facts.person.permitExpiry) {
      const date = facts.person.permitExpiry;
      return { id: f.id, level: f.level, title, why: t('flags.permit-expiring.why', { date, count: daysBetween(facts.asOf, date) }) };
    }
    if (f.id === 'deadline-soon') {
      const soon = remedies.flatMap((r) => r.deadlines.filter((d) => !d.passed && daysBetween(facts.asOf, d.date) <= 30).map((d) => `${r.name}: ${d.date}`));
      if (soon.length) return { id: f.id, level: f.level, title, why: t('flags.deadline-soon.why', { list: soon.join('; ') }) };
    }
    return { id: f.id, level: f.level, title, why: f.why };
  });
}
