// Referrals and the directory of services (issue 15, docs/referrals.md): pure rules only.
export {
  DIRECTORY_JURISDICTIONS,
  DIRECTORY_KINDS,
  DIRECTORY_SERVICES,
  directoryEntrySchema,
  seedFileSchema,
  type DirectoryEntry,
  type DirectoryJurisdiction,
  type DirectoryKind,
  type DirectoryService,
} from './directory-entry';
export { isStale } from './stale';
export { needsOf, type ClientProfile, type Need } from './needs';
export { rankEntries, type DirectoryQuery, type RankedEntry } from './match';
export { buildPacket, narrowPacket, type CaseExtract, type Packet, type PacketItem } from './packet';
export { mayRefer, stillShared } from './consent';
export { mayMoveTo, REFERRAL_STATUSES, type ReferralStatus } from './status';
