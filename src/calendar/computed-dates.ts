import type { AssessmentLang } from '../core/assess';
import type { CaseFacts } from '../core/contract';
import { evaluateRemedies } from '../core/remedies';
import { screen } from '../core/screening';
import type { CaseDateKind } from '../platform/db/schema';
import type { InstitutionDateKind } from '../institutions/dates';

// The dates the legal core computes for a case, from its current facts: every remedy deadline
// (limitation periods, judicial review, renewals, the refugee-claim window), the permit's expiry
// and the removal date. Pure: the facts in, dated items out. A deadline whose facts changed is
// simply no longer computed, so it leaves the calendar by itself.

export const COMPUTED_KINDS = ['limitation', 'judicial-review', 'renewal', 'removal', 'claim-window', 'permit-expiry'] as const;
type ComputedKind = (typeof COMPUTED_KINDS)[number];

export interface ComputedDate {
  date: string;
  kind: ComputedKind;
  remedyId?: string;
  deadlineId?: string;
  /** What the date is, in the reader's language: the kind of date and, for a remedy, its name. */
  label: string;
  basis?: string;
  citation?: string;
}

const KIND_NAMES: Record<AssessmentLang, Record<ComputedKind | CaseDateKind | InstitutionDateKind, string>> = {
  en: {
    limitation: 'Deadline',
    'judicial-review': 'Judicial review deadline',
    renewal: 'Renewal deadline',
    removal: 'Removal date',
    'claim-window': 'Refugee claim window closes',
    'permit-expiry': 'Permit expires',
    hearing: 'Hearing',
    appointment: 'Appointment',
    filing: 'Filing',
    'decision-expected': 'Decision expected',
    'follow-up': 'Follow-up',
    other: 'Date',
    'access-to-information': 'Access-to-information answer due',
    'institution-follow-up': 'Follow up with the institution',
  },
  fr: {
    limitation: 'Échéance',
    'judicial-review': 'Échéance du contrôle judiciaire',
    renewal: 'Échéance de renouvellement',
    removal: 'Date de renvoi',
    'claim-window': 'Fin du délai pour demander l’asile',
    'permit-expiry': 'Expiration du permis',
    hearing: 'Audience',
    appointment: 'Rendez-vous',
    filing: 'Dépôt',
    'decision-expected': 'Décision attendue',
    'follow-up': 'Suivi',
    other: 'Date',
    'access-to-information': 'Réponse à la demande d’accès à l’information attendue',
    'institution-follow-up': 'Relancer l’institution',
  },
};

/** The name of a kind of date (computed or entered by hand), in `lang`. */
export function kindName(kind: ComputedKind | CaseDateKind | InstitutionDateKind, lang: AssessmentLang): string {
  return KIND_NAMES[lang][kind];
}

export function computedDatesOf(facts: CaseFacts, lang: AssessmentLang): ComputedDate[] {
  const evaluated = evaluateRemedies(facts, screen(facts, { locale: lang }), { locale: lang });
  const items: ComputedDate[] = evaluated.remedies.flatMap((r) =>
    r.deadlines.map((d) => ({
      date: d.date,
      kind: d.kind,
      remedyId: r.id,
      deadlineId: d.id,
      label: `${kindName(d.kind, lang)}: ${r.name}`,
      basis: d.basis[lang],
      citation: `${d.citation.source}, ${d.citation.pinpoint}`,
    })),
  );
  const { permitExpiry, removal } = facts.person;
  if (permitExpiry) items.push({ date: permitExpiry, kind: 'permit-expiry', deadlineId: 'person.permitExpiry', label: kindName('permit-expiry', lang) });
  if (removal?.date) items.push({ date: removal.date, kind: 'removal', deadlineId: 'person.removal', label: kindName('removal', lang) });
  return items;
}

/** The computed deadlines of a case as stable keys (remedy and deadline ids): what a change of facts can remove. */
export function deadlineKeysOf(facts: CaseFacts): Map<string, { remedy: string | null; deadline: string }> {
  return new Map(
    computedDatesOf(facts, 'en').map((d) => [`${d.remedyId ?? ''}|${d.deadlineId}`, { remedy: d.remedyId ?? null, deadline: d.deadlineId ?? d.kind }]),
  );
}
