import { DATA_CATEGORIES, type DataCategory } from '../core/consent';

// The data categories (of the consent model, src/core/consent) each case route reaches. A member
// of another organisation is on a case only through the client's consent to share with that
// organisation, and reaches only the categories it names: the access policy checks the route's
// categories on every request. A route missing here is treated as reaching every category, and
// tests/integration/insider-matrix.test.ts fails until it is listed.

const SCREENING: DataCategory[] = ['narrative', 'immigration', 'employment'];
const EVIDENCE: DataCategory[] = ['narrative', 'documents'];

export const CASE_ROUTE_CATEGORIES: Record<string, readonly DataCategory[]> = {
  // The header: province, languages, interpreter (its safe-contact rules need 'contact', see present.ts).
  'GET /api/cases/:code': [],
  'PATCH /api/cases/:code': [],
  'POST /api/cases/:code/identity/reveal': ['identity'],
  'PUT /api/cases/:code/identity': ['identity'],
  'PUT /api/cases/:code/safe-contact': ['contact'],
  'POST /api/cases/:code/close': [],
  'DELETE /api/cases/:code': [],
  // Sittings carry who was present and notes; fragments and the timeline are the story.
  'GET /api/cases/:code/sittings': ['narrative'],
  'POST /api/cases/:code/sittings': ['narrative'],
  'PATCH /api/cases/:code/sittings/:id': ['narrative'],
  'GET /api/cases/:code/intake-guide': ['narrative'],
  'GET /api/cases/:code/fragments': ['narrative'],
  'POST /api/cases/:code/fragments': ['narrative'],
  'PATCH /api/cases/:code/fragments/:id': ['narrative'],
  'GET /api/cases/:code/timeline': ['narrative'],
  // The client's own decisions: whoever works with the client must be able to honour them.
  'GET /api/cases/:code/consents': [],
  'POST /api/cases/:code/consents': [],
  'POST /api/cases/:code/consents/:id/withdraw': [],
  'POST /api/cases/:code/consents/check': [],
  'POST /api/cases/:code/overrides': [],
  'GET /api/cases/:code/team': [],
  'GET /api/cases/:code/team/candidates': [],
  'POST /api/cases/:code/team': [],
  'DELETE /api/cases/:code/team/:userId': [],
  'GET /api/cases/:code/reassign': [],
  'POST /api/cases/:code/reassign': [],
  'GET /api/cases/:code/activity': [],
  'POST /api/cases/:code/break-glass': [],
  // Screening answers hold the story, the immigration status and the work situation.
  'GET /api/cases/:code/facts': SCREENING,
  'PUT /api/cases/:code/facts': SCREENING,
  // The adopted plan is kept sealed with the facts it was drawn from.
  'PUT /api/cases/:code/plan/adopted': SCREENING,
  'GET /api/cases/:code/facts/export': [...SCREENING, 'documents'],
  'GET /api/cases/:code/assessment': SCREENING,
  'GET /api/cases/:code/legal-view': SCREENING,
  'GET /api/cases/:code/questions': SCREENING,
  // Documents made from the case leave Harbour as files.
  'POST /api/cases/:code/options-sheet': [...SCREENING, 'documents'],
  // Confirming the sheet was gone through rebuilds it from the screening to check it is the same.
  'POST /api/cases/:code/options-sheet/explained': SCREENING,
  'POST /api/cases/:code/documents': [...SCREENING, 'documents'],
  // Dates entered by hand: a hearing or a filing is immigration or employment work; the note is narrative.
  'GET /api/cases/:code/dates': SCREENING,
  'POST /api/cases/:code/dates': SCREENING,
  'DELETE /api/cases/:code/dates/:id': SCREENING,
  // The institution log (src/institutions): requests to IRCC, an employment standards office … with what was sent.
  'GET /api/cases/:code/institution-log': SCREENING,
  'POST /api/cases/:code/institution-log': SCREENING,
  'PATCH /api/cases/:code/institution-log/:id': SCREENING,
  'DELETE /api/cases/:code/institution-log/:id': SCREENING,
  // Referrals (docs/referrals.md): finding services reads the screening; a packet may carry any category.
  'GET /api/cases/:code/referrals/suggestions': SCREENING,
  'POST /api/cases/:code/referrals/preview': DATA_CATEGORIES,
  'POST /api/cases/:code/referrals': DATA_CATEGORIES,
  // The list carries the practitioner's notes on each referral, which may tell the story.
  'GET /api/cases/:code/referrals': ['narrative'],
  'PATCH /api/cases/:code/referrals/:id': ['narrative'],
  'GET /api/cases/:code/referrals/:id/packet': DATA_CATEGORIES,
  'GET /api/cases/:code/referrals/received': DATA_CATEGORIES,
  // Evidence: items describe the story and their files are documents (docs/evidence.md).
  'GET /api/cases/:code/evidence': EVIDENCE,
  'POST /api/cases/:code/evidence': EVIDENCE,
  'PATCH /api/cases/:code/evidence/:id': EVIDENCE,
  'GET /api/cases/:code/evidence/:id/history': EVIDENCE,
  'PUT /api/cases/:code/evidence/:id/file': EVIDENCE,
  'GET /api/cases/:code/evidence/:id/file': EVIDENCE,
  // The checklist runs the assessment (the screening); the bundle leaves Harbour as a file.
  'GET /api/cases/:code/evidence/checklist': [...SCREENING, 'documents'],
  'POST /api/cases/:code/evidence/bundle': EVIDENCE,
};

/** The categories a request reaches, by its route (method and URL pattern). */
export function categoriesOfRoute(method: string, url: string | undefined): readonly DataCategory[] {
  return (url && CASE_ROUTE_CATEGORIES[`${method} ${url}`]) || DATA_CATEGORIES;
}
