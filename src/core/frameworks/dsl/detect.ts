// Which DSL framework a migration file belongs to, from its path (default globs) and content.
// Frameworks are tried in the registry's order; shared shapes (JS migrations folders, Python
// `migrations/` vs `versions/`, changelog files) are settled by each framework's `detect`.
import picomatch from 'picomatch';
import type { FrameworkId } from '../../types';
import type { Framework } from '../framework';
import { FRAMEWORKS } from '../index';

const SQL_FILE_FRAMEWORKS = new Set<FrameworkId>(['sql', 'golang-migrate', 'goose', 'sql-migrate', 'dbmate', 'flyway', 'sqitch', 'pop']);

/** The frameworks with a DSL (or a changelog format), in the registry's order. */
export const DSL_FRAMEWORKS: readonly Framework[] = FRAMEWORKS.filter((fw) => !SQL_FILE_FRAMEWORKS.has(fw.id));

let matchers: Array<{ fw: Framework; match: (p: string) => boolean }> | undefined;

export function detectDslFramework(path: string, content: string): FrameworkId | undefined {
  matchers ??= DSL_FRAMEWORKS.map((fw) => ({ fw, match: picomatch(fw.globs, { dot: true }) }));
  for (const { fw, match } of matchers) {
    if (!match(path)) continue;
    if (fw.detect && !fw.detect(path, content)) continue;
    return fw.id;
  }
  return undefined;
}
