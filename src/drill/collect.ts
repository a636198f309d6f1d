// Which migrations a drill rehearses, read from git: for each migrations folder the pull request
// touches, the base branch's migrations (the starting schema, in the framework's order) and the
// migrations the pull request adds or changes (rehearsed one by one, in order).
import { configuredDialect, createClassifier } from '../core/classify';
import type { Config } from '../core/config';
import { FRAMEWORKS } from '../core/frameworks/index';
import { FRAMEWORK_LABEL } from '../core/reversibility';
import { dirName } from '../core/frameworks/shared-sql';
import { isFolderPerMigration } from '../core/frameworks/meta/sql';
import { projectDialect } from '../core/frameworks/project-dialect';
import { doubtCause, doubtSetting, isDoubt, type DialectDoubt } from '../core/frameworks/dialect-doubt';
import { sqitchLayout } from '../core/frameworks/sqitch-layout';
import { withSqitchVariables } from './sqitch-vars';
import { DIALECT_NAMES, dialectOfPath } from '../core/sql/dialect';

import type { FrameworkId } from '../core/types';
import type { GitRepo } from '../git/repo';
import type { ConfigReader } from '../core/frameworks/tool-dialect';
import type { MigrationInput } from '../core/frameworks/framework';

type ListDir = NonNullable<MigrationInput['listDir']>;
import {
  companionPaths,
  compareMigrations,
  isSqlLayout,
  migrationsOf,
  postgresPopGroup,
  sqitchChange,
  sqitchPlanOrder,
  SQL_FRAMEWORKS,
  upPathOf,
  type Migration,
} from './scripts';

export interface MigrationSet {
  framework: FrameworkId;
  /** The folder the framework reads (`db/migrations/`, the Sqitch project, `prisma/migrations/`). */
  root: string;
  /** The base branch's migrations the pull request leaves alone, in order: the starting schema. */
  base: Migration[];
  /** The pull request's new or changed migrations, in order. */
  pr: Migration[];
  /** Changed migrations that already exist on the base branch. */
  changed: string[];
}

export interface DrillPlan {
  sets: MigrationSet[];
  notices: string[];
  /** Migration files the pull request touches that the drill cannot run (DSL frameworks…). */
  unrehearsable: string[];
}

/** Folders and file-name parts that say a migration is for another database. */
const OTHER_DIALECTS = new Map([
  ['mysql', 'MySQL'],
  ['mariadb', 'MariaDB'],
  ['sqlite', 'SQLite'],
  ['sqlite3', 'SQLite'],
  ['sqlserver', 'SQL Server'],
  ['sql_server', 'SQL Server'],
  ['mssql', 'SQL Server'],
  ['h2', 'H2'],
  ['oracle', 'Oracle'],
  ['cockroach', 'CockroachDB'],
  ['cockroachdb', 'CockroachDB'],
  ['spanner', 'Spanner'],
  ['clickhouse', 'ClickHouse'],
]);

export function otherDialectOf(path: string): string | undefined {
  for (const segment of path.toLowerCase().split('/')) {
    for (const part of segment.split(/[._-]/)) {
      const name = OTHER_DIALECTS.get(part);
      if (name) return name;
    }
  }
  // Every other database lint knows from a path (`db/migration/DB2/`, `x.snowflake.sql`).
  const named = dialectOfPath(path);
  return named && named.dialect !== 'postgres' ? DIALECT_NAMES[named.dialect] : undefined;
}

/** The folder a framework reads its migrations from, for one up path. */
function rootOf(framework: FrameworkId, path: string): string {
  if (framework === 'sqitch') return path.slice(0, path.lastIndexOf('deploy/'));
  if (framework === 'prisma' || (framework === 'sql' && isFolderPerMigration(path))) return dirName(dirName(path).replace(/\/$/, ''));
  return dirName(path);
}

