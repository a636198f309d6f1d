// Liquibase's column types (`type="DATETIME"`, `newDataType="datetime(6)"`) as the database they
// run on gets them: Liquibase translates its own type names per database
// (liquibase-standard liquibase/datatype/core/DateTimeType.java and TimestampType.java). On
// PostgreSQL `datetime` is `TIMESTAMP WITHOUT TIME ZONE` and `datetime(6)` is
// `TIMESTAMP(6) WITHOUT TIME ZONE`; MySQL keeps `DATETIME` and `DATETIME(6)` as written. Read as
// written, apache/fineract's `modifyDataType newDataType="datetime(6)"` on a column created
// `DATETIME` was a change from `timestamp` to an unknown `datetime(6)` on Postgres, where it is
// `timestamp` → `timestamp(6)`: Postgres keeps 6 fractional digits without a precision, so no
// change; and on MySQL `datetime` was read as `timestamp`.
import type { Dialect } from '../../sql/dialect';

/** Liquibase's names (and aliases) of its DateTimeType and TimestampType. */
const DATETIME = new Set(['datetime', 'smalldatetime', 'datetime2', 'java.sql.types.datetime', 'java.util.date']);
const TIMESTAMP = new Set(['timestamp', 'timestamptz', 'java.sql.types.timestamp', 'java.sql.types.timestamp_with_timezone', 'java.sql.timestamp']);

/** `timestamp(6) with time zone` → name, precision, the rest; undefined when not of that shape. */
function parts(written: string): { name: string; precision?: string; rest: string } | undefined {
  const m = /^([a-z_][\w.]*)\s*(?:\(\s*(\d+)\s*\))?\s*(.*)$/i.exec(written.trim());
  if (!m) return undefined;
  return { name: m[1]!.toLowerCase(), ...(m[2] ? { precision: m[2] } : {}), rest: m[3]!.trim().toLowerCase().replace(/\s+/g, ' ') };
}

/** A date-time type as Liquibase writes it for `dialect`; undefined for other types (kept as written). */
function dateTime(written: string, dialect: Dialect): string | undefined {
  const p = parts(written);
  if (!p || (!DATETIME.has(p.name) && !TIMESTAMP.has(p.name))) return undefined;
  const precision = p.precision ? `(${p.precision})` : '';
  const zoned = p.name === 'timestamptz' || p.name.endsWith('_with_timezone') || p.rest === 'with time zone' || p.rest === 'with timezone';
  if (p.rest !== '' && !zoned && p.rest !== 'without time zone') return undefined;
  switch (dialect) {
    case 'postgres':
    case 'cockroachdb':
      return `timestamp${precision}${zoned ? ' with time zone' : ''}`;
    case 'oracle':
      return `timestamp${precision}${zoned ? ' with time zone' : ''}`;
    case 'h2':
      // DateTimeType: TIMESTAMP without a precision; TimestampType keeps it.
      return `timestamp${DATETIME.has(p.name) ? '' : precision}${zoned ? ' with time zone' : ''}`;
    case 'sqlserver':
      return TIMESTAMP.has(p.name) ? `datetime2${precision}` : undefined;
    case 'mysql':
      return mysqlDateTime(written, p);
    default:
      return undefined;
  }
}

/**
 * On MySQL (DateTimeType, TimestampType): DATETIME and TIMESTAMP as written, their aliases as the
 * type they stand for (`datetime2` → DATETIME, `timestamptz` → TIMESTAMP), a DATETIME precision
 * above MySQL's 6 cut to 6, a TIMESTAMP with a precision or more words kept as written. Undefined:
 * as written.
 */
function mysqlDateTime(written: string, p: { name: string; precision?: string; rest: string }): string | undefined {
  if (TIMESTAMP.has(p.name)) return p.name === 'timestamp' || /[\s(]/.test(written.trim()) ? undefined : 'timestamp';
  if (p.rest !== '') return undefined;
  const digits = p.precision === undefined ? undefined : Math.min(6, Number(p.precision));
  if (p.name === 'datetime' && digits === (p.precision === undefined ? undefined : Number(p.precision))) return undefined;
  return `datetime${digits === undefined ? '' : `(${digits})`}`;
}

/** Liquibase's ClobType and its aliases (liquibase-standard liquibase/datatype/core/ClobType.java): TEXT on PostgreSQL. */
const CLOB = new Set([
  'clob',
  'nclob',
  'longvarchar',
  'longtext',
  'mediumtext',
  'tinytext',
  'longnvarchar',
  'ntext',
  'long varchar',
  'long nvarchar',
  'java.sql.types.clob',
  'java.sql.types.nclob',
  'java.sql.types.longvarchar',
  'java.sql.types.longnvarchar',
]);

/**
 * A character type on PostgreSQL (and CockroachDB, a PostgresDatabase to Liquibase): NVarcharType
 * is `VARCHAR` with its length (`nvarchar(64)` → `varchar(64)`), ClobType is `TEXT`. Read as
 * written, gravitee-io/gravitee-api-management's `modifyDataType` from `nvarchar(64)` to
 * `nvarchar(256)` was a change between unknown types (a rewrite) where Postgres only widens a varchar.
 */
function postgresCharacter(written: string): string | undefined {
  const lower = written.trim().toLowerCase().replace(/\s+/g, ' ');
  if (CLOB.has(lower)) return 'text';
  const p = parts(lower);
  if (p && (p.name === 'nvarchar' || p.name === 'nvarchar2') && p.rest === '') return p.precision ? `varchar(${p.precision})` : 'varchar';
  return undefined;
}

/** The SQL type a Liquibase column type is on `dialect` (a `${property}` is unknown: `text`). */
export function liquibaseType(written: string | undefined, dialect: Dialect): string {
  if (!written || written.includes('$')) return 'text';
  const mapped = dateTime(written, dialect) ?? (dialect === 'postgres' || dialect === 'cockroachdb' ? postgresCharacter(written) : undefined);
  if (mapped) return mapped;
  if (written.toLowerCase().startsWith('java.sql.types.')) return 'text';
  return written;
}
