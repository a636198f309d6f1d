// Liquibase's `dbms` attribute, on a changeset or on a `sql` / `sqlFile` change: the databases it
// runs on (https://docs.liquibase.com/concepts/changelogs/attributes/dbms.html). Changelogs of
// projects that support several databases hold one variant per database, e.g. metabase's
// resources/migrations: `sqlFile` changes with `dbms: postgresql`, `dbms: mysql,mariadb` and
// `dbms: h2` side by side. Each variant is read in its own dialect (what holds on every database,
// no Postgres locking advice on MySQL); a variant for a database not read here is said to be
// unchecked, never linted as Postgres.
import { DIALECT_NAMES, type Dialect, type DialectSource } from '../../sql/dialect';
import { handlerFor } from '../dispatch';

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
 * Names written for a database that are not its Liquibase short name: Liquibase compares `dbms`
 * with the short name as written, so `dbms: postgres` never matches PostgreSQL (a changeset's is
 * rejected as "not a supported DB"; a `sql` change's is skipped on every database).
 * gravitee-io/gravitee-api-management's v3_5_0 and v3_8_0 changelogs write it on their Postgres twins.
 */
const MISNAMED: Record<string, string> = { postgres: 'postgresql', pgsql: 'postgresql', pg: 'postgresql', sqlserver: 'mssql' };

/**
 * Where a change with this `dbms` runs, seen from a changelog read as `here`: here (no `dbms`,
 * `all`, or a list naming this database), only on another database read here (`as`, the first
 * such one named), or only on databases not read here (`elsewhere`).
 */
export type DbmsTarget =
  | { run: 'here' }
  | { run: 'as'; dialect: DialectSource }
  /** `misnamed`: a name written for a database that Liquibase knows by another name (`postgres`). */
  | { run: 'elsewhere'; on: string; said: string; misnamed?: [string, string] };

const HERE: DbmsTarget = { run: 'here' };

/** `said`: where the names are written, for messages (default `` `dbms: …` ``). */
export function dbmsTarget(dbms: string | undefined, here: Dialect, said = `\`dbms: ${dbms?.trim()}\``): DbmsTarget {
  const names = (dbms ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '');
  if (!names.length || names.includes('all')) return HERE;
  const excluded = names.filter((n) => n.startsWith('!')).map((n) => n.slice(1).trim());
  const included = names.filter((n) => !n.startsWith('!'));
  if (!included.length)
    return excluded.some((n) => handlerFor(DBMS, n) === here) ? { run: 'elsewhere', on: `every database but ${excluded.join(', ')}`, said } : HERE;
  if (included.some((n) => handlerFor(DBMS, n) === here)) return HERE;
  const known = included.find((n) => handlerFor(DBMS, n) !== undefined);
  if (known) return { run: 'as', dialect: { dialect: handlerFor(DBMS, known)!, from: `its ${said}`, part: 'This change' } };
  const misnamed = included.find((n) => MISNAMED[n] !== undefined);
  return { run: 'elsewhere', on: included.join(', '), said, ...(misnamed ? { misnamed: [misnamed, MISNAMED[misnamed]!] as [string, string] } : {}) };
}

/** Whether two targets are the same database reading (here, or the same other dialect). */
export function sameTarget(a: DbmsTarget, b: DbmsTarget): boolean {
  if (a.run === 'as' && b.run === 'as') return a.dialect.dialect === b.dialect.dialect;
  return a.run === b.run && a.run !== 'elsewhere';
}

/** The `not-analysed` message for SQL that runs only on databases not read here. */
export function elsewhereMessage(what: string, target: { on: string; said: string; misnamed?: [string, string] }): string {
  if (target.misnamed) {
    const [written, name] = target.misnamed;
    return (
      `${what} names \`${written}\` (${target.said}), which is not a Liquibase database name: Liquibase never runs it ` +
      `(a changeset with it fails validation), so its SQL was not checked. Write \`${name}\`.`
    );
  }
  // The databases a `dbms` value is read as here (DB2 and the others a path may name are not among them).
  const read = [...new Set(Object.values(DBMS))].map((d) => DIALECT_NAMES[d]);
  return (
    `${what} runs only on ${target.on} (${target.said}), which rollback-ready does not read ` +
    `(it reads ${read.slice(0, -1).join(', ')} and ${read[read.length - 1]}), so its SQL was not checked: review it by hand.`
  );
}

/** A changeset precondition, as XML and YAML both write it (`dbms`, `or`, `and`, `not`, …). */
export interface Precondition {
  name: string;
  /** A `dbms` check's `type` (one or more names). */
  type?: string;
  children: Precondition[];
}

/**
 * The databases a changeset's preconditions limit it to, written as a `dbms` value, when they
 * skip it elsewhere: `onFail` MARK_RAN or CONTINUE (HALT, the default, stops the update instead)
 * and a `dbms` check that must hold (openmrs: `<preConditions onFail="MARK_RAN"><or><dbms
 * type="mysql"/><dbms type="oracle"/></or></preConditions>` on 56 changesets of one changelog).
 */
export function preconditionDbms(onFail: string | undefined, conditions: Precondition[]): string | undefined {
  const skips = onFail !== undefined && ['mark_ran', 'continue'].includes(onFail.trim().toLowerCase());
  return skips ? allOf(conditions) : undefined;
}

/** Conditions that must all hold (a list, or `and`): the first that limits the databases. */
const allOf = (conditions: Precondition[]): string | undefined => conditions.map(dbmsOf).find((d) => d !== undefined);

function dbmsOf(c: Precondition): string | undefined {
  if (c.name === 'dbms') return c.type?.trim() || undefined;
  if (c.name === 'and') return allOf(c.children);
  if (c.name === 'not' && c.children.length === 1 && c.children[0]!.name === 'dbms' && c.children[0]!.type)
    return c.children[0]!.type.split(',')
      .map((t) => `!${t.trim()}`)
      .join(',');
  if (c.name === 'or' && c.children.length) {
    // Only when every branch names databases (a branch on anything else may hold anywhere).
    const each = c.children.map(dbmsOf);
    return each.every((d) => d !== undefined && !d.includes('!')) ? each.join(',') : undefined;
  }
  return undefined;
}
