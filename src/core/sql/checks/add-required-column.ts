import type { InsertStmt } from 'libpg-query';
import type { Hit } from '../../types';
import { hit, isExisting, type SqlContext } from '../context';
import { constraintsOf, insertSelect, relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { hasDefault, isNotNull } from './column-traits';

export const addRequiredColumn: SqlCheck = (stmt, ctx) => {
  if ('InsertStmt' in stmt) return copyLeavesRequired(stmt.InsertStmt, ctx);
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
        // MySQL fills existing rows with the type's implicit default ('' or 0, even in strict mode);
        // only inserts that leave the column out fail (MariaDB 10.11 checked; MDEV-25403).
        (ctx.dialect === 'mysql'
          ? `Adding NOT NULL column ${quote(col.colname ?? '?')} to ${relLabel(table)} without a default gives existing rows the type's implicit default ('' or 0), which old code did not write, and old code that inserts without it breaks. `
          : `Adding NOT NULL column ${quote(col.colname ?? '?')} to ${relLabel(table)} without a default fails on existing rows, and old code that inserts without it breaks. `) +
          'Add the column nullable (or with a default), backfill, make the code write it, then add NOT NULL in a later release.',
      ),
    );
  }
  return hits;
};

/**
 * A copy of an existing table's rows into a table this file made (`INSERT INTO "temporary_t"("a", …)
 * SELECT … FROM "t"`: a SQLite-style rebuild, or rows moved to a new table): a column of the new
 * table the copy does not fill, NOT NULL and without a default, makes the copy fail as soon as the
 * old table has a row, as adding the column would. When the copy then replaces the old table, old
 * code that inserts without the column breaks too.
 */
function copyLeavesRequired(insert: InsertStmt, ctx: SqlContext): Hit[] {
  const target = relKey(insert.relation);
  const from = insertSelect(insert).source;
  const defs = ctx.tableDefs.get(target);
  if (!defs || !ctx.createdTables.has(target) || !from || !insert.cols?.length) return [];
  const source = relKey(from);
  if (!isExisting(ctx, source) && !ctx.holdsRows.has(source)) return [];
  const filled = new Set(insert.cols.map((c) => ('ResTarget' in c ? c.ResTarget.name : undefined)));
  return (
    defs
      .filter((col) => col.colname && !filled.has(col.colname) && isNotNull(col) && !hasDefault(col))
      // A primary key the copy leaves out is numbered by the database (SQLite's rowid, a serial).
      .filter((col) => !constraintsOf(col).some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_GENERATED'))
      .map((col) =>
        hit(
          'add-required-column',
          ctx,
          `Copying the rows of ${quote(source)} into ${quote(target)} without its NOT NULL column ${quote(col.colname!)}, which has no default, fails as soon as ${quote(source)} has a row; ` +
            `if ${quote(target)} then replaces it (a table rebuild), old code that inserts without the column breaks too. ` +
            `Give ${quote(col.colname!)} a default or fill it in the copy (\`SELECT …, <value>\`), or add it nullable, backfill, and make it NOT NULL in a later release.`,
        ),
      )
  );
}
