export * from './model';
export { mayPerform, GATE_REFUSAL_REASONS, type GateRefusalReason, type GateResult, type MissingConsent } from './may-perform';
export { contractConsentsAt, decisionAt, CONTRACT_CONSENT_PURPOSES } from './contract-consents';
export { sharedCategories, sharingInEffect } from './sharing';
export { CONSENT_STATES, consentStateAt, consentStatesAt, explanationOf, inEffectFor, refusalTakesBack, type ConsentState } from './in-effect';
