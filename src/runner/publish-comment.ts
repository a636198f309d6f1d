// One sticky comment per pull request, converging through GitHub alone: after creating its comment
// an evaluation looks again, and when more than one comment carries the marker the oldest wins and
// the others are deleted, by whichever evaluation sees them.
import { COMMENT_MARKER } from '../core/render/markdown';
import type { GitHubPort, IssueComment } from '../github/port';
import { statusOf } from '../github/writes';

export interface CommentOutcome {
  id?: number;
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** Copies deleted so that one comment remains. */
  deleted?: number[];
}

/**
 * Write `body` into the sticky comment. `copies` are the bot's marker comments as just read
 * (oldest first; the first one read fresh). Not applicable and never commented: stay quiet.
 */
export async function publishComment(
  port: GitHubPort,
  number: number,
  copies: IssueComment[],
  body: string,
  { createIfMissing, beforeWrite }: { createIfMissing: boolean; beforeWrite?: () => void },
): Promise<CommentOutcome> {
  if (copies.length === 0) {
    if (!createIfMissing) return { action: 'skipped' };
    beforeWrite?.();
    // A post whose answer is lost is found again by its marker, never posted twice.
    const created = await port.createComment(number, body, { reconcile: COMMENT_MARKER });
    // Look again: another replica (a lease taken over, the Action beside the App) may have posted too.
    const seen = await port.findComments(number, COMMENT_MARKER);
    const all = seen.some((c) => c.id === created.id) ? seen : [...seen, created].sort((a, b) => a.id - b.id);
    const outcome = await converge(port, all, body, beforeWrite);
    return { ...outcome, action: outcome.id === created.id ? 'created' : outcome.action };
  }
  try {
    return await converge(port, copies, body, beforeWrite);
  } catch (e) {
    // Deleted since it was read (by a person): start again from what is there now.
    if (statusOf(e) !== 404) throw e;
    return publishComment(port, number, await port.findComments(number, COMMENT_MARKER), body, { createIfMissing, beforeWrite });
  }
}

async function converge(port: GitHubPort, copies: IssueComment[], body: string, beforeWrite?: () => void): Promise<CommentOutcome> {
  const [oldest, ...others] = [...copies].sort((a, b) => a.id - b.id);
  let action: CommentOutcome['action'] = 'unchanged';
  if (oldest!.body !== body) {
    beforeWrite?.();
    await port.updateComment(oldest!.id, body);
    action = 'updated';
  }
  for (const copy of others) await port.deleteComment(copy.id);
  return { id: oldest!.id, action, ...(others.length ? { deleted: others.map((c) => c.id) } : {}) };
}
