// Linting one file on disk, as `lint` does for each file it is given: read it (once per run), find
// its framework, have the core's per-file reader analyse it (the one a pull request's files go
// through: src/core/analyse.ts), and make its findings. Shared by the main thread and the worker
// threads of a large run (src/cli/lint-parallel.ts), which must report exactly what a single
// thread would.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readChangedFile, type ReadContext } from '../core/analyse';
import { createClassifier, type Classifier } from '../core/classify';
import type { Config } from '../core/config';
import { deployAnalyser } from '../core/deploy/lazy';
import { finalizeFindings } from '../core/findings';
import type { Framework } from '../core/frameworks/framework';
import { guessFramework, NEITHER_MIGRATION_NOR_DEPLOY, SQITCH_VERIFY, unreadReason } from '../core/frameworks/guess';
import { FRAMEWORKS } from '../core/frameworks/index';
import type { ChangedFile, Change, Finding } from '../core/types';
import { InputError } from '../git/input-error';

const NOT_ANALYSED = 'not a migration or deploy file';

/** The classifier of each config, built once: compiling its globs costs more than matching them. */
const classifiers = new WeakMap<Config, Classifier>();

/** The framework of a file on disk: configured globs first, then each framework's content check. */
function classifierOf(config: Config): Classifier {
  let classifier = classifiers.get(config);
  if (!classifier) classifiers.set(config, (classifier = createClassifier(config, FRAMEWORKS)));
  return classifier;
}

export function frameworkFor(path: string, content: string, config: Config): Framework | undefined {
  const change = classifierOf(config).classify(path, content);
  if (change?.kind === 'migration') return FRAMEWORKS.find((f) => f.id === change.framework);
  if (change?.kind === 'deploy') return undefined;
  return guessFramework(path, content, FRAMEWORKS);
}

/**
 * Files read during one `lint` run, by absolute path: an up's down counterpart is usually linted
 * too, and is read from disk once. Reads are synchronous on purpose: for small files one
 * `readFileSync` costs a fraction of `fs.promises.readFile`'s four thread-pool round trips, and
 * running them concurrently does not win that back (measured on the 2,000-file benchmark). They
 * are decoded as they are read (`readFileSync(path, 'utf8')` is one native call; a Buffer, then
 * its `toString`, cost a fifth more over 2,000 files) and kept as text: earlier migrations are read
 * again by every later file that looks a column's type up through them.
 */
export class FileCache {
  private readonly read = new Map<string, string | NodeJS.ErrnoException>();
  private readonly byRelative = new Map<string, string | undefined>();
  readonly cwd = process.cwd();
  private readonly contexts = new WeakMap<Config, ReadContext>();

  /** What the core's per-file reader may use in this run, with `config`: these files on disk. */
  context(config: Config): ReadContext {
    let context = this.contexts.get(config);
    if (!context) {
      const input = {
        config,
        frameworks: FRAMEWORKS,
        readFile: async (p: string) => this.relativeRead(p),
        readFileNow: (p: string) => this.relativeText(p),
        listDir: async (dir: string) => this.listRelative(dir),
        listFolders: async (dir: string) => this.listFoldersRelative(dir),
      };
      this.contexts.set(config, (context = { input, classifier: classifierOf(config), headOf: (p) => this.relativeText(p) }));
    }
    return context;
  }

  private readonly listed = new Map<string, { files: string[]; folders: string[] } | undefined>();

  /** The names of a folder's files and folders (read once per run), undefined when it cannot be read. */
  private entries(abs: string): { files: string[]; folders: string[] } | undefined {
    if (!this.listed.has(abs)) {
      let found: { files: string[]; folders: string[] } | undefined;
      try {
        const files: string[] = [];
        const folders: string[] = [];
        for (const e of readdirSync(abs, { withFileTypes: true })) {
          if (e.isFile()) files.push(e.name);
          else if (e.isDirectory()) folders.push(e.name);
        }
        found = { files, folders };
      } catch {
        found = undefined;
      }
      this.listed.set(abs, found);
    }
    return this.listed.get(abs);
  }

