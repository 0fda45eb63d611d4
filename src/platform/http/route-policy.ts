import type { FastifyRequest } from 'fastify';
import { COMPARTMENTS, POLICY, ROLES, type CaseAction, type Compartment, type CompartmentAction, type Role } from '../../core/access';
import type { SessionStage } from '../db/schema';
import type { SignedInPerson } from '../../accounts/sessions';
import type { CaseScope } from '../../cases/case-access';

// Every route declares who may call it in `config.policy`, as a typed RoutePolicy built with the
// helpers below. The platform refuses to register a route without one (a start-up error) and
// enforces it in a preHandler before the handler runs: it resolves the session, checks the role,
// opens the case behind `:code` through the access policy (src/core/access), and puts the
// signed-in person and the case scope on the request. Handlers read them with `signedInPerson`
// and `caseScopeOf`; they never check access themselves. See docs/decisions/0011-route-policies.md.

export const SESSION_STAGES = ['mfa-enrol', 'mfa-verify', 'active'] as const satisfies readonly SessionStage[];

/** Open to anyone: sign-in, set-up and invitation links, health. */
export interface PublicPolicy {
  readonly kind: 'public';
}

/**
 * A session at one of `stages` (ordinary routes: fully signed in), with the CSRF token on
 * state-changing requests; `roles` narrows it to practice roles. `optional`: a request without
 * a session goes on with no person (signing out), one with a session is checked as usual.
 */
export interface SignedInPolicy {
  readonly kind: 'signed-in';
  readonly stages: readonly SessionStage[];
  readonly roles?: readonly Role[];
  readonly optional?: boolean;
}

/** Organisation administration: a fully signed-in person holding the admin duty. */
export interface OrgPolicy {
  readonly kind: 'org';
  readonly action: 'org:manage-members';
}

/**
 * Several cases at once (lists, search, retention): a fully signed-in person, optionally of
 * `roles`; the use case asks the access policy `action` for each case it returns.
 */
export interface CaseListPolicy {
  readonly kind: 'cases';
  readonly action: CaseAction;
  readonly roles?: readonly Role[];
}

/** A further action the opened case must allow, refused with its own message (a member's 403). */
export interface AlsoMay {
  readonly action: CaseAction;
  readonly refusal: string;
}

/**
 * One case, named by the route's `:code`: opened through the access policy for `action` (and
 * `compartment` for narrative actions; 'from-body' takes it from the validated body's
 * `compartment`), with the data categories the route reaches (src/cases/data-categories.ts).
 */
export type CasePolicy =
  | { readonly kind: 'case'; readonly action: Exclude<CaseAction, CompartmentAction>; readonly alsoMay?: AlsoMay }
  | { readonly kind: 'case'; readonly action: CompartmentAction; readonly compartment: Compartment | 'from-body'; readonly alsoMay?: AlsoMay };

export type RoutePolicy = PublicPolicy | SignedInPolicy | OrgPolicy | CaseListPolicy | CasePolicy;
export type RoutePolicyKind = RoutePolicy['kind'];

export const PUBLIC: PublicPolicy = Object.freeze({ kind: 'public' });

const FULLY_SIGNED_IN: readonly SessionStage[] = ['active'];

export function signedIn(options: { stages?: readonly SessionStage[]; roles?: readonly Role[]; optional?: boolean } = {}): SignedInPolicy {
  return Object.freeze({
    kind: 'signed-in',
    stages: options.stages ?? FULLY_SIGNED_IN,
    ...(options.roles ? { roles: options.roles } : {}),
    ...(options.optional ? { optional: true } : {}),
  });
}

export const ORG_ADMIN: OrgPolicy = Object.freeze({ kind: 'org', action: 'org:manage-members' });

export function onCases(action: CaseAction, options: { roles?: readonly Role[] } = {}): CaseListPolicy {
  return Object.freeze({ kind: 'cases', action, ...(options.roles ? { roles: options.roles } : {}) });
}

