// Raw SQL migration directories: no down convention, unless a down file sits where one is
// recognisable (`x.sql` with `x.down.sql`/`x_down.sql`, or `up/x.sql` with `down/x.sql`).
import type { Framework } from './framework';
import { sql as meta, downCandidates, isDownPath } from './meta/index';
import { analyseDown, analyseUp, emptyDownHit, isEmptySql, baseName } from './shared-sql';

export { downCandidates } from './meta/index';

const sql: Framework = {
  ...meta,
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (isDownPath(path)) return analyseDown('sql', pieces);
    const found = downCandidates(path).find((p) => siblings[p] !== undefined);
    if (found === undefined) return analyseUp('sql', pieces, {}, 'no-convention', []);
    if (await isEmptySql([{ sql: siblings[found] as string, line: 1 }])) {
      return analyseUp('sql', pieces, {}, 'empty', [emptyDownHit(1, baseName(found))]);
    }
    return analyseUp('sql', pieces, {}, 'present', []);
  },
};

export default sql;
