// Liquibase contexts (`context="mysql"`, formatted SQL's `context:mysql`, YAML's `context:` or
// `contextFilter:`) are labels the user chooses and passes at run time. A context that names a
// database is, in practice, the choice of database: apache/fineract writes its MySQL and PostgreSQL
// variants as changeset twins with `context="mysql"` and `context="postgresql"`, and its
// DatabaseAwareMigrationContextProvider passes the context of the database it runs on. Such a
// changeset is read like one with that `dbms` (see dbms.ts); a context naming no database, or an
// expression this does not read (parentheses, a database or-ed with another label), leaves the
// changeset read as the changelog.

import { handlerFor } from '../dispatch';

/** Context names taken for databases, written as Liquibase's `dbms` names. */
const DATABASES: Record<string, string> = {
  postgresql: 'postgresql',
  postgres: 'postgresql',
  pgsql: 'postgresql',
  edb: 'edb',
  cockroachdb: 'cockroachdb',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
  mssql: 'mssql',
  sqlserver: 'mssql',
  oracle: 'oracle',
  h2: 'h2',
  db2: 'db2',
  derby: 'derby',
  hsqldb: 'hsqldb',
  firebird: 'firebird',
  sybase: 'sybase',
  informix: 'informix',
  snowflake: 'snowflake',
};

/** `!mysql`, `not mysql` → { name: 'mysql', not: true }. */
function term(word: string): { name: string; not: boolean } {
  const t = word.trim().toLowerCase();
  if (t.startsWith('!')) return { name: t.slice(1).trim(), not: true };
  if (t.startsWith('not ')) return { name: t.slice(4).trim(), not: true };
  return { name: t, not: false };
}

/**
 * The databases a context expression keeps a changeset to, written as a `dbms` value, or
 * undefined when it names none (or is not one of the simple forms): `mysql` → `mysql`; `mysql,
 * h2` and `mysql or h2` → `mysql,h2` (every alternative a database); `mysql and !test` → `mysql`
 * (one database and other labels); `!mysql` → `!mysql`.
 */
export function contextDbms(expression: string | undefined): string | undefined {
  const expr = expression?.trim();
  if (!expr || /[()]/.test(expr)) return undefined;
  const alternatives = expr.split(/\s*,\s*|\s+or\s+/i);
  const names: string[] = [];
  for (const alternative of alternatives) {
    const terms = alternative.split(/\s+and\s+/i).map(term);
    if (terms.some((t) => t.name === '' || /\s/.test(t.name))) return undefined;
    const databases = terms.filter((t) => !t.not && handlerFor(DATABASES, t.name));
    if (databases.length === 1) names.push(handlerFor(DATABASES, databases[0]!.name)!);
    else if (alternatives.length === 1 && terms.length === 1 && terms[0]!.not && handlerFor(DATABASES, terms[0]!.name))
      names.push(`!${handlerFor(DATABASES, terms[0]!.name)!}`);
    else return undefined;
  }
  return names.join(',');
}
