import type { FrameworkMeta } from './types';
import { detectSqlFramework } from '../sql-detect';

const UP = /([._])up\.sql$/;

/** The down file of an up file, or undefined for a down file. */
export function downPathOf(path: string): string | undefined {
  return UP.test(path) ? path.replace(UP, '$1down.sql') : undefined;
}

const golangMigrate: FrameworkMeta = {
  id: 'golang-migrate',
  globs: ['**/*.up.sql', '**/*.down.sql', '**/*_up.sql', '**/*_down.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'golang-migrate',
  counterparts(path) {
    const down = downPathOf(path);
    return down ? [down] : [];
  },
};
export default golangMigrate;
