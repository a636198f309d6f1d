import type { ColumnDef } from 'libpg-query';
import { hit, isExisting } from '../context';
import { relKey, relLabel, quote, typeBaseName, typeLabel } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';

/**
 * Target types that are widenings in the usual migration (`varchar(n) → text`,
 * `varchar(n) → varchar(m > n)`, `numeric(p,s) → numeric(p2 > p,s)`): Postgres changes them
 * without a rewrite and old code keeps working. The old type is not in the file, so a target of
 * this family without a USING conversion is taken as a widening.
 */
const WIDENING_TARGETS = new Set(['text', 'varchar', 'numeric', 'citext']);

function isWidening(def: ColumnDef | undefined): boolean {
  if (!def || def.raw_default) return false; // USING expr: a real conversion
  return WIDENING_TARGETS.has(typeBaseName(def.typeName));
}

export const changeColumnType: SqlCheck = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== 'AT_AlterColumnType' || !isExisting(ctx, relKey(table))) continue;
    const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
    if (isWidening(def)) continue;
    hits.push(
      hit(
        'change-column-type',
        ctx,
        `Changing column ${quote(cmd.name ?? '?')} of ${relLabel(table)} to ${typeLabel(def?.typeName)} rewrites the table under an exclusive lock, ` +
          'and the old code (still running, or back after a rollback) may send values the new type rejects. ' +
          'Add a column of the new type, write to both, backfill, switch reads, then drop the old column in a later release.',
      ),
    );
  }
  return hits;
};
