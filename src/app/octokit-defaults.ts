// Octokit settings for the App: Probot's Octokit already retries 5xx answers; allow more retries
// than its default, retry secondary rate limits too (Probot's own handler only logs them), and a
// shorter base delay and write spacing where GitHub is emulated (tests, the demo).
import { ProbotOctokit } from 'probot';
import { writeSpacing } from '../github/write-spacing';

const LIMIT_RETRIES = 4;

interface LimitedRequest {
  method: string;
  url: string;
  request?: { retryCount?: number };
}

export function appOctokit(env: NodeJS.ProcessEnv = process.env) {
  const base = Number(env.RETRY_AFTER_BASE_MS) || 1000;
  const onLimit = (kind: string) => (after: number, options: LimitedRequest, octokit: { log: { warn(m: string): void } }) => {
    const tries = options.request?.retryCount ?? 0;
    octokit.log.warn(`${kind} on ${options.method} ${options.url}: ${tries < LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
    return tries < LIMIT_RETRIES;
  };
  const throttle = {
    retryAfterBaseValue: base,
    onRateLimit: onLimit('Rate limit'),
    onSecondaryRateLimit: onLimit('Secondary rate limit'),
    ...writeSpacing(env),
  };
  // A function, not an object: Probot passes its own `throttle` with every instance, which an
  // object of defaults would lose to (a shallow merge); merged here, ours win and Probot's other
  // settings (a Redis connection for clustering) stay.
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    retry: { ...(options.retry as object), retries: 5, retryAfterBaseValue: base },
    throttle: { ...(options.throttle as object), ...throttle },
  }));
}
