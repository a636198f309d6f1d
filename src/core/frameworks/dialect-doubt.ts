// When a project's files name different databases for one migration folder (two Spring profiles on
// MySQL and Postgres, a Maven module shipping both the MySQL and the Postgres driver, two apps
// bundling one library module on different databases), the database is in doubt. It used to be
// read as Postgres in silence, Postgres locking advice and all; now it is read without the advice
// that holds on Postgres only, and one notice on the file names what said what and how to settle it.
import type { Hit } from '../types';
import { DIALECT_NAMES, type DialectSource } from '../sql/dialect';
import { dirName } from './shared-sql';

/** What a project's files say of a migration's database when they disagree: each source, at least two databases. */
export interface DialectDoubt {
  doubt: DialectSource[];
}

/** A reader's answer: the database, sources that disagree, or nothing said. */
export type DialectVerdict = DialectSource | DialectDoubt | undefined;

export const isDoubt = (verdict: DialectVerdict): verdict is DialectDoubt => verdict !== undefined && 'doubt' in verdict;

/** One source per database (the first that names it); a doubt when they are two or more, else the one, else undefined. */
export function verdictOf(sources: DialectSource[]): DialectVerdict {
  const byDialect = new Map<string, DialectSource>();
  for (const s of sources) if (!byDialect.has(s.dialect)) byDialect.set(s.dialect, s);
  const distinct = [...byDialect.values()];
  return distinct.length > 1 ? { doubt: distinct } : distinct[0];
}

/**
 * The dialect a migration in doubt is read in: the first database other than Postgres its sources
 * name, so that only the rules that hold on every database are given.
 */
export function doubtReading(doubt: DialectDoubt): DialectSource {
  const other = doubt.doubt.find((s) => s.dialect !== 'postgres') ?? doubt.doubt[0]!;
  return { dialect: other.dialect, from: 'one of the databases its project names, see the not-analysed notice' };
}

/** The one notice a migration in doubt gets: what named which database, and how to settle it. */
export function doubtNotice(doubt: DialectDoubt, path: string): Hit {
  const said = doubt.doubt.map((s) => `${s.from} names ${DIALECT_NAMES[s.dialect]}`).join('; ');
  const [first, ...others] = doubt.doubt.map((s) => s.dialect);
  return {
    rule: 'not-analysed',
    line: 1,
    message:
      `The project names different databases for this migration: ${said}. Until one is settled it was read for what holds on every database ` +
      `(drops, renames, type and nullability changes, data changes, missing or empty downs), without Postgres-only advice (locks, CONCURRENTLY, NOT VALID, lock_timeout). ` +
      `Say which one it runs on in .github/rollback-ready.yml: \`dialect: {'${dirName(path)}**': ${first}}\` (or ${others.join(', ')}).`,
  };
}
