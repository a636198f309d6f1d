// Sqitch: `deploy/<change>.sql` with `revert/<change>.sql` (and `verify/<change>.sql`).
import type { Framework } from './framework';
import { analyseDown, analyseUp, judgeDownFile } from './shared-sql';
import { detectSqlFramework, sqitchFolder } from './sql-detect';

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

const sqitch: Framework = {
  id: 'sqitch',
  globs: ['**/deploy/**/*.sql', '**/revert/**/*.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'sqitch',
  counterparts(path) {
    const revert = revertPathOf(path);
    return revert ? [revert] : [];
  },
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (sqitchFolder(path) === 'revert') return analyseDown('sqitch', pieces);
    const revertPath = revertPathOf(path) as string;
    const judged = await judgeDownFile(siblings[revertPath], revertPath);
    return analyseUp('sqitch', pieces, {}, judged.down, judged.hits);
  },
};

export default sqitch;
