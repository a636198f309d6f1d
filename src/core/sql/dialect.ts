// Which database a migration file is written for, and which rules hold there. Many repositories
// keep one folder per database (`mysql/`, `sqlite/`, `SQL_SERVER/`, `h2/`) or one file per
// database (ory/pop's `x.cockroach.up.sql`, `x.mysql.up.sql`). The SQL rules are written for
// Postgres: Postgres-only advice (CONCURRENTLY, NOT VALID, lock_timeout, enum values) is never
// given on another dialect; what holds on every database (drops, renames, type and nullability
// changes, data changes, missing or empty downs) still applies, through a tolerant reading.
import type { ScanToken } from 'libpg-query';
import type { Dialect } from '../types';

export type { Dialect } from '../types';

/** Where a file's dialect was learnt, for messages. */
export interface DialectSource {
  dialect: Dialect;
  /** `the path (mysql/)`, `.github/rollback-ready.yml`, `its content (backtick-quoted names)`. */
  from: string;
  /** What is written in the dialect when it is part of a file (`This change`: a Liquibase change); the file otherwise. */
  part?: string;
  /**
   * The database is not known (configs disagree, or one could not be read: dialect-doubt.ts) and
   * `dialect` is only the tolerant reading it is read with; messages say so, not "is <dialect> SQL".
   */
  standIn?: true;
}

export const DIALECT_NAMES: Record<Dialect, string> = {
  postgres: 'Postgres',
  cockroachdb: 'CockroachDB',
  mysql: 'MySQL',
  sqlite: 'SQLite',
  sqlserver: 'SQL Server',
  oracle: 'Oracle',
  h2: 'H2',
  clickhouse: 'ClickHouse',
  db2: 'DB2',
  derby: 'Derby',
  hsqldb: 'HSQLDB',
  informix: 'Informix',
  sybase: 'Sybase ASE',
  hana: 'SAP HANA',
  firebird: 'Firebird',
  snowflake: 'Snowflake',
  redshift: 'Redshift',
  bigquery: 'BigQuery',
  spanner: 'Cloud Spanner',
  yugabytedb: 'YugabyteDB',
  duckdb: 'DuckDB',
  teradata: 'Teradata',
};

/** Rules whose advice holds on Postgres only (locks, CONCURRENTLY, NOT VALID, lock_timeout, enum values). */
export const POSTGRES_ONLY_RULES: ReadonlySet<string> = new Set([
  'enum-value-added',
  'unique-constraint',
  'non-concurrent-index',
  'non-concurrent-index-drop',
  'concurrent-index-in-transaction',
  'non-concurrent-reindex',
  'constraint-not-valid-missing',
  'volatile-default',
  'add-primary-key',
  'table-rewrite',
  'missing-lock-timeout',
  'uncommitted-transaction',
]);

/**
 * Words that name a dialect in a folder or file name (`db_mysql`, `SQL_SERVER`, `x.sqlite3.up.sql`):
 * the databases Flyway supports (https://github.com/flyway/flyway#supported-databases) and the
 * vendor ids Spring Boot puts in `db/migration/{vendor}` (`hana`, `teradata`), as repositories that
 * keep one folder per database name them (eclipse-hawkbit/hawkbit's `db/migration/DB2/`).
 * MySQL's relatives (MariaDB, TiDB, Percona, SingleStore) read as MySQL, TimescaleDB as Postgres.
 * A Map, not an object: a file part `x.constructor.sql` or a folder `toString/` names no dialect.
 */
const WORDS: ReadonlyMap<string, Dialect> = new Map<string, Dialect>([
  ['postgres', 'postgres'],
  ['postgresql', 'postgres'],
  ['pg', 'postgres'],
  ['pgsql', 'postgres'],
  ['psql', 'postgres'],
  // n8n-io/n8n's DB_TYPE names its migration folders: `postgresdb/`, `mysqldb/`.
  ['postgresdb', 'postgres'],
  ['timescale', 'postgres'],
  ['timescaledb', 'postgres'],
  ['cockroach', 'cockroachdb'],
  ['cockroachdb', 'cockroachdb'],
  ['crdb', 'cockroachdb'],
  ['mysql', 'mysql'],
  ['mariadb', 'mysql'],
  ['mysqldb', 'mysql'],
  ['tidb', 'mysql'],
  ['percona', 'mysql'],
  ['singlestore', 'mysql'],
  ['memsql', 'mysql'],
  ['sqlite', 'sqlite'],
  ['sqlite3', 'sqlite'],
  ['mssql', 'sqlserver'],
  ['sqlserver', 'sqlserver'],
  ['tsql', 'sqlserver'],
  ['oracle', 'oracle'],
  ['h2', 'h2'],
  ['clickhouse', 'clickhouse'],
  ['db2', 'db2'],
  ['derby', 'derby'],
  ['hsqldb', 'hsqldb'],
  ['hsql', 'hsqldb'],
  ['informix', 'informix'],
  ['sybase', 'sybase'],
  ['hana', 'hana'],
  ['saphana', 'hana'],
  ['hanadb', 'hana'],
  ['firebird', 'firebird'],
  ['firebirdsql', 'firebird'],
  ['snowflake', 'snowflake'],
  ['redshift', 'redshift'],
  ['bigquery', 'bigquery'],
  ['spanner', 'spanner'],
  ['yugabyte', 'yugabytedb'],
  ['yugabytedb', 'yugabytedb'],
  ['duckdb', 'duckdb'],
  ['teradata', 'teradata'],
]);

