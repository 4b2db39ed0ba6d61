/**
 * A set that remembers the most recently added `capacity` keys. `add` returns true when the key was not
 * remembered (and remembers it, forgetting the least recently added key when full), false when it was
 * (and marks it recent again).
 */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity: number) {}

  add(key: string): boolean {
    const known = this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
    return !known;
  }
}
