export * from './errors';
export { Keyring, parseMasterKey, newMasterKeyText, loadOrCreateKeyring, rotateKeyFile, retireKeysInFile, keyIdOf, isInside, KEY_FILE_NAME } from './keyring';
export type { LoadKeyringOptions, LoadedKeyring } from './keyring';
export {
  DataKey,
  SYSTEM_KEY_ID,
  newDataKey,
  wrapDataKey,
  unwrapDataKey,
  rewrapDataKey,
  wrappingKekId,
  encryptField,
  decryptField,
  decryptFieldText,
} from './envelope';
export type { FieldContext } from './envelope';
export {
  blindIndex,
  blindIndexCandidates,
  normaliseForIndex,
  auditKeys,
  auditHeadKey,
  backupRootKey,
  makeKeyCheck,
  verifyKeyringAgainst,
} from './derived-keys';
export type { AuditKey, WrappedKeyCheck } from './derived-keys';
export { FORMAT_VERSION } from './format';
