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

/** `…/revert/x.sql` → `…/deploy/x.sql` (the last `revert` segment). */
export function deployPathOf(path: string): string | undefined {
  const segments = path.split('/');
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === 'revert') {
      segments[i] = 'deploy';
      return segments.join('/');
    }
    if (segments[i] === 'deploy') return undefined;
  }
  return undefined;
}

const sqitch: FrameworkMeta = {
  id: 'sqitch',
  globs: ['**/deploy/**/*.sql', '**/revert/**/*.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'sqitch',
  // A deploy's revert (its down); a revert's deploy (what it undoes: the indexes it made, see sqitch.ts).
  counterparts(path) {
    const other = deployPathOf(path) ?? revertPathOf(path);
    return other ? [other] : [];
  },
};
export default sqitch;
