import type { DataCategory } from '../core/consent';
import type { CaseFacts } from '../core/contract';
import type { CaseExtract, ClientProfile, PacketItem } from '../core/referrals';
import { may, type CaseScope } from '../cases/case-access';
import { inCompartment } from '../cases/case-vault';
import type { Identity, SafeContact } from '../cases/schemas';
import { assessCaseWithFacts } from '../cases/use-cases/facts';
import type { AppContext } from '../platform/http/context';

// A case read into the data categories of the consent model, so a packet can keep exactly the
// categories chosen. Where each piece goes (docs/referrals.md):
// identity: names, aliases, date of birth, nationality · contact: phone, e-mail, address, the
// safe-contact rules · narrative: the fragments in the shareable compartment (team and privileged
// ones never leave) and the answers about the story · immigration: status, permit, removal, claims ·
// employment: sector, work answers, when the work ended · health: health answers · documents: the
// documents the client holds. An answer's note travels with its answer, in its category.

const IMMIGRATION_FACTS = new Set(['entered-on-false-documents', 'brought-into-canada']);
const EMPLOYMENT_FACTS = new Set([
  'excessive-hours',
  'hazardous-work',
  'low-or-no-pay',
  'labour-law-violations',
  'no-social-protection',
  'very-bad-working-conditions',
  'wage-manipulation',
  'recruitment-fee-paid',
  'lives-at-workplace',
]);
const HEALTH_FACTS = new Set(['poor-health-or-neglect', 'organ-removal']);

function categoryOfFact(id: string): DataCategory {
  if (IMMIGRATION_FACTS.has(id)) return 'immigration';
  if (EMPLOYMENT_FACTS.has(id)) return 'employment';
  if (HEALTH_FACTS.has(id)) return 'health';
  return 'narrative';
}

const item = (key: string, value: string | undefined | null): PacketItem[] => (value ? [{ key, value }] : []);

export interface CaseReading {
  extract: CaseExtract;
  profile: ClientProfile;
}

/** Reads what a referral could carry, and the client's profile for finding services. */
export async function readCase(ctx: AppContext, scope: CaseScope): Promise<CaseReading> {
  const { facts, assessment } = await assessCaseWithFacts(ctx, scope);
  const row = scope.row;
  const identity = scope.vault.maybeJson<Identity>('cases', 'identity', row.id, row.identity);
  const safeContact = scope.vault.maybeJson<SafeContact>('cases', 'safe_contact', row.id, row.safe_contact);
  const fragments = may(scope, { action: 'case:read-narrative', compartment: 'shareable' })
    ? await ctx.db
        .selectFrom('case_fragments')
        .select(['id', 'text'])
        .where('case_id', '=', row.id)
        .where('compartment', '=', 'shareable')
        .orderBy('created_at')
        .execute()
    : [];

  const byCategory: Record<DataCategory, PacketItem[]> = {
    identity: [],
    contact: [],
    narrative: [],
    immigration: [],
    employment: [],
    health: [],
    documents: [],
  };
  if (identity) {
    byCategory.identity.push(
      ...identity.names.map((n) => ({ key: 'identity.name', value: n })),
      ...identity.aliases.map((n) => ({ key: 'identity.alias', value: n })),
      ...item('identity.dateOfBirth', identity.dateOfBirth),
      ...item('identity.nationality', identity.nationality),
    );
    byCategory.contact.push(
      ...item('contact.phone', identity.contact.phone),
      ...item('contact.email', identity.contact.email),
      ...item('contact.address', identity.contact.address),
      ...item('contact.other', identity.contact.other),
    );
    byCategory.documents.push(...identity.documentsHeld.map((d) => ({ key: 'documents.held', value: d })));
  }
  if (safeContact) {
    byCategory.contact.push(
      ...(['call', 'text', 'email', 'leaveMessages'] as const).map((k) => ({ key: `contact.safe.${k}`, value: safeContact[k] })),
      ...item('contact.safeTimes', safeContact.safeTimes),
      ...item('contact.codeWord', safeContact.codeWord),
      ...item('contact.othersWhoMayAnswer', safeContact.othersWhoMayAnswer),
      ...item('contact.notes', safeContact.notes),
    );
  }
  byCategory.narrative.push(
    ...fragments.map((f) => ({ key: 'narrative.fragment', value: scope.vault.open('case_fragments', inCompartment('text', 'shareable'), f.id, f.text) })),
  );
  addFacts(byCategory, facts);

  const profile: ClientProfile = {
    province: row.province,
    languages: row.languages,
    goals: facts.goals,
    contexts: facts.contexts,
    immigrationStatus: facts.person.immigrationStatus,
    ageBand: facts.person.ageBand,
    sexIndustryWork: facts.person.sexIndustryWork ?? null,
    factsYes: facts.facts.filter((f) => f.answer === 'yes').map((f) => f.id),
    remedies: assessment.remedies.filter((r) => r.eligibility === 'likely' || r.eligibility === 'possible').map((r) => r.id),
  };
  return { extract: { header: { province: row.province, languages: row.languages, interpreterNeeded: row.interpreter_needed }, byCategory }, profile };
}

function addFacts(byCategory: Record<DataCategory, PacketItem[]>, facts: CaseFacts) {
  const p = facts.person;
  if (p.immigrationStatus !== 'unknown') byCategory.immigration.push({ key: 'immigration.status', value: p.immigrationStatus });
  byCategory.immigration.push(
    ...item('immigration.permitExpiry', p.permitExpiry),
    ...item('immigration.removal', p.removal && p.removal.state !== 'none' ? [p.removal.state, p.removal.date].filter(Boolean).join(' ') : null),
    ...item('immigration.inCanadaSince', p.inCanadaSince),
    ...item('immigration.priorRefugeeClaim', p.priorRefugeeClaim?.outcome),
    ...item('immigration.prra', p.prra && p.prra.state !== 'none' ? p.prra.state : null),
  );
  byCategory.employment.push(
    ...item('employment.sector', facts.sector),
    ...item('employment.ended', facts.events.employmentEnded),
    ...(facts.contexts.includes('labour') ? [{ key: 'employment.context', value: 'labour' }] : []),
  );
  for (const f of facts.facts) {
    if (f.answer !== 'yes') continue;
    const category = categoryOfFact(f.id);
    byCategory[category].push({ key: `fact.${f.id}`, value: f.note ? `yes — ${f.note}` : 'yes' });
  }
}
