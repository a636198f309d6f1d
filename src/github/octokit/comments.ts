// Issue comments on the pull request: the bot's marked comments, read, created (reconciled after
// a lost answer), edited and deleted.
import type { IssueComment } from '../port';
import { statusOf, write } from '../writes';
import { type ApiComment, ignoringNotFound, NO_PLUGIN_RETRY, pages, type PortContext, toComment } from './api';

const COMMENTS_PER_PAGE = 100;

export function comments(ctx: PortContext) {
  const { octokit, base, policy, route } = ctx;

  async function listAllComments(number: number): Promise<ApiComment[]> {
    const out: ApiComment[] = [];
    const params = { issue_number: number, per_page: COMMENTS_PER_PAGE };
    for await (const page of pages<ApiComment>(ctx, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', params)) out.push(...page.data);
    return out;
  }

  async function findComments(number: number, marker: string): Promise<IssueComment[]> {
    const candidates = (await listAllComments(number)).filter((c) => (c.body ?? '').includes(marker));
    if (candidates.length === 0) return [];
    const me = await ctx.botLogin();
    return candidates
      .filter((c) => c.user?.login === me)
      .sort((a, b) => a.id - b.id)
      .map((c) => toComment(c));
  }

  return {
    findComments,

    async findComment(number: number, marker: string) {
      return (await findComments(number, marker))[0];
    },

    async getComment(id: number) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id });
        return toComment(data as ApiComment);
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },

    async createComment(number: number, body: string, createOptions: { reconcile?: string } = {}): Promise<IssueComment> {
      const marker = createOptions.reconcile;
      return write(
        route('POST', `/issues/${number}/comments`),
        policy,
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...base,
            issue_number: number,
            body,
            ...NO_PLUGIN_RETRY,
          });
          return toComment(data as ApiComment, body);
        },
        marker ? async () => (await findComments(number, marker))[0] : undefined,
      );
    },

    async updateComment(id: number, body: string) {
      await write(route('PATCH', `/issues/comments/${id}`), policy, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id, body, ...NO_PLUGIN_RETRY }),
      );
    },

    async deleteComment(id: number) {
      await write(route('DELETE', `/issues/comments/${id}`), policy, () =>
        ignoringNotFound(() => octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id, ...NO_PLUGIN_RETRY })),
      );
    },
  };
}
