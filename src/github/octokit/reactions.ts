// Reactions: the bot's reaction on a comment, and the claim reactions on the pull request that
// replicas use to agree who works on it.
import type { PullRequestReaction, ReactionContent } from '../port';
import { statusOf, write } from '../writes';
import { type ApiReaction, ignoringNotFound, NO_PLUGIN_RETRY, pages, type PortContext, toReaction } from './api';

export function reactions(ctx: PortContext) {
  const { octokit, base, policy, route } = ctx;
  return {
    async addReaction(commentId: number, content: ReactionContent) {
      // Idempotent: GitHub answers 200 with the reaction the bot already left.
      await write(route('POST', `/issues/comments/${commentId}/reactions`), policy, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...base, comment_id: commentId, content, ...NO_PLUGIN_RETRY }),
      );
    },

    async claimReaction(number: number, content: ReactionContent) {
      try {
        const res = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
          ...base,
          issue_number: number,
          content,
          ...NO_PLUGIN_RETRY,
        });
        return { created: res.status === 201, reaction: toReaction(res.data as ApiReaction) };
      } catch (e) {
        const status = statusOf(e);
        if (status !== undefined && status < 500 && status !== 0 && !/rate limit/i.test(String((e as Error).message))) throw e;
        // 5xx or no answer: it may have been created. A rate limit: it was not.
        return { created: status === 403 || status === 429 ? false : undefined };
      }
    },

    async listReactions(number: number, content: ReactionContent) {
      const me = await ctx.botLogin();
      const found: PullRequestReaction[] = [];
      let now = Date.now();
      const params = { issue_number: number, content, per_page: 100 };
      for await (const page of pages<ApiReaction>(ctx, 'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions', params)) {
        // GitHub's clock, for the age of a claim.
        const date = Date.parse(String(page.headers.date ?? ''));
        if (Number.isFinite(date)) now = date;
        for (const r of page.data) if (r.user?.login === me && r.content === content) found.push(toReaction(r));
      }
      return { reactions: found, now };
    },

    async deleteReaction(number: number, reactionId: number) {
      await write(route('DELETE', `/issues/${number}/reactions/${reactionId}`), policy, () =>
        ignoringNotFound(() =>
          octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}', {
            ...base,
            issue_number: number,
            reaction_id: reactionId,
            ...NO_PLUGIN_RETRY,
          }),
        ),
      );
    },
  };
}
