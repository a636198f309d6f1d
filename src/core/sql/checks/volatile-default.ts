import type { ColumnDef, RangeVar } from 'libpg-query';
import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { isStoredGenerated, rewriteReason } from './column-traits';

export const volatileDefault: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== 'AT_AddColumn' || !cmd.def || !('ColumnDef' in cmd.def)) continue;
    if (!isExisting(ctx, relKey(table))) continue;
    const col = cmd.def.ColumnDef;
    if (isStoredGenerated(col)) {
      hits.push(hit('volatile-default', ctx, storedGeneratedMessage(col, table)));
      continue;
    }
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

/**
 * A stored generated column has no default to leave out: ADD COLUMN computes and writes it for every
 * row under ACCESS EXCLUSIVE (the Postgres ALTER TABLE notes; squawk's adding-field-with-default and
 * eugene's E11 say the same). What avoids the rewrite is not storing it this way: a plain column a
 * trigger fills, backfilled in batches, or the expression computed when read and indexed.
 */
function storedGeneratedMessage(col: ColumnDef, table: RangeVar): string {
  return (
    `Adding stored generated column ${quote(col.colname ?? '?')} to ${relLabel(table)} computes and writes its value for every row: ` +
    'the whole table is rewritten under an ACCESS EXCLUSIVE lock that blocks reads and writes until it is done, and no form of ADD COLUMN … STORED avoids it. ' +
    'On a large table, add a plain column instead, keep it current with a BEFORE INSERT OR UPDATE trigger that computes the expression, and backfill existing rows in batches; ' +
    'or do not store it: compute the expression when reading (a view, or a VIRTUAL generated column on Postgres 18) and index it with CREATE INDEX CONCURRENTLY on the expression.'
  );
}
