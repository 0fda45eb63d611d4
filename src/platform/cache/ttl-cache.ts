// A small in-process cache with a time-to-live and a size bound, for values that several
// processes may change (sessions): the TTL bounds how long another process's change can go
// unseen here; changes made in this process forget the entry at once.

export class TtlCache<K, V> {
  readonly #entries = new Map<K, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: K, nowMs: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (nowMs >= entry.until || nowMs < entry.until - this.ttlMs) {
      // Expired, or the clock went backwards (tests move it): either way, ask the source again.
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V, nowMs: number): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest.
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, until: nowMs + this.ttlMs });
  }

  forget(key: K): void {
    this.#entries.delete(key);
  }

  forgetWhere(matches: (value: V) => boolean): void {
    for (const [key, entry] of this.#entries) if (matches(entry.value)) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
