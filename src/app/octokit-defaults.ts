// Octokit settings for the App: Probot's Octokit already retries and throttles; allow more retries
// than its default and a shorter base delay where GitHub is emulated (tests, the demo).
import { ProbotOctokit } from 'probot';

export function appOctokit(env: NodeJS.ProcessEnv = process.env) {
  const base = Number(env.RETRY_AFTER_BASE_MS) || 1000;
  return ProbotOctokit.defaults({
    retry: { retries: 5, retryAfterBaseValue: base },
    // Probot merges its own rate-limit handlers into this object.
    throttle: { retryAfterBaseValue: base } as never,
  });
}
