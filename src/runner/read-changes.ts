// Read a pull request's changed files through the API: only the ones the classifier cares about,
// from the patch when it holds the whole file (added or removed), otherwise by content.
import type { Config } from '../core/config';
import { selectReads, siblingPaths } from '../core/evaluate';
import type { Framework } from '../core/frameworks/framework';
import type { ChangedFile } from '../core/types';
import type { GitHubPort, ListedFile } from '../github/port';
import { contentFromPatch } from './content-from-patch';

const READ_CONCURRENCY = 8;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const isBinary = (text: string | undefined) => text !== undefined && text.slice(0, 8000).includes('\u0000');

export interface ReadChanges {
  files: ChangedFile[];
  siblings: Record<string, string | undefined>;
}

export async function readChanges(
  port: GitHubPort,
  listed: ListedFile[],
  refs: { headSha: string; baseSha: string },
  config: Config,
  frameworks: readonly Framework[],
): Promise<ReadChanges> {
  const wanted = new Set(
    selectReads(
      listed.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])),
      config,
      frameworks,
    ),
  );
  const files = await mapLimited(listed, READ_CONCURRENCY, async (f): Promise<ChangedFile> => {
    const file: ChangedFile = { path: f.path, status: f.status, ...(f.previousPath ? { previousPath: f.previousPath } : {}) };
    if (!wanted.has(f.path) && !(f.previousPath && wanted.has(f.previousPath))) return file;
    const [head, base] = await Promise.all([
      f.status === 'removed'
        ? undefined
        : f.status === 'added'
          ? (contentFromPatch(f.patch, 'added', f.additions) ?? port.getContent(f.path, refs.headSha))
          : port.getContent(f.path, refs.headSha),
      f.status === 'added'
        ? undefined
        : f.status === 'removed'
          ? (contentFromPatch(f.patch, 'removed', f.deletions) ?? port.getContent(f.path, refs.baseSha))
          : port.getContent(f.previousPath ?? f.path, refs.baseSha),
    ]);
    if (isBinary(head) || isBinary(base)) return { ...file, binary: true };
    if (head !== undefined) file.head = head;
    if (base !== undefined) file.base = base;
    return file;
  });
  const changed = new Set(files.map((f) => f.path));
  // Nothing read, nothing whose counterparts matter (and no glob set to compile for it).
  const anyRead = files.some((f) => f.head !== undefined);
  const wantedSiblings = anyRead ? siblingPaths(files, config, frameworks).filter((p) => !changed.has(p)) : [];
  const contents = await mapLimited(wantedSiblings, READ_CONCURRENCY, (p) => port.getContent(p, refs.headSha));
  const siblings: Record<string, string | undefined> = {};
  wantedSiblings.forEach((p, i) => {
    siblings[p] = contents[i];
  });
  return { files, siblings };
}
