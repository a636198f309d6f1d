import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  InputError
} from "./chunk-U7GX3HL2.js";
import {
  FRAMEWORKS
} from "./chunk-ETT5GGDQ.js";
import {
  NEITHER_MIGRATION_NOR_DEPLOY,
  SQITCH_VERIFY,
  deployAnalyser,
  guessFramework,
  readChangedFile,
  unreadReason
} from "./chunk-UNWKPUWI.js";
import {
  createClassifier
} from "./chunk-HYY4EOWV.js";
import {
  finalizeFindings
} from "./chunk-WYNSWX4E.js";

// src/cli/lint-files.ts
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
var NOT_ANALYSED = "not a migration or deploy file";
var classifiers = /* @__PURE__ */ new WeakMap();
function classifierOf(config) {
  let classifier = classifiers.get(config);
  if (!classifier) classifiers.set(config, classifier = createClassifier(config, FRAMEWORKS));
  return classifier;
}
function frameworkFor(path, content, config) {
  const change = classifierOf(config).classify(path, content);
  if (change?.kind === "migration") return FRAMEWORKS.find((f) => f.id === change.framework);
  if (change?.kind === "deploy") return void 0;
  return guessFramework(path, content, FRAMEWORKS);
}
var FileCache = class {
  read = /* @__PURE__ */ new Map();
  byRelative = /* @__PURE__ */ new Map();
  cwd = process.cwd();
  contexts = /* @__PURE__ */ new WeakMap();
  /** What the core's per-file reader may use in this run, with `config`: these files on disk. */
  context(config) {
    let context = this.contexts.get(config);
    if (!context) {
      const input = {
        config,
        frameworks: FRAMEWORKS,
        readFile: async (p) => this.relativeRead(p),
        readFileNow: (p) => this.relativeText(p),
        listDir: async (dir) => this.listRelative(dir),
        listFolders: async (dir) => this.listFoldersRelative(dir)
      };
      this.contexts.set(config, context = { input, classifier: classifierOf(config), headOf: (p) => this.relativeText(p) });
    }
    return context;
  }
  listed = /* @__PURE__ */ new Map();
  /** The names of a folder's files and folders (read once per run), undefined when it cannot be read. */
  entries(abs) {
    if (!this.listed.has(abs)) {
      let found;
      try {
        const files = [];
        const folders = [];
        for (const e of readdirSync(abs, { withFileTypes: true })) {
          if (e.isFile()) files.push(e.name);
          else if (e.isDirectory()) folders.push(e.name);
        }
        found = { files, folders };
      } catch {
        found = void 0;
      }
      this.listed.set(abs, found);
    }
    return this.listed.get(abs);
  }
  /** Names of the files in a folder (read once per run), undefined when it cannot be read. */
  list(abs) {
    return this.entries(abs)?.files;
  }
  /** Names of the folders in a folder relative to the working directory, undefined when it cannot be read. */
  listFoldersRelative(dir) {
    return this.entries(resolve(this.cwd, dir || "."))?.folders;
  }
  listedRelative = /* @__PURE__ */ new Map();
  /** `list()` of a folder relative to the working directory ('' for itself), resolved once per folder. */
  listRelative(dir) {
    if (!this.listedRelative.has(dir)) this.listedRelative.set(dir, this.list(resolve(this.cwd, dir || ".")));
    return this.listedRelative.get(dir);
  }
  /** A file's text (UTF-8), undefined when it cannot be read. */
  text(abs) {
    const got = this.get(abs);
    return typeof got === "string" ? got : void 0;
  }
  /**
   * A file's text by a path relative to the working directory, undefined when it is not there; throws
   * when it is there (or may be) but cannot be read (EACCES, EISDIR, EIO): the core's readers then say
   * what they could not read, as for the App's failed API reads, instead of judging it absent.
   */
  relativeRead(path) {
    const text = this.relativeText(path);
    if (text !== void 0) return text;
    const failed = this.get(this.absolute(path));
    if (typeof failed === "string" || ABSENT.has(failed.code ?? "")) return void 0;
    throw new Error(`${failed.code ?? "unreadable"}: ${failed.message.replace(/^\w+: /, "").split(",")[0]}`);
  }
  absolute(path) {
    return PLAIN.test(path) ? `${this.cwd}/${path}` : resolve(this.cwd, path);
  }
  /** `text()` of a path relative to the working directory, resolved once per path. */
  relativeText(path) {
    if (!this.byRelative.has(path)) this.byRelative.set(path, this.text(this.absolute(path)));
    return this.byRelative.get(path);
  }
  get(abs) {
    let got = this.read.get(abs);
    if (got === void 0) {
      try {
        got = readFileSync(abs, "utf8");
      } catch (error) {
        got = error;
      }
      this.read.set(abs, got);
    }
    return got;
  }
};
var ABSENT = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR"]);
var BINARY_SNIFF = 8e3;
function looksBinary(text, abs) {
  const nul = text.indexOf("\0");
  if (nul < 0 || nul >= BINARY_SNIFF) return false;
  const before = text.slice(0, nul);
  if (!before.includes("\uFFFD")) return Buffer.byteLength(before, "utf8") < BINARY_SNIFF;
  try {
    return readFileSync(abs).subarray(0, BINARY_SNIFF).includes(0);
  } catch {
    return true;
  }
}
function columnsOf(content) {
  let lines;
  return (line) => {
    lines ??= content.split("\n");
    const text = lines[line - 1];
    if (text === void 0) return void 0;
    const at = text.search(/\S/);
    return at >= 0 ? at + 1 : 1;
  };
}
var PLAIN = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\\]+$/;
async function lintFile(file, config, files) {
  const plain = PLAIN.test(file);
  const abs = plain ? `${files.cwd}/${file}` : resolve(files.cwd, file);
  const text = files.get(abs);
  if (typeof text !== "string") {
    const code = text.code;
    throw new InputError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot read it"}`);
  }
  const path = plain ? file : relative(files.cwd, abs).split("\\").join("/");
  const binary = looksBinary(text, abs);
  const content = binary ? "" : text;
  const columnOf = columnsOf(content);
  const fw = frameworkFor(path, content, config);
  const changed = binary ? { path, status: "added", head: content, binary } : { path, status: "added", head: content };
  const read = async (change) => (await readChangedFile(changed, change, files.context(config)))?.hits ?? [];
  if (binary) {
    if (fw)
      return { findings: finalizeFindings(path, content, await read({ path, kind: "migration", framework: fw.id }), { config }), columnOf: () => void 0 };
    const hit = {
      rule: "not-analysed",
      line: 1,
      message: "It looks binary (a NUL byte in its first 8,000 bytes) and is not a migration rollback-ready knows, so it was not analysed."
    };
    return { findings: finalizeFindings(path, content, [hit], { config }), skipped: NOT_ANALYSED, columnOf: () => void 0 };
  }
  if (fw) return { findings: finalizeFindings(path, content, await read({ path, kind: "migration", framework: fw.id }), { config }), columnOf };
  const { deployFormatOf } = await deployAnalyser();
  if (deployFormatOf(path, content) !== "unknown")
    return { findings: finalizeFindings(path, content, await read({ path, kind: "deploy" }), { config }), columnOf };
  const why = unreadReason(path, classifierOf(config).candidates(path));
  const findings = finalizeFindings(path, content, [{ rule: "not-analysed", line: 1, message: why }], { config });
  if (why === SQITCH_VERIFY) return { findings, skipped: "a Sqitch verify script, not a migration", columnOf };
  return why === NEITHER_MIGRATION_NOR_DEPLOY ? { findings, skipped: NOT_ANALYSED, columnOf } : { findings, columnOf };
}
async function lintOutcome(file, config, files, format) {
  const result = await lintFile(file, config, files);
  if (result.skipped) {
    return { skipped: result.skipped, findings: format !== "text" ? result.findings.map((f) => ({ ...f, path: file })) : [], columns: [] };
  }
  const findings = [];
  const columns = [];
  for (const f of result.findings) {
    findings.push({ ...f, path: file });
    columns.push(result.columnOf(f.line));
  }
  return { findings, columns };
}

export {
  frameworkFor,
  FileCache,
  lintFile,
  lintOutcome
};
