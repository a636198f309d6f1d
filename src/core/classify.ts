import picomatch from 'picomatch';
import type { Config } from './config';
import { DEFAULT_DEPLOY_GLOBS } from './deploy/globs';
import { GLOB_SOURCES } from './glob-sources';
import type { Framework } from './frameworks/framework';
import { isSqitchVerify } from './frameworks/sql-detect';
import type { Change, ChangeKind, Dialect, FrameworkId } from './types';
import type { DialectSource } from './sql/dialect';

export const DEFAULT_DEPENDENCY_GLOBS = [
  '**/package.json',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/bun.lock',
  '**/bun.lockb',
  '**/Gemfile',
  '**/Gemfile.lock',
  '**/*.gemspec',
  '**/requirements*.txt',
  '**/pyproject.toml',
  '**/poetry.lock',
  '**/uv.lock',
  '**/Pipfile',
  '**/Pipfile.lock',
  '**/go.mod',
  '**/go.sum',
  '**/Cargo.toml',
  '**/Cargo.lock',
  '**/composer.json',
  '**/composer.lock',
  '**/mix.exs',
  '**/mix.lock',
  '**/pom.xml',
  '**/build.gradle',
  '**/build.gradle.kts',
  '**/gradle.lockfile',
  '**/*.csproj',
  '**/packages.lock.json',
];

export const DEFAULT_CONFIG_GLOBS = [
  '.github/rollback-ready.yml',
  '**/.env',
  '**/.env.*',
  '**/config/**/*.{yml,yaml,json,toml,ini,properties,conf}',
  '**/settings.py',
  '**/settings/*.py',
  '**/application*.{yml,yaml,properties}',
  '**/appsettings*.json',
  '**/*.config.{json,yml,yaml}',
];

/** picomatch's options for every glob (src/core/glob-sources.ts holds the built-in globs' regexes made with them). */
export const GLOB_OPTIONS = { dot: true } as const;
const opts = GLOB_OPTIONS;

/**
 * One matcher for a glob list: the globs' regexes joined into ONE regex (plus picomatch's
 * exact-string shortcut). `picomatch(list)` would test each glob's regex in turn through its
 * generic matcher, which dominated classifying thousands of files. Same answers: `makeRe` is the
 * regex picomatch itself tests with these options.
 */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  let re: RegExp;
  try {
    // Built-in globs' regexes are made at build time (scripts/glob-sources.mjs): making ~20 cost a one-file lint ~15 ms.
    re = new RegExp(globs.map((g) => GLOB_SOURCES.get(g) ?? picomatch.makeRe(g, opts).source).join('|'));
  } catch {
    return picomatch([...globs], opts);
  }
  const exact = new Set(globs);
  const tails = literalTails(globs);
  if (!tails) return (path) => path !== '' && (exact.has(path) || re.test(path));
  return (path) => path !== '' && (exact.has(path) || (tails.some((t) => path.endsWith(t)) && re.test(path)));
}

/**
 * The literal endings a match of the list must have (`.sql` for a glob ending `*.sql`; `.js`, `.ts`
 * for one ending `*.{js,ts}`), to skip the regex for paths that cannot match; undefined when some
 * glob does not end in plain literal text (a negation, a wildcard last, or a brace list whose
 * choices are not all plain words).
 */
function literalTails(globs: readonly string[]): string[] | undefined {
  const tails: string[] = [];
  for (const g of globs) {
    if (g.includes('!')) return undefined;
    let end = g.length;
    // A closing brace list of plain words (`{js,cjs,mjs,ts}`): one tail per choice.
    let choices = [''];
    if (g.endsWith('}')) {
      const open = g.lastIndexOf('{');
      const list = open < 0 ? [] : g.slice(open + 1, -1).split(',');
      if (list.length < 2 || !list.every((c) => /^[A-Za-z0-9._-]+$/.test(c))) return undefined;
      choices = list;
      end = open;
    }
    let i = end;
    while (i > 0 && /[A-Za-z0-9._-]/.test(g[i - 1]!)) i--;
    const tail = g.slice(i, end);
    // The literal run must follow a wildcard or a path separator, never other glob syntax.
    if ((tail === '' && choices.length === 1) || (i > 0 && !'*/'.includes(g[i - 1]!))) return undefined;
    for (const c of choices) tails.push(tail + c);
  }
  return tails;
}

