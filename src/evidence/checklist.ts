import { evidenceChecklist, type RemedyChecklist } from '../core/evidence';
import type { AssessmentLang } from '../core/assess';
import type { CaseScope } from '../cases/case-access';
import { dayOf } from '../cases/dates';
import { assessCase } from '../cases/use-cases/facts';
import type { AppContext } from '../platform/http/context';
import { factsOf, readableItems } from './items';

// "What is still missing", per remedy in play: the assessment gives each remedy's evidence list
// (the knowledge's "evidence needed", in the reader's language); the items this person may read
// are set against it by core/evidence. Requests overdue for follow-up are flagged as of today.

export async function caseChecklist(ctx: AppContext, scope: CaseScope, lang: AssessmentLang): Promise<RemedyChecklist[]> {
  const [assessment, items] = await Promise.all([assessCase(ctx, scope, lang), readableItems(ctx, scope)]);
  return evidenceChecklist(assessment.remedies, items.map(factsOf), dayOf(scope.now));
}
