import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClassifier } from '../core/classify';
import { ConfigError, DEFAULT_CONFIG, parseConfig, type Config } from '../core/config';
import { analyseDeploy, deployFormatOf } from '../core/deploy/index';
import { evaluate } from '../core/evaluate';
import { finalizeFindings, sortFindings } from '../core/findings';
import type { Framework } from '../core/frameworks/framework';
import { guessFramework } from '../core/frameworks/guess';
import { FRAMEWORKS } from '../core/frameworks/index';
import { renderJson } from '../core/render/json';
import { renderMarkdown } from '../core/render/markdown';
import { renderFindingsText, renderText } from '../core/render/text';
import { renderTemplate } from '../core/render/template';
import type { Finding } from '../core/types';
import { InputError } from '../git/repo';
import { readGitPullRequest } from './read-git-pr';

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
  const pr = await readGitPullRequest({ repoDir: values.repo ?? '.', base: values.base, head: values.head, configFile: values.config });
  const evaluation = await evaluate({ ...pr.input, body: '' });
  io.stdout(renderTemplate(evaluation, pr.config, { baseSha: pr.baseSha }) + '\n');
  return 0;
}

async function lint(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, config: { type: 'string' } });
  const fmt = format(values.format, ['text', 'json'] as const, 'text');
  if (positionals.length === 0) throw new UsageError('lint needs at least one FILE');
  let config: Config = DEFAULT_CONFIG;
  if (values.config) config = parseConfig(await readFile(values.config, 'utf8').catch(() => { throw new InputError(`${values.config}: cannot read the config file`); }), values.config);
  const findings: Finding[] = [];
  for (const file of positionals) findings.push(...(await lintFile(file, config)));
  const sorted = sortFindings(findings);
  if (fmt === 'json') io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + '\n');
  else io.stdout(sorted.length ? renderFindingsText(sorted) + '\n' : `No findings in ${positionals.length} file${positionals.length > 1 ? 's' : ''}.\n`);
  return sorted.some((f) => f.severity === 'error' && !f.suppressed) ? 1 : 0;
}

/** The framework of a file on disk: configured globs first, then each framework's content check. */
export function frameworkFor(path: string, content: string, config: Config): Framework | undefined {
  const change = createClassifier(config, FRAMEWORKS).classify(path, content);
  if (change?.kind === 'migration') return FRAMEWORKS.find((f) => f.id === change.framework);
  if (change?.kind === 'deploy') return undefined;
  return guessFramework(path, content, FRAMEWORKS);
}

async function lintFile(file: string, config: Config): Promise<Finding[]> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read it'}`);
  }
  const path = relative(process.cwd(), resolve(file)).split('\\').join('/');
  if (buf.subarray(0, 8000).includes(0)) return [];
  const content = buf.toString('utf8');
  const fw = frameworkFor(path, content, config);
  if (fw) {
    const siblings: Record<string, string | undefined> = {};
    for (const p of fw.counterparts?.(path) ?? []) {
      siblings[p] = await readFile(join(dirname(resolve(file)), relative(dirname(path), p)), 'utf8').catch(() => undefined);
    }
    const analysis = await fw.analyse({ path, content, siblings });
    return finalizeFindings(path, content, analysis.hits, { config });
  }
  if (deployFormatOf(path, content) !== 'unknown') {
    const { hits } = await analyseDeploy(path, content);
    return finalizeFindings(path, content, hits, { config });
  }
  return [];
}
