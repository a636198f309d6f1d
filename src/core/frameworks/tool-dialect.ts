// The database a migration tool records for its folder, beside the migrations:
// - drizzle-kit writes `drizzle/0001_name.sql` beside a journal (`drizzle/meta/_journal.json`)
//   that names it: `"dialect": "sqlite"` (also for Turso and Cloudflare D1), `"mysql"`,
//   `"postgresql"`. Its SQLite and MySQL output quotes names with backticks, which used to read as
//   MySQL from the content, with a Postgres syntax notice on every file. Read only in a `drizzle`
//   folder (drizzle-kit's default `out`): elsewhere the config's `dialect:` says it, and no face
//   spends a read on every SQL folder.
// - Prisma Migrate writes `<migrations>/<timestamp>_<name>/migration.sql` beside
//   `<migrations>/migration_lock.toml`, whose `provider = "sqlite"` names it (public Prisma apps on
//   SQLite and MySQL got Postgres locking advice and syntax notices).
import type { Dialect } from '../sql/dialect';
import type { MigrationInput } from './framework';
import { dirName } from './shared-sql';
import { handlerFor } from './dispatch';
import { readFailureText, unreadVerdict, withUnread, type DialectVerdict, type UnreadConfig } from './dialect-doubt';

const DIALECTS: Record<string, Dialect> = {
  postgresql: 'postgres',
  postgres: 'postgres',
  cockroachdb: 'cockroachdb',
  sqlite: 'sqlite',
  turso: 'sqlite',
  mysql: 'mysql',
  singlestore: 'mysql',
  sqlserver: 'sqlserver',
};

/** Answers found through a reader (one per run or evaluation), by key: each asked for once. */
const answers = new WeakMap<NonNullable<MigrationInput['readFile']>, Map<string, Promise<unknown>>>();

/** `find()`'s answer for `key`, once per reader; `failed` gives the answer when it throws. */
function onceEach<T>(readFile: NonNullable<MigrationInput['readFile']>, key: string, find: () => Promise<T>, failed: (e: unknown) => T): Promise<T> {
  let byKey = answers.get(readFile);
  if (!byKey) answers.set(readFile, (byKey = new Map()));
  let answer = byKey.get(key) as Promise<T> | undefined;
  if (!answer) byKey.set(key, (answer = find().catch(failed)));
  return answer;
}

/**
 * An app config's verdict for `key`, once per reader (src/core/frameworks/app-dialect.ts): a reader
 * that throws (a grammar that does not load) leaves the database in doubt, naming `what` was being
 * read, never a silent Postgres.
 */
export function verdictOncePerReader(
  readFile: NonNullable<MigrationInput['readFile']>,
  key: string,
  find: () => Promise<DialectVerdict>,
  what: string,
): Promise<DialectVerdict> {
  return onceEach(readFile, key, find, (e) => unreadVerdict(what, e));
}

/** The journal's path for a migration in a `drizzle` folder, else undefined. */
export function journalPathOf(path: string): string | undefined {
  const dir = dirName(path);
  return /(?:^|\/)drizzle\/$/.test(dir) ? `${dir}meta/_journal.json` : undefined;
}

/**
 * What a journal's text says of the dialect; undefined when it names none drizzle-kit writes. A
 * journal that is no JSON may name any database: a doubt naming it.
 */
export function journalDialect(text: string, path: string): DialectVerdict {
  let named: unknown;
  try {
    named = (JSON.parse(text) as { dialect?: unknown } | null)?.dialect;
  } catch (e) {
    return unreadVerdict(path, `not JSON: ${(e as Error).message}`);
  }
  const dialect = typeof named === 'string' ? handlerFor(DIALECTS, named.toLowerCase()) : undefined;
  return dialect ? { dialect, from: `drizzle-kit's journal (${path})` } : undefined;
}

/** The lock file's path for a Prisma migration (`<migrations>/<folder>/migration.sql`), else undefined. */
export function prismaLockPathOf(path: string): string | undefined {
  const m = /^(.*?)[^/]+\/migration\.sql$/.exec(path);
  return m ? `${m[1]}migration_lock.toml` : undefined;
}

/**
 * What Prisma's `migration_lock.toml` says of the dialect: its `provider` key. Prisma writes the file
 * whole, that one key on a line of its own, so that line is read first; any other text is read by
 * the TOML parser (loaded only then). Undefined for a provider that is not SQL (mongodb); a file
 * that is no TOML, or names no provider, may be any database: a doubt naming it.
 */
