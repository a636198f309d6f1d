import { addedHere, createdHere, hit, type SqlContext } from '../context';
import type { Hit } from '../../types';
import type { RangeVar } from 'libpg-query';
import { relKey, relLabel, quote } from '../ast';
import type { SqlCheck } from './types';

export const renameColumn: SqlCheck = (stmt, ctx) => {
  if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_TABLE') return rebuildRenames(stmt.RenameStmt.relation, stmt.RenameStmt.newname, ctx);
  if (!('RenameStmt' in stmt) || stmt.RenameStmt.renameType !== 'OBJECT_COLUMN') return [];
  const s = stmt.RenameStmt;
  if (s.relationType !== 'OBJECT_TABLE' || createdHere(ctx, relKey(s.relation))) return [];
  // A column this file added: no code that runs today uses its name.
  if (addedHere(ctx, `${relKey(s.relation)}.${s.subname}`)) return [];
  // The copy a swap renamed into the dropped column's place (added under IF NOT EXISTS): a type change (change-column-type).
  const swap = ctx.swaps.completedBy(stmt);
  if (swap && ctx.columnDrops.has(`${swap.table}.${swap.column}`)) return [];
  return [
    hit(
      'rename-column',
      ctx,
      `Renaming column ${quote(s.subname ?? '?')} of ${relLabel(s.relation)} to ${quote(s.newname ?? '?')} breaks code that still uses the old name, including the old release after a rollback. ` +
        'Add the new column, write to both, backfill, switch reads, then drop the old column in a later release.',
    ),
  ];
};

/**
 * A SQLite-style rebuild renamed into place (`ALTER TABLE "temporary_t" RENAME TO "t"`, after
 * `INSERT INTO "temporary_t"("a", …) SELECT "x", … FROM "t"` and `DROP TABLE "t"`): a column the
 * copy took under another name, and not also under its own, is renamed, as TypeORM writes a column
 * rename on SQLite.
 */
function rebuildRenames(relation: RangeVar | undefined, to: string | undefined, ctx: SqlContext): Hit[] {
  const copy = ctx.copies.get(relKey(relation));
  if (!copy || !to || copy.from !== to || ctx.createdTables.has(to)) return [];
  // A source column the copy also keeps under its own name was copied, not renamed.
  const kept = new Set(copy.columns.map(([now]) => now));
  return copy.columns
    .filter(([now, was]) => now !== was && !kept.has(was))
    .map(([now, was]) =>
      hit(
        'rename-column',
        ctx,
        `Renaming column ${quote(was)} of ${quote(to)} to ${quote(now)} (the table is rebuilt and the copy takes ${quote(was)} into ${quote(now)}) breaks code that still uses the old name, including the old release after a rollback. ` +
          'Add the new column, write to both, backfill, switch reads, then drop the old column in a later release.',
      ),
    );
}