  /** Names of the files in a folder (read once per run), undefined when it cannot be read. */
  list(abs: string): string[] | undefined {
    return this.entries(abs)?.files;
  }

  /** Names of the folders in a folder relative to the working directory, undefined when it cannot be read. */
  listFoldersRelative(dir: string): string[] | undefined {
    return this.entries(resolve(this.cwd, dir || '.'))?.folders;
  }

  private readonly listedRelative = new Map<string, string[] | undefined>();

  /** `list()` of a folder relative to the working directory ('' for itself), resolved once per folder. */
  listRelative(dir: string): string[] | undefined {
    if (!this.listedRelative.has(dir)) this.listedRelative.set(dir, this.list(resolve(this.cwd, dir || '.')));
    return this.listedRelative.get(dir);
  }

  /** A file's text (UTF-8), undefined when it cannot be read. */
  text(abs: string): string | undefined {
    const got = this.get(abs);
    return typeof got === 'string' ? got : undefined;
  }

  /**
   * A file's text by a path relative to the working directory, undefined when it is not there; throws
   * when it is there (or may be) but cannot be read (EACCES, EISDIR, EIO): the core's readers then say
   * what they could not read, as for the App's failed API reads, instead of judging it absent.
   */
  relativeRead(path: string): string | undefined {
    const text = this.relativeText(path);
    if (text !== undefined) return text;
    const failed = this.get(this.absolute(path));
    if (typeof failed === 'string' || ABSENT.has(failed.code ?? '')) return undefined;
    throw new Error(`${failed.code ?? 'unreadable'}: ${failed.message.replace(/^\w+: /, '').split(',')[0]}`);
  }

  private absolute(path: string): string {
    return PLAIN.test(path) ? `${this.cwd}/${path}` : resolve(this.cwd, path);
  }

  /** `text()` of a path relative to the working directory, resolved once per path. */
  relativeText(path: string): string | undefined {
    if (!this.byRelative.has(path)) this.byRelative.set(path, this.text(this.absolute(path)));
    return this.byRelative.get(path);
  }

  get(abs: string): string | NodeJS.ErrnoException {
    let got = this.read.get(abs);
    if (got === undefined) {
      try {
        got = readFileSync(abs, 'utf8');
      } catch (error) {
        got = error as NodeJS.ErrnoException;
      }
      this.read.set(abs, got);
    }
    return got;
  }
}

/** Read errors that say the file is not there (a folder on its path being a file is as absent). */
const ABSENT: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR']);

/** How many leading bytes are searched for a NUL when deciding that a file is binary. */
const BINARY_SNIFF = 8000;

/**
 * A NUL byte in the first 8,000 bytes: the file is binary. Read from the decoded text: a NUL byte
 * is always U+0000 and U+0000 only ever comes from one, and no character takes less than a byte,
 * so a first NUL at character 8,000 or later lies past byte 8,000. Before that its byte offset is
 * the UTF-8 length of the text before it, unless that text holds U+FFFD, which may stand for a
 * different number of undecodable bytes: then the bytes themselves are read.
 */
function looksBinary(text: string, abs: string): boolean {
  const nul = text.indexOf('\u0000');
  if (nul < 0 || nul >= BINARY_SNIFF) return false;
  const before = text.slice(0, nul);
  if (!before.includes('\ufffd')) return Buffer.byteLength(before, 'utf8') < BINARY_SNIFF;
  try {
    return readFileSync(abs).subarray(0, BINARY_SNIFF).includes(0);
  } catch {
    return true;
  }
}

interface LintResult {
  findings: Finding[];
  /** Why the file was not analysed (neither a migration nor a deploy file); its notice is in `findings`. */
  skipped?: string;
  /** Column of the first non-blank character on a line: where the flagged statement starts. */
  columnOf(line: number): number | undefined;
}

function columnsOf(content: string): (line: number) => number | undefined {
  let lines: string[] | undefined;
  return (line) => {
    lines ??= content.split('\n');
    const text = lines[line - 1];
    if (text === undefined) return undefined;
    const at = text.search(/\S/);
    return at >= 0 ? at + 1 : 1;
  };
}

