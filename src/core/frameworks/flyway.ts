// Flyway: versioned `V<version>__<description>.sql`, optional undo `U<version>__<description>.sql`
// (a Teams feature, so often absent: forward-only), repeatable `R__<description>.sql`.
// The database is the one the project's Spring Boot config or flyway.conf names when neither
// rollback-ready's `dialect:` nor the path says it (src/core/frameworks/jvm-dialect.ts).
import type { Framework } from './framework';
import { flyway as meta, flywayKindOf as kindOf, undoPathOf, withoutPlaceholders } from './meta/index';
import { analyseDown, analyseUp, baseName, emptyDownHit, isEmptySql, sqlOptions } from './shared-sql';
import { withJvmDialect } from './jvm-dialect';
import { withoutCopyRows } from '../sql/copy-stdin';

export { undoPathOf } from './meta/index';

/** Versioned migrations, for a column's earlier type. */
const isVersioned = (name: string) => kindOf(name) === 'V' && name.toLowerCase().endsWith('.sql');

const flyway: Framework = {
  ...meta,
  async analyse(input) {
    const { path, content, siblings } = input;
    // Flyway sends a COPY … FROM STDIN's inline rows as its data, as psql does: they are no SQL.
    const pieces = [{ sql: await withoutCopyRows(withoutPlaceholders(content)), line: 1 }];
    const options = sqlOptions(input);
    const kind = kindOf(path);
    // Versioned migrations before this one, for a column's earlier type.
    const history = { input, isMigration: isVersioned, upPieces: (c: string) => [{ sql: withoutPlaceholders(c), line: 1 }] };
    if (kind === 'U') return analyseDown('flyway', pieces, options);
    // A repeatable migration is re-applied from its file: reverting the file reverts it.
    if (kind !== 'V') return analyseUp('flyway', pieces, options, 'present', []);
    const undoPath = undoPathOf(path) as string;
    const undo = siblings[undoPath];
    if (undo === undefined) {
      const forwardOnly = {
        rule: 'forward-only-migration',
        line: 1,
        message: `This Flyway migration has no undo script (${baseName(undoPath)}): it can only go forward. Add the undo script, or name the backup and restore procedure in the rollback plan.`,
      };
      return analyseUp('flyway', pieces, options, 'forward-only', [forwardOnly], history);
    }
    if (await isEmptySql([{ sql: withoutPlaceholders(undo), line: 1 }]))
      return analyseUp('flyway', pieces, options, 'empty', [emptyDownHit(1, baseName(undoPath))], history);
    return analyseUp('flyway', pieces, options, 'present', [], history, { pieces: [{ sql: withoutPlaceholders(undo), line: 1 }], name: baseName(undoPath) });
  },
};

export default withJvmDialect(flyway);
