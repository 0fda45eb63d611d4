// Backups: an encrypted, consistent logical dump of every table, and its verified restore.
export { createBackup, type CreateBackupInput } from './create-backup';
export { restoreBackup, RestoreRefusedError, type RestoreBackupInput, type RestoredBackup } from './restore-backup';
export { BackupFileError, MIN_PASSPHRASE_LENGTH, readHeader, type BackupHeader, type BackupSecret } from './container';
export type { BackupManifest, BackupProgress } from './format';