/** A path under the working directory written plainly (`db/migrations/x.sql`): no `.`/`..` segment to resolve. */
const PLAIN = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\\]+$/;

export async function lintFile(file: string, config: Config, files: FileCache): Promise<LintResult> {
  // path.resolve and path.relative normalise every path: thousands of plain ones need neither.
  const plain = PLAIN.test(file);
  const abs = plain ? `${files.cwd}/${file}` : resolve(files.cwd, file);
  const text = files.get(abs);
  if (typeof text !== 'string') {
    const code = text.code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read it'}`);
  }
  const path = plain ? file : relative(files.cwd, abs).split('\\').join('/');
  const binary = looksBinary(text, abs);
  const content = binary ? '' : text;
  const columnOf = columnsOf(content);
  const fw = frameworkFor(path, content, config);
  // Given to lint, so read as added at head: the core's reader judges it as a pull request's file.
  const changed: ChangedFile = binary ? { path, status: 'added', head: content, binary } : { path, status: 'added', head: content };
  const read = async (change: Omit<Change, 'status'>) => (await readChangedFile(changed, change, files.context(config)))?.hits ?? [];
  if (binary) {
    if (fw)
      return { findings: finalizeFindings(path, content, await read({ path, kind: 'migration', framework: fw.id }), { config }), columnOf: () => undefined };
    const hit = {
      rule: 'not-analysed',
      line: 1,
      message: 'It looks binary (a NUL byte in its first 8,000 bytes) and is not a migration rollback-ready knows, so it was not analysed.',
    };
    return { findings: finalizeFindings(path, content, [hit], { config }), skipped: NOT_ANALYSED, columnOf: () => undefined };
  }
  if (fw) return { findings: finalizeFindings(path, content, await read({ path, kind: 'migration', framework: fw.id }), { config }), columnOf };
  const { deployFormatOf } = await deployAnalyser();
  if (deployFormatOf(path, content) !== 'unknown')
    return { findings: finalizeFindings(path, content, await read({ path, kind: 'deploy' }), { config }), columnOf };
  // A file lint was given that no reader analyses: said, never "no findings". One that looks like a
  // migration (a Go migration, a file in a migrations folder) is a notice of its own; one that is
  // neither a migration nor a deploy file is listed as skipped (and carries its notice in JSON and SARIF).
  const why = unreadReason(path, classifierOf(config).candidates(path));
  const findings = finalizeFindings(path, content, [{ rule: 'not-analysed', line: 1, message: why }], { config });
  if (why === SQITCH_VERIFY) return { findings, skipped: 'a Sqitch verify script, not a migration', columnOf };
  return why === NEITHER_MIGRATION_NOR_DEPLOY ? { findings, skipped: NOT_ANALYSED, columnOf } : { findings, columnOf };
}

/** What `lint` reports of one file, as plain data (a worker thread sends it to the main thread). */
export interface FileOutcome {
  /** Why the file was not analysed (neither a migration nor a deploy file), when it was not. */
  skipped?: string;
  /** Its findings, with the path as the user gave it (a skipped file's notice only in JSON and SARIF). */
  findings: Finding[];
  /** The column where each finding's statement starts, when known (by index into `findings`). */
  columns: (number | undefined)[];
}

export async function lintOutcome(file: string, config: Config, files: FileCache, format: string): Promise<FileOutcome> {
  const result = await lintFile(file, config, files);
  if (result.skipped) {
    // The terminal lists it under "Skipped"; JSON and SARIF carry its not-analysed notice.
    return { skipped: result.skipped, findings: format !== 'text' ? result.findings.map((f) => ({ ...f, path: file })) : [], columns: [] };
  }
  const findings: Finding[] = [];
  const columns: (number | undefined)[] = [];
  for (const f of result.findings) {
    // Paths as the user gave them: the terminal, the editor and the JSON all point where they typed.
    findings.push({ ...f, path: file });
    columns.push(result.columnOf(f.line));
  }
  return { findings, columns };
}
