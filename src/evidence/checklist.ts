import { evidenceChecklist, type RemedyChecklist, type RemedyEvidenceList } from '../core/evidence';
import type { AssessmentLang } from '../core/assess';
import type { Assessment, RemedyResult } from '../core/contract';
import { showRemedy } from '../core/remedies';
import type { CaseScope } from '../cases/case-access';
import { dayOf } from '../cases/dates';
import { assessCase } from '../cases/use-cases/facts';
import type { AppContext } from '../platform/http/context';
import { factsOf, readableItems } from './items';

// "What is still missing", per remedy in play: the assessment gives each applicable remedy's
// evidence list (the knowledge's "evidence needed", in the reader's language); a remedy the
// assessment does not apply but an item is linked to gets the list from the knowledge catalogue.
// The items this person may read are set against them by core/evidence. Requests overdue for
// follow-up are flagged as of today.

function withEvidenceList(remedy: RemedyResult, lang: AssessmentLang): RemedyEvidenceList {
  if (remedy.evidenceNeeded.length > 0) return remedy;
  return { ...remedy, evidenceNeeded: showRemedy(remedy.id)?.evidence.map((e) => e[lang]) ?? [] };
}

export async function caseChecklist(ctx: AppContext, scope: CaseScope, lang: AssessmentLang): Promise<RemedyChecklist[]> {
  return checklistOf(ctx, scope, await assessCase(ctx, scope, lang), lang);
}

/** The checklist against an assessment already made (the options sheet's), with the items this person may read. */
export async function checklistOf(ctx: AppContext, scope: CaseScope, assessment: Assessment, lang: AssessmentLang): Promise<RemedyChecklist[]> {
  const items = await readableItems(ctx, scope);
  return evidenceChecklist(
    assessment.remedies.map((r) => withEvidenceList(r, lang)),
    items.map(factsOf),
    dayOf(scope.now),
  );
}
