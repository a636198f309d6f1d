// Which SQL-file framework a `.sql` path belongs to: content markers first (goose and dbmate files
// sit in ordinary migrations folders), then the file-name conventions.
import type { FrameworkId } from '../types';
import { baseName } from './shared-sql';

/** A marker line: `-- +goose …` or `-- migrate:up` at the start of a line (after blanks). */
function hasMarkerLine(content: string, needle: string, prefix: (line: string) => boolean): boolean {
  if (!content.includes(needle)) return false; // quick reject for the common case
  for (const raw of content.split('\n')) if (prefix(raw.trimStart())) return true;
  return false;
}

export const isGooseFile = (content: string): boolean => hasMarkerLine(content, '+goose', (l) => /^--\s*\+goose\s/i.test(l + ' '));
export const isDbmateFile = (content: string): boolean => hasMarkerLine(content, 'migrate:', (l) => /^--\s*migrate:(up|down)\b/.test(l));
/** sql-migrate: `-- +migrate Up` / `-- +migrate Down` (its parser reads these lines, not SQL). */
export const isSqlMigrateFile = (content: string): boolean => hasMarkerLine(content, '+migrate', (l) => /^--\s*\+migrate\s+(up|down)\b/i.test(l));
const isLiquibaseFile = (content: string): boolean => hasMarkerLine(content, 'liquibase', (l) => /^--\s*liquibase\s+formatted\s+sql/i.test(l));

const FLYWAY_NAME = /^(?:[VU]\d[\d._]*|R)__.+\.sql$/;
const GOLANG_MIGRATE_NAME = /[._](?:up|down)\.sql$/;
/** db-migrate `--sql-file` halves: `20170110181147-init-up.sql` (in `migrations/sqls/`). */
const DB_MIGRATE_SQL_NAME = /^\d{8,}-.+-(?:up|down)\.sql$/i;
/**
 * pop / ory popx: `<version>_<name>[.<dialect>].(up|down).(sql|fizz)` (gobuffalo/pop migrator.go's
 * `^(\d+)_([^.]+)(\.[a-z0-9]+)?\.(up|down)\.(sql|fizz)$`), the version usually 14 digits (a
 * timestamp) or 20 (ory's numbered parts: the timestamp, then a 6-digit part number).
 */
const POP_NAME = /^(\d+)_([^.]+)(?:\.(?!autocommit\.)([a-z0-9]+))?(\.autocommit)?\.(up|down)\.(sql|fizz)$/i;
/**
 * A Go template action over the data pop renders a migration with (`{{ index .Options "Namespace" }}`,
 * `{{ if .IsMySQL }}`): golang-migrate and the other SQL tools run a file as written, so such a
 * file is pop's (src/core/frameworks/pop/template.ts).
 */
const POP_TEMPLATE_ACTION = /\{\{-?\s*[^}]*?\.[A-Z]/;
export const hasPopTemplate = (content: string): boolean => content.includes('{{') && POP_TEMPLATE_ACTION.test(content);

export const isFlywayName = (name: string): boolean => FLYWAY_NAME.test(name);
export const isDbMigrateSqlName = (path: string): boolean => DB_MIGRATE_SQL_NAME.test(baseName(path)) || /(^|\/)sqls\/[^/]+-(?:up|down)\.sql$/i.test(path);

export interface PopName {
  /** The 14-digit timestamp: the parts of one migration share it. */
  stamp: string;
  /** The 6-digit part number of ory's split migrations, '' for a whole one. */
  part: string;
  name: string;
  /** `postgres`, `cockroach`, `mysql`, `sqlite3`…; undefined for a file every database runs. */
  dialect: string | undefined;
  direction: 'up' | 'down';
  ext: 'sql' | 'fizz';
  /** `.autocommit.`: popx runs the file outside a transaction. */
  autocommit: boolean;
}

/** A pop migration file name's parts, undefined when the name is not one. */
export function popName(path: string): PopName | undefined {
  const m = POP_NAME.exec(baseName(path));
  if (!m) return undefined;
  const version = m[1]!;
  return {
    stamp: version.length === 20 ? version.slice(0, 14) : version,
    part: version.length === 20 ? version.slice(14) : '',
    name: m[2]!,
    dialect: m[3]?.toLowerCase(),
    autocommit: m[4] !== undefined,
    direction: m[5]!.toLowerCase() as 'up' | 'down',
    ext: m[6]!.toLowerCase() as 'sql' | 'fizz',
  };
}

/**
 * A pop SQL file rather than golang-migrate's: ory's 20-digit numbered parts, or a 14-digit
 * timestamp with a dialect part (`x.postgres.up.sql`) that golang-migrate does not write; or any
 * pop name whose content is a pop template.
 */
const isPopSqlName = (path: string, content: string): boolean => {
  const p = popName(path);
  if (p?.ext !== 'sql') return false;
  return p.part !== '' || (p.stamp.length === 14 && p.dialect !== undefined) || hasPopTemplate(content);
};
export const isGolangMigrateName = (name: string): boolean => GOLANG_MIGRATE_NAME.test(name);
/**
 * `deploy/`, `revert/`, `verify/` (Sqitch's script folders) as a path segment, the nearest one.
 * A verify script checks what its deploy made (it changes nothing and runs after it): it is no
 * migration (maevsi/sqitch's `verify/table_account_social_network.sql` inserts, updates and
 * deletes test rows inside a transaction it rolls back).
 */
export const sqitchFolder = (path: string): 'deploy' | 'revert' | 'verify' | undefined => {
  const segments = path.split('/').slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === 'deploy') return 'deploy';
    if (segments[i] === 'revert') return 'revert';
    if (segments[i] === 'verify') return 'verify';
  }
  return undefined;
};

/** A Sqitch verify script (`verify/x.sql`): not a migration of any SQL framework. */
export const isSqitchVerify = (path: string): boolean => path.toLowerCase().endsWith('.sql') && sqitchFolder(path) === 'verify';

/**
 * The SQL-file framework of `path`, or undefined when it is not one of them (or not `.sql`).
 * Classifying one file asks it once per SQL framework whose paths match: the last answer is kept.
 */
export function detectSqlFramework(path: string, content: string): FrameworkId | undefined {
  if (path === last.path && content === last.content) return last.id;
  const id = detect(path, content);
  last = { path, content, id };
  return id;
}

let last: { path: string; content: string; id: FrameworkId | undefined } = { path: '', content: '', id: undefined };

function detect(path: string, content: string): FrameworkId | undefined {
  if (!path.toLowerCase().endsWith('.sql')) return undefined;
  if (isGooseFile(content)) return 'goose';
  if (isDbmateFile(content)) return 'dbmate';
  if (isSqlMigrateFile(content)) return 'sql-migrate';
  if (isLiquibaseFile(content)) return undefined;
  if (isSqitchVerify(path)) return undefined;
  const name = baseName(path);
  if (isFlywayName(name)) return 'flyway';
  if (isDbMigrateSqlName(path)) return 'db-migrate';
  if (isPopSqlName(path, content)) return 'pop';
  if (isGolangMigrateName(name)) return 'golang-migrate';
  if (sqitchFolder(path) === 'deploy' || sqitchFolder(path) === 'revert') return 'sqitch';
  return 'sql';
}
