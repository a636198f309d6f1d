// goose's `-- +goose ENVSUB ON`, as the drill runs it: from that annotation to `ENVSUB OFF`, goose
// expands environment variables in each SQL line before it splits or runs the SQL (pressly/goose
// internal/sqlparser/parser.go, `interpolate.Interpolate(&envWrapper{}, line)` with os.LookupEnv).
// The grammar, which lines goose expands and how each expansion gives its value are read in the core
// (src/core/frameworks/goose-envsub.ts, which lint reads with each expansion as a run-time name);
// the drill runs the lines, so it expands them with the values of its own environment, as goose
// would where the drill runs, and says which were not set.
import { expandEnvsubLines, parseEnvsubLine, renderValues, type EnvsubFailure } from '../core/frameworks/goose-envsub';

type Env = (name: string) => string | undefined;

/** What expanding a file's ENVSUB lines gave. */
export interface EnvsubResult {
  /** The file with its ENVSUB lines expanded (line for line). */
  content: string;
  /** Variables expanded as empty because they were not set. */
  missing: string[];
  /** Where goose would stop: an unset `${X?}`, or a `$` it cannot read (its line and goose's reason). */
  failure?: EnvsubFailure;
}

/** `content` with its `ENVSUB ON` lines expanded from `env` as goose expands them; `annotation` reads a line as goose does. */
export function expandEnvsubWith(content: string, annotation: (line: string) => string | undefined, env: Env): EnvsubResult {
  if (!/envsub/i.test(content)) return { content, missing: [] };
  const missing = new Set<string>();
  let stopped = false; // goose stops at the first failure: the lines after it are left as written
  const { content: expanded, failure } = expandEnvsubLines(content, annotation, (line) => {
    if (stopped) return { text: line };
    const read = parseEnvsubLine(line);
    try {
      if (read.error !== undefined) throw new Error(read.error);
      return { text: renderValues(read.items, env, missing) };
    } catch (error) {
      stopped = true;
      return { text: line, error: (error as Error).message };
    }
  });
  return { content: expanded, missing: [...missing].sort(), ...(failure ? { failure } : {}) };
}
