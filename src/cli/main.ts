import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { closest, commandHelp, parseCommandArgs, synopsis, UsageError, type CommandSpec, type Io, type OptionSpec, type ParsedCommand } from './args';
import type { Config } from '../core/config';
import { ConfigError, DEFAULT_CONFIG, loadConfig } from '../core/config-defaults';
import { sortFindings } from '../core/findings';
import type { Finding } from '../core/types';
import { InputError } from '../git/input-error';
import { lintFiles, startLint } from './lint-parallel';

export { frameworkFor } from './lint-files';

// Start-up time is most of a short `lint` run: what only `check`, `template` or deploy files need
// (Markdown parsing, git, renderers, the deploy analysers) is imported when first used.
const loadReport = () =>
  Promise.all([
    import('../core/evaluate'),
    import('./read-git-pr'),
    import('../core/render/json'),
    import('../core/render/markdown'),
    import('../core/render/text'),
    import('../core/render/template'),
  ]);

export const VERSION = '0.1.0';

export type { Io } from './args';

const FORMATS = {
  check: ['text', 'json', 'markdown', 'sarif'],
  lint: ['text', 'json', 'sarif'],
  drill: ['text', 'json', 'markdown'],
} as const;

const prFlags = {
  repo: { type: 'string', value: 'DIR', default: '.', description: 'the git repository' },
  base: {
    type: 'string',
    value: 'REF',
    default: 'the default branch',
    description: 'the branch the pull request merges into; the diff starts at its merge base with --head',
  },
  head: { type: 'string', value: 'REF', default: 'HEAD', description: "the pull request's head" },
} as const satisfies Record<string, OptionSpec>;
const configFlag = {
  type: 'string',
  value: 'FILE',
  default: '.github/rollback-ready.yml read from --base',
  description: 'a config file on disk instead',
} as const satisfies OptionSpec;

const check: CommandSpec = {
  name: 'check',
  summary: 'evaluate the change between --base and --head against the PR description in --body',
  description:
    'Evaluate the change between --base (default: the merge base with the default branch) and --head\n' +
    '(default: HEAD) against the pull request description in --body, as the App and the Action do.',
  options: {
    ...prFlags,
    body: { type: 'string', value: 'FILE|-', default: 'an empty description', description: 'the PR description (Markdown); - reads standard input' },
    config: configFlag,
    format: {
      type: 'string',
      choices: FORMATS.check,
      description: 'text (terminal), json (the report contract), markdown (the PR comment), sarif (code scanning)',
    },
  },
  exitCodes: ['0  pass or not applicable', '1  a gate failed', '2  usage, config or input error'],
  run: runCheck,
};

const lint: CommandSpec = {
  name: 'lint',
  summary: 'analyse migration and deploy files on disk and print their findings',
  description:
    "Analyse migration and deploy files on disk. Each file's framework is decided from its path and\n" +
    'content, as check does; files that are neither are listed as skipped.',
  options: {
    format: { type: 'string', choices: FORMATS.lint, description: 'text (grouped by file), json ({ schemaVersion, findings }), sarif (code scanning)' },
    config: { ...configFlag, default: 'the defaults', description: 'a config file (rule severities, paths)' },
  },
  positionals: { name: 'FILE', min: 1 },
  exitCodes: ['0  no error-level finding', '1  an error-level finding', '2  usage, config or input error'],
  run: runLint,
};

const template: CommandSpec = {
  name: 'template',
  summary: 'print a rollback plan skeleton for the change, to paste into the PR description',
  description:
    "Print a rollback plan for the change, sized to its risk and pre-filled with the framework's\n" +
    'rollback command, the data the findings say a rollback loses and the suggested revert SHA.',
  options: { ...prFlags, config: configFlag },
  exitCodes: ['0  printed', '2  usage, config or input error'],
  run: runTemplate,
};

