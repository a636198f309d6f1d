// The SQL analyser (libpg-query and every rule check) as a lazily loaded module: imported on the
// first migration, then held, so the per-file path does not pay a dynamic import's module-map
// lookup each time (about 40 ms over a 2,000-file lint).
type SqlAnalyser = typeof import('./lint-sql');

let loading: Promise<SqlAnalyser> | undefined;

export function sqlAnalyser(): Promise<SqlAnalyser> {
  loading ??= import('./lint-sql');
  return loading;
}

/** `lintSql`, loading the analyser on first use. */
export const lintSqlLazily: SqlAnalyser['lintSql'] = async (...args) => (await sqlAnalyser()).lintSql(...args);
