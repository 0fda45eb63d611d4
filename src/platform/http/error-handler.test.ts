import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './error-handler';

const databaseError = (code: string) => Object.assign(new pg.DatabaseError('terminating connection due to administrator command', 0, 'error'), { code });
const socketError = (code: string, syscall: string) => Object.assign(new Error(`${syscall} ${code}`), { code, syscall });

describe('isDatabaseUnavailable', () => {
  it('recognises a lost or refused database connection', () => {
    for (const e of [
      databaseError('57P01'),
      databaseError('57P03'),
      databaseError('08006'),
      databaseError('53300'),
      socketError('ECONNREFUSED', 'connect'),
      socketError('ENOENT', 'connect'),
      socketError('ECONNRESET', 'read'),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
    ])
      expect(isDatabaseUnavailable(e), e.message).toBe(true);
  });

  it('leaves refusals of what was sent, and other faults, alone', () => {
    for (const e of [
      databaseError('23505'),
      databaseError('22P02'),
      databaseError('40P01'),
      socketError('ENOENT', 'open'),
      new Error('Connection terminated unexpectedly, or so it says: no'),
      new TypeError('x is undefined'),
    ]) {
      expect(isDatabaseUnavailable(e), e.message).toBe(false);
    }
    expect(isDatabaseUnavailable('a string')).toBe(false);
  });
});
