import type { Hit } from '../../types';
import { hit, isExisting, type SqlContext } from '../context';
import { isNotNull } from './column-traits';
import { rebuildOf, type Rebuild } from './rebuild';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { nullabilityHit } from './nullability';

export const setNotNull: SqlCheck = (stmt, ctx) => {
  const rebuild = rebuildOf(stmt, ctx);
  return rebuild ? rebuildNotNull(rebuild, ctx) : alterSetNotNull(stmt, ctx);
};

const alterSetNotNull: SqlCheck = (stmt, ctx) =>
  alterTableCmds(stmt)
    .filter(({ table, cmd }) => cmd.subtype === 'AT_SetNotNull' && isExisting(ctx, relKey(table)))
    .flatMap(({ table, cmd }) => {
      const found = nullabilityHit(
        'set-not-null',
        ctx,
        stmt,
        table,
        cmd.name ?? '?',
        false,
        ctx.dialect && ctx.dialect !== 'postgres'
          ? // No Postgres advice (CHECK … NOT VALID) on another database; MySQL's MODIFY/CHANGE say NOT NULL this way.
            `Making ${quote(cmd.name ?? '?')} of ${relLabel(table)} NOT NULL fails while any row holds NULL, and old code that writes NULL there fails after a rollback. ` +
              'Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later release.'
          : `SET NOT NULL on ${quote(cmd.name ?? '?')} of ${relLabel(table)} scans the table under an exclusive lock, and old code that writes NULL there fails after a rollback. ` +
              'Ship code that always writes the column first; then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL (which reuses the check) in a later release.',
      );
      return found ? [found] : [];
    });

/**
 * A table rebuilt by copy whose new definition makes a copied column NOT NULL: the copy fails on
 * any row holding NULL there, and old code that writes NULL fails after a rollback. Every rebuild
 * restates every column, so what the column allowed before decides: from this file when it says
 * (an ADD COLUMN, a SET/DROP NOT NULL), else from the folder's earlier migrations, looked up
 * quietly (a column whose definition cannot be found is no finding: the rebuild's drop-column
 * look-up already says when the table's columns cannot be).
 */
function rebuildNotNull({ copy, table, columns, dropLine }: Rebuild, ctx: SqlContext): Hit[] {
  if (ctx.createdTables.has(table)) return [];
  const defs = ctx.tableDefs.get(copy) ?? [];
  const hits: Hit[] = [];
  for (const [now, was] of columns) {
    const def = defs.find((d) => d.colname === now);
    const before = ctx.columnNullable.get(`${table}.${was}`);
    if (!def || !isNotNull(def) || before === false) continue;
    const found: Hit = {
      ...hit(
        'set-not-null',
        ctx,
        `Rebuilding ${quote(table)} (${quote(copy)} takes its rows, then replaces it) makes ${quote(was)} NOT NULL: the copy fails while any row holds NULL there, and old code that writes NULL there fails after a rollback. ` +
          'Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later rebuild.',
      ),
      line: dropLine,
    };
    if (before === true) hits.push(found);
    else {
      const key = `${table}.${was}`;
      ctx.columnChanges.push({
        kind: 'nullability',
        table: ctx.origins.get(table) ?? table,
        column: ctx.origins.get(key) ?? was,
        nullable: false,
        hit: found,
        restated: true,
        quiet: true,
      });
    }
  }
  return hits;
}
