import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { rewriteReason } from './column-traits';

export const volatileDefault: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
    if (!isExisting(ctx, relKey(table))) continue;
    const col = cmd.def.ColumnDef;
    const reason = rewriteReason(col);
    if (!reason) continue;
    hits.push(
      hit(
        'volatile-default',
        ctx,
        `Adding column ${quote(col.colname ?? '?')} to ${relLabel(table)} rewrites the whole table under an exclusive lock: ${reason}. ` +
          'Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.',
      ),
    );
  }
  return hits;
};
