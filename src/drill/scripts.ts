// Each SQL framework's migration as the drill runs it: the up script, the down script (when the
// framework has one and the file has one), whether the framework wraps each in a transaction, and
// the order the framework applies its migrations in.
import type { SqlPiece } from '../core/sql/lint-sql';
import type { FrameworkId } from '../core/types';
import { DBMATE_FORMAT } from '../core/frameworks/dbmate';
import { GOOSE_FORMAT } from '../core/frameworks/goose';
import { downPathOf } from '../core/frameworks/golang-migrate';
import { downCandidates, isDownPath, isFolderPerMigration } from '../core/frameworks/meta/sql';
import { flywayKindOf, revertPathOf, undoPathOf, withoutPlaceholders } from '../core/frameworks/meta/index';
import { baseName, sections, type Marker, type SectionedFormat } from '../core/frameworks/shared-sql';
import { renderPopTemplate } from '../core/frameworks/pop/template';
import { popName, sqitchFolder } from '../core/frameworks/sql-detect';
import { SQL_MIGRATE_FORMAT } from '../core/frameworks/sql-migrate';
import { dbMigrateSqlFiles } from '../core/frameworks/meta/db-migrate';
import { expandEnvsubWith, type EnvsubResult } from './envsub';
import { readSqitchPlanChanges, sqitchScriptOrder } from '../core/frameworks/sqitch-project';

export interface Script {
  /** The file the script is in. */
  path: string;
  /** How reports name it: `000002_x.down.sql`, `the -- +goose Down section`. */
  label: string;
  pieces: SqlPiece[];
  /** The framework runs the script inside one transaction. */
  transactional: boolean;
  /**
   * The framework stops before running the script (goose's ENVSUB with a required variable unset), or
   * the drill cannot run it as the framework's client would (psql for Sqitch: a variable nothing sets,
   * a `\gexec`): its line, why, and who stops (`goose` unless said).
   */
  failure?: { line: number; message: string; by?: string };
  /**
   * Who runs the script, and whether it sends a `COPY … FROM STDIN`'s inline rows (the lines after
   * it, to `\.`) as the COPY's data: psql does (Sqitch), Flyway does (its PostgreSQLCopyParsedStatement);
   * a tool that sends the file through a driver sends them as SQL, and fails there.
   */
  copyIn?: { by: string; sends: boolean };
}

export interface Migration {
  /** Unique: the up file's path (`#changeset` appended for Liquibase changesets). */
  id: string;
  path: string;
  framework: FrameworkId;
  up: Script;
  down?: Script;
  /** Why there is no down, when there is none. */
  noDown?: string;
  /** What the report should say about how the scripts were read (goose's ENVSUB variables that were not set). */
  notes?: string[];
}

/** Frameworks the drill rehearses (their migrations are SQL files). */
export const SQL_FRAMEWORKS = new Set<FrameworkId>([
  'sql',
  'golang-migrate',
  'goose',
  'sql-migrate',
  'dbmate',
  'db-migrate',
  'pop',
  'flyway',
  'sqitch',
  'prisma',
  'liquibase',
]);

/** Frameworks whose files are SQL only in some layouts: db-migrate's `sqls/*-up.sql`, pop's `.sql` (not fizz), Liquibase's formatted SQL, goose's `.sql` (not its Go migrations). */
export const isSqlLayout = (framework: FrameworkId, path: string): boolean =>
  !['db-migrate', 'pop', 'liquibase', 'goose'].includes(framework) || path.toLowerCase().endsWith('.sql');