/**
 * Migrations of frameworks rollback-ready has no reader for, kept where SQL or DSL migrations
 * live: goose and golang-migrate Go migrations, Flyway Java and Kotlin migrations. Classified as
 * migrations so that they are never passed in silence (`not-analysed`).
 */
export const UNREAD_MIGRATION_GLOBS = [
  '**/migrations/*.go',
  '**/migration/*.go',
  '**/migrations/**/*.go',
  '**/db/migration/**/*.{java,kt}',
  '**/db/migrations/**/*.{java,kt}',
  // PHP migrations of runners other than Laravel: Doctrine (`migrations/Version….php`, Symfony's
  // `src/Migrations/`), Phinx and CakePHP (`db/migrations/`, `config/Migrations/`), Yii.
  '**/migrations/**/*.php',
  '**/Migrations/**/*.php',
  '**/migration/**/*.php',
  // Entity Framework Core (`Migrations/<date>_<Name>.cs`), Ruby migrations outside Rails' db/migrate
  // (Sequel's `db/migrations/001_x.rb`).
  '**/Migrations/**/*.cs',
  '**/migrations/**/*.cs',
  '**/migrations/**/*.rb',
];

/** Files in a migrations folder that are never migrations themselves. */
const NEVER_MIGRATIONS =
  /(^|\/)(__init__\.py|index\.[cm]?[jt]s|[^/]*\.d\.ts|[^/]*\.(test|spec)\.[cm]?[jt]s|[^/]*_test\.go|README[^/]*|doc\.go|embed\.go|migrations?\.go|[^/]*\.Designer\.cs|[^/]*ModelSnapshot\.cs)$/i;

export interface Classifier {
  /** Kind and framework of a path, or undefined when irrelevant. `content` settles shared shapes. */
  classify(path: string, content?: string): Omit<Change, 'status'> | undefined;
  /** Cheap pre-check on the path alone: is the file worth reading? */
  mayMatter(path: string): boolean;
  /** The frameworks whose migration paths (not wide nets) include `path`, for a `not-analysed` notice. */
  candidates(path: string): FrameworkId[];
}

/**
 * Build the path classifier for a config. Frameworks are tried in registry order (specific
 * conventions first, raw SQL last); the first whose globs match and whose `detect` agrees wins.
 */
export function createClassifier(config: Config, frameworks: readonly Framework[]): Classifier {
  // Compiling the globs is the expensive part: one classifier per (config, framework list).
  let byFrameworks = cache.get(config);
  if (!byFrameworks) cache.set(config, (byFrameworks = new WeakMap()));
  let classifier = byFrameworks.get(frameworks);
  if (!classifier) byFrameworks.set(frameworks, (classifier = buildClassifier(config, frameworks)));
  return classifier;
}

const cache = new WeakMap<Config, WeakMap<readonly Framework[], Classifier>>();

/** A glob list compiled on first use: a run that never meets a path it could match never pays for it. */
function lazyGlobs(globs: readonly string[]): (path: string) => boolean {
  let match: ((path: string) => boolean) | undefined;
  return (path) => (match ??= compileGlobs(globs))(path);
}

/** What a path's literal endings are keyed by: the text after the last dot of its file name ('' for none). */
function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot + 1) : '';
}

/** Whether a path with extension `ext` can end with `tail` (tails never hold a slash). */
function tailFits(tail: string, ext: string): boolean {
  const dot = tail.lastIndexOf('.');
  return dot < 0 || tail.slice(dot + 1) === ext;
}

