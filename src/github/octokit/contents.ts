// Reading the repository at a ref: a file's text, a folder's file and folder names, and where a commit
// stands against the base branch (the revert SHA of a rollback plan).
import type { CommitFacts } from '../../core/gates';
import { statusOf } from '../writes';
import type { PortContext } from './api';

const undefinedOn404 = (e: unknown) => {
  if (statusOf(e) === 404) return undefined;
  throw e;
};

export function contents(ctx: PortContext) {
  const { octokit, base } = ctx;

  /** The JSON form (a server that ignores the raw media type): base64 content, or none above 1 MB, when the blob API has it. */
  async function fromJson(data: unknown): Promise<string | undefined> {
    const item = data as { type?: string; encoding?: string; content?: string; sha?: string };
    if (item.type !== 'file') return undefined;
    if (item.encoding === 'base64' && typeof item.content === 'string') return Buffer.from(item.content, 'base64').toString('utf8');
    if (!item.sha) return undefined;
    const blob = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...base, file_sha: item.sha });
    const b = blob.data as { content: string; encoding: string };
    return Buffer.from(b.content, b.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  }

  /** The names of a folder's entries of one type (GitHub lists at most 1,000); undefined when it is not a folder. */
  async function entriesOf(path: string, ref: string, type: 'file' | 'dir'): Promise<string[] | undefined> {
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path, ref });
      if (!Array.isArray(data)) return undefined;
      return (data as { type?: string; name?: string }[]).filter((e) => e.type === type && e.name).map((e) => e.name!);
    } catch (e) {
      return undefinedOn404(e);
    }
  }

  return {
    async getContent(path: string, ref: string) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path, ref, mediaType: { format: 'raw' } });
        if (typeof data === 'string') return data;
        if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
        return await fromJson(data);
      } catch (e) {
        return undefinedOn404(e);
      }
    },

    async listDirectory(path: string, ref: string) {
      return entriesOf(path, ref, 'file');
    },

    async listFolders(path: string, ref: string) {
      return entriesOf(path, ref, 'dir');
    },

    async inspectCommit(sha: string, baseRef: string): Promise<CommitFacts> {
      // One request in the common case: `compare/{sha}...{base}` is `ahead` or `identical` exactly
      // when sha is on the base branch, and `ahead_by` counts the base commits after it.
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...base, basehead: `${sha}...${baseRef}`, per_page: 1 });
        const cmp = data as { status: string; ahead_by: number; base_commit: { sha: string } };
        const onBase = cmp.status === 'ahead' || cmp.status === 'identical';
        return { exists: true, sha: cmp.base_commit.sha, onBase, ...(onBase ? { behindBy: cmp.ahead_by } : {}) };
      } catch (e) {
        if (statusOf(e) !== 404 && statusOf(e) !== 422) throw e;
      }
      // Not comparable: either no such commit, or an unrelated history.
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...base, ref: sha, per_page: 1 });
        return { exists: true, sha: (data as { sha: string }).sha, onBase: false };
      } catch (e) {
        if (statusOf(e) === 404 || statusOf(e) === 422) return { exists: false, onBase: false };
        throw e;
      }
    },
  };
}
