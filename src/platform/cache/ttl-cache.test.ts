import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('returns a value until its time-to-live has passed', () => {
    const cache = new TtlCache<string, number>(1000, 10);
    cache.set('a', 1, 5000);
    expect(cache.get('a', 5999)).toBe(1);
    expect(cache.get('a', 6000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('asks the source again when the clock goes backwards', () => {
    const cache = new TtlCache<string, number>(1000, 10);
    cache.set('a', 1, 5000);
    expect(cache.get('a', 3000)).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const cache = new TtlCache<string, number>(1000, 2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.set('c', 3, 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBe(2);
    expect(cache.get('c', 1)).toBe(3);
  });

  it('forgets one key, or every value matching a test', () => {
    const cache = new TtlCache<string, { user: string }>(1000, 10);
    cache.set('s1', { user: 'u1' }, 0);
    cache.set('s2', { user: 'u1' }, 0);
    cache.set('s3', { user: 'u2' }, 0);
    cache.forget('s3');
    expect(cache.get('s3', 1)).toBeUndefined();
    cache.forgetWhere((v) => v.user === 'u1');
    expect(cache.size).toBe(0);
  });
});