/** Whether a path is one of the root's own files (not in a subfolder, except where the framework nests). */
function inRoot(framework: FrameworkId, root: string, path: string): boolean {
  if (!path.startsWith(root)) return false;
  const rest = path.slice(root.length);
  if (framework === 'sqitch') return rest.startsWith('deploy/') || rest.startsWith('revert/');
  if (framework === 'prisma') return /^[^/]+\/migration\.sql$/.test(rest);
  if (framework === 'sql' && /^[^/]+\/(?:up|down)\.sql$/i.test(rest)) return true; // a folder per migration
  return !rest.includes('/');
}

/** Where a skipped migration's database is known from, and its name; or the doubt that leaves it unknown. */
type OtherDatabase = { name: string; from: string } | { doubt: DialectDoubt };

/**
 * The database of a migration when it is not Postgres, decided as lint decides it: the config's
 * `dialect:` setting, else the path (`mysql/`), else the project's own config (the app's
 * database.yml or application.yml, goose's go.mod, Sqitch's engine, drizzle-kit's journal,
 * Prisma's lock file: project-dialect.ts). Undefined for Postgres. Where the project's files
 * disagree or one could not be read, the doubt: such a migration is not rehearsed on Postgres.
 */
async function otherDatabase(config: Config, framework: FrameworkId, path: string, read: ConfigReader, list: ListDir): Promise<OtherDatabase | undefined> {
  const configured = configuredDialect(config, path);
  if (configured) return configured.dialect === 'postgres' ? undefined : { name: DIALECT_NAMES[configured.dialect], from: configured.from };
  const named = otherDialectOf(path);
  if (named) return { name: named, from: 'the path' };
  const project = await projectDialect(framework, path, read, list);
  if (isDoubt(project)) return { doubt: project };
  return project && project.dialect !== 'postgres' ? { name: DIALECT_NAMES[project.dialect], from: project.from } : undefined;
}

/** A file's text at a commit, undefined when absent. */
async function headText(repo: GitRepo, commit: string, path: string): Promise<string | undefined> {
  const spec = `${commit}:${path}`;
  return (await repo.readBlobs([spec])).get(spec)?.content;
}

