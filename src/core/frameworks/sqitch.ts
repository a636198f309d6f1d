// Sqitch: `deploy/<change>.sql` with `revert/<change>.sql` (and `verify/<change>.sql`).
import type { Framework } from './framework';
import { sqitch as meta, revertPathOf } from './meta/index';
import { analyseDown, analyseUp, downSqlOf, judgeDownFile, sqlOptions } from './shared-sql';
import { sqitchFolder } from './sql-detect';

export { revertPathOf } from './meta/index';

const sqitch: Framework = {
  ...meta,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    const options = sqlOptions(input);
    if (sqitchFolder(path) === 'revert') return analyseDown('sqitch', pieces, options);
    const revertPath = revertPathOf(path) as string;
    const judged = await judgeDownFile(siblings[revertPath], revertPath);
    const down = judged.down === 'present' ? downSqlOf(siblings[revertPath]!, revertPath) : undefined;
    return analyseUp('sqitch', pieces, options, judged.down, judged.hits, undefined, down);
  },
};

export default sqitch;
