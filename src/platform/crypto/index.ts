export * from './errors';
export { Keyring, parseMasterKey, newMasterKeyText, loadOrCreateKeyring, rotateKeyFile, retireKeysInFile, KEY_FILE_NAME } from './keyring';
export { DataKey, SYSTEM_KEY_ID, newDataKey, wrapDataKey, unwrapDataKey, rewrapDataKey, encryptField, decryptFieldText } from './envelope';
export type { FieldContext } from './envelope';
export { blindIndex, blindIndexCandidates, auditKeys, auditHeadKey, backupRootKey, makeKeyCheck, verifyKeyringAgainst } from './derived-keys';
export { CHUNK_BYTES, sealChunk, openChunk, type FileChunkContext } from './file-chunks';