/** `sqitchSet`: the drill's `--set name=value` values, which a Sqitch project's scripts get as `sqitch deploy --set` gives them. */
export async function collectDrill(
  repo: GitRepo,
  forkPoint: string,
  headSha: string,
  config: Config,
  sqitchSet?: ReadonlyMap<string, string>,
): Promise<DrillPlan> {
  const classifier = createClassifier(config, FRAMEWORKS);
  const changed = await repo.changedPaths(forkPoint, headSha);
  const notices: string[] = [];
  const unrehearsable: string[] = [];
  const changedSpecs = changed.filter((c) => c.status !== 'removed' && classifier.mayMatter(c.path)).map((c) => `${headSha}:${c.path}`);
  const changedBlobs = await repo.readBlobs(changedSpecs);
  // The project's config files, read at the head (once each: oncePerReader keys on this reader).
  const read: ConfigReader = (path) => headText(repo, headSha, path);
  const list: ListDir = (dir) => repo.listFolder(headSha, dir);

  // Changed migration files → (framework, root) → up paths the pull request touches.
  const touched = new Map<string, { framework: FrameworkId; root: string; ups: Set<string> }>();
  const skipped = new Map<string, string[]>();
  const otherDialects = new Map<string, { name: string; from: string; paths: string[] }>();
  const doubts = new Map<string, { doubt: DialectDoubt; paths: string[] }>();
  for (const c of changed) {
    if (c.status === 'removed') continue;
    const blob = changedBlobs.get(`${headSha}:${c.path}`);
    if (!blob || blob.binary || blob.content === undefined) continue;
    const change = classifier.classify(c.path, blob.content);
    if (change?.kind !== 'migration' || !change.framework) continue;
    const framework = change.framework;
    // Another database's migrations are left out first, whatever their framework: a Rails app on
    // MySQL is no failure of the drill's (it rehearses Postgres), and a Flyway folder on MySQL
    // would fail on its first AUTO_INCREMENT.
    const other = await otherDatabase(config, framework, c.path, read, list);
    if (other && 'doubt' in other) {
      // Rehearsed on Postgres, a MySQL migration would fail on its first AUTO_INCREMENT, and a pass
      // would say nothing of the database it runs on: not rehearsed until its database is settled.
      const key = JSON.stringify(other.doubt);
      doubts.set(key, { doubt: other.doubt, paths: [...(doubts.get(key)?.paths ?? []), c.path] });
      unrehearsable.push(c.path);
      continue;
    }
    if (other) {
      const key = `${other.name}\u0000${other.from}`;
      otherDialects.set(key, { ...other, paths: [...(otherDialects.get(key)?.paths ?? []), c.path] });
      continue;
    }
    const notSql = !isSqlLayout(framework, c.path);
    if (!SQL_FRAMEWORKS.has(framework) || notSql) {
      const name = notSql ? `${FRAMEWORK_LABEL[framework]} (not SQL)` : FRAMEWORK_LABEL[framework];
      skipped.set(name, [...(skipped.get(name) ?? []), c.path]);
      unrehearsable.push(c.path);
      continue;
    }
    const up = upPathOf(framework, c.path);
    if (!up) continue;
    const root = rootOf(framework, up);
    const key = `${framework}\u0000${root}`;
    const entry = touched.get(key) ?? { framework, root, ups: new Set<string>() };
    entry.ups.add(up);
    touched.set(key, entry);
  }
  for (const { name, from, paths } of otherDialects.values()) {
    const shown = paths.length > 3 ? `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more` : paths.join(', ');
    const known = from === 'the path' ? (paths.length > 1 ? 'their paths say so' : 'its path says so') : `from ${from}`;
    notices.push(`Skipped, the database being ${name} (${known}): ${shown}. The drill rehearses Postgres only.`);
  }
  for (const { doubt, paths } of doubts.values()) {
    notices.push(
      `Not rehearsed: ${paths.join(', ')}. ${doubtCause(doubt).replace('this migration', paths.length > 1 ? 'these migrations' : 'this migration')} ` +
        `The drill rehearses Postgres only, and does not assume it: say which database ${paths.length > 1 ? 'they run' : 'it runs'} on in .github/rollback-ready.yml, ${doubtSetting(doubt, paths[0]!)}.`,
    );
  }
  for (const [name, paths] of skipped) {
    const what = name.endsWith('(not SQL)')
      ? `${name.replace(' (not SQL)', '')} runs these files itself (XML, YAML, JavaScript, fizz, Go)`
      : `${name} migrations need ${name} to run`;
    notices.push(
      `Not rehearsed: ${paths.join(', ')}. The drill runs SQL, and ${what}; docs/drill.md ("Frameworks with their own runtime") shows how to hand the drill the SQL they emit.`,
    );
  }

  const sets: MigrationSet[] = [];
  for (const { framework, root, ups } of [...touched.values()].sort((a, b) => a.root.localeCompare(b.root))) {
    const set = await readSet(repo, classifier, framework, root, ups, forkPoint, headSha, notices, sqitchSet);
    if (set) sets.push(set);
  }
  return { sets, notices, unrehearsable };
}

/** pop: the group each changed part belongs to, named by its first up part (what the drill rehearses). */
function popGroupHeads(ups: Set<string>, files: string[]): Set<string> {
  const names = files.map((p) => p.slice(p.lastIndexOf('/') + 1));
  const out = new Set<string>();
  for (const up of ups) {
    const dir = up.slice(0, up.lastIndexOf('/') + 1);
    const first = postgresPopGroup(names, up.slice(dir.length))?.ups[0];
    if (first) out.add(dir + first);
  }
  return out;
}

