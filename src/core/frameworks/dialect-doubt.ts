// When a project's files name different databases for one migration folder (two Spring profiles on
// MySQL and Postgres, a Maven module shipping both the MySQL and the Postgres driver, two apps
// bundling one library module on different databases), the database is in doubt. It used to be
// read as Postgres in silence, Postgres locking advice and all; now it is read without the advice
// that holds on Postgres only, and one notice on the file names what said what and how to settle it.
// A config file that is there but cannot be read (an ormconfig.json that is no JSON, a
// database.yml or application.yml that is no YAML, a pom.xml that is no XML, a grammar that does
// not load) leaves the database in doubt the same way: it may name any database, so the migration
// is not read (nor rehearsed) as Postgres in silence. So does a config whose read fails (the App's
// GitHub API answers 5xx, or its budget of reads is spent; lint meets EACCES or EISDIR): it may be
// there and name any database. A config that is absent (the read resolves undefined) names nothing.
import type { Hit } from '../types';
import { DIALECT_NAMES, type DialectSource } from '../sql/dialect';
import { dirName } from './shared-sql';
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';

/** A config file that is there but could not be read, and why (`not JSON: Unexpected token`). */
export interface UnreadConfig {
  file: string;
  failure: string;
  /** The read itself failed (the file may be there or not), rather than its text not parsing. */
  readFailed?: boolean;
  /** The file was read, and it chooses the database at run time (`type: process.env.DB_TYPE`): `failure` shows how. */
  runtime?: boolean;
}

/** What a project's files say of a migration's database when they disagree (each source), or when one could not be read. */
export interface DialectDoubt {
  doubt: DialectSource[];
  unread?: UnreadConfig[];
}

/** A reader's answer: the database, sources that disagree (or a config unread), or nothing said. */
export type DialectVerdict = DialectSource | DialectDoubt | undefined;

export const isDoubt = (verdict: DialectVerdict): verdict is DialectDoubt => verdict !== undefined && 'doubt' in verdict;

/** One source per database (the first that names it); a doubt when they are two or more, else the one, else undefined. */
export function verdictOf(sources: DialectSource[]): DialectVerdict {
  const byDialect = new Map<string, DialectSource>();
  for (const s of sources) if (!byDialect.has(s.dialect)) byDialect.set(s.dialect, s);
  const distinct = [...byDialect.values()];
  return distinct.length > 1 ? { doubt: distinct } : distinct[0];
}

/** The doubt a config file that could not be read leaves, with what the other files said (`said`). */
export function unreadVerdict(file: string, failure: unknown, said: DialectVerdict = undefined): DialectDoubt {
  return withUnread({ file, failure: failureText(failure) }, said);
}

/** The doubt `unread` leaves (a config whose read failed, or did not parse), with what the other files said (`said`). */
export function withUnread(unread: UnreadConfig, said: DialectVerdict = undefined): DialectDoubt {
  if (isDoubt(said)) return { doubt: said.doubt, unread: [...(said.unread ?? []), unread] };
  return { doubt: said ? [said] : [], unread: [unread] };
}

/** What a config file's read that failed says: an HTTP status first when it has one (`HTTP 502, Server Error`). */
export function readFailureText(failure: unknown): string {
  const status = (failure as { status?: unknown } | null)?.status;
  return `${typeof status === 'number' ? `HTTP ${status}, ` : ''}${failureText(failure)}`;
}

/** A failure in a few words: an error's first line, without a trailing period or colon (YAML's `at line 18, column 1:`). */
export const failureText = (failure: unknown): string =>
  (failure instanceof Error ? failure.message : String(failure)).split('\n')[0]!.trim().replace(/[.:]$/, '') || 'unreadable';

/**
 * The dialect a migration in doubt is read in: the first database other than Postgres its sources
 * name, so that only the rules that hold on every database are given. A config that could not be
 * read and names none: MySQL's tolerant reading (Postgres SQL is read by the Postgres parser first).
 */
export function doubtReading(doubt: DialectDoubt): DialectSource {
  const other = doubt.doubt.find((s) => s.dialect !== 'postgres');
  if (other) return { dialect: other.dialect, from: 'one of the databases its project names, see the not-analysed notice', standIn: true };
  return { dialect: 'mysql', from: 'no known database, its project config being unreadable, see the not-analysed notice', standIn: true };
}

const WHAT_HOLDS =
  'it was read for what holds on every database (drops, renames, type and nullability changes, data changes, missing or empty downs), ' +
  'without Postgres-only advice (locks, CONCURRENTLY, NOT VALID, lock_timeout)';

/** Why a migration's database is in doubt, in a sentence (for lint's notice and the drill's). */
export function doubtCause(doubt: DialectDoubt): string {
  const said = doubt.doubt.map((s) => `${s.from} names ${DIALECT_NAMES[s.dialect]}`).join('; ');
  if (!doubt.unread?.length) return `The project names different databases for this migration: ${said}.`;
  if (doubt.unread.every((u) => u.runtime)) {
    const chosen = doubt.unread.map((u) => `${u.file} (${u.failure})`).join(', ');
    return `The project chooses this migration's database at run time: ${chosen}${said ? `; ${said}` : ''}.`;
  }
  const unread = doubt.unread.map((u) => `${u.file} (${u.failure})`).join(', ');
  return `A config file that may name this migration's database could not be read: ${unread}${said ? `; ${said}` : ''}.`;
}

/** The `dialect:` line that settles a doubt, for the migration at `path`, and the other databases it may be. */
export function doubtSetting(doubt: DialectDoubt, path: string): string {
  const named = [...new Set(doubt.doubt.map((s) => s.dialect))];
  const [first, ...others] = named.length ? named : ['postgres', 'mysql', 'sqlite', 'sqlserver'];
  const line = `\`dialect: {'${dirName(path)}**': ${first}}\``;
  if (named.length > 1) return `${line} (or ${others.join(', ')})`;
  return `${line} (or ${named.length ? 'the database it runs on' : `${others.join(', ')}…: the database it runs on`})`;
}

/** The one notice a migration in doubt gets: what named which database (or could not be read), and how to settle it. */
export function doubtNotice(doubt: DialectDoubt, path: string): Hit {
  const fix =
    !doubt.unread?.length || doubt.unread.every((u) => u.runtime)
      ? 'Say'
      : doubt.unread.every((u) => u.readFailed)
        ? 'Run again once the file can be read, or say'
        : 'Fix the file, or say';
  return {
    rule: 'not-analysed',
    line: 1,
    message:
      `${doubtCause(doubt)} Until ${doubt.unread?.length ? 'the database is' : 'one is'} settled ${WHAT_HOLDS}. ` +
      `${fix} which one it runs on in .github/rollback-ready.yml: ${doubtSetting(doubt, path)}.`,
  };
}

/**
 * `framework`'s analysis of `input` in the database `verdict` names; in doubt, for what holds on
 * every database, with the one notice first.
 */
export async function analyseInVerdict(framework: Framework, input: MigrationInput, verdict: DialectVerdict): Promise<MigrationAnalysis> {
  if (!isDoubt(verdict)) return framework.analyse(verdict ? { ...input, dialect: verdict } : input);
  const analysis = await framework.analyse({ ...input, dialect: doubtReading(verdict) });
  return { ...analysis, hits: [doubtNotice(verdict, input.path), ...analysis.hits] };
}
