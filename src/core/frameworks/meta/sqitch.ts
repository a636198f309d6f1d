import type { FrameworkMeta } from './types';
import { detectSqlFramework } from '../sql-detect';

/** `…/deploy/x.sql` → `…/revert/x.sql` (the last `deploy` segment). */
export function revertPathOf(path: string): string | undefined {
  const segments = path.split('/');
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === 'deploy') {
      segments[i] = 'revert';
      return segments.join('/');
    }
  }
  return undefined;
}

const sqitch: FrameworkMeta = {
  id: 'sqitch',
  globs: ['**/deploy/**/*.sql', '**/revert/**/*.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'sqitch',
  counterparts(path) {
    const revert = revertPathOf(path);
    return revert ? [revert] : [];
  },
};
export default sqitch;
