import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { hasDefault, isNotNull } from './column-traits';

export const addRequiredColumn: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype === 'AT_ColumnDefault' && !cmd.def && cmd.name) {
      // DROP DEFAULT on a column this file added NOT NULL with one (Prisma writes this to fill
      // existing rows): the rows are filled, but old code that inserts without the column now fails.
      const added = ctx.requiredWithDefault.get(`${relKey(table)}.${cmd.name}`);
      if (added !== undefined)
        hits.push(
          hit(
            'add-required-column',
            ctx,
            `Dropping the default of ${quote(cmd.name)} on ${relLabel(table)}, added NOT NULL with it on line ${added}, makes the column required: existing rows were filled, but old code that inserts without it breaks. ` +
              'Keep the default until every release writes the column, then drop it in a later release.',
          ),
        );
      continue;
    }
    if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
    const col = cmd.def.ColumnDef;
    if (isExisting(ctx, relKey(table)) && isNotNull(col) && hasDefault(col) && col.colname)
      ctx.requiredWithDefault.set(`${relKey(table)}.${col.colname}`, ctx.line);
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