// The rollback drill (src/cli/drill.ts) reads its own flags and runs itself: this entry declares
// them, so `drill --help` and every flag error look like the other commands', then hands it the
// arguments as typed. Loaded on first use: the drill's modules stay out of lint's start-up.
const drill: CommandSpec = {
  name: 'drill',
  summary: 'rehearse each migration of the change (up, down, up again) on an embedded Postgres or a real server',
  description:
    "Rehearse each migration the change adds or modifies, on its own and in order: the base branch's\n" +
    'migrations build the starting schema; then seed every table, up, down, compare schema and data\n' +
    'with where they started, and up again. Locks, rewrites and times are measured per statement.',
  options: {
    ...prFlags,
    'database-url': {
      type: 'string',
      value: 'URL',
      default: 'an embedded PGlite',
      description: 'a real Postgres server; the drill creates databases of its own there and drops them (the role needs CREATEDB)',
    },
    'statement-timeout': { type: 'string', value: 'DURATION', default: '30s', description: 'stop a statement after this long' },
    'time-budget': { type: 'string', value: 'DURATION', default: '10m', description: 'stop the whole drill after this long' },
    'cache-dir': {
      type: 'string',
      value: 'DIR',
      default: '$ROLLBACK_READY_CACHE_DIR, $RUNNER_TEMP or ~/.cache/rollback-ready/drill',
      description: 'where built base schemas are kept for reuse (PGlite)',
    },
    'no-cache': { type: 'boolean', description: 'build the base schema afresh and keep nothing' },
    config: configFlag,
    set: {
      type: 'string',
      value: 'NAME=VALUE',
      description: "a psql variable for Sqitch scripts, as `sqitch deploy --set` gives it (over sqitch.conf's variables); repeatable",
    },
    format: { type: 'string', choices: FORMATS.drill, description: 'text, json (the report with a "drill" object), markdown' },
  },
  exitCodes: ['0  the drill passed (or there was nothing to rehearse)', '1  it failed', '2  usage, input or connection error'],
  run: async ({ raw }, io) => {
    const { drillCommand, DrillUsageError } = await import('./drill');
    return drillCommand(raw, io).catch((error: unknown) => {
      throw error instanceof DrillUsageError ? new UsageError(error.message, 'drill') : error;
    });
  },
};

/** Every command: its flags, usage and runner. `--help`, parsing and flag errors come from here. */
export const COMMANDS: CommandSpec[] = [check, lint, template, drill];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `rollback-ready ${VERSION}: prove a change can be rolled back before it merges.`,
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${synopsis(c)}`),
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "rollback-ready <command> --help" for a command\'s flags.',
    '',
    'Exit codes: 0 pass or not applicable (lint: no error findings), 1 gates failed (lint: error',
    'findings), 2 usage, config or input error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line: what is wrong, and where the usage is.
      const where = error.command ? `rollback-ready ${error.command}` : 'rollback-ready';
      io.stderr(`${where}: ${error.message}. Run "${where} --help" for usage.\n`);
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
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr(usage());
    return 2;
  }
  if (name === '--help' || name === '-h') return (io.stdout(usage()), 0);
  if (name === 'help') {
    const about = rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (rest[0] && !about) throw new UsageError(unknownCommand(rest[0]));
    io.stdout(about ? commandHelp(about) : usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(name.startsWith('-') ? `unknown option ${name} (options follow the command)` : unknownCommand(name));
  const parsed = parseCommandArgs(command, rest, COMMANDS);
  if (parsed === 'help') {
    io.stdout(commandHelp(command));
    return 0;
  }
  return command.run(parsed, io);
}

function unknownCommand(name: string): string {
  const guess = closest(
    name,
    COMMANDS.map((c) => c.name),
  );
  return `unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
const colourFor = (io: Io) => Boolean(io.isTTY) && !(io.env?.NO_COLOR ?? '');

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

/** `file:///abs/dir/` for SARIF's %SRCROOT%. */
const folderUri = (dir: string) => {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
};

