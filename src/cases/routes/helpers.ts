import type { FastifyRequest } from 'fastify';
import { requireSession, type SignedInPerson } from '../../accounts';
import type { AppContext } from '../../platform/http/context';
import { actorOf, openCase, type CaseAccess, type CaseScope } from '../case-access';
import { categoriesOfRoute } from '../data-categories';

/**
 * Every case route starts here: a signed-in session first, then the policy for this case, with
 * the data categories the route reaches (src/cases/data-categories.ts).
 */
export async function caseFor(ctx: AppContext, request: FastifyRequest, code: string, access: CaseAccess): Promise<CaseScope & { person: SignedInPerson }> {
  const person = await requireSession(ctx, request);
  const scope = await openCase(ctx, actorOf(person), code, {
    ...access,
    categories: access.categories ?? categoriesOfRoute(request.method, request.routeOptions.url),
  });
  return { ...scope, person };
}
