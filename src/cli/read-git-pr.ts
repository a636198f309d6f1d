import { readFile } from 'node:fs/promises';
import type { Config } from '../core/config';
import { CONFIG_PATH, loadConfig } from '../core/config-defaults';
import { selectReads, siblingPaths, type EvaluationInput } from '../core/evaluate';
import { FRAMEWORKS } from '../core/frameworks/index';
import type { ChangedFile } from '../core/types';
import { GitRepo, InputError } from '../git/repo';

export interface GitPrOptions {
  repoDir: string;
  base?: string;
  head?: string;
  configFile?: string;
}

export interface GitPr {
  repo: GitRepo;
  baseRef: string;
  baseSha: string;
  headSha: string;
  /** Where the diff starts: the merge base of base and head. */
  forkPoint: string;
  config: Config;
  input: Omit<EvaluationInput, 'body'>;
  timings: { gitMs: number };
}

/**
 * Read a pull request's worth of input from local git objects: the changed files between the
 * merge base and head, contents at both sides for the files that matter, the counterparts the
 * frameworks ask for, and the config from the base side (never the head).
 */
export async function readGitPullRequest(options: GitPrOptions): Promise<GitPr> {
  const started = performance.now();
  const repo = await GitRepo.open(options.repoDir);
  const headRef = options.head ?? 'HEAD';
  const headSha = await repo.resolve(headRef);
  const baseRef = options.base ?? (await repo.defaultBranch());
  const baseSha = await repo.resolve(baseRef);
  const forkPoint = (await repo.mergeBase(baseSha, headSha)) ?? baseSha;

  const config = await readConfig(repo, baseSha, options.configFile);
  const changed = await repo.changedPaths(forkPoint, headSha);
  const wanted = new Set(
    selectReads(
      changed.flatMap((c) => [c.path, c.previousPath ?? c.path]),
      config,
      FRAMEWORKS,
    ),
  );
  const specs: string[] = [];
  for (const c of changed) {
    if (!wanted.has(c.path) && !(c.previousPath && wanted.has(c.previousPath))) continue;
    if (c.headBlob) specs.push(c.headBlob);
    if (c.baseBlob) specs.push(c.baseBlob);
  }
  const blobs = await repo.readBlobs(specs);
  const files: ChangedFile[] = changed.map(({ baseBlob, headBlob, ...c }) => {
    const head = headBlob ? blobs.get(headBlob) : undefined;
    const base = baseBlob ? blobs.get(baseBlob) : undefined;
    const file: ChangedFile = { ...c };
    if (head?.content !== undefined) file.head = head.content;
    if (base?.content !== undefined) file.base = base.content;
    if (head?.binary || base?.binary) file.binary = true;
    return file;
  });
  const siblingList = siblingPaths(files, config, FRAMEWORKS);
  // Changed files whose content was read (a file no reader needs, like drizzle-kit's journal, is
  // listed without it: read from git when a framework asks).
  const known = new Map(files.filter((f) => f.status !== 'removed' && f.head !== undefined).map((f) => [f.path, f.head]));
  const unknown = siblingList.filter((p) => !known.has(p));
  const siblingIds = await repo.blobIds(headSha, unknown);
  const siblingBlobs = await repo.readBlobs([...siblingIds.values()]);
  const siblings: Record<string, string | undefined> = {};
  for (const p of siblingList) {
    const id = siblingIds.get(p);
    siblings[p] = known.has(p) ? known.get(p) : id ? siblingBlobs.get(id)?.content : undefined;
  }

  const asked = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, request: () => Promise<T>): Promise<T> => {
    let found = asked.get(key) as Promise<T> | undefined;
    if (!found) asked.set(key, (found = request()));
    return found;
  };

  return {
    repo,
    baseRef,
    baseSha,
    headSha,
    forkPoint,
    config,
    input: {
      files,
      siblings,
      config,
      frameworks: FRAMEWORKS,
      repo: { inspectCommit: (sha) => repo.inspectCommit(sha, baseSha) },
      // Earlier migrations (Django's history) at head: the changed files first, then git, each
      // read and each folder listed once per run (a Liquibase look back lists the folders above a
      // changelog and reads its masters for every changelog that changes a column's type).
      readFile: (path: string) =>
        known.has(path)
          ? Promise.resolve(known.get(path))
          : once(`file:${path}`, async () => {
              const spec = `${headSha}:${path}`;
              return (await repo.readBlobs([spec])).get(spec)?.content;
            }),
      listDir: (dir: string) => once(`dir:${dir}`, () => repo.listFolder(headSha, dir)),
      listFolders: (dir: string) => once(`folders:${dir}`, () => repo.listFolder(headSha, dir, 'tree')),
    },
    timings: { gitMs: performance.now() - started },
  };
}

async function readConfig(repo: GitRepo, baseSha: string, configFile: string | undefined): Promise<Config> {
  if (configFile) {
    let text: string;
    try {
      text = await readFile(configFile, 'utf8');
    } catch {
      throw new InputError(`${configFile}: cannot read the config file`);
    }
    return loadConfig(text, configFile);
  }
  // Always from the base side: a pull request must not be able to switch its own gate off.
  const blob = (await repo.readBlobs([`${baseSha}:${CONFIG_PATH}`])).get(`${baseSha}:${CONFIG_PATH}`);
  return loadConfig(blob?.content, CONFIG_PATH);
}
