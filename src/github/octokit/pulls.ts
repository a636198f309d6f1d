// The pull request itself: its facts, the files it changes, its labels and description, and the
// permission of the people who act on it.
import type { FileListing, ListedFile, Permission, PullRequestInfo } from '../port';
import { statusOf, write } from '../writes';
import { type ApiFile, ignoringNotFound, NO_PLUGIN_RETRY, pages, type PortContext, toListedFile } from './api';

const FILES_PER_PAGE = 100;
/** The compare API lists at most 300 files and does not say how many there are. */
const COMPARE_FILES = 300;

interface ApiPullRequest {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft?: boolean;
  user: { login: string } | null;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  changed_files: number;
  labels: { name: string }[];
  html_url: string;
}

const toPullRequestInfo = (pr: ApiPullRequest): PullRequestInfo => ({
  number: pr.number,
  title: pr.title,
  body: pr.body ?? null,
  state: pr.state,
  draft: pr.draft ?? false,
  author: pr.user?.login ?? 'ghost',
  headSha: pr.head.sha,
  headRef: pr.head.ref,
  baseSha: pr.base.sha,
  baseRef: pr.base.ref,
  changedFiles: pr.changed_files,
  labels: pr.labels.map((l) => l.name),
  htmlUrl: pr.html_url,
});

export function pulls(ctx: PortContext) {
  const { octokit, base, policy, route } = ctx;
  return {
    async getPullRequest(number: number) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: number });
      return toPullRequestInfo(data as ApiPullRequest);
    },

    async listFiles(number: number, changedFiles: number): Promise<FileListing> {
      const files: ListedFile[] = [];
      const params = { pull_number: number, per_page: FILES_PER_PAGE };
      for await (const page of pages<ApiFile>(ctx, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', params)) files.push(...page.data.map(toListedFile));
      return changedFiles > files.length ? { files, truncated: { listed: files.length, total: changedFiles } } : { files };
    },

    async compareFiles(baseSha: string, headSha: string): Promise<FileListing> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...base, basehead: `${baseSha}...${headSha}`, per_page: 1 });
      const files = ((data as { files?: ApiFile[] }).files ?? []).map(toListedFile);
      return files.length >= COMPARE_FILES ? { files, truncated: { listed: files.length, total: files.length + 1 } } : { files };
    },

    async setLabels(number: number, add: string[], remove: string[]) {
      // Adding a label twice keeps one; removing one already gone is done.
      if (add.length) {
        await write(route('POST', `/issues/${number}/labels`), policy, () =>
          octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...base, issue_number: number, labels: add, ...NO_PLUGIN_RETRY }),
        );
      }
      for (const name of remove) {
        await write(route('DELETE', `/issues/${number}/labels/${name}`), policy, () =>
          ignoringNotFound(() =>
            octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...base, issue_number: number, name, ...NO_PLUGIN_RETRY }),
          ),
        );
      }
    },

    async updatePullRequestBody(number: number, body: string) {
      await write(route('PATCH', `/pulls/${number}`), policy, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: number, body, ...NO_PLUGIN_RETRY }),
      );
    },

    async getPermission(user: string) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...base, username: user });
        const p = data as { permission: Permission; role_name?: string };
        return { permission: p.permission, role: p.role_name ?? p.permission };
      } catch (e) {
        if (statusOf(e) === 404) return { permission: 'none' as const, role: 'none' };
        throw e;
      }
    },
  };
}
