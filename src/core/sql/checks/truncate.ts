import { hit, isExisting } from '../context';
import { relKey, relLabel } from '../ast';
import type { SqlCheck } from './types';

export const truncate: SqlCheck = (stmt, ctx) => {
  if (!('TruncateStmt' in stmt)) return [];
  const hits = [];
  for (const r of stmt.TruncateStmt.relations ?? []) {
    if (!('RangeVar' in r) || !isExisting(ctx, relKey(r.RangeVar))) continue;
    hits.push(
      hit(
        'truncate',
        ctx,
        `TRUNCATE ${relLabel(r.RangeVar)} deletes every row; a rollback cannot bring them back. ` +
          'Copy the rows to a backup table first (or delete in a separate, reviewed data job), and keep schema migrations free of data loss.',
      ),
    );
  }
  return hits;
};