/**
 * Words that are also ordinary words or product names (`apps/derby/`, `snowflake-id/`): a folder
 * names the database only when it is the word whole (`derby/`, `SNOWFLAKE/`), never as part of a
 * longer name; a file name's dotted part (`x.snowflake.sql`) is whole already.
 */
const WHOLE_ONLY: ReadonlySet<string> = new Set(['derby', 'hana', 'firebird', 'snowflake', 'redshift', 'spanner', 'percona', 'teradata']);

/** `SQL_SERVER`, `sql-server` and `SAP_HANA` as one word. */
const joinedServer = (segment: string) =>
  segment
    .toLowerCase()
    .replace(/^sql[_-]server$/, 'sqlserver')
    .replace(/^sap[_-]hana$/, 'saphana');

/**
 * The dialect a file name names in a dotted part before its extension (`x.mysql.up.sql`,
 * `x.sqlite3.sql`, `x.cockroach.down.sql`), undefined when none. The words of the name itself
 * (`20200101_import_from_mysql.sql`) say what it does, not what it is written for: not read.
 */
export function dialectOfName(name: string): Dialect | undefined {
  // Asked for every earlier file a type change looks back through: remembered per name.
  if (byName.has(name)) return byName.get(name);
  const parts = name.split('.');
  const at = dialectPart(parts);
  const found = at < 0 ? undefined : WORDS.get(parts[at]!.toLowerCase());
  if (byName.size > 50_000) byName.clear();
  byName.set(name, found);
  return found;
}

const byName = new Map<string, Dialect | undefined>();

/**
 * The name without the dotted part that names its dialect (`x.mysql.up.sql` → `x.up.sql`), or
 * undefined when none does: the file it stands in for on that database (ory/pop runs
 * `x.mysql.up.sql` on MySQL instead of `x.up.sql`, not after it).
 */
export function withoutDialect(name: string): string | undefined {
  const parts = name.split('.');
  const at = dialectPart(parts);
  return at < 0 ? undefined : [...parts.slice(0, at), ...parts.slice(at + 1)].join('.');
}

/** Which dotted part of a file name (neither the first nor the extension) names a dialect, the last such; -1 when none does. */
function dialectPart(parts: readonly string[]): number {
  for (let i = parts.length - 2; i >= 1; i--) if (WORDS.has(parts[i]!.toLowerCase())) return i;
  return -1;
}

/** The dialect a path names: in the file name's dotted parts, else in a folder name's words. */
export function dialectOfPath(path: string): DialectSource | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const byName = dialectOfName(name);
  if (byName)
    return {
      dialect: byName,
      from: `its file name (.${name
        .toLowerCase()
        .split('.')
        .find((p) => WORDS.get(p) === byName)}.)`,
    };
  return slash < 0 ? undefined : dialectOfFolder(path.slice(0, slash));
}

/** The dialect a folder's path names (remembered per folder: every file of a folder asks). */
function dialectOfFolder(dir: string): DialectSource | undefined {
  if (byFolder.has(dir)) return byFolder.get(dir);
  let found: DialectSource | undefined;
  const segments = dir.split('/');
  for (let i = segments.length - 1; i >= 0 && !found; i--) {
    const words = joinedServer(segments[i]!).split(/[._-]+/);
    for (const word of words) {
      const d = WORDS.get(word);
      if (d && (words.length === 1 || !WHOLE_ONLY.has(word))) {
        found = { dialect: d, from: `its folder (${segments[i]}/)` };
        break;
      }
    }
  }
  if (byFolder.size > 10_000) byFolder.clear();
  byFolder.set(dir, found);
  return found;
}

const byFolder = new Map<string, DialectSource | undefined>();

