export { chainEntry, verifyChain, auditEntrySchema, AuditEntryError, GENESIS_HASH } from './chain';
export type { AuditEntry, ChainedAuditEntry, ChainKey, ChainMode, ChainBreak, ChainVerdict, VerifyOptions } from './chain';
export { canonicalJson, type Json } from './canonical-json';
