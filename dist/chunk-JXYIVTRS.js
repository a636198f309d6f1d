import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GitRepo
} from "./chunk-XECQF25U.js";
import {
  InputError
} from "./chunk-U7GX3HL2.js";
import {
  FRAMEWORKS
} from "./chunk-ETT5GGDQ.js";
import {
  selectReads,
  siblingPaths
} from "./chunk-K2KLJH5U.js";
import "./chunk-UNWKPUWI.js";
import "./chunk-HYY4EOWV.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-ZFFODCYG.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-EPOSKRKZ.js";
import {
  CONFIG_PATH,
  loadConfig
} from "./chunk-H5HVMUYY.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/cli/read-git-pr.ts
import { readFile } from "node:fs/promises";
async function readGitPullRequest(options) {
  const started = performance.now();
  const repo = await GitRepo.open(options.repoDir);
  const headRef = options.head ?? "HEAD";
  const headSha = await repo.resolve(headRef);
  const baseRef = options.base ?? await repo.defaultBranch();
  const baseSha = await repo.resolve(baseRef);
  const forkPoint = await repo.mergeBase(baseSha, headSha) ?? baseSha;
  const config = await readConfig(repo, baseSha, options.configFile);
  const changed = await repo.changedPaths(forkPoint, headSha);
  const wanted = new Set(
    selectReads(
      changed.flatMap((c) => [c.path, c.previousPath ?? c.path]),
      config,
      FRAMEWORKS
    )
  );
  const specs = [];
  for (const c of changed) {
    if (!wanted.has(c.path) && !(c.previousPath && wanted.has(c.previousPath))) continue;
    if (c.headBlob) specs.push(c.headBlob);
    if (c.baseBlob) specs.push(c.baseBlob);
  }
  const blobs = await repo.readBlobs(specs);
  const files = changed.map(({ baseBlob, headBlob, ...c }) => {
    const head = headBlob ? blobs.get(headBlob) : void 0;
    const base = baseBlob ? blobs.get(baseBlob) : void 0;
    const file = { ...c };
    if (head?.content !== void 0) file.head = head.content;
    if (base?.content !== void 0) file.base = base.content;
    if (head?.binary || base?.binary) file.binary = true;
    return file;
  });
  const siblingList = siblingPaths(files, config, FRAMEWORKS);
  const known = new Map(files.filter((f) => f.status !== "removed" && f.head !== void 0).map((f) => [f.path, f.head]));
  const unknown = siblingList.filter((p) => !known.has(p));
  const siblingIds = await repo.blobIds(headSha, unknown);
  const siblingBlobs = await repo.readBlobs([...siblingIds.values()]);
  const siblings = {};
  for (const p of siblingList) {
    const id = siblingIds.get(p);
    siblings[p] = known.has(p) ? known.get(p) : id ? siblingBlobs.get(id)?.content : void 0;
  }
  const asked = /* @__PURE__ */ new Map();
  const once = (key, request) => {
    let found = asked.get(key);
    if (!found) asked.set(key, found = request());
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
      readFile: (path) => known.has(path) ? Promise.resolve(known.get(path)) : once(`file:${path}`, async () => {
        const spec = `${headSha}:${path}`;
        return (await repo.readBlobs([spec])).get(spec)?.content;
      }),
      listDir: (dir) => once(`dir:${dir}`, () => repo.listFolder(headSha, dir)),
      listFolders: (dir) => once(`folders:${dir}`, () => repo.listFolder(headSha, dir, "tree"))
    },
    timings: { gitMs: performance.now() - started }
  };
}
async function readConfig(repo, baseSha, configFile) {
  if (configFile) {
    let text;
    try {
      text = await readFile(configFile, "utf8");
    } catch {
      throw new InputError(`${configFile}: cannot read the config file`);
    }
    return loadConfig(text, configFile);
  }
  const blob = (await repo.readBlobs([`${baseSha}:${CONFIG_PATH}`])).get(`${baseSha}:${CONFIG_PATH}`);
  return loadConfig(blob?.content, CONFIG_PATH);
}
export {
  readGitPullRequest
};