export function onCase(action: Exclude<CaseAction, CompartmentAction>, options?: { alsoMay?: AlsoMay }): CasePolicy;
export function onCase(action: CompartmentAction, options: { compartment: Compartment | 'from-body'; alsoMay?: AlsoMay }): CasePolicy;
export function onCase(action: CaseAction, options: { compartment?: Compartment | 'from-body'; alsoMay?: AlsoMay } = {}): CasePolicy {
  return Object.freeze({
    kind: 'case',
    action,
    ...(options.compartment ? { compartment: options.compartment } : {}),
    ...(options.alsoMay ? { alsoMay: options.alsoMay } : {}),
  }) as CasePolicy;
}

const isCaseAction = (value: unknown): value is CaseAction =>
  typeof value === 'string' && Object.hasOwn(POLICY, value) && POLICY[value as keyof typeof POLICY].scope === 'case';
const isCompartmentAction = (action: CaseAction): action is CompartmentAction => action === 'case:read-narrative' || action === 'case:write-narrative';
const isListOf = <T extends string>(value: unknown, allowed: readonly T[]): value is readonly T[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => (allowed as readonly unknown[]).includes(v));

/**
 * What is wrong with a route's declared policy, or undefined when it is a well-formed
 * RoutePolicy that fits the route's URL. Checked at registration, because a cast or plain
 * JavaScript can get past the types. The answer names the problem, never the value.
 */
export function routePolicyProblem(policy: unknown, url: string): string | undefined {
  const takesCode = /(^|\/):code(\/|$)/.test(url);
  if (policy === undefined || policy === null) return 'declares no policy (config.policy)';
  if (typeof policy !== 'object') return 'declares a policy that is not a RoutePolicy (a plain string is no longer enough)';
  const p = policy as Record<string, unknown>;
  if (takesCode && p.kind !== 'case') return 'takes a case code but its policy does not open the case (use onCase)';
  switch (p.kind) {
    case 'public':
      return undefined;
    case 'signed-in':
      if (!isListOf(p.stages, SESSION_STAGES)) return 'names no known session stage';
      if (p.roles !== undefined && !isListOf(p.roles, ROLES)) return 'names an unknown role';
      if (p.optional !== undefined && typeof p.optional !== 'boolean') return 'has a malformed optional flag';
      return undefined;
    case 'org':
      return p.action === 'org:manage-members' ? undefined : 'names an unknown organisation action';
    case 'cases':
      if (!isCaseAction(p.action)) return 'names an unknown case action';
      if (p.roles !== undefined && !isListOf(p.roles, ROLES)) return 'names an unknown role';
      return undefined;
    case 'case': {
      if (!takesCode) return 'opens a case but its URL has no :code';
      if (!isCaseAction(p.action)) return 'names an unknown case action';
      const needsCompartment = isCompartmentAction(p.action);
      const compartmentOk = p.compartment === 'from-body' || (COMPARTMENTS as readonly unknown[]).includes(p.compartment);
      if (needsCompartment && !compartmentOk) return 'names a narrative action without a compartment';
      if (!needsCompartment && p.compartment !== undefined) return 'names a compartment for an action that has none';
      if (p.alsoMay !== undefined) {
        const also = p.alsoMay as Record<string, unknown> | null;
        if (!also || !isCaseAction(also.action) || isCompartmentAction(also.action) || typeof also.refusal !== 'string' || also.refusal.length === 0)
          return 'has a malformed alsoMay';
      }
      return undefined;
    }
    default:
      return 'declares a policy of an unknown kind';
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: required, checked at registration and enforced before the handler. */
    policy: RoutePolicy;
  }
  interface FastifyRequest {
    /** The signed-in person, set by the route's policy (null on public routes and when an optional session is absent). */
    person: SignedInPerson | null;
    /** The case behind `:code`, opened by the route's case policy (null on every other route). */
    caseScope: CaseScope | null;
  }
}

/** The signed-in person the route's policy resolved: only on routes whose policy needs a session. */
export function signedInPerson(request: FastifyRequest): SignedInPerson {
  if (!request.person) throw new Error('route policy: this route resolves no signed-in person');
  return request.person;
}

/** The case the route's policy opened: only on routes with an `onCase` policy. */
export function caseScopeOf(request: FastifyRequest): CaseScope {
  if (!request.caseScope) throw new Error('route policy: this route opens no case');
  return request.caseScope;
}
