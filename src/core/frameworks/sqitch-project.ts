// What a Sqitch project says beside its scripts: the database engine (`sqitch.conf`) and the order
// its changes run in (`sqitch.plan`). Both are Sqitch's own line formats, read as Sqitch reads them.
// - sqitch.conf is a git-config file: `[core] engine = mysql`, or a target whose URI names the
//   engine (`[core] target = office`, `[target "office"] uri = db:mysql:///office`:
//   inqwise-opinion/opinion-sqitch-mysql, whose backtick-quoted MySQL procedures read as MySQL
//   only by their content, one file in three).
// - sqitch.plan lists changes in deploy order (`name [deps] timestamp planner # note`) and tags
//   (`@v1.0 …`). A change reworked after a tag appears again (`name [name@v1.0] …`): the newest
//   instance's scripts are `deploy/name.sql`, an earlier one's `deploy/name@<tag>.sql`, the first
//   tag after that instance whose script exists (App::Sqitch::Plan::Change's `path_segments`;
//   chef/chef-server's `src/oc_bifrost/schema/deploy/update_acl@1.2.0.sql`).
import type { Dialect } from '../sql/dialect';
import { unreadVerdict, type DialectVerdict } from './dialect-doubt';

/** The project folder of a script (`db/` for `db/deploy/users.sql`), or undefined outside deploy/revert/verify. */
export function sqitchRoot(path: string): string | undefined {
  const segments = path.split('/');
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === 'deploy' || segments[i] === 'revert' || segments[i] === 'verify')
      return segments
        .slice(0, i)
        .map((s) => `${s}/`)
        .join('');
  }
  return undefined;
}

/** A script's change as sqitch.plan names it (`users/add@v1.0` for `db/deploy/users/add@v1.0.sql`). */
export function sqitchScriptName(path: string): string | undefined {
  const root = sqitchRoot(path);
  if (root === undefined) return undefined;
  const rest = path.slice(root.length);
  return rest.slice(rest.indexOf('/') + 1).replace(/\.sql$/i, '');
}

/**
 * A git-config file's values (`core.engine`, `target.office.uri`), section and key names in lower
 * case; the last value of a key wins, as git's does (keys may hold `_`, as Sqitch's `plan_file` does). Comments (`#`, `;`) and quotes are read as git
 * reads them; what is not `key = value` or a section header is left out.
 */
export function readGitConfig(text: string): Map<string, string> {
  const values = new Map<string, string>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      section = header[2] === undefined ? header[1]!.toLowerCase() : `${header[1]!.toLowerCase()}.${header[2].replace(/\\(.)/g, '$1')}`;
      continue;
    }
    const pair = /^([A-Za-z][A-Za-z0-9_-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!pair || !section) continue;
    values.set(`${section}.${pair[1]!.toLowerCase()}`, configValue(pair[2] ?? 'true'));
  }
  return values;
}

/**
 * The first line git would stop at in a git-config file ("bad config line N"): neither blank, a
 * comment, a section header, nor `key = value` (or a bare `key`) inside a section, nor the
 * continuation of a value whose line ends in `\`. Undefined when every line reads.
 */
export function badGitConfigLine(text: string): number | undefined {
  let section = false;
  let continued = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const wasContinued = continued;
    continued = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    if (wasContinued || !line || line.startsWith('#') || line.startsWith(';')) continue;
    if (/^\[\s*[A-Za-z0-9.-]+(?:\s+"(?:[^"\\]|\\.)*")?\s*\]/.test(line)) section = true;
    else if (!section || !/^[A-Za-z][A-Za-z0-9_-]*\s*(?:=.*)?$/.test(line)) return i + 1;
  }
  return undefined;
}

/** A git-config value: quotes joined, escapes read, an unquoted `#` or `;` starts a comment. */
function configValue(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && i + 1 < raw.length) out += raw[++i] === 'n' ? '\n' : raw[i];
    else if (!quoted && (c === '#' || c === ';')) break;
    else out += c;
  }
  return out.trim();
}

/**
 * Sqitch's engines (and the URI schemes of its targets, `db:pg:`, `db:mysql:`) as dialects. Vertica
 * and Exasol have no reading of their own here: their scripts are read as their content shows.
 */
const ENGINES: ReadonlyMap<string, Dialect> = new Map<string, Dialect>([
  ['pg', 'postgres'],
  ['postgres', 'postgres'],
  ['postgresql', 'postgres'],
  ['yugabyte', 'yugabytedb'],
  ['cockroach', 'cockroachdb'],
  ['cockroachdb', 'cockroachdb'],
  ['mysql', 'mysql'],
  ['mariadb', 'mysql'],
  ['sqlite', 'sqlite'],
  ['oracle', 'oracle'],
  ['firebird', 'firebird'],
  ['snowflake', 'snowflake'],
]);

/** The engine a target URI names: `db:mysql://…` → `mysql`. */
const uriEngine = (uri: string | undefined): string | undefined => /^db:([a-z0-9]+):/i.exec(uri ?? '')?.[1]?.toLowerCase();

/**
 * The engine sqitch.conf names: `core.engine`, else the engine of the core target's URI (the target
 * named, or a URI given in its place), else the one engine all targets' URIs agree on.
 */
