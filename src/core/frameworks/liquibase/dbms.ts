// Liquibase's `dbms` attribute, on a changeset or on a `sql` / `sqlFile` change: the databases it
// runs on (https://docs.liquibase.com/concepts/changelogs/attributes/dbms.html). Changelogs of
// projects that support several databases hold one variant per database, e.g. metabase's
// resources/migrations: `sqlFile` changes with `dbms: postgresql`, `dbms: mysql,mariadb` and
// `dbms: h2` side by side. Each variant is read in its own dialect (what holds on every database,
// no Postgres locking advice on MySQL); a variant for a database not read here is said to be
// unchecked, never linted as Postgres.
import { DIALECT_NAMES, type Dialect, type DialectSource } from '../../sql/dialect';

/** Liquibase's database short names that are dialects read here (`edb`: EnterpriseDB's Postgres). */
const DBMS: Record<string, Dialect> = {
  postgresql: 'postgres',
  edb: 'postgres',
  cockroachdb: 'cockroachdb',
  mysql: 'mysql',
  mariadb: 'mysql',
  sqlite: 'sqlite',
  mssql: 'sqlserver',
  oracle: 'oracle',
  h2: 'h2',
};

/**
 * Where a change with this `dbms` runs, seen from a changelog read as `here`: here (no `dbms`,
 * `all`, or a list naming this database), only on another database read here (`as`, the first
 * such one named), or only on databases not read here (`elsewhere`).
 */
export type DbmsTarget = { run: 'here' } | { run: 'as'; dialect: DialectSource } | { run: 'elsewhere'; on: string };

const HERE: DbmsTarget = { run: 'here' };

export function dbmsTarget(dbms: string | undefined, here: Dialect): DbmsTarget {
  const names = (dbms ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '');
  if (!names.length || names.includes('all')) return HERE;
  const excluded = names.filter((n) => n.startsWith('!')).map((n) => n.slice(1).trim());
  const included = names.filter((n) => !n.startsWith('!'));
  if (!included.length) return excluded.some((n) => DBMS[n] === here) ? { run: 'elsewhere', on: `every database but ${excluded.join(', ')}` } : HERE;
  if (included.some((n) => DBMS[n] === here)) return HERE;
  const known = included.find((n) => DBMS[n] !== undefined);
  if (known) return { run: 'as', dialect: { dialect: DBMS[known]!, from: `its \`dbms: ${dbms!.trim()}\``, part: 'This change' } };
  return { run: 'elsewhere', on: included.join(', ') };
}

/** Whether two targets are the same database reading (here, or the same other dialect). */
export function sameTarget(a: DbmsTarget, b: DbmsTarget): boolean {
  if (a.run === 'as' && b.run === 'as') return a.dialect.dialect === b.dialect.dialect;
  return a.run === b.run && a.run !== 'elsewhere';
}

/** The `not-analysed` message for SQL that runs only on databases not read here. */
export function elsewhereMessage(what: string, target: { on: string }, dbms: string): string {
  const read = Object.values(DIALECT_NAMES);
  return (
    `${what} runs only on ${target.on} (\`dbms: ${dbms.trim()}\`), which rollback-ready does not read ` +
    `(it reads ${read.slice(0, -1).join(', ')} and ${read[read.length - 1]}), so its SQL was not checked: review it by hand.`
  );
}
