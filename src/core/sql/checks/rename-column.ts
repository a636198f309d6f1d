import { hit, isExisting } from '../context';
import { relKey, relLabel, quote } from '../ast';
import type { SqlCheck } from './types';

export const renameColumn: SqlCheck = (stmt, ctx) => {
  if (!('RenameStmt' in stmt) || stmt.RenameStmt.renameType !== 'OBJECT_COLUMN') return [];
  const s = stmt.RenameStmt;
  if (s.relationType !== 'OBJECT_TABLE' || !isExisting(ctx, relKey(s.relation))) return [];
  return [
    hit(
      'rename-column',
      ctx,
      `Renaming column ${quote(s.subname ?? '?')} of ${relLabel(s.relation)} to ${quote(s.newname ?? '?')} breaks code that still uses the old name, including the old release after a rollback. ` +
        'Add the new column, write to both, backfill, switch reads, then drop the old column in a later release.',
    ),
  ];
};