/**
 * Sqitch deploys the changes its plan lists, each from its own script (App::Sqitch::Engine's
 * `deploy` walks the plan, and a change's `deploy_file` is the only way to a script): a script no
 * change of the plan names is never run. Such scripts are taken out of the base and of the
 * rehearsal (in place), and the notices returned name them. A plan that lists nothing (absent or
 * unreadable) decides nothing: every script is kept, in name order.
 */
export function leaveOutUnplanned(
  base: Migration[],
  baseOrder: Map<string, number>,
  pr: Migration[],
  headOrder: Map<string, number>,
  planPath: string,
): string[] {
  const unplanned = (side: Migration[], order: Map<string, number>) => (order.size ? side.filter((m) => !order.has(sqitchChange(m.path))) : []);
  const notices: string[] = [];
  const say = (what: string, scripts: Migration[]) => {
    const paths = [...new Set(scripts.map((m) => m.path))];
    if (!paths.length) return;
    const [these, them] = paths.length > 1 ? ['these scripts are', 'them'] : ['this script is', 'it'];
    notices.push(
      `${what}: ${paths.join(', ')}. Sqitch deploys only the changes its plan lists, and ${these} named by no change of ${planPath}, so Sqitch never runs ${them}: ` +
        'add the change with `sqitch add` (or its line to the plan) for Sqitch to deploy it, or delete the script.',
    );
  };
  const [strayPr, strayBase] = [unplanned(pr, headOrder), unplanned(base, baseOrder)];
  say('Not rehearsed', strayPr);
  say('Left out of the base', strayBase);
  const stray = new Set([...strayPr, ...strayBase]);
  for (const side of [base, pr]) side.splice(0, side.length, ...side.filter((m) => !stray.has(m)));
  return notices;
}

/**
 * A folder's base and the change's migrations in it, in order; undefined when every script the
 * change touched there is one its tool never runs (a Sqitch script no change of the plan names).
 */
