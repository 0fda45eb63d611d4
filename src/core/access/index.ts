export * from './model';
export { POLICY, POLICY_ACTIONS, isPolicyAction, type PolicyAction, type CaseAction, type CaseRule, type CompartmentAction } from './policy';
export {
  authorize,
  ruleFor,
  ACCESS_DENY_REASONS,
  type AccessDecision,
  type AccessDenyReason,
  type AccessRequest,
  type CaseAccessRequest,
  type AccessContext,
} from './authorize';
export { createBreakGlassGrant, isGrantActive, isWrittenReason, instantMs, type BreakGlassRefusal } from './break-glass';
export { checkCaseReassignable, checkReassignment, isReasonInWords, type ReassignmentRefusal } from './reassign';
