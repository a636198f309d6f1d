/**
 * Serialises work per key (one pull request) inside a process: deliveries for one PR race, and two
 * evaluations publishing at once would both create a comment. A job that only re-evaluates may
 * join one that is queued but not yet started: that one reads the PR fresh after every earlier
 * delivery arrived, so the result is the same and 20 racing deliveries cost two evaluations.
 */
export class PrQueue {
  private readonly entries = new Map<string, { tail: Promise<unknown>; waiting?: Promise<unknown> }>();

  run<T>(key: string, job: () => Promise<T>, options: { coalesce?: boolean } = {}): Promise<T> {
    const entry = this.entries.get(key) ?? { tail: Promise.resolve() };
    if (options.coalesce && entry.waiting) return entry.waiting as Promise<T>;
    const promise: Promise<T> = entry.tail
      .catch(() => undefined)
      .then(() => {
        if (entry.waiting === promise) entry.waiting = undefined;
        return job();
      });
    if (options.coalesce) entry.waiting = promise;
    else entry.waiting = undefined;
    entry.tail = promise;
    this.entries.set(key, entry);
    const cleanup = () => {
      if (entry.tail === promise) this.entries.delete(key);
    };
    promise.then(cleanup, cleanup);
    return promise;
  }

  /** Keys with work queued or running (for tests and health checks). */
  get size(): number {
    return this.entries.size;
  }
}
