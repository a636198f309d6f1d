import type { Hit } from '../../types';
import { addedHere, createdHere, hit, type SqlContext } from '../context';
import { relKey, relLabel, quote } from '../ast';
import { alterTableCmds, type SqlCheck } from './types';
import { rebuildOf, renamedAwayRebuilds, type Rebuild } from './rebuild';

const ADVICE = 'Stop reading the column first, deploy, then drop it in a later release.';

export const dropColumn: SqlCheck = (stmt, ctx) => {
  const rebuild = rebuildOf(stmt, ctx);
  if (rebuild) return rebuildDrops(rebuild, ctx);
  const renamedAway = renamedAwayRebuilds(stmt, ctx);
  if (renamedAway.length) return renamedAway.flatMap((r) => rebuildDrops(r, ctx));
  const hits: Hit[] = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    const key = `${relKey(table)}.${cmd.name}`;
    // A column this file added holds only what this file wrote, and no code that runs today reads it.
    if (cmd.subtype !== 'AT_DropColumn' || createdHere(ctx, relKey(table)) || addedHere(ctx, key)) continue;
    const h = hit(
      'drop-column',
      ctx,
      `Dropping column ${quote(cmd.name ?? '?')} from ${relLabel(table)} deletes its data; a rollback cannot restore it. ${ADVICE}`,
    );
    // A copy of it renamed into its place later makes this a type change (a swap: src/core/sql/column-swap.ts).
    ctx.columnDrops.set(key, {
      hit: h,
      type: ctx.columnTypes.get(key),
      nullable: ctx.columnNullable.get(key),
      origin: ctx.origins.get(key) ?? cmd.name ?? '?',
    });
    hits.push(h);
  }
  return hits;
};

/**
 * The message for a column a table rebuild leaves out (`copy`: the table the rows were copied into).
 * `refilled`: the copy has a column of that name, which it fills with its default or its own
 * numbering (riverqueue/river's and authelia/authelia's `id`, authelia's `created_at`), not the old values.
 */
export const rebuildDropMessage = (column: string, table: string, copy: string, refilled = false): string =>
  refilled
    ? `The rebuild of ${quote(table)} does not copy the values of ${quote(column)}: ${quote(copy)}, which takes its rows and replaces it, fills its own ${quote(column)} with its default or numbering instead, so the old values are lost and a rollback cannot restore them. Copy the column's values too, or say in the rollback plan why they need not be kept.`
    : `Dropping column ${quote(column)} from ${quote(table)} (the table is rebuilt: ${quote(copy)} takes its rows without it, then replaces it) deletes its data; a rollback cannot restore it. ${ADVICE}`;

/**
 * A table rebuilt by copy and renamed into place (`INSERT INTO "temporary_t"(…) SELECT … FROM "t"`,
 * `DROP TABLE "t"`, `ALTER TABLE "temporary_t" RENAME TO "t"`): each column of the old table the
 * copy does not take is dropped with its data, at the DROP TABLE. The old table's columns are known
 * here when this file made it (a second rebuild of the same table); for a table that existed before
 * the file, the folder's earlier migrations are looked up (`PendingRebuild`, settled in
 * src/core/frameworks/sql-history.ts).
 */
function rebuildDrops({ copy: from, table: to, columns, dropLine }: Rebuild, ctx: SqlContext): Hit[] {
  const copied = new Set(columns.map(([, was]) => was));
  const refilled = new Set(ctx.tableColumns.get(from) ?? []);
  const at = (h: Hit): Hit => ({ ...h, line: dropLine });
  if (ctx.createdTables.has(to)) {
    // Made by this file: only a copy of an existing table's rows loses anything.
    if (!ctx.holdsRows.has(to)) return [];
    return (ctx.tableColumns.get(to) ?? [])
      .filter((c) => !copied.has(c))
      .map((c) => at(hit('drop-column', ctx, rebuildDropMessage(c, to, from, refilled.has(c)))));
  }
  const table = ctx.origins.get(to) ?? to;
  // Columns this file added before the rebuild (ADD COLUMN, under their names after renames): the
  // earlier migrations do not have them. A column whose type this file only changed is in them.
  const prefix = `${to}.`;
  const addedHere = [...ctx.addedColumns].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  ctx.columnChanges.push({
    kind: 'rebuild',
    table,
    name: to,
    copy: from,
    copied: new Set([...copied].map((c) => ctx.origins.get(`${to}.${c}`) ?? c)),
    addedHere: addedHere.filter((c) => !copied.has(c)),
    refilled,
    hit: at({
      ...hit(
        'drop-column',
        ctx,
        `${quote(to)} is rebuilt: ${quote(from)} takes its rows, then replaces it, and any column it does not take is dropped with its data, which a rollback cannot restore.`,
      ),
      severity: 'warning',
    }),
  });
  return [];
}
