import type { FrameworkMeta } from './types';
import { baseName, dirName } from '../shared-sql';
import { detectSqlFramework } from '../sql-detect';

export const kindOf = (path: string): 'V' | 'U' | 'R' | undefined => {
  const first = baseName(path)[0];
  return first === 'V' || first === 'U' || first === 'R' ? first : undefined;
};

export function undoPathOf(path: string): string | undefined {
  return kindOf(path) === 'V' ? `${dirName(path)}U${baseName(path).slice(1)}` : undefined;
}

/**
 * Flyway's placeholders (`${tableName}`, `${flyway:defaultSchema}`), replaced by their values when
 * Flyway runs the script, as plain identifiers (`_tableName_`) so that the SQL around them parses:
 * conductor-oss/conductor's `CREATE TABLE IF NOT EXISTS ${tableName}` was a syntax error.
 */
export const withoutPlaceholders = (sql: string): string =>
  sql.includes('${') ? sql.replace(/\$\{[\w.:-]*\}/g, (m) => `_${m.slice(2, -1).replace(/\W/g, '_')}_`) : sql;

const flyway: FrameworkMeta = {
  id: 'flyway',
  globs: ['**/V*__*.sql', '**/U*__*.sql', '**/R__*.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'flyway',
  counterparts(path) {
    const undo = undoPathOf(path);
    return undo ? [undo] : [];
  },
};
export default flyway;