/** The file a changed path stands for: a down, undo or revert file stands for its up. */
export function upPathOf(framework: FrameworkId, path: string): string | undefined {
  switch (framework) {
    case 'golang-migrate':
      return /[._]down\.sql$/.test(path) ? path.replace(/([._])down\.sql$/, '$1up.sql') : path;
    case 'flyway': {
      const kind = flywayKindOf(path);
      if (kind === 'U') return `${path.slice(0, path.lastIndexOf('/') + 1)}V${baseName(path).slice(1)}`;
      return kind ? path : undefined;
    }
    case 'sqitch': {
      const folder = sqitchFolder(path);
      if (folder === 'deploy') return path;
      if (folder === 'revert') return path.replace(/(^|\/)revert\//, '$1deploy/');
      return undefined;
    }
    case 'db-migrate':
      return dbMigrateSqlFiles(path)?.up;
    case 'pop':
      return popName(path)?.direction === 'down' ? path.replace(/\.down\.sql$/i, '.up.sql') : path;
    case 'sql': {
      // A folder per migration (Diesel, Hasura): `<version>_<name>/down.sql` is the down of its `up.sql`.
      if (isFolderPerMigration(path, 'down.sql')) return `${path.slice(0, path.lastIndexOf('/') + 1)}up.sql`;
      if (isDownPath(path)) {
        const segments = path.split('/');
        segments[segments.lastIndexOf('down')] = 'up';
        return segments.join('/');
      }
      if (/[._]down\.sql$/i.test(path)) return path.replace(/[._]down\.sql$/i, '.sql');
      return path;
    }
    default:
      return path;
  }
}

/** Paths (besides the up itself) whose contents building a migration needs. */
export function companionPaths(framework: FrameworkId, path: string): string[] {
  switch (framework) {
    case 'golang-migrate': {
      const down = downPathOf(path);
      return down ? [down] : [];
    }
    case 'flyway': {
      const undo = undoPathOf(path);
      return undo ? [undo] : [];
    }
    case 'sqitch': {
      const revert = revertPathOf(path);
      return revert ? [revert] : [];
    }
    case 'sql':
      return downCandidates(path);
    case 'db-migrate': {
      const files = dbMigrateSqlFiles(path);
      return files ? [files.down] : [];
    }
    default:
      return [];
  }
}

const whole = (path: string, content: string, transactional: boolean): Script => ({
  path,
  label: baseName(path),
  pieces: [{ sql: content, line: 1 }],
  transactional,
});

function sectioned(path: string, content: string, format: SectionedFormat, framework: FrameworkId): Migration {
  const read = sections(content, format);
  const up: Script = {
    path,
    label: `the ${format.downName.replace(/Down$|down$/, (d) => (d[0] === 'D' ? 'Up' : 'up'))} section`,
    pieces: read.upPieces,
    transactional: read.transactional,
  };
  if (!read.down) return { id: path, path, framework, up, noDown: `the file has no ${format.downName} section` };
  const downTransactional =
    format === DBMATE_FORMAT
      ? !/transaction:false/.test(read.down.text)
      : format === SQL_MIGRATE_FORMAT
        ? !/notransaction/i.test(read.down.text)
        : read.transactional;
  return { id: path, path, framework, up, down: { path, label: `the ${format.downName} section`, pieces: read.downPieces, transactional: downTransactional } };
}

/** A goose migration with what expanding its ENVSUB lines gave: the variables not set said, a substitution goose stops at set on its script. */
function withEnvsub(m: Migration, env: EnvsubResult): Migration {
  const out: Migration = { ...m };
  if (env.missing.length)
    out.notes = [
      `-- +goose ENVSUB ON: ${env.missing.map((n) => `$${n}`).join(', ')} ${env.missing.length === 1 ? 'is' : 'are'} not set in the drill's environment and ${env.missing.length === 1 ? 'was' : 'were'} expanded as empty, as goose would; set ${env.missing.length === 1 ? 'it' : 'them'} to the deploy's values to rehearse what the deploy runs`,
    ];
  // goose expands every ENVSUB line of the file before it keeps the direction's statements
  // (internal/sqlparser/parser.go: Interpolate, then "ignore down"/"ignore up"), so a substitution
  // it stops at, in either section, stops the up and the down alike.
  const failure = env.failure;
  if (failure) {
    out.up = { ...out.up, failure };
    if (out.down) out.down = { ...out.down, failure };
  }
  return out;
}

/**
 * The migrations one file holds, as the drill runs them; undefined for a file that is not an up
 * (a down, undo, revert or verify file). `read` gives other files at the same revision.
 */
export function migrationsOf(
  framework: FrameworkId,
  path: string,
  content: string,
  read: (path: string) => string | undefined,
  folder: () => readonly string[] = () => [baseName(path)],
): Migration[] | undefined {
  const copyIn = COPY_IN[framework] ?? { by: framework, sends: false };
  return frameworkMigrations(framework, path, content, read, folder)?.map((m) => ({
    ...m,
    up: { ...m.up, copyIn },
    ...(m.down ? { down: { ...m.down, copyIn } } : {}),
  }));
}

/**
 * Who sends a COPY's inline rows as its data: psql (Sqitch's client; raw SQL folders, run with `psql -f`
 * as often as not) and Flyway. golang-migrate (golang-migrate#492), goose (goose#138), dbmate
 * (dbmate#31), sql-migrate (sql-migrate#104), Prisma, Liquibase and the rest send the file through a
 * driver: the rows reach the server as SQL.
 */
const COPY_IN: Partial<Record<FrameworkId, { by: string; sends: boolean }>> = {
  sqitch: { by: 'psql', sends: true },
  sql: { by: 'psql', sends: true },
  flyway: { by: 'Flyway', sends: true },
};

function frameworkMigrations(
  framework: FrameworkId,
  path: string,
  content: string,
  read: (path: string) => string | undefined,
  /** The names of the files in the migration's folder (pop groups its numbered parts by them). */
  folder: () => readonly string[] = () => [baseName(path)],
): Migration[] | undefined {
  /** The up with the down file at `downPath`, or the up alone saying `missing` when that file is absent. */
  /** `up` and the down at `downPath` (its text through `prepare`), or `missing` when there is none. */
  const paired = (up: Script, downPath: string, missing: string, transactional = true, prepare = (sql: string) => sql): Migration[] => {
    const down = read(downPath);
    return [
      down === undefined
        ? { id: path, path, framework, up, noDown: missing }
        : { id: path, path, framework, up, down: whole(downPath, prepare(down), transactional) },
    ];
  };
  switch (framework) {
    case 'golang-migrate': {
      const downPath = downPathOf(path);
      if (!downPath) return undefined;
      // Its Postgres driver sends a file as one query string: one implicit transaction.
      return paired(whole(path, content, true), downPath, `there is no ${baseName(downPath)}`);
    }
    case 'goose': {
      // A Go migration (`goose.AddMigrationContext`) is Go code the drill does not run.
      if (!isSqlLayout(framework, path)) return undefined;
      // `-- +goose ENVSUB ON` lines are expanded as goose expands them, from the drill's environment.
      const env = expandEnvsubWith(content, GOOSE_FORMAT.marker!, (name) => process.env[name]);
      return [withEnvsub(sectioned(path, env.content, GOOSE_FORMAT, framework), env)];
    }
    case 'sql-migrate':
      return [sectioned(path, content, SQL_MIGRATE_FORMAT, framework)];
    case 'db-migrate': {
      // The SQL files of a `--sql-file` migration; its JS is the framework's own runtime.
      const files = dbMigrateSqlFiles(path);
      if (!files || files.up !== path) return undefined;
      return paired(whole(path, content, true), files.down, `there is no ${baseName(files.down)}`);
    }
    case 'dbmate':
      return [sectioned(path, content, DBMATE_FORMAT, framework)];
    case 'flyway': {
      const kind = flywayKindOf(path);
      if (kind === 'U' || kind === undefined) return undefined;
      // Flyway's `${placeholders}` take their values from its configuration: stand-in names, as lint reads them.
      const up = whole(path, withoutPlaceholders(content), true);
      if (kind === 'R')
        return [{ id: path, path, framework, up, noDown: 'a repeatable migration has no undo: reverting the file re-applies its earlier version' }];
      const undoPath = undoPathOf(path)!;
      return paired(up, undoPath, `there is no undo script ${baseName(undoPath)}`, true, withoutPlaceholders);
    }
    case 'sqitch': {
      if (sqitchFolder(path) !== 'deploy') return undefined;
      // Sqitch scripts hold their own BEGIN/COMMIT: run as written.
      const revertPath = revertPathOf(path)!;
      return paired(whole(path, content, false), revertPath, `there is no ${revertPath}`, false);
    }
    case 'pop':
      return popMigration(path, content, read, folder());
    case 'prisma':
      return [
        {
          id: path,
          path,
          framework,
          up: whole(path, content, true),
          noDown: 'Prisma migrations have no down: only the up is rehearsed (the plan must name the backup and restore)',
        },
      ];
    case 'liquibase':
      return liquibaseChangesets(path, content);
    case 'sql': {
      if (isDownPath(path) || /[._]down\.sql$/i.test(path)) return undefined;
      const up = whole(path, content, true);
      for (const candidate of downCandidates(path)) {
        const down = read(candidate);
        if (down !== undefined) return [{ id: path, path, framework, up, down: whole(candidate, down, true) }];
      }
      return [{ id: path, path, framework, up, noDown: 'raw SQL has no down convention and no down file sits beside it' }];
    }
    default:
      return undefined;
  }
}

/**
 * The files of a pop migration as Postgres runs them, in part order: its parts of the `postgres`
 * dialect or of none (popx prefers the dialect's own file per part; `popMigration` picks). The
 * group is named by its first up file; undefined for a file of another dialect.
 */
export function postgresPopGroup(names: readonly string[], name: string): { ups: string[]; downs: string[] } | undefined {
  const self = popName(name);
  if (!self || (self.dialect !== undefined && self.dialect !== 'postgres')) return undefined;
  const ups: string[] = [];
  const downs: string[] = [];
  for (const file of names) {
    const p = popName(file);
    if (!p || p.stamp !== self.stamp || p.name !== self.name || p.ext !== self.ext) continue;
    if (p.dialect !== undefined && p.dialect !== 'postgres') continue;
    (p.direction === 'up' ? ups : downs).push(file);
  }
  const order = (a: string, b: string) => {
    const pa = popName(a)!.part;
    const pb = popName(b)!.part;
    return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
  return { ups: ups.sort(order), downs: downs.sort(order) };
}

/**
 * A pop migration: ory splits one into numbered parts (`…000000_x.up.sql`, `…000001_x.up.sql`) that
 * run one after the other, and a part's down may live in another part. The group is rehearsed as one
 * migration, standing at its first up part: its ups in part order, its downs in reverse order. Each
 * piece keeps its own file, so findings point at the part.
 */
function popMigration(path: string, content: string, read: (path: string) => string | undefined, names: readonly string[]): Migration[] | undefined {
  const self = popName(path);
  if (!self || self.direction !== 'up' || self.ext !== 'sql') return undefined;
  const group = postgresPopGroup(names.includes(baseName(path)) ? names : [...names, baseName(path)], baseName(path));
  if (!group || group.ups[0] !== baseName(path)) return undefined;
  const dir = path.slice(0, path.length - baseName(path).length);
  // popx runs, per part, the file of the database's own dialect when there is one, else the
  // dialect-less one: never both.
  const forPostgres = (files: string[]) => {
    const parts = new Map<string, string>();
    for (const name of files) {
      const p = popName(name)!;
      const key = `${p.stamp}${p.part}`;
      if (p.dialect === 'postgres' || !parts.has(key)) parts.set(key, name);
    }
    return [...parts.values()];
  };
  const ups = forPostgres(group.ups);
  const downFiles = forPostgres(group.downs);
  const autocommit = [...ups, ...downFiles].some((n) => popName(n)!.autocommit);
  const pieces = (files: string[]) =>
    files.flatMap((name) => {
      const text = name === baseName(path) ? content : read(dir + name);
      // pop renders every file as a Go template before it runs it (`{{ if .IsMySQL }}`, a
      // namespace); rendered for Postgres as lint reads it (a construct not evaluated stays as
      // written and fails the rehearsal where it stands).
      return text === undefined ? [] : [{ sql: renderPopTemplate(text, 'postgres').text, line: 1, path: dir + name }];
    });
  const parts = ups.length > 1 ? ` (${ups.length} parts)` : '';
  // `.autocommit.` files run statement by statement (CREATE INDEX CONCURRENTLY): the group does too.
  const up: Script = { path, label: `${baseName(path)}${parts}`, pieces: pieces(ups), transactional: !autocommit };
  const downs = pieces([...downFiles].reverse()).filter((p) => p.sql.trim() !== '');
  if (!downs.length) return [{ id: path, path, framework: 'pop', up, noDown: `the group has no ${downFiles.length ? 'non-empty ' : ''}.down.sql part` }];
  return [
    {
      id: path,
      path,
      framework: 'pop',
      up,
      down: { path: downs[0]!.path!, label: `the down parts of ${baseName(path)}`, pieces: downs, transactional: !autocommit },
    },
  ];
}

/**
 * Liquibase formatted SQL: one migration per `--changeset`, its down the `--rollback` lines (or a
 * `/* liquibase rollback … *\/` block). These are changelog annotations Liquibase itself reads line by
 * line, not SQL. Lines keep their file numbers.
 */
function liquibaseChangesets(path: string, content: string): Migration[] | undefined {
  if (!path.toLowerCase().endsWith('.sql')) return undefined;
  const lines = content.split('\n');
  const out: Migration[] = [];
  let cur: { id: string; line: number; up: string[]; down: string[]; downLine: number; tx: boolean } | undefined;
  let inBlock = false;
  const flush = () => {
    if (!cur) return;
    const id = `${path}#${cur.id}`;
    const up: Script = { path, label: `changeset ${cur.id}`, pieces: [{ sql: cur.up.join('\n'), line: cur.line + 1 }], transactional: cur.tx };
    const hasDown = cur.down.some((l) => l.trim() !== '');
    out.push(
      hasDown
        ? {
            id,
            path,
            framework: 'liquibase',
            up,
            down: { path, label: `the rollback of changeset ${cur.id}`, pieces: [{ sql: cur.down.join('\n'), line: cur.downLine }], transactional: cur.tx },
          }
        : { id, path, framework: 'liquibase', up, noDown: `changeset ${cur.id} has no --rollback` },
    );
  };
  lines.forEach((raw, idx) => {
    const t = raw.trim();
    const lower = t.toLowerCase();
    if (/^--\s*changeset\b/i.test(t)) {
      flush();
      const words = t.replace(/^--\s*changeset\s*/i, '').split(/\s+/);
      cur = { id: words[0] ?? String(idx + 1), line: idx + 1, up: [], down: [], downLine: 0, tx: !/runInTransaction:false/i.test(t) };
      return;
    }
    if (!cur) return;
    const keep = (target: string[], text: string) => {
      // Pad so each kept line sits at its file line relative to the piece start.
      if (target === cur!.down && cur!.downLine === 0) cur!.downLine = idx + 1;
      const start = target === cur!.up ? cur!.line + 1 : cur!.downLine;
      while (target.length < idx + 1 - start) target.push('');
      target.push(text);
    };
    if (inBlock) {
      if (t.includes('*/')) {
        inBlock = false;
        keep(cur.down, raw.slice(0, raw.indexOf('*/')));
      } else keep(cur.down, raw);
      return;
    }
    const block = /^\/\*\s*liquibase\s+rollback\b/i.exec(t);
    if (block) {
      const rest = t.slice(block[0].length);
      inBlock = !rest.includes('*/');
      keep(cur.down, inBlock ? rest : rest.slice(0, rest.indexOf('*/')));
      return;
    }
    if (/^--\s*rollback\b/i.test(t)) {
      keep(cur.down, t.replace(/^--\s*rollback\s?/i, ''));
      return;
    }
    if (lower.startsWith('--')) return keep(cur.up, '');
    keep(cur.up, raw);
  });
  flush();
  return out;
}

/** Natural order: `2_x` before `10_x`, `V1_1__` before `V1_10__`. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Flyway's version (`V1_2_10__x.sql` → [1, 2, 10]); repeatables sort after every version. */
function flywayVersion(name: string): bigint[] | undefined {
  const m = /^[VU]([\d._]+)__/.exec(name);
  if (!m) return undefined;
  return m[1]!
    .split(/[._]/)
    .filter(Boolean)
    .map((p) => BigInt(p));
}

/** Compares two migrations of one framework (and one folder) in the order the framework applies them. */
export function compareMigrations(framework: FrameworkId, a: Migration, b: Migration, planOrder?: Map<string, number>): number {
  if (a.path === b.path) return 0; // changesets of one file keep file order (the sort is stable)
  const na = baseName(a.path);
  const nb = baseName(b.path);
  if (framework === 'flyway') {
    const va = flywayVersion(na);
    const vb = flywayVersion(nb);
    if (!va || !vb) return va ? -1 : vb ? 1 : naturalCompare(na, nb);
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (va[i] ?? 0n) - (vb[i] ?? 0n);
      if (d !== 0n) return d < 0n ? -1 : 1;
    }
    return 0;
  }
  if (framework === 'sqitch' && planOrder) {
    const ka = planOrder.get(sqitchChange(a.path)) ?? Number.MAX_SAFE_INTEGER;
    const kb = planOrder.get(sqitchChange(b.path)) ?? Number.MAX_SAFE_INTEGER;
    if (ka !== kb) return ka - kb;
  }
  // Prisma, and raw SQL kept in a folder per migration (Diesel's `<version>_<name>/up.sql`), order
  // by folder name: compare the whole path.
  const byFolder = framework === 'prisma' || (framework === 'sql' && isFolderPerMigration(a.path) && isFolderPerMigration(b.path));
  return byFolder ? naturalCompare(a.path, b.path) : naturalCompare(na, nb);
}

/** `db/deploy/users/add.sql` → `users/add` (the change's name in sqitch.plan). */
export function sqitchChange(path: string): string {
  const at = path.lastIndexOf('deploy/');
  return path.slice(at + 'deploy/'.length).replace(/\.sql$/i, '');
}

/**
 * A sqitch.plan's changes as the drill orders and names them, read by the linter's plan reader
 * (sqitch-project.ts): each script (`users`, `users@v1.0` for an instance a later rework replaced,
 * as `exists` finds its file) by its place in the plan, and the instance it stands for
 * (`users#0`, `users#1`), which names it alike on both sides of a pull request: the base's
 * `deploy/users.sql` is the head's `deploy/users@v1.0.sql` once the change is reworked.
 */
export function sqitchPlanOrder(plan: string, exists: (name: string) => boolean): { order: Map<string, number>; ids: Map<string, string> } {
  const changes = readSqitchPlanChanges(plan);
  const scripts = sqitchScriptOrder(plan, exists);
  const order = new Map<string, number>();
  const ids = new Map<string, string>();
  const seen = new Map<string, number>();
  scripts.forEach((script, i) => {
    const name = changes[i]!.name;
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    if (!order.has(script)) order.set(script, i);
    ids.set(script, `sqitch:${name}#${k}`);
  });
  return { order, ids };
}

export type { Marker };