export async function prismaLockDialect(text: string, path: string): Promise<DialectVerdict> {
  let provider: unknown = /^[ \t]*provider[ \t]*=[ \t]*"([^"\\\n]*)"[ \t]*(?:#.*)?$/m.exec(text)?.[1];
  if (provider === undefined) {
    const { getStaticTOMLValue, parseTOML } = await import('toml-eslint-parser');
    try {
      provider = (getStaticTOMLValue(parseTOML(text)) as { provider?: unknown }).provider;
    } catch (e) {
      return unreadVerdict(path, `not TOML: ${(e as Error).message}`);
    }
  }
  if (typeof provider !== 'string') return unreadVerdict(path, 'no provider = "…" line');
  const dialect = handlerFor(DIALECTS, provider.toLowerCase());
  return dialect ? { dialect, from: `Prisma's migration_lock.toml (${path})` } : undefined;
}

/**
 * The record at `path`, read once per reader; undefined when absent (the file is then read from its
 * path and content); a doubt naming it when it is there but does not read, or its read fails.
 */
function recorded(
  read: ConfigReader,
  path: string,
  readText: (text: string, path: string) => DialectVerdict | Promise<DialectVerdict>,
): Promise<DialectVerdict> {
  return verdictOncePerReader(
    read,
    path,
    async () => {
      const text = await readConfigFile(read, path);
      return isUnread(text) ? withUnread(text) : text === undefined ? undefined : readText(text, path);
    },
    path,
  );
}

/** The dialect drizzle-kit's journal names for this migration; undefined outside a `drizzle` folder or without one. */
export function drizzleDialect(input: Pick<MigrationInput, 'path' | 'readFile'>): Promise<DialectVerdict> {
  const path = journalPathOf(input.path);
  return path && input.readFile ? recorded(input.readFile, path, journalDialect) : Promise.resolve(undefined);
}

/** The dialect Prisma's lock file names for this migration; undefined without one. */
export function prismaDialect(input: Pick<MigrationInput, 'path' | 'readFile'>): Promise<DialectVerdict> {
  const path = prismaLockPathOf(input.path);
  return path && input.readFile ? recorded(input.readFile, path, prismaLockDialect) : Promise.resolve(undefined);
}

/**
 * `dir` (`a/b/`) and the folders above it a config is looked for in, nearest first: at most
 * `LEVELS` (every look is a read, and the App's reads go through the API), and the repository's root.
 */
export function upwards(dir: string): string[] {
  const dirs = [dir];
  while (dirs[dirs.length - 1]) {
    const d = dirs[dirs.length - 1]!;
    dirs.push(d.slice(0, d.slice(0, -1).lastIndexOf('/') + 1));
  }
  return dirs.length > LEVELS ? [...dirs.slice(0, LEVELS - 1), ''] : dirs;
}

/** Folders a config is looked for in at most (`packages/api/` for `packages/api/src/db/migrations/`). */
const LEVELS = 4;

/** How an app's config files are read (a migration's `readFile`). */
export type ConfigReader = NonNullable<MigrationInput['readFile']>;

/**
 * A config file's text, undefined when absent; when the read itself fails (the App's API answered
 * 5xx or its read budget is spent, lint met EACCES), the file and the failure: the file may be there
 * and name any database, so the reader leaves the database in doubt, naming it
 * (`withUnread(r)`), as for a file that is there but does not parse.
 */
export const readConfigFile = (read: ConfigReader, path: string): Promise<string | undefined | UnreadConfig> =>
  read(path).catch((e: unknown) => ({ file: path, failure: readFailureText(e), readFailed: true }));

/** Whether a read (`readConfigFile`'s, or a reader's built on it) failed. */
export const isUnread = <T>(read: T | UnreadConfig): read is UnreadConfig => typeof read === 'object' && read !== null && 'failure' in read;

/** The value a dotenv file sets `name` to (`NAME=mysql`, `export NAME="pgsql"`), if a line not commented out sets it. */
export const dotenvValue = (text: string, name: string): string | undefined =>
  new RegExp(`^[ \\t]*(?:export[ \\t]+)?${name}[ \\t]*=[ \\t]*["']?([\\w-]+)`, 'm').exec(text)?.[1];
