import { hit, isExisting } from '../context';
import { lastPart, relKey, relLabel, quote } from '../ast';
import type { SqlCheck } from './types';

export const renameTable: SqlCheck = (stmt, ctx) => {
  if (!('RenameStmt' in stmt) || stmt.RenameStmt.renameType !== 'OBJECT_TABLE') return [];
  const s = stmt.RenameStmt;
  if (!isExisting(ctx, relKey(s.relation))) return [];
  const h = hit(
    'rename-table',
    ctx,
    `Renaming table ${relLabel(s.relation)} to ${quote(s.newname ?? '?')} breaks every running instance of the old code, and the old code again after a rollback. ` +
      'Create the new table (or a view under the new name), write to both, move reads over, then drop the old name in a later release.',
  );
  // Withdrawn when the file puts a view, or the rows, back under the old name (src/core/sql/swaps.ts).
  ctx.renameHits.set(relKey(s.relation), h);
  if (s.newname) ctx.renamedTo.set(relKey(s.relation), lastPart(s.newname));
  return [h];
};
