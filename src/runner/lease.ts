// One evaluation at a time per pull request, across every replica, Lambda invocation and workflow
// run, with GitHub as the only shared state: the lease is the bot's 👀 reaction on the pull request.
// GitHub creates a reaction once per user and content (201) and answers 200 with the existing one
// afterwards, which makes it a test-and-set. The holder removes it when done; one left behind by a
// process that died is taken over once it is older than the lease's time to live.
import type { GitHubPort, PullRequestReaction, ReactionContent } from '../github/port';

export const LEASE_REACTION: ReactionContent = 'eyes';

export interface LeaseOptions {
  /** How long a lease may be held before others take it over (default 120 s). */
  ttlMs?: number;
  /** Wait between looks while another holds it (default: ttl / 60, at most 1 s, with jitter). */
  pollMs?: number;
  /** Give up waiting after this long (default 2.5 × ttl). */
  waitMs?: number;
  /**
   * After a claim whose answer was lost, a lease of that moment still held this long is taken to
   * be the one that claim made, and taken back (default ttl / 4, at most 15 s). Shorter than the
   * time to live: the lost answer is itself a hint that the lease may be ours.
   */
  ambiguousMs?: number;
  /** Told when a lease is taken over from a holder that did not release it. */
  log?: (message: string) => void;
}

export class LeaseTimeout extends Error {
  override readonly name = 'LeaseTimeout';
  readonly status = 503;
}

/** The holder kept the lease past its time to live: others may hold it now, so it must not write. */
export class LeaseExpired extends Error {
  override readonly name = 'LeaseExpired';
  readonly status = 503;
}

export interface Lease {
  /** Throws LeaseExpired when writing now could overlap with a replica that took the lease over. */
  check(): void;
  /** The lease was got at once (no other holder): state read before asking for it is still fresh. */
  readonly waited: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withLease<T>(port: GitHubPort, number: number, job: (lease: Lease) => Promise<T>, options: LeaseOptions = {}): Promise<T> {
  const ttl = options.ttlMs ?? 120_000;
  const poll = options.pollMs ?? Math.min(1000, Math.max(25, ttl / 60));
  const deadline = Date.now() + (options.waitMs ?? ttl * 2.5);
  const ambiguous = options.ambiguousMs ?? Math.min(ttl / 4, 15_000);
  let waited = false;
  let held: PullRequestReaction | undefined;
  // A claim whose answer was lost: when it was sent (GitHub's clock), and when we noticed.
  let lost: { sent: number; since: number } | undefined;
  // Most of the time nobody holds it: claim at once, and look only when that fails.
  const first = await port.claimReaction(number, LEASE_REACTION);
  if (first.created && first.reaction) held = first.reaction;
  // (The local clock stands in for GitHub's; ahead of it, a lost claim waits out the time to live.)
  else if (first.created === undefined) lost = { sent: Date.now(), since: Date.now() };
  while (!held) {
    const { reactions, now } = await port.listReactions(number, LEASE_REACTION);
    const current = reactions.sort((a, b) => a.id - b.id)[0];
    const age = current ? now - Date.parse(current.createdAt) : 0;
    const maybeOurs = current && lost && Date.parse(current.createdAt) >= lost.sent - 2000 && Date.now() - lost.since > ambiguous;
    if (current && (age > ttl || maybeOurs)) {
      options.log?.(
        maybeOurs
          ? `took back the lease on #${number} (reaction ${current.id}, most likely made by a claim whose answer was lost)`
          : `took over the lease on #${number} (reaction ${current.id} from ${current.createdAt} was never released)`,
      );
      for (const stale of reactions) await port.deleteReaction(number, stale.id);
      lost = undefined;
      continue;
    }
    if (!current) {
      lost = undefined;
      const claim = await port.claimReaction(number, LEASE_REACTION);
      if (claim.created && claim.reaction) {
        held = claim.reaction;
        waited = true;
        break;
      }
      // 200: another holder got there first. A lost answer: maybe ours, maybe not.
      if (claim.created === undefined) lost = { sent: now, since: Date.now() };
    }
    if (Date.now() > deadline) throw new LeaseTimeout(`waited too long for the lease on #${number}`);
    waited = true;
    await sleep(poll / 2 + Math.random() * poll);
  }
  const started = Date.now();
  const lease: Lease = {
    waited,
    check() {
      // A margin for the write about to be sent.
      if (Date.now() - started > ttl * 0.8) throw new LeaseExpired(`held the lease on #${number} for too long`);
    },
  };
  try {
    return await job(lease);
  } finally {
    await port.deleteReaction(number, held.id).catch(() => undefined);
  }
}
