// Flyway: versioned `V<version>__<description>.sql`, optional undo `U<version>__<description>.sql`
// (a Teams feature, so often absent: forward-only), repeatable `R__<description>.sql`.
import type { Framework } from './framework';
import { flyway as meta, flywayKindOf as kindOf, undoPathOf } from './meta/index';
import { analyseDown, analyseUp, baseName, emptyDownHit, isEmptySql } from './shared-sql';

export { undoPathOf } from './meta/index';

const flyway: Framework = {
  ...meta,
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    const kind = kindOf(path);
    if (kind === 'U') return analyseDown('flyway', pieces);
    // A repeatable migration is re-applied from its file: reverting the file reverts it.
    if (kind !== 'V') return analyseUp('flyway', pieces, {}, 'present', []);
    const undoPath = undoPathOf(path) as string;
    const undo = siblings[undoPath];
    if (undo === undefined) {
      return analyseUp('flyway', pieces, {}, 'forward-only', [
        {
          rule: 'forward-only-migration',
          line: 1,
          message: `This Flyway migration has no undo script (${baseName(undoPath)}): it can only go forward. Add the undo script, or name the backup and restore procedure in the rollback plan.`,
        },
      ]);
    }
    if (await isEmptySql([{ sql: undo, line: 1 }])) return analyseUp('flyway', pieces, {}, 'empty', [emptyDownHit(1, baseName(undoPath))]);
    return analyseUp('flyway', pieces, {}, 'present', []);
  },
};

export default flyway;
