import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { configuredDialect, createClassifier, type Classifier } from '../core/classify';
import type { Config } from '../core/config';
import { ConfigError, DEFAULT_CONFIG, loadConfig } from '../core/config-defaults';
import { deployAnalyser } from '../core/deploy/lazy';
import { BINARY_MIGRATION, finalizeFindings, sortFindings } from '../core/findings';
import type { Framework } from '../core/frameworks/framework';
import { guessFramework, unreadReason } from '../core/frameworks/guess';
import { FRAMEWORKS } from '../core/frameworks/index';
import type { Finding } from '../core/types';
import { InputError } from '../git/repo';

// Start-up time is most of a short `lint` run: what only `check`, `template` or deploy files need
// (Markdown parsing, git, renderers, the deploy analysers) is imported when first used.
const loadReport = () =>
  Promise.all([import('../core/evaluate'), import('./read-git-pr'), import('../core/render/json'), import('../core/render/markdown'), import('../core/render/text'), import('../core/render/template')]);

export const VERSION = '0.1.0';

const USAGE = `rollback-ready ${VERSION}: prove a change can be rolled back before it merges.

Usage:
  rollback-ready check [--repo DIR] [--base REF] [--head REF] [--body FILE|-] [--config FILE] [--format text|json|markdown]
  rollback-ready lint FILE... [--format text|json]
  rollback-ready template [--repo DIR] [--base REF] [--head REF]
  rollback-ready drill [--repo DIR] [--base REF] [--head REF] [--database-url URL] [--format text|json]

check     evaluate the change between --base (default: merge base with the default branch) and
          --head (default: HEAD) against the PR description in --body
lint      analyse migration and deploy files on disk
template  print a rollback plan skeleton for the change, to paste into the PR description

Exit codes: 0 pass or not applicable (lint: no error findings), 1 gates failed (lint: error
findings), 2 usage, config or input error.
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

class UsageError extends Error {}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rollback-ready: ${error.message}\nRun "rollback-ready --help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr(`rollback-ready: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rollback-ready: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'check':
      return check(rest, io);
    case 'lint':
      return lint(rest, io);
    case 'template':
      return template(rest, io);
    case 'drill':
      throw new InputError('drill is not available in this build yet: it arrives with the rollback drill (see docs/cli.md)');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parse<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}

function format<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

async function readBody(file: string | undefined, io: Io): Promise<string | undefined> {
  if (file === undefined) return undefined;
  if (file === '-') return io.readStdin();
  try {
    const buf = await readFile(file);
    return buf.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`--body ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read it'}`);
  }
}

const prOptions = {
  repo: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  body: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, prOptions);
  if (values.help) return io.stdout(USAGE), 0;
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const fmt = format(values.format, ['text', 'json', 'markdown'] as const, 'text');
  const body = await readBody(values.body, io);
  const [{ evaluate }, { readGitPullRequest }, { renderJson }, { renderMarkdown }, { renderText }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: values.repo ?? '.', base: values.base, head: values.head, configFile: values.config });
  const evaluation = await evaluate({ ...pr.input, body });
  const ctx = { baseSha: pr.baseSha, headSha: pr.headSha };
  if (fmt === 'json') io.stdout(renderJson(evaluation.report));
  else if (fmt === 'markdown') io.stdout(renderMarkdown(evaluation, ctx) + '\n');
  else io.stdout(renderText(evaluation, ctx));
  return evaluation.report.verdict === 'fail' ? 1 : 0;
}

async function template(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, prOptions);
  if (values.help) return io.stdout(USAGE), 0;
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const [{ evaluate }, { readGitPullRequest }, , , , { renderTemplate }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: values.repo ?? '.', base: values.base, head: values.head, configFile: values.config });
  const evaluation = await evaluate({ ...pr.input, body: '' });
  io.stdout(renderTemplate(evaluation, pr.config, { baseSha: pr.baseSha }) + '\n');
  return 0;
}

async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, config: { type: 'string' } });
  const fmt = format(values.format, ['text', 'json'] as const, 'text');
  if (positionals.length === 0) throw new UsageError('lint needs at least one FILE');
  // The parsers are WebAssembly. By default V8 also recompiles their hot code with its optimising
  // tier on background threads, and a process waits for those compilations before it exits: on
  // two cores that cost a one-file lint ~0.5 s and slowed a 2,000-file run. A short-lived command
  // is faster on the baseline compiler alone. (Set before the first WASM module compiles.)
  setFlagsFromString('--liftoff-only');
  // A lint of SQL files alone spends its time in the parser and in short JS paths that V8's
  // optimising compiler costs more to compile than it saves in one run (2,000 SQL files: 1.31 →
  // 1.19 s); DSL migrations walk syntax trees at length and gain from it, so they keep it.
  if (positionals.every((f) => f.toLowerCase().endsWith('.sql'))) setFlagsFromString('--no-opt');
  let config: Config = DEFAULT_CONFIG;
  if (values.config) config = await loadConfig(await readFile(values.config, 'utf8').catch(() => { throw new InputError(`${values.config}: cannot read the config file`); }), values.config);
  const files = new FileCache();
  const findings: Finding[] = [];
  for (const file of positionals) findings.push(...(await lintFile(file, config, files)));
  const sorted = sortFindings(findings);
  if (fmt === 'json') io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + '\n');
  else if (sorted.length) io.stdout((await import('../core/render/text')).renderFindingsText(sorted) + '\n');
  else io.stdout(`No findings in ${positionals.length} file${positionals.length > 1 ? 's' : ''}.\n`);
  return sorted.some((f) => f.severity === 'error' && !f.suppressed) ? 1 : 0;
}

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
 * running them concurrently does not win that back (measured on the 2,000-file benchmark).
 */