async function readSet(
  repo: GitRepo,
  classifier: ReturnType<typeof createClassifier>,
  framework: FrameworkId,
  root: string,
  ups: Set<string>,
  forkPoint: string,
  headSha: string,
  notices: string[],
  sqitchSet?: ReadonlyMap<string, string>,
): Promise<MigrationSet | undefined> {
  const [baseTree, headTree] = await Promise.all([repo.listTree(forkPoint, root), repo.listTree(headSha, root)]);
  const baseFiles = [...baseTree.keys()].filter((p) => inRoot(framework, root, p));
  if (framework === 'pop')
    ups = popGroupHeads(
      ups,
      [...headTree.keys()].filter((p) => inRoot(framework, root, p)),
    );
  const wantedHead = new Set<string>();
  for (const up of ups) {
    wantedHead.add(up);
    for (const p of companionPaths(framework, up)) if (headTree.has(p)) wantedHead.add(p);
  }
  // A pop group's other parts are read as well.
  if (framework === 'pop') for (const p of headTree.keys()) if (inRoot(framework, root, p)) wantedHead.add(p);
  // Sqitch's plan: beside the scripts' folders, or where sqitch.conf's plan_file or top_dir puts it.
  // …and its sqitch.conf, whose variables Sqitch passes to psql (sqitch-vars.ts).
  const layout = framework === 'sqitch' ? await sqitchLayout(root, (p) => headText(repo, headSha, p)) : undefined;
  const planPath = layout?.plan ?? '';
  const blobs = await repo.readBlobs([
    ...baseFiles.map((p) => baseTree.get(p)!),
    ...[...wantedHead].filter((p) => headTree.has(p)).map((p) => headTree.get(p)!),
    ...(layout ? [`${forkPoint}:${planPath}`, `${headSha}:${planPath}`, `${forkPoint}:${layout.conf}`, `${headSha}:${layout.conf}`] : []),
  ]);
  const baseContent = (p: string) => {
    const id = baseTree.get(p);
    return id ? blobs.get(id)?.content : undefined;
  };
  const headContent = (p: string) => {
    const id = headTree.get(p);
    return id ? blobs.get(id)?.content : undefined;
  };
  // Sqitch: each side's plan gives its changes' order and identity (a reworked change is one
  // change per instance, its earlier instances' scripts at `deploy/name@tag.sql`).
  const plans =
    framework === 'sqitch'
      ? {
          base: sqitchPlanOrder(blobs.get(`${forkPoint}:${planPath}`)?.content ?? '', (name) => baseTree.has(`${root}deploy/${name}.sql`)),
          head: sqitchPlanOrder(blobs.get(`${headSha}:${planPath}`)?.content ?? '', (name) => headTree.has(`${root}deploy/${name}.sql`)),
        }
      : undefined;
  const sameFramework = (p: string, content: string) => classifier.classify(p, content)?.framework === framework;

  const base: Migration[] = [];
  // Names of a folder's files at a side (pop groups numbered parts by them).
  const folderOf = (tree: Map<string, string>) => (p: string) => () => {
    const dir = p.slice(0, p.lastIndexOf('/') + 1);
    return [...tree.keys()].filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/')).map((f) => f.slice(dir.length));
  };
  for (const p of baseFiles) {
    const content = baseContent(p);
    if (content === undefined || !sameFramework(p, content)) continue;
    base.push(...(migrationsOf(framework, p, content, baseContent, folderOf(baseTree)(p)) ?? []));
  }
  const pr: Migration[] = [];
  for (const up of ups) {
    const content = headContent(up);
    if (content === undefined || !sameFramework(up, content)) continue;
    pr.push(...(migrationsOf(framework, up, content, headContent, folderOf(headTree)(up)) ?? []));
  }
  if (layout) {
    // Each side's scripts run with the variables of its own sqitch.conf.
    base.splice(0, base.length, ...(await withSqitchVariables(base, blobs.get(`${forkPoint}:${layout.conf}`)?.content, layout.conf, sqitchSet)));
    pr.splice(0, pr.length, ...(await withSqitchVariables(pr, blobs.get(`${headSha}:${layout.conf}`)?.content, layout.conf, sqitchSet)));
  }
  if (plans) {
    for (const m of base) m.id = plans.base.ids.get(sqitchChange(m.path)) ?? m.id;
    for (const m of pr) m.id = plans.head.ids.get(sqitchChange(m.path)) ?? m.id;
    const touched = pr.length;
    notices.push(...leaveOutUnplanned(base, plans.base.order, pr, plans.head.order, planPath));
    // Every script the change touched is one Sqitch never runs: nothing to rehearse, no base to build.
    if (touched && !pr.length) return undefined;
  }
  // A changed migration is already applied where the base runs: the base is built without it and
  // its head version rehearsed on top. Liquibase changesets the file still has unchanged stay in the base.
  const baseById = new Map(base.map((m) => [m.id, m]));
  const same = (a: Migration, b: Migration) => JSON.stringify([a.up.pieces, a.down?.pieces]) === JSON.stringify([b.up.pieces, b.down?.pieces]);
  const rehearsed = pr.filter((m) => {
    const was = baseById.get(m.id);
    // …as do a Sqitch change's earlier instances a rework copied to `deploy/name@tag.sql` unchanged.
    return !((framework === 'liquibase' || framework === 'sqitch') && was && same(was, m));
  });
  const ids = new Set(rehearsed.map((m) => m.id));
  const changed = rehearsed.filter((m) => baseById.has(m.id)).map((m) => m.path);
  const order = (plan?: Map<string, number>) => (a: Migration, b: Migration) => compareMigrations(framework, a, b, plan);
  return {
    framework,
    root,
    base: base.filter((m) => !ids.has(m.id)).sort(order(plans?.base.order)),
    pr: rehearsed.sort(order(plans?.head.order)),
    changed: [...new Set(changed)],
  };
}