function buildClassifier(config: Config, frameworks: readonly Framework[]): Classifier {
  const ignored = lazyGlobs(config.ignore);
  const migration = frameworks.map((fw) => {
    const globs = config.paths.migrations[fw.id] ?? fw.globs;
    return { fw, globs, match: lazyGlobs(globs), tails: literalTails(globs) };
  });
  const unread = lazyGlobs(UNREAD_MIGRATION_GLOBS);
  const kinds: [ChangeKind, (p: string) => boolean][] = [
    ['deploy', lazyGlobs(config.paths.deploy ?? DEFAULT_DEPLOY_GLOBS)],
    ['dependency', lazyGlobs(config.paths.dependency ?? DEFAULT_DEPENDENCY_GLOBS)],
    ['config', lazyGlobs(config.paths.config ?? DEFAULT_CONFIG_GLOBS)],
  ];
  /** A path written exactly as one of the globs matches it whatever its ending (picomatch's shortcut). */
  const globStrings = new Set(migration.flatMap((m) => m.globs));
  /**
   * The frameworks whose globs can match a path of each extension, in registry order: a `.sql`
   * file is never tried against Rails', Django's or Laravel's globs.
   */
  const byExtension = new Map<string, typeof migration>();
  const mayMatch = (path: string): typeof migration => {
    if (globStrings.has(path)) return migration;
    const ext = extensionOf(path);
    let list = byExtension.get(ext);
    if (!list) byExtension.set(ext, (list = migration.filter((m) => !m.tails || m.tails.some((t) => tailFits(t, ext)))));
    return list;
  };

  /** The framework of a migration path; `unread` for a migration no reader analyses; undefined when not a migration. */
  const migrationFor = (path: string, content: string | undefined): FrameworkId | 'unread' | undefined => {
    if (content !== undefined) {
      // In registry order, the first framework whose globs match and whose content check agrees;
      // the frameworks after it are never matched (a lint of thousands of files asks this of each).
      let matched = false;
      let narrow = false;
      for (const m of mayMatch(path)) {
        if (!m.match(path)) continue;
        if (!m.fw.detect || m.fw.detect(path, content)) return m.fw.id;
        matched = true;
        if (!m.fw.wideGlobs) narrow = true;
      }
      if (!matched) return unread(path) && !NEVER_MIGRATIONS.test(path) ? 'unread' : undefined;
      // In a framework's migration folder, yet no reader recognises it: a migration nobody read.
      // A Sqitch verify script in a migrations folder (`db/migrations/verify/x.sql`) is no migration.
      if (narrow && !NEVER_MIGRATIONS.test(path) && !isSqitchVerify(path)) return 'unread';
      // Only a wide net caught it (goose's `.go` in a migrations folder that registers nothing with
      // goose): still a migration nobody read where unread migrations live.
      return unread(path) && !NEVER_MIGRATIONS.test(path) ? 'unread' : undefined;
    }
    const candidates = migration.filter((m) => m.match(path));
    if (candidates.length === 0) return unread(path) && !NEVER_MIGRATIONS.test(path) ? 'unread' : undefined;
    // Without content (a deleted file): the first candidate that needs no content check.
    return (candidates.find((m) => !m.fw.detect) ?? candidates[0])!.fw.id;
  };

  return {
    candidates: (path) => migration.filter((m) => !m.fw.wideGlobs && m.match(path)).map((m) => m.fw.id),
    mayMatter(path) {
      if (ignored(path)) return false;
      return migration.some((m) => m.match(path)) || unread(path) || kinds.some(([, match]) => match(path));
    },
    classify(path, content) {
      if (ignored(path)) return undefined;
      const framework = migrationFor(path, content);
      if (framework === 'unread') return { path, kind: 'migration' };
      if (framework) return { path, kind: 'migration', framework };
      for (const [kind, match] of kinds) if (match(path)) return { path, kind };
      return undefined;
    },
  };
}

const dialectMatchers = new WeakMap<Config, [Dialect, (path: string) => boolean][]>();

/** The dialect `.github/rollback-ready.yml` gives a path (`dialect:` by glob; the first match wins), if any. */
export function configuredDialect(config: Config, path: string): DialectSource | undefined {
  const entries = Object.entries(config.dialect ?? {});
  if (!entries.length) return undefined;
  let matchers = dialectMatchers.get(config);
  if (!matchers) dialectMatchers.set(config, (matchers = entries.map(([glob, dialect]) => [dialect, compileGlobs([glob])])));
  for (const [dialect, match] of matchers) if (match(path)) return { dialect, from: 'the dialect setting of .github/rollback-ready.yml' };
  return undefined;
}
