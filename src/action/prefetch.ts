// Reads the runner will make, started as soon as the event says what they are: on a cold start
// they travel while the core compiles. Each early answer is handed out once, to the first call with
// the same arguments (a later call, e.g. a retry or a re-check before creating, asks GitHub again);
// a call with other arguments (the pull request moved since the event) is not served from it.
import type { GitHubPort } from '../github/port';

type Prefetchable = 'getContent' | 'listFiles';

export interface Prefetching {
  port: GitHubPort;
  prefetch<M extends Prefetchable>(method: M, ...args: Parameters<GitHubPort[M]>): void;
  /** Forget the early answers (another run changed GitHub since they were asked for). */
  discard(): void;
}

export function prefetching(inner: GitHubPort): Prefetching {
  const early = new Map<string, Promise<unknown>>();
  const key = (method: string, args: unknown[]) => JSON.stringify([method, ...args]);
  const take = <M extends Prefetchable>(method: M) =>
    ((...args: unknown[]) => {
      const k = key(method, args);
      const found = early.get(k);
      if (found) {
        early.delete(k);
        return found;
      }
      return (inner[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as GitHubPort[M];
  // Everything else goes straight to the inner port.
  const port: GitHubPort = {
    ...inner,
    listFiles: take('listFiles'),
    getContent: take('getContent'),
  };
  return {
    port,
    prefetch(method, ...args) {
      const k = key(method, args);
      if (early.has(k)) return;
      const p = (inner[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      p.catch(() => undefined); // the runner's own call sees the failure
      early.set(k, p);
    },
    discard() {
      early.clear();
    },
  };
}
