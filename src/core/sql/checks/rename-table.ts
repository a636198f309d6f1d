import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import type { SqlCheck } from './types';

export const renameTable: SqlCheck = (stmt, ctx) => {
  if (!('RenameStmt' in stmt) || stmt.RenameStmt.renameType !== 'OBJECT_TABLE') return [];
  const s = stmt.RenameStmt;
  if (!isExisting(ctx, relKey(s.relation))) return [];
  return [
    hit(
      'rename-table',
      ctx,
      `Renaming table ${relLabel(s.relation)} to ${quote(s.newname ?? '?')} breaks every running instance of the old code, and the old code again after a rollback. ` +
        'Create the new table (or a view under the new name), write to both, move reads over, then drop the old name in a later release.',
    ),
  ];
};
