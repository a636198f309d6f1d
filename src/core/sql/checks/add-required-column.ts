import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { hasDefault, isNotNull } from './column-traits';

export const addRequiredColumn: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
    const col = cmd.def.ColumnDef;
    if (!isExisting(ctx, relKey(table)) || !isNotNull(col) || hasDefault(col)) continue;
    hits.push(
      hit(
        'add-required-column',
        ctx,
        `Adding NOT NULL column ${quote(col.colname ?? '?')} to ${relLabel(table)} without a default fails on existing rows, and old code that inserts without it breaks. ` +
          'Add the column nullable (or with a default), backfill, make the code write it, then add NOT NULL in a later release.',
      ),
    );
  }
  return hits;
};
