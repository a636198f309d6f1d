import { hit, isExisting } from '../context';
import { lastPart, relKey, relLabel, quote } from '../ast';
import type { SqlCheck } from './types';

/** What old code queries by name, as a rename or a move names it. */
const KINDS: Record<string, string> = { OBJECT_TABLE: 'table', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view' };

/** Postgres's name for the sequence of a serial or identity column (`<table>_<column>_seq`). */
const SEQUENCE_NAME = /_seq$/;

const ADVICE = 'Create the new table (or a view under the new name), write to both, move reads over, then drop the old name in a later release.';

export const renameTable: SqlCheck = (stmt, ctx) => {
  // `ALTER TABLE t SET SCHEMA s` moves the table out of the schema old code finds it in: a rename too.
  if ('AlterObjectSchemaStmt' in stmt) {
    const s = stmt.AlterObjectSchemaStmt;
    const kind = KINDS[s.objectType ?? ''];
    if (!kind || !s.relation || !isExisting(ctx, relKey(s.relation))) return [];
    const h = hit(
      'rename-table',
      ctx,
      `Moving ${kind} ${relLabel(s.relation)} to schema ${quote(s.newschema ?? '?')} breaks every running instance of the old code that finds it under its old schema, and the old code again after a rollback. ${ADVICE}`,
    );
    ctx.renameHits.set(relKey(s.relation), h);
    return [h];
  }
  if (!('RenameStmt' in stmt)) return [];
  const s = stmt.RenameStmt;
  // A view or materialized view renamed breaks the code that queries it as a table's rename does.
  const kind = KINDS[s.renameType ?? ''];
  // `ALTER TABLE auth_user_id_seq RENAME TO users_user_id_seq` (netbox): Postgres lets ALTER TABLE
  // rename a sequence, and `<table>_<column>_seq` is the name it gives a serial column's sequence.
  // Column defaults name it by its OID, so its rename breaks no query. Both names must read so.
  if (kind === 'table' && SEQUENCE_NAME.test(s.relation?.relname ?? '') && SEQUENCE_NAME.test(s.newname ?? '')) return [];
  // A view this file created is as new as a table it created.
  if (!kind || !isExisting(ctx, relKey(s.relation)) || (kind === 'view' && ctx.views.has(relKey(s.relation)))) return [];
  const h = hit(
    'rename-table',
    ctx,
    `Renaming ${kind} ${relLabel(s.relation)} to ${quote(s.newname ?? '?')} breaks every running instance of the old code, and the old code again after a rollback. ${ADVICE}`,
  );
  // Withdrawn when the file puts a view, or the rows, back under the old name (src/core/sql/swaps.ts).
  ctx.renameHits.set(relKey(s.relation), h);
  if (s.newname && kind === 'table') ctx.renamedTo.set(relKey(s.relation), lastPart(s.newname));
  return [h];
};
