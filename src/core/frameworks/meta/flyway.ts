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
