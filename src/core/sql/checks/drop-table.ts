import { createdHere, hit } from '../context';
import { lastPart, nameOf, objectLabel } from '../ast';
import type { SqlCheck } from './types';
import { renamedAwayRebuild } from './rebuild';

export const dropTable: SqlCheck = (stmt, ctx) => {
  if (!('DropStmt' in stmt) || stmt.DropStmt.removeType !== 'OBJECT_TABLE') return [];
  const hits = [];
  for (const obj of stmt.DropStmt.objects ?? []) {
    const name = nameOf(obj);
    const key = lastPart(name);
    if (createdHere(ctx, key)) continue;
    // The old table of a rebuild, renamed away and copied into a new one under its name: what the
    // copy leaves out is drop-column's (src/core/sql/checks/drop-column.ts), the rows are kept.
    if (renamedAwayRebuild(key, ctx)) continue;
    const h = hit(
      'drop-table',
      ctx,
      `Dropping table ${objectLabel(obj)} deletes it and every row in it; a rollback cannot bring them back. ` +
        'Stop reading and writing the table first, deploy, take a backup, then drop it in a later release.',
    );
    // A later `ALTER TABLE <copy made in this file> RENAME TO <name>` withdraws it (table rebuild).
    ctx.dropHits.set(key, h);
    // `IF EXISTS` before a CREATE of the same table: settled against the folder's earlier migrations.
    if (stmt.DropStmt.missing_ok) ctx.columnChanges.push({ kind: 'guard-drop', table: key, created: ctx.createdTables, hit: h });
    hits.push(h);
  }
  return hits;
};
