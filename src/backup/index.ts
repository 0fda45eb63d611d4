// Backups: an encrypted, consistent logical dump of every table, and its verified restore.
export { createBackup } from './create-backup';
export { restoreBackup, RestoreRefusedError } from './restore-backup';
export { BackupFileError, MIN_PASSPHRASE_LENGTH, type BackupSecret } from './container';
export type { BackupProgress } from './format';
