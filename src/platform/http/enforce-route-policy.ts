import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { requireAdminDuty, requireRole, requireSession, type SignedInPerson } from '../../accounts/sessions';
import { actorOf, may, openCase } from '../../cases/case-access';
import { categoriesOfRoute } from '../../cases/data-categories';
import { COMPARTMENTS, type Compartment } from '../../core/access';
import { AppError } from './app-error';
import type { AppContext } from './context';
import { PUBLIC, routePolicyProblem, type CasePolicy, type RoutePolicy } from './route-policy';

// Where route policies are enforced (see route-policy.ts). Installed by buildApp before any route
// is registered, so it sees every route of every plugin.

/** A route declared without a usable policy: thrown at registration, so the server does not start. */
export class RoutePolicyError extends Error {
  override name = 'RoutePolicyError';
}

const ENFORCER = Symbol('harbour.route-policy');
type Enforcer = preHandlerAsyncHookHandler & { [ENFORCER]?: true };

function compartmentOf(policy: CasePolicy, request: FastifyRequest): Compartment | undefined {
  if (!('compartment' in policy)) return undefined;
  if (policy.compartment !== 'from-body') return policy.compartment;
  // The body was validated before preHandlers run; a route saying 'from-body' has it in its schema.
  const sent = (request.body as { compartment?: unknown } | undefined)?.compartment;
  if (!(COMPARTMENTS as readonly unknown[]).includes(sent)) throw new Error('route policy: the body names no compartment');
  return sent as Compartment;
}

async function session(ctx: AppContext, request: FastifyRequest, policy: RoutePolicy): Promise<SignedInPerson | null> {
  if (policy.kind === 'public') return null;
  if (policy.kind !== 'signed-in') return requireSession(ctx, request);
  if (!policy.optional) return requireSession(ctx, request, [...policy.stages]);
  // Optional (signing out): no session is fine; a session present is checked like any other.
  return requireSession(ctx, request, [...policy.stages]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not-signed-in') return null;
    throw error;
  });
}

/** Resolves and checks what the policy asks for, and puts the person and the case on the request. */
async function enforceRoutePolicy(ctx: AppContext, policy: RoutePolicy, request: FastifyRequest): Promise<void> {
  const person = await session(ctx, request, policy);
  if (person && (policy.kind === 'signed-in' || policy.kind === 'cases') && policy.roles) requireRole(person, ...policy.roles);
  if (person && policy.kind === 'org') requireAdminDuty(person);
  if (person && policy.kind === 'case') {
    const code = (request.params as { code?: unknown } | undefined)?.code;
    if (typeof code !== 'string') throw new Error('route policy: the route has no case code');
    const compartment = compartmentOf(policy, request);
    const scope = await openCase(ctx, actorOf(person), code, {
      action: policy.action,
      ...(compartment ? { compartment } : {}),
      categories: categoriesOfRoute(request.method, request.routeOptions.url),
    });
    if (policy.alsoMay && !may(scope, { action: policy.alsoMay.action })) throw new AppError('forbidden', policy.alsoMay.refusal);
    request.caseScope = scope;
  }
  request.person = person;
}

/** 'routePolicy(case:read-narrative/team)', 'routePolicy(cases case:list-visible)', 'routePolicy(public)'…: how a policy shows in the route table. */
export function policyName(policy: RoutePolicy): string {
  const detail =
    policy.kind === 'public' || policy.kind === 'signed-in'
      ? policy.kind
      : policy.kind === 'cases'
        ? `cases ${policy.action}`
        : policy.kind === 'case' && 'compartment' in policy
          ? `${policy.action}/${policy.compartment}`
          : policy.action;
  return `routePolicy(${detail})`;
}

/**
 * Refuses, at registration, every route without a well-formed policy, and puts the policy's
 * enforcement first among the route's preHandlers. `platformRoutes` registers what the platform
 * itself serves (the API documentation, the built web app): no client data, public by decision
 * (docs/decisions/0011-route-policies.md), and only for routes registered while it runs.
 */
export function installRoutePolicies(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('person', null);
  app.decorateRequest('caseScope', null);
  let platform = false;
  app.addHook('onRoute', (route) => {
    if (platform && route.config?.policy === undefined) route.config = { ...route.config, policy: PUBLIC };
    const problem = routePolicyProblem(route.config?.policy, route.url);
    if (problem) throw new RoutePolicyError(`The route ${[route.method].flat().join(',')} ${route.url} ${problem}.`);
    const policy = route.config!.policy;
    const existing = [route.preHandler ?? []].flat() as Enforcer[];
    if (existing.some((hook) => hook[ENFORCER])) return;
    const enforce: Enforcer = async (request) => enforceRoutePolicy(ctx, policy, request);
    enforce[ENFORCER] = true;
    // Named after the policy, so the router's own table (printRoutes with hooks) shows what guards each route.
    Object.defineProperty(enforce, 'name', { value: policyName(policy) });
    route.preHandler = [enforce, ...existing];
  });
  return {
    async platformRoutes(register: () => PromiseLike<unknown>): Promise<void> {
      platform = true;
      try {
        await register();
      } finally {
        platform = false;
      }
    },
  };
}