async function runCheck({ values }: ParsedCommand, io: Io): Promise<number> {
  const fmt = str(values.format) ?? 'text';
  const body = await readBody(str(values.body), io);
  const [{ evaluate }, { readGitPullRequest }, { renderJson }, { renderMarkdown }, { renderText }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: str(values.repo) ?? '.', base: str(values.base), head: str(values.head), configFile: str(values.config) });
  const evaluation = await evaluate({ ...pr.input, body });
  const ctx = { baseSha: pr.baseSha, headSha: pr.headSha };
  if (fmt === 'json') io.stdout(renderJson(evaluation.report));
  else if (fmt === 'markdown') io.stdout(renderMarkdown(evaluation, ctx) + '\n');
  else if (fmt === 'sarif') {
    const { renderSarif } = await import('../core/render/sarif');
    // Repository-relative paths start at the work tree's top (the folder code scanning checks out).
    const root = (await pr.repo.git(['rev-parse', '--show-toplevel'], { allowFail: true })).trim() || resolve(pr.repo.dir);
    io.stdout(
      renderSarif(evaluation.report.findings, {
        version: VERSION,
        srcRoot: folderUri(root),
        locate: (path) => ({ uri: encodeURI(path), relative: true }),
        report: evaluation.report,
      }),
    );
  } else io.stdout(renderText(evaluation, ctx));
  return evaluation.report.verdict === 'fail' ? 1 : 0;
}

async function runTemplate({ values }: ParsedCommand, io: Io): Promise<number> {
  const [{ evaluate }, { readGitPullRequest }, , , , { renderTemplate }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: str(values.repo) ?? '.', base: str(values.base), head: str(values.head), configFile: str(values.config) });
  const evaluation = await evaluate({ ...pr.input, body: '' });
  io.stdout(renderTemplate(evaluation, pr.config, { baseSha: pr.baseSha }) + '\n');
  return 0;
}

async function runLint({ values, positionals }: ParsedCommand, io: Io): Promise<number> {
  const fmt = str(values.format) ?? 'text';
  // The parsers' WebAssembly stays on V8's baseline compiler (src/cli.ts set it at start-up,
  // see keepWasmOnBaseline): their optimising recompile cost a one-file lint ~0.5 s on Node 20
  // and ~2 s on Node 24.
  // A lint of SQL files alone spends its time in the parser and in short JS paths that V8's
  // optimising compiler costs more to compile than it saves in one run (2,000 SQL files: 1.31 →
  // 1.19 s); DSL migrations walk syntax trees at length and gain from it, so they keep it.
  if (positionals.every((f) => f.toLowerCase().endsWith('.sql'))) setFlagsFromString('--no-opt');
  // The parser (WebAssembly, compiled on background threads) and, for a large run, worker threads
  // start now: the main thread reads the config and loads the readers meanwhile.
  const pool = startLint(positionals, io.env);
  let config: Config = DEFAULT_CONFIG;
  const configFile = str(values.config);
  if (configFile)
    config = await loadConfig(
      await readFile(configFile, 'utf8').catch(() => {
        throw new InputError(`${configFile}: cannot read the config file`);
      }),
      configFile,
    );
  const cwd = process.cwd();
  const outcomes = await lintFiles(positionals, config, fmt, pool);
  const findings: Finding[] = [];
  const columns = new Map<Finding, number>();
  const skipped: { path: string; reason: string }[] = [];
  let analysed = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!;
    if (outcome.skipped) skipped.push({ path: positionals[i]!, reason: outcome.skipped });
    else analysed++;
    for (let j = 0; j < outcome.findings.length; j++) {
      const f = outcome.findings[j]!;
      const column = outcome.columns[j];
      if (column) columns.set(f, column);
      findings.push(f);
    }
  }
  const sorted = sortFindings(findings);
  if (fmt === 'json') io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + '\n');
  else if (fmt === 'sarif') {
    const { renderSarif } = await import('../core/render/sarif');
    io.stdout(
      renderSarif(sorted, {
        version: VERSION,
        srcRoot: folderUri(cwd),
        locate: (path) => sarifLocation(path, cwd),
        column: (f) => columns.get(f),
        skipped,
      }),
    );
  } else {
    const { renderLintText } = await import('../core/render/lint-text');
    io.stdout(renderLintText({ findings: sorted, column: (f) => columns.get(f), analysed, skipped, colour: colourFor(io) }));
  }
  return sorted.some((f) => f.severity === 'error' && !f.suppressed) ? 1 : 0;
}

/** A path on the command line as a SARIF URI: relative to where lint ran when it lies there. */
function sarifLocation(path: string, cwd: string): { uri: string; relative: boolean } {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), relative: true };
  return { uri: pathToFileURL(abs).href, relative: false };
}
