import type { FrameworkId, Hit } from '../types';
import type { DialectSource } from '../sql/dialect';

/** Whether a migration can be undone, as far as the framework's files tell. */
export type DownStatus =
  /** a down/undo/revert path exists and does something */
  | 'present'
  /** the framework has a conventional down and it is absent */
  | 'missing'
  /** the down exists but does nothing (pass, {}, comments only, raises irreversible) */
  | 'empty'
  /** the up uses an operation the framework cannot reverse automatically */
  | 'irreversible'
  /** the framework has no down at all (Prisma) or its undo is optional and absent (Flyway, Liquibase) */
  | 'forward-only'
  /** raw SQL directories: no convention; the plan must cover it */
  | 'no-convention'
  /** no reader analysed the file (see the `not-analysed` notice): its down path is unknown */
  | 'not-analysed';

export interface MigrationInput {
  path: string;
  content: string;
  /**
   * Contents of other files at head the framework asked for via `counterparts()` (e.g. the
   * `.down.sql` beside an `.up.sql`); `undefined` when the file does not exist.
   */
  siblings: Record<string, string | undefined>;
  /**
   * Reads another file of the repository at the same revision (repo-relative path; `undefined`
   * when absent or past the face's budget), for frameworks whose files depend on earlier ones:
   * a Django `AlterField` restates the whole field, and only the earlier migrations say whether
   * its type or nullability changed. Absent: the framework judges the file alone.
   */
  readFile?(path: string): Promise<string | undefined>;
  /**
   * `readFile` without waiting, where the face holds the files at hand (`lint`: on disk); it throws
   * what `readFile` would reject with. A look back through hundreds of earlier migrations reads
   * each of them: a promise per file was a fifth of that walk.
   */
  readFileNow?(path: string): string | undefined;
  /**
   * Names of the files in a folder at the same revision (`db/migrations/`), `undefined` when the
   * face cannot list it: the SQL frameworks look back through earlier migrations for a column's
   * type before judging an `ALTER COLUMN … TYPE`.
   */
  listDir?(dir: string): Promise<string[] | undefined>;
  /**
   * Names of the folders in a folder at the same revision, `undefined` when the face cannot list
   * it: where each migration is a folder (Diesel's and Hasura's `<version>_<name>/up.sql`), the
   * earlier migrations are the folders beside this one's.
   */
  listFolders?(dir: string): Promise<string[] | undefined>;
  /**
   * The dialect the repository's config gives this path (`dialect:` by glob). Without it the
   * frameworks read it from the path (`mysql/`, `.sqlite3.up.sql`) or the SQL, else Postgres.
   */
  dialect?: DialectSource;
  /**
   * The file on the PR's base branch (`content` undefined: the PR adds it, as `lint` reads every
   * file). Where one file holds many migrations applied one by one (Liquibase's changesets), those
   * the base already had are deployed history, and those the PR adds are the change, deployed
   * together. Absent (the base could not be read): each is judged as its own migration.
   */
  base?: { content?: string };
}

export interface MigrationAnalysis {
  /** Undefined for a file classified as a migration that no reader analyses (`not-analysed`). */
  framework?: FrameworkId;
  /** Down files are judged with their up; a down file on its own yields no destructive findings. */
  role: 'up' | 'down';
  down: DownStatus;
  /** Rails db/post_migrate and similar: runs after the deploy, a rollback barrier. */
  postDeploy?: boolean;
  /** The migration changes data (UPDATE/INSERT…SELECT/RunPython…), not only schema. */
  changesData?: boolean;
  /** The migration only adds (tables, nullable columns, indexes): medium risk rather than high. */
  additiveOnly?: boolean;
  hits: Hit[];
  /** The SQL is of another dialect than Postgres (it got only the rules that hold there). */
  dialect?: DialectSource;
}

export interface Framework {
  id: FrameworkId;
  /** Default globs (picomatch, matched against repo-relative paths) for this framework's files. */
  globs: string[];
  /** Content check for paths several frameworks share (Alembic vs Django, Knex vs Sequelize…). */
  detect?(path: string, content: string): boolean;
  /**
   * The globs are a wide net (sql-migrate: every `.sql` file; Liquibase: every `*changelog*`
   * file): only what `detect` recognises is this framework's, and a file it does not recognise
   * is not an unread migration of it.
   */
  wideGlobs?: boolean;
  /** Head paths whose contents `analyse` needs (the down file, the revert script…). */
  counterparts?(path: string): string[];
  /** Comment prefix for inline ignores in this framework's files. */
  comment: string;
  analyse(input: MigrationInput): Promise<MigrationAnalysis>;
}
