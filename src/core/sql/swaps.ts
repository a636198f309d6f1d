// A table renamed away and something put back under its name in the same file: a view kept for old
// code (`ALTER TABLE a RENAME TO b; CREATE VIEW a AS SELECT * FROM b`), or a swap with rows
// (`RENAME TABLE t TO t_old; … INSERT INTO t_new SELECT … FROM t; RENAME TABLE t_new TO t`, or a new
// `t` filled from `t_old`). Running code still finds `t`, with rows: the rename-table finding is
// withdrawn. A new, empty table under the old name is not enough: the rows are gone from where the
// code reads them. And on ClickHouse, a materialized view dropped and created again under
// its name is how a view is changed (it writes its rows `TO` a table): the drop loses nothing.
import type { Node } from 'libpg-query';
import type { SqlContext } from './context';
import { insertSelect, lastPart, relKey } from './ast';

/**
 * Whether `table` was filled with rows by a copy (`INSERT … SELECT … FROM`): from the old table, from
 * where its rows were renamed to, or re-derived from another (ClickHouse rebuilds an aggregate table
 * from its events). An empty table is not.
 */
const filled = (table: string, ctx: SqlContext): boolean => ctx.filledFrom.has(table);

/** Records views and copies, and withdraws the findings a swap or a view under the old name answers. */
export function trackSwaps(stmt: Node, ctx: SqlContext): void {
  const restore = (name: string) => {
    const renamed = ctx.renameHits.get(name);
    if (renamed) ctx.withdrawn.add(renamed);
  };
  if ('ViewStmt' in stmt) {
    const name = relKey(stmt.ViewStmt.view);
    ctx.views.add(name);
    restore(name);
  } else if ('CreateTableAsStmt' in stmt && stmt.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW') {
    const name = relKey(stmt.CreateTableAsStmt.into?.rel);
    ctx.views.add(name);
    restore(name);
    const dropped = ctx.dropHits.get(name);
    if (ctx.dialect === 'clickhouse' && dropped) ctx.withdrawn.add(dropped);
  } else if ('RenameStmt' in stmt && stmt.RenameStmt.renameType === 'OBJECT_TABLE' && stmt.RenameStmt.newname) {
    const from = relKey(stmt.RenameStmt.relation);
    const to = lastPart(stmt.RenameStmt.newname);
    if (ctx.views.has(from) || filled(from, ctx)) restore(to);
    if (ctx.views.has(from)) ctx.views.add(to);
    const source = ctx.filledFrom.get(from);
    if (source !== undefined) ctx.filledFrom.set(to, source);
  } else if ('InsertStmt' in stmt) {
    const target = relKey(stmt.InsertStmt.relation);
    const { source } = insertSelect(stmt.InsertStmt);
    if (!source) return;
    ctx.filledFrom.set(target, relKey(source));
    // A new table under the old name, filled with rows.
    restore(target);
  }
}