class FileCache {
  private readonly read = new Map<string, Buffer | NodeJS.ErrnoException>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly byRelative = new Map<string, string | undefined>();
  readonly cwd = process.cwd();

  private readonly listed = new Map<string, string[] | undefined>();

  /** Names of the files in a folder (read once per run), undefined when it cannot be read. */
  list(abs: string): string[] | undefined {
    if (!this.listed.has(abs)) {
      let names: string[] | undefined;
      try {
        names = readdirSync(abs, { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name);
      } catch {
        names = undefined;
      }
      this.listed.set(abs, names);
    }
    return this.listed.get(abs);
  }

  /**
   * A file's text (decoded once: earlier migrations are read again by every later file that looks
   * a column's type up through them), undefined when it cannot be read.
   */
  text(abs: string): string | undefined {
    if (!this.texts.has(abs)) {
      const buf = this.get(abs);
      this.texts.set(abs, Buffer.isBuffer(buf) ? buf.toString('utf8') : undefined);
    }
    return this.texts.get(abs);
  }

  /** `text()` of a path relative to the working directory, resolved once per path. */
  relativeText(path: string): string | undefined {
    if (!this.byRelative.has(path)) this.byRelative.set(path, this.text(PLAIN.test(path) ? `${this.cwd}/${path}` : resolve(this.cwd, path)));
    return this.byRelative.get(path);
  }

  get(abs: string): Buffer | NodeJS.ErrnoException {
    let got = this.read.get(abs);
    if (got === undefined) {
      try {
        got = readFileSync(abs);
      } catch (error) {
        got = error as NodeJS.ErrnoException;
      }
      this.read.set(abs, got);
    }
    return got;
  }
}

/** A path under the working directory written plainly (`db/migrations/x.sql`): no `.`/`..` segment to resolve. */
const PLAIN = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\\]+$/;

async function lintFile(file: string, config: Config, files: FileCache): Promise<Finding[]> {
  // path.resolve and path.relative normalise every path: thousands of plain ones need neither.
  const plain = PLAIN.test(file);
  const abs = plain ? `${files.cwd}/${file}` : resolve(files.cwd, file);
  const buf = files.get(abs);
  if (!Buffer.isBuffer(buf)) {
    const code = buf.code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read it'}`);
  }
  const path = plain ? file : relative(files.cwd, abs).split('\\').join('/');
  const binary = buf.subarray(0, 8000).includes(0);
  const content = binary ? '' : (files.text(abs) ?? '');
  const fw = frameworkFor(path, content, config);
  if (binary) {
    const hit = fw ? BINARY_MIGRATION : { rule: 'not-analysed', line: 1, message: 'It looks binary (a NUL byte in its first 8,000 bytes) and is not a migration rollback-ready knows, so it was not analysed.' };
    return finalizeFindings(path, content, [hit], { config });
  }
  if (fw) {
    const siblings: Record<string, string | undefined> = {};
    for (const p of fw.counterparts?.(path) ?? []) {
      siblings[p] = plain && PLAIN.test(p) ? files.relativeText(p) : files.text(join(dirname(abs), relative(dirname(path), p)));
    }
    const readFile = async (p: string): Promise<string | undefined> => files.relativeText(p);
    const listDir = async (dir: string) => files.list(resolve(files.cwd, dir || '.'));
    const dialect = configuredDialect(config, path);
    const analysis = await fw.analyse({ path, content, siblings, readFile, listDir, ...(dialect ? { dialect } : {}) });
    return finalizeFindings(path, content, analysis.hits, { config });
  }
  const { analyseDeploy, deployFormatOf } = await deployAnalyser();
  if (deployFormatOf(path, content) !== 'unknown') {
    const { hits } = await analyseDeploy(path, content);
    return finalizeFindings(path, content, hits, { config });
  }
  // A file lint was given that no reader analyses: said, never "no findings".
  const why = unreadReason(path, classifierOf(config).candidates(path));
  return finalizeFindings(path, content, [{ rule: 'not-analysed', line: 1, message: why }], { config });
}
