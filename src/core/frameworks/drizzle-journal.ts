// drizzle-kit writes its migrations (`drizzle/0001_name.sql`) beside a journal
// (`drizzle/meta/_journal.json`) that names the database they are for: `"dialect": "sqlite"`
// (also for Turso and Cloudflare D1), `"mysql"`, `"postgresql"`. Its SQLite and MySQL output quotes
// names with backticks, which used to read as MySQL from the content, with a Postgres syntax
// notice on every file. Read only in a `drizzle` folder (drizzle-kit's default `out`): elsewhere
// the config's `dialect:` says it, and no face spends a read on every SQL folder.
import type { Dialect, DialectSource } from '../sql/dialect';
import type { MigrationInput } from './framework';
import { dirName } from './shared-sql';

const DIALECTS: Record<string, Dialect> = {
  postgresql: 'postgres',
  postgres: 'postgres',
  sqlite: 'sqlite',
  turso: 'sqlite',
  mysql: 'mysql',
  singlestore: 'mysql',
};

/** Journals read, per reader (one per run or evaluation), by path. */
const journals = new WeakMap<NonNullable<MigrationInput['readFile']>, Map<string, Promise<DialectSource | undefined>>>();

/** The journal's path for a migration in a `drizzle` folder, else undefined. */
export function journalPathOf(path: string): string | undefined {
  const dir = dirName(path);
  return /(?:^|\/)drizzle\/$/.test(dir) ? `${dir}meta/_journal.json` : undefined;
}

/** What a journal's text says of the dialect; undefined when it is not a journal that names one drizzle-kit writes. */
export function journalDialect(text: string, path: string): DialectSource | undefined {
  let named: unknown;
  try {
    named = (JSON.parse(text) as { dialect?: unknown }).dialect;
  } catch {
    return undefined;
  }
  const dialect = typeof named === 'string' ? DIALECTS[named.toLowerCase()] : undefined;
  return dialect ? { dialect, from: `drizzle-kit's journal (${path})` } : undefined;
}

/**
 * The dialect drizzle-kit's journal names for this migration, read once per folder and reader.
 * Undefined outside a `drizzle` folder, without a journal, or when it cannot be read (the file is
 * then read as before: from its path and content).
 */
export function drizzleDialect(input: Pick<MigrationInput, 'path' | 'readFile'>): Promise<DialectSource | undefined> {
  const path = journalPathOf(input.path);
  const readFile = input.readFile;
  if (!path || !readFile) return Promise.resolve(undefined);
  let byPath = journals.get(readFile);
  if (!byPath) journals.set(readFile, (byPath = new Map()));
  let found = byPath.get(path);
  if (!found) {
    found = readFile(path).then(
      (text) => (text === undefined ? undefined : journalDialect(text, path)),
      () => undefined,
    );
    byPath.set(path, found);
  }
  return found;
}
