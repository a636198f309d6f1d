// Commands declare their flags and usage in one table (CommandSpec); parsing, `--help` and every
// usage error come from that table, so a command cannot take a flag its help does not list, and
// a flag it does not take is an error rather than silently ignored. The tokens come from Node's
// own `util.parseArgs`; the checks and messages are ours (its strict-mode messages point at the
// wrong fix for a typo, and differ between Node versions).
import { parseArgs } from 'node:util';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Standard output is a terminal (colour is allowed unless NO_COLOR is set). */
  isTTY?: boolean;
  /** The environment (NO_COLOR); process.env in the real CLI. */
  env?: Record<string, string | undefined>;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder of the value in the usage line: DIR, REF, FILE|-. */
  value?: string;
  /** Allowed values (`--format`); the first one is the default unless `default` says otherwise. */
  choices?: readonly string[];
  default?: string;
  description: string;
}

export interface ParsedCommand {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The arguments as typed, for a command that reads them again itself (drill). */
  raw: string[];
}

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** A few lines for `<command> --help`. */
  description: string;
  options: Record<string, OptionSpec>;
  /** Positional arguments: `FILE...` for lint; none when absent. */
  positionals?: { name: string; min: number };
  /** Exit codes, one line each, for `--help`. */
  exitCodes?: string[];
  run(parsed: ParsedCommand, io: Io): Promise<number>;
}

/** A usage error: one line on stderr naming what is wrong, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'print this help and exit' };

/** `[--repo DIR] [--format text|json]` from a command's options. */
export function synopsis(spec: CommandSpec): string {
  const parts: string[] = [];
  if (spec.positionals) parts.push(`${spec.positionals.name}...`);
  for (const [name, o] of Object.entries(spec.options)) {
    const value = o.choices ? o.choices.join('|') : o.value;
    parts.push(`[--${name}${o.type === 'string' ? ` ${value ?? 'VALUE'}` : ''}]`);
  }
  return `rollback-ready ${spec.name}${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

/** The text of `rollback-ready <command> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = [];
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP })) {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : (o.value ?? 'VALUE')}` : ''}`;
    const dflt = o.default !== undefined ? ` (default: ${o.default})` : o.choices ? ` (default: ${o.choices[0]})` : '';
    rows.push([flag, `${o.description}${dflt}`]);
  }
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const lines = [`Usage: ${synopsis(spec)}`, '', spec.description, '', 'Options:', ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`)];
  if (spec.exitCodes?.length) lines.push('', 'Exit codes:', ...spec.exitCodes.map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest name within two edits (or a unique prefix), if any. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const prefixed = candidates.filter((c) => c.startsWith(name) && name.length >= 2);
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.min(2, Math.floor(name.length / 2)) ? best : undefined;
}

/** A value echoed in an error never shows a password (`postgres://user:***@host`). */
const shown = (value: string) => value.replace(/(\/\/[^/:@\s]*:)[^@\s]*@/g, '$1***@');

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * The flags and positionals of one command, checked against its spec. Returns 'help' for
 * `-h`/`--help`. Throws UsageError naming the flag for an unknown, misspelled or foreign flag, a
 * missing value, or a value outside the flag's choices.
 */
export function parseCommandArgs(spec: CommandSpec, args: string[], all: readonly CommandSpec[]): ParsedCommand | 'help' {
  const options = { ...spec.options, help: HELP };
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  const fail = (message: string): never => {
    throw new UsageError(message, spec.name);
  };
  // Every flag is declared as a string so parseArgs never guesses; types are checked below.
  const { tokens } = parseArgs({ args, strict: false, allowPositionals: true, tokens: true, options: {} });
  // --help wins over anything else on the line (as in git and eslint): a user asking for the
  // usage of a command they typed wrongly gets the usage.
  if (tokens.some((t) => t.kind === 'option' && !t.inlineValue && (t.rawName === '--help' || t.rawName === '-h'))) return 'help';
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  let wantsHelp = false;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const raw = token.rawName;
    const name = raw.startsWith('--') ? token.name : (byShort.get(token.name) ?? `-${token.name}`);
    const option = (options as Record<string, OptionSpec>)[name];
    if (!option) {
      const flag = raw.startsWith('--') ? raw : `-${token.name}`;
      const others = all.filter((c) => c !== spec && Object.hasOwn(c.options, token.name)).map((c) => c.name);
      if (raw.startsWith('--') && others.length) fail(`${spec.name} does not take ${flag} (${list(others)} ${others.length > 1 ? 'do' : 'does'})`);
      const guess = closest(token.name, Object.keys(options));
      fail(`unknown option ${flag}${guess ? ` (did you mean --${guess}?)` : ''}`);
    }
    if (name === 'help') {
      if (token.inlineValue) fail(`${raw} does not take a value`);
      wantsHelp = true;
      continue;
    }
    if (option!.type === 'boolean') {
      if (token.inlineValue) fail(`--${name} does not take a value`);
      values[name] = true;
      continue;
    }
    // A string flag takes the next argument, unless that is another flag (`--repo --base main`).
    let value = token.inlineValue ? token.value : undefined;
    if (!token.inlineValue) {
      const next = tokens[t + 1];
      if (next?.kind === 'positional' && next.value === args[next.index] && next.index === token.index + 1) {
        value = next.value;
        t++;
      }
    }
    if (value === undefined) fail(`--${name} needs a value: --${name} ${option!.choices ? option!.choices.join('|') : (option!.value ?? 'VALUE')}`);
    if (option!.choices && !option!.choices.includes(value!)) fail(`--${name} must be one of ${option!.choices.join(', ')} (got "${shown(value!)}")`);
    values[name] = value;
  }
  if (wantsHelp) return 'help';
  const p = spec.positionals;
  if (!p && positionals.length) {
    const guess = closest(positionals[0]!, Object.keys(options));
    fail(`unexpected argument "${shown(positionals[0]!)}"${guess ? ` (did you mean --${guess}?)` : ''}`);
  }
  if (p && positionals.length < p.min) fail(`needs at least ${p.min === 1 ? 'one' : p.min} ${p.name}`);
  return { values, positionals, raw: args };
}
