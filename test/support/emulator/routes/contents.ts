/** Repository contents and git data: contents, blobs, commits and comparisons. */
import type { Emu } from '../context';
import { base64Lines, HttpError, R, type Req, type RouteDef } from '../http';
import * as O from '../objects';

const MAX_COMMIT_FILES = 300;
const MAX_CONTENT_BYTES = 1024 * 1024;
const RAW = 'application/vnd.github.raw';

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  size: number;
  path: string;
}

async function withContent(e: Emu, item: Record<string, unknown>, type: string, entry: TreeEntry) {
  if (type === 'symlink') item.target = (await e.git.readBlob(entry.sha)).toString('utf8');
  else if (type === 'submodule') item.submodule_git_url = '';
  else if (type === 'file') {
    if (entry.size > MAX_CONTENT_BYTES) {
      item.content = '';
      item.encoding = 'none';
    } else {
      item.content = base64Lines(await e.git.readBlob(entry.sha));
      item.encoding = 'base64';
    }
  }
}

async function contentItem(e: Emu, commitSha: string, entry: TreeEntry, content: boolean) {
  const name = entry.path.split('/').pop() ?? entry.path;
  const p = O.encPath(entry.path);
  const self = `${e.repoApi()}/contents/${p}?ref=${commitSha}`;
  const isLink = entry.mode === '120000';
  const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : isLink ? 'symlink' : 'file';
  const gitUrl = entry.type === 'tree' || entry.type === 'commit' ? `${e.repoApi()}/git/trees/${entry.sha}` : `${e.repoApi()}/git/blobs/${entry.sha}`;
  const html = `${e.repoWeb()}/${entry.type === 'tree' ? 'tree' : 'blob'}/${commitSha}/${p}`;
  const download = type === 'file' || type === 'symlink' ? `${e.repoWeb()}/raw/${commitSha}/${p}` : null;
  const item: Record<string, unknown> = {
    type,
    size: type === 'file' || type === 'symlink' ? entry.size : 0,
    name,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: gitUrl,
    html_url: entry.type === 'commit' ? null : html,
    download_url: download,
    _links: { self, git: gitUrl, html: entry.type === 'commit' ? null : html },
  };
  if (content) await withContent(e, item, type, entry);
  return item;
}

async function getContents(e: Emu, req: Req) {
  const ref = req.query.get('ref') ?? e.ctx.defaultBranch;
  const sha = await e.git.resolveCommit(ref);
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`);
  const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const entry = await e.git.entry(sha, path);
  if (!entry) throw new HttpError(404, 'Not Found');
  if (entry.type === 'tree') {
    const children = await e.git.listTree(sha, path);
    const items = [];
    for (const c of children) items.push(await contentItem(e, sha, c, false));
    return { status: 200, body: items };
  }
  if (entry.type === 'blob' && String(req.headers.accept ?? '').includes(RAW)) {
    return { status: 200, raw: await e.git.readBlob(entry.sha), headers: { 'content-type': `${RAW}; charset=utf-8` } };
  }
  return { status: 200, body: await contentItem(e, sha, entry, true) };
}

async function getBlob(e: Emu, req: Req) {
  const sha = req.params.file_sha ?? '';
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new HttpError(422, 'The sha parameter must be exactly 40 characters and contain only [0-9a-f].');
  if ((await e.git.objectType(sha)) !== 'blob') throw new HttpError(404, 'Not Found');
  const buf = await e.git.readBlob(sha);
  if (String(req.headers.accept ?? '').includes(RAW)) {
    return { status: 200, raw: buf, headers: { 'content-type': `${RAW}; charset=utf-8` } };
  }
  return {
    status: 200,
    body: { sha, node_id: O.nodeId('Blob', sha), size: buf.length, url: `${e.repoApi()}/git/blobs/${sha}`, content: base64Lines(buf), encoding: 'base64' },
  };
}

async function getCommit(e: Emu, req: Req) {
  const ref = req.params.ref ?? '';
  const sha = await e.commitOr(ref, /^[0-9a-f]{4,40}$/.test(ref) ? 422 : 404);
  const info = await e.git.commit(sha);
  const files = await e.git.diff(info.parents[0] ?? null, sha);
  return { status: 200, body: O.commitObject(e.ctx, info, files.slice(0, MAX_COMMIT_FILES)) };
}

function splitBasehead(bh: string): [string, string] {
  const idx = bh.indexOf('...');
  if (idx >= 0) return [bh.slice(0, idx), bh.slice(idx + 3)];
  if (bh.includes('..')) return [bh.slice(0, bh.indexOf('..')), bh.slice(bh.indexOf('..') + 2)];
  return [bh, ''];
}

async function compare(e: Emu, req: Req) {
  const [baseRef, headRef] = splitBasehead(req.params.basehead ?? '');
  const strip = (r: string) => (r.includes(':') ? r.slice(r.indexOf(':') + 1) : r);
  const baseSha = await e.git.resolveCommit(strip(baseRef));
  const headSha = await e.git.resolveCommit(strip(headRef));
  if (!baseSha || !headSha) throw new HttpError(404, 'Not Found');
  const mb = await e.git.mergeBase(baseSha, headSha);
  if (!mb) throw new HttpError(404, `No common ancestor between ${baseRef} and ${headRef}.`);
  const ahead = await e.git.countCommits(`${baseSha}..${headSha}`);
  const behind = await e.git.countCommits(`${headSha}..${baseSha}`);
  const status = ahead === 0 && behind === 0 ? 'identical' : behind === 0 ? 'ahead' : ahead === 0 ? 'behind' : 'diverged';
  const commitShas = ahead > 0 ? await e.git.listCommits(baseSha, headSha, 250) : [];
  const commits = [];
  for (const c of commitShas) commits.push(O.commitObject(e.ctx, await e.git.commit(c)));
  const files = await e.git.diff(mb, headSha);
  const html = `${e.repoWeb()}/compare/${baseRef}...${headRef}`;
  return {
    status: 200,
    body: {
      url: `${e.repoApi()}/compare/${encodeURIComponent(baseRef)}...${encodeURIComponent(headRef)}`,
      html_url: encodeURI(html),
      permalink_url: `${e.repoWeb()}/compare/${e.owner}:${baseSha.slice(0, 7)}...${e.owner}:${headSha.slice(0, 7)}`,
      diff_url: `${encodeURI(html)}.diff`,
      patch_url: `${encodeURI(html)}.patch`,
      base_commit: O.commitObject(e.ctx, await e.git.commit(baseSha)),
      merge_base_commit: O.commitObject(e.ctx, await e.git.commit(mb)),
      status,
      ahead_by: ahead,
      behind_by: behind,
      total_commits: ahead,
      commits,
      files: files.slice(0, MAX_COMMIT_FILES).map((f) => O.diffEntry(e.ctx, headSha, f)),
    },
  };
}

export function contentRoutes(e: Emu): RouteDef[] {
  return [
    ['GET', `${R}/contents/{path}`, (req) => getContents(e, req)],
    ['GET', `${R}/git/blobs/{file_sha}`, (req) => getBlob(e, req)],
    ['GET', `${R}/commits/{ref}`, (req) => getCommit(e, req)],
    ['GET', `${R}/compare/{basehead}`, (req) => compare(e, req)],
  ];
}