/**
 * Another dialect's marks in SQL the Postgres parser rejected, read from the scanner's tokens
 * (comments and strings are tokens of their own, so they never count): backtick-quoted names,
 * `ENGINE=`, `AUTO_INCREMENT` (MySQL); `[bracketed]` names, `IDENTITY(`, `NVARCHAR`, `GO` (SQL
 * Server); `AUTOINCREMENT`, `PRAGMA` (SQLite); `VARCHAR2`, `NUMBER(` (Oracle); `ENGINE = MergeTree`,
 * `LowCardinality(…)`, `CODEC(…)` (ClickHouse); failing all of these, an ALTER TABLE's `MODIFY`,
 * `CHANGE` or `AFTER` (MySQL).
 */
export function dialectOfTokens(tokens: readonly ScanToken[]): DialectSource | undefined {
  const word = (t: ScanToken | undefined) => (t && (t.tokenName === 'IDENT' || t.keywordKind > 0) ? t.text.toUpperCase() : '');
  // MySQL's ALTER TABLE clauses (`MODIFY c type`, `CHANGE a b type`, `ADD c type AFTER b`): its
  // mark only where no other dialect's shows (Oracle's `MODIFY (c NUMBER)`, or VARCHAR2 later), as
  // killbill/killbill's Flyway migrations are known MySQL by nothing else. (`DROP INDEX i ON t` is
  // SQL Server's too, and one such slip keeps a Postgres file Postgres.)
  let alterTable = false;
  let clause: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.text === '`') return { dialect: 'mysql', from: 'its content (backtick-quoted names)' };
    if (i === 0 || tokens[i - 1]!.text === ';') alterTable = word(t) === 'ALTER' && word(next) === 'TABLE';
    const w = word(t);
    if (alterTable && !clause && (w === 'MODIFY' || w === 'CHANGE' || w === 'AFTER') && next?.text !== '(' && word(next)) clause = `ALTER TABLE … ${w}`;
    if (!w) {
      if (t.text === '[' && next?.tokenName === 'IDENT' && tokens[i + 2]?.text === ']')
        return { dialect: 'sqlserver', from: 'its content ([bracketed] names)' };
      continue;
    }
    // ClickHouse names its table engines too (`ENGINE = MergeTree`), and has types of its own.
    const engine = w === 'ENGINE' ? word(next?.text === '=' ? tokens[i + 2] : next) : '';
    if (engine.endsWith('MERGETREE') || CLICKHOUSE_ENGINES.has(engine)) return { dialect: 'clickhouse', from: `its content (ENGINE = ${engine})` };
    if (CLICKHOUSE_WORDS.has(w) && next?.text === '(') return { dialect: 'clickhouse', from: `its content (${w}(…))` };
    if ((w === 'ENGINE' || w === 'CHARSET') && next?.text === '=') return { dialect: 'mysql', from: `its content (${w}=)` };
    if (w === 'AUTO_INCREMENT' || w === 'UNSIGNED' || w === 'LONGTEXT' || w === 'MEDIUMTEXT' || w === 'TINYINT')
      return { dialect: 'mysql', from: `its content (${w})` };
    if (w === 'IDENTITY' && next?.text === '(') return { dialect: 'sqlserver', from: 'its content (IDENTITY(…))' };
    if (w === 'NVARCHAR' || w === 'NONCLUSTERED' || w === 'DATETIME2' || w === 'SP_RENAME') return { dialect: 'sqlserver', from: `its content (${w})` };
    if (w === 'AUTOINCREMENT' || w === 'PRAGMA') return { dialect: 'sqlite', from: `its content (${w})` };
    if (w === 'VARCHAR2' || (w === 'NUMBER' && next?.text === '(')) return { dialect: 'oracle', from: `its content (${w})` };
  }
  return clause ? { dialect: 'mysql', from: `its content (${clause})` } : undefined;
}

/** ClickHouse's table engines other than the MergeTree family. */
const CLICKHOUSE_ENGINES = new Set(['MEMORY', 'LOG', 'TINYLOG', 'STRIPELOG', 'DISTRIBUTED', 'KAFKA', 'BUFFER', 'DICTIONARY', 'MATERIALIZEDVIEW']);
/** ClickHouse's types and clauses written as calls (`LowCardinality(String)`, `CODEC(ZSTD)`). */
const CLICKHOUSE_WORDS = new Set(['LOWCARDINALITY', 'CODEC', 'DATETIME64', 'NULLABLE', 'TOYYYYMM', 'TOSTARTOFHOUR']);

/**
 * Whether an earlier migration may be read as history for `current`: files that name another
 * dialect never are (`x.sqlite3.up.sql` is not the Postgres history of `y.postgres.up.sql`); a
 * file that names none holds for every dialect.
 */
export function sameDialectHistory(current: string, candidate: string): boolean {
  const a = dialectOfName(current);
  const b = dialectOfName(candidate);
  return b === undefined || a === undefined || a === b;
}