export function sqitchEngine(conf: Map<string, string>): string | undefined {
  const engine = conf.get('core.engine')?.toLowerCase();
  if (engine) return engine;
  const target = conf.get('core.target');
  if (target) return uriEngine(conf.get(`target.${target}.uri`) ?? target);
  const engines = new Set<string>();
  for (const [key, value] of conf) if (/^target\..*\.uri$/.test(key) && uriEngine(value)) engines.add(uriEngine(value)!);
  return engines.size === 1 ? [...engines][0] : undefined;
}

/**
 * The dialect sqitch.conf's text (at `path`) names, undefined when it names none known here; a
 * sqitch.conf Sqitch would not read (git's "bad config line") may name any engine: a doubt naming it.
 */
export function sqitchConfDialect(text: string, path: string): DialectVerdict {
  const bad = badGitConfigLine(text);
  if (bad !== undefined) return unreadVerdict(path, `not a git-style config: line ${bad} is no [section], key = value or comment`);
  const engine = sqitchEngine(readGitConfig(text));
  const dialect = engine ? ENGINES.get(engine) : undefined;
  return dialect ? { dialect, from: `the Sqitch engine in ${path} (${engine})` } : undefined;
}

/** One change of a plan, in deploy order: its name and the tags that follow it before its next rework. */
export interface PlanChange {
  name: string;
  /** Tags after this instance, up to the next instance of the same name (each `@name`); only for a change reworked later. */
  reworkTags: string[];
}

/**
 * The changes of a sqitch.plan in deploy order (pragmas, tags, notes and blank lines left out). A
 * line starting `-` reverts a change in the plan's history: Sqitch drops it from the plan there.
 */
export function readSqitchPlanChanges(plan: string): PlanChange[] {
  const changes: PlanChange[] = [];
  /** The latest instance of each name, and the tags seen since it. */
  const open = new Map<string, { change: PlanChange; tags: string[] }>();
  for (const raw of plan.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('%') || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      const tag = line.split(/\s/)[0]!;
      for (const o of open.values()) o.tags.push(tag);
      continue;
    }
    const reverted = line.startsWith('-');
    const name = line.replace(/^[+-]\s*/, '').split(/[\s[]/)[0]!;
    if (!name) continue;
    const earlier = open.get(name);
    if (reverted) {
      if (earlier) changes.splice(changes.indexOf(earlier.change), 1);
      open.delete(name);
      continue;
    }
    if (earlier) earlier.change.reworkTags = earlier.tags;
    const change: PlanChange = { name, reworkTags: [] };
    changes.push(change);
    open.set(name, { change, tags: [] });
  }
  return changes;
}

/**
 * The script names (`users`, `users@v1.0`) of a plan's changes in deploy order: a reworked change's
 * earlier instances by the first of their tags whose script `exists`, else the first tag.
 */
export function sqitchScriptOrder(plan: string, exists: (name: string) => boolean): string[] {
  return readSqitchPlanChanges(plan).map(({ name, reworkTags }) => {
    if (!reworkTags.length) return name;
    return `${name}${reworkTags.find((tag) => exists(`${name}${tag}`)) ?? reworkTags[0]}`;
  });
}

/**
 * The variables Sqitch passes to psql (`--set name=value`) when it runs a `deploy` or a `revert`
 * (sqitchers/sqitch@0ab857e3 lib/App/Sqitch/Command/deploy.pm and revert.pm `_collect_vars`, the
 * target's in lib/App/Sqitch/Target.pm, pg.pm `_psql`), merged as Sqitch merges them, a later section
 * winning: `[core "variables"]`, `[deploy "variables"]`, for a revert `[revert "variables"]`, the
 * engine's `[engine "pg.variables"]`, the target's `[target "<name>.variables"]`; then `registry`,
 * which Sqitch always sets (its registry schema, `sqitch` unless configured). A `sqitch deploy
 * --set name=value` wins over all of them: `given`. Names are git-config keys, read in lower case.
 */
export function sqitchVariables(conf: Map<string, string>, command: 'deploy' | 'revert', given: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const engine = sqitchEngine(conf);
  const target = conf.get('core.target') ?? (engine ? conf.get(`engine.${engine}.target`) : undefined) ?? (engine ? `db:${engine}:` : undefined);
  const sections = [
    'core',
    'deploy',
    ...(command === 'revert' ? ['revert'] : []),
    ...(engine ? [`engine.${engine}`] : []),
    ...(target ? [`target.${target}`] : []),
  ];
  const vars = new Map<string, string>();
  for (const section of sections) {
    const prefix = `${section}.variables.`;
    for (const [key, value] of conf) if (key.startsWith(prefix) && !key.slice(prefix.length).includes('.')) vars.set(key.slice(prefix.length), value);
  }
  for (const [name, value] of given) vars.set(name, value);
  const fetch = (key: string) =>
    (target ? conf.get(`target.${target}.${key}`) : undefined) || (engine ? conf.get(`engine.${engine}.${key}`) : undefined) || conf.get(`core.${key}`);
  vars.set('registry', fetch('registry') || 'sqitch');
  return vars;
}
