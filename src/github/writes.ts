// How every write to GitHub is made: retried on 5xx, network errors and rate limits with backoff;
// a write that must not land twice (a new comment, a new check run, appended annotations) is
// reconciled by reading GitHub back after a failure whose answer was lost, never re-sent blindly;
// and a write that still fails ends in one error that names the request.

export const statusOf = (e: unknown): number | undefined =>
  e && typeof e === 'object' && 'status' in e && Number.isFinite(Number((e as { status: unknown }).status))
    ? Number((e as { status: unknown }).status)
    : undefined;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** GitHub refused the request for its rate: nothing was carried out, and it may be sent again. */
export function isRateLimited(e: unknown): boolean {
  const status = statusOf(e);
  return (status === 403 || status === 429) && /rate limit/i.test(messageOf(e));
}

/** A failure that a later attempt may not meet: 5xx, rate limits, a connection that broke. */
export function isTransient(e: unknown): boolean {
  const status = statusOf(e);
  if (status === undefined || status === 0) {
    // No HTTP answer at all (reset, refused, timed out); programming errors are not retried.
    return !(e instanceof TypeError && !/fetch failed|network|socket|ECONN|EPIPE|terminated/i.test(messageOf(e))) && !(e instanceof RangeError);
  }
  return status >= 500 || isRateLimited(e);
}

/** The request may have been carried out though no answer says so (a 5xx, a broken connection). */
export function answerMayBeLost(e: unknown): boolean {
  return isTransient(e) && !isRateLimited(e);
}

export interface WritePolicy {
  /** Attempts per write, the first one included (default 6). */
  attempts?: number;
  /** Backoff base in ms: attempt n waits base × n² (default 1000; tests use a few ms). */
  baseMs?: number;
}

/** A write that failed every attempt: the request, the last answer, and what was tried. */
export class WriteGaveUp extends Error {
  override readonly name = 'WriteGaveUp';
  constructor(
    readonly request: string,
    readonly status: number | undefined,
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(`${request} failed ${attempts} time${attempts === 1 ? '' : 's'}${status ? ` (last answer ${status})` : ''}: ${messageOf(cause)}`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(e: unknown, attempt: number, baseMs: number): number {
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } })?.response?.headers;
  const after = Number(headers?.['retry-after']);
  // GitHub's retry-after is in seconds; scaled by the base like Octokit's own plugins do.
  if (isRateLimited(e) && Number.isFinite(after) && after > 0) return Math.min(after * baseMs, 60_000);
  return baseMs * attempt * attempt;
}

/**
 * Make one write. `attempt` sends it; on a transient failure it is sent again after a backoff. With
 * `reconcile`, a failure whose answer may be lost is followed by reading GitHub back: when the
 * write is found to have landed, its result is returned and nothing is sent again.
 */
export async function write<T>(request: string, policy: WritePolicy, attempt: () => Promise<T>, reconcile?: () => Promise<T | undefined>): Promise<T> {
  const attempts = Math.max(1, policy.attempts ?? 6);
  const baseMs = policy.baseMs ?? 1000;
  let last: unknown;
  let uncertain = false;
  for (let i = 1; i <= attempts; i++) {
    try {
      if (uncertain && reconcile) {
        const found = await reconcile();
        if (found !== undefined) return found;
        uncertain = false;
      }
      return await attempt();
    } catch (e) {
      if (!isTransient(e)) throw e;
      last = e;
      // A failed read-back leaves the question open: read again before writing again.
      if (reconcile && answerMayBeLost(e)) uncertain = true;
      if (i < attempts) await sleep(retryAfterMs(e, i, baseMs));
    }
  }
  throw new WriteGaveUp(request, statusOf(last), attempts, last);
}
