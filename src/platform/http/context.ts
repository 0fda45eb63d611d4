import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/schema';

import type { FieldContext, Keyring } from '../crypto';

/** Seals small secrets that belong to no case (TOTP seeds) at rest, bound to where they are stored. */
export interface SecretBox {
  seal(plaintext: string, where: FieldContext): Buffer;
  open(sealed: Buffer, where: FieldContext): string;
  /**
   * The stored form of a bearer secret (session cookie, setup, invitation and reset links,
   * recovery codes): an HMAC under a key derived from the system key, so someone who can write
   * to the database but holds no key cannot mint a row for a token of their own.
   */
  tokenHash(token: string): string;
}

export interface AuditEvent {
  /** null for events without a known person (e.g. a failed sign-in for an unknown email). */
  actorId: string | null;
  action: string;
  caseId?: string | null;
  /** Codes and ids only: never names, narrative or anything a client said. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface Auditor {
  record(event: AuditEvent, db?: Kysely<Database>): Promise<void>;
}

/** Everything a route needs, built once at start-up and passed in (no globals). */
export interface AppContext {
  config: Config;
  db: Kysely<Database>;
  databaseKind: 'embedded' | 'external';
  logger: Logger;
  secrets: SecretBox;
  audit: Auditor;
  now: () => Date;
  version: string;
  keyring: Keyring;
}
