import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  InputError
} from "./chunk-U7GX3HL2.js";

// src/git/repo.ts
import { execFile, spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";
var run = promisify(execFile);
var isNull = (id) => !id || /^0+$/.test(id);
var GitRepo = class _GitRepo {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static async open(dir) {
    const exists = await stat(dir).catch(() => void 0);
    if (!exists?.isDirectory()) throw new InputError(`${dir}: no such directory`);
    try {
      const { stdout } = await run("git", ["rev-parse", "--git-dir"], { cwd: dir });
      if (!stdout.trim()) throw new Error("no git dir");
    } catch {
      throw new InputError(`${dir}: not a git repository (run inside a clone or pass --repo DIR)`);
    }
    return new _GitRepo(dir);
  }
  async git(args, options = {}) {
    try {
      const { stdout } = await run("git", args, { cwd: this.dir, maxBuffer: 1 << 30, encoding: "utf8" });
      return stdout;
    } catch (error) {
      if (options.allowFail) return "";
      throw error;
    }
  }
  /** Full SHA of a commit-ish, or an InputError naming the ref. */
  async resolve(ref) {
    const out = await this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFail: true });
    const sha = out.trim();
    if (!sha) throw new InputError(`unknown git ref "${ref}" in ${this.dir} (fetch it, or pass --base/--head with an existing branch or SHA)`);
    return sha;
  }
  /** The default branch: origin's HEAD when known, else main, else master. */
  async defaultBranch() {
    const remoteHead = (await this.git(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], { allowFail: true })).trim();
    if (remoteHead) return remoteHead;
    for (const candidate of ["main", "master", "origin/main", "origin/master"]) {
      const out = await this.git(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`], { allowFail: true });
      if (out.trim()) return candidate;
    }
    throw new InputError("cannot find the default branch (no origin/HEAD, main or master): pass --base REF");
  }
  async mergeBase(a, b) {
    const out = await this.git(["merge-base", a, b], { allowFail: true });
    return out.trim() || void 0;
  }
  /**
   * Changed paths between two commits with their blob ids (so contents are read by id, not by
   * resolving `rev:path` through the tree once per file), renames detected, NUL-separated.
   */
  async changedPaths(base, head) {
    const out = await this.git(["diff", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-z", "-M", base, head]);
    const parts = out.split("\0");
    const files = [];
    for (let i = 0; i < parts.length - 1; ) {
      const meta = parts[i++];
      if (!meta.startsWith(":")) continue;
      const [, , fromBlob, toBlob, code = ""] = meta.slice(1).split(" ");
      const letter = code[0];
      const blobs = { baseBlob: isNull(fromBlob) ? void 0 : fromBlob, headBlob: isNull(toBlob) ? void 0 : toBlob };
      if (letter === "R" || letter === "C") {
        const from = parts[i++];
        const to = parts[i++];
        files.push(letter === "R" ? { path: to, previousPath: from, status: "renamed", ...blobs } : { path: to, status: "added", headBlob: blobs.headBlob });
      } else {
        const path = parts[i++];
        files.push({ path, status: letter === "A" ? "added" : letter === "D" ? "removed" : "modified", ...blobs });
      }
    }
    return files;
  }
  /** Blob ids of paths in a commit (absent paths are left out), with one `git ls-tree` per batch. */
  async blobIds(commit, paths) {
    const ids = /* @__PURE__ */ new Map();
    for (let i = 0; i < paths.length; i += 500) {
      const out = await this.git(["ls-tree", "-z", "--full-tree", commit, "--", ...paths.slice(i, i + 500).map((p) => `:(literal)${p}`)]);
      for (const entry of out.split("\0")) {
        const tab = entry.indexOf("	");
        if (tab < 0) continue;
        const [, type, id] = entry.slice(0, tab).split(" ");
        if (type === "blob" && id) ids.set(entry.slice(tab + 1), id);
      }
    }
    return ids;
  }
  /** Names of the files (or, `tree`, the folders) directly in a folder at a commit (`db/migrations/`); undefined when there is none. */
  async listFolder(commit, dir, type = "blob") {
    const folder = dir.replace(/\/+$/, "");
    const out = await this.git(["ls-tree", "-z", commit, "--", folder ? `:(literal)${folder}/` : "."], { allowFail: true });
    const names = [];
    for (const entry of out.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab < 0) continue;
      const [, kind] = entry.slice(0, tab).split(" ");
      const path = entry.slice(tab + 1);
      if (kind === type) names.push(path.slice(path.lastIndexOf("/") + 1));
    }
    return names.length ? names : void 0;
  }
  /** Paths of every file under a folder at a commit, recursively (`''` for the whole tree), with blob ids. */
  async listTree(commit, dir) {
    const folder = dir.replace(/\/+$/, "");
    const out = await this.git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", folder ? `:(literal)${folder}/` : "."], { allowFail: true });
    const files = /* @__PURE__ */ new Map();
    for (const entry of out.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab < 0) continue;
      const [, type, id] = entry.slice(0, tab).split(" ");
      if (type === "blob" && id) files.set(entry.slice(tab + 1), id);
    }
    return files;
  }
  /** Read many objects (blob ids, or `rev:path`) with one `git cat-file --batch` process. */
  async readBlobs(specs) {
    const result = /* @__PURE__ */ new Map();
    if (specs.length === 0) return result;
    const child = spawn("git", ["cat-file", "--batch"], { cwd: this.dir, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    const done = new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code) => code === 0 ? resolve() : reject(new Error(`git cat-file exited with ${code}`)));
    });
    const asked = specs.filter((s) => !s.includes("\n"));
    child.stdin.end(asked.join("\n") + "\n");
    await done;
    const buf = Buffer.concat(chunks);
    let pos = 0;
    for (const spec of asked) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const header = buf.toString("utf8", pos, nl);
      pos = nl + 1;
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        result.set(spec, { missing: true, binary: false });
        continue;
      }
      const [, type, sizeText] = header.split(" ");
      const size = Number(sizeText);
      const body = buf.subarray(pos, pos + size);
      pos += size + 1;
      if (type !== "blob") {
        result.set(spec, { missing: true, binary: false });
        continue;
      }
      const binary = body.subarray(0, 8e3).includes(0);
      result.set(spec, { binary, missing: false, content: binary ? void 0 : body.toString("utf8") });
    }
    return result;
  }
  async inspectCommit(sha, baseSha) {
    const full = (await this.git(["rev-parse", "--verify", "--quiet", `${sha}^{commit}`], { allowFail: true })).trim();
    if (!full) return { exists: false, onBase: false };
    const onBase = await run("git", ["merge-base", "--is-ancestor", full, baseSha], { cwd: this.dir }).then(
      () => true,
      () => false
    );
    if (!onBase) return { exists: true, sha: full, onBase: false };
    const behind = Number((await this.git(["rev-list", "--count", `${full}..${baseSha}`])).trim());
    return { exists: true, sha: full, onBase: true, behindBy: behind };
  }
};

export {
  GitRepo
};
