import type { ColumnDef, TypeName } from 'libpg-query';
import { hit, isExisting } from '../context';
import { relKey, relLabel, quote, typeBaseName, typeLabel, typeMods } from '../ast';
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
    if (isWidening(def)) {
      ctx.assumedWidenings.push({ table: relKey(table), tableLabel: relLabel(table), column: cmd.name ?? '?', type: def?.typeName, line: ctx.line });
      continue;
    }
    hits.push(hit('change-column-type', ctx, changeTypeMessage(cmd.name ?? '?', relLabel(table), typeLabel(def?.typeName))));
  }
  return hits;
};

/** The finding's message; `from` when the old type is known (from earlier migrations). */
export function changeTypeMessage(column: string, tableLabel: string, to: string, from?: string): string {
  return (
    `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ''} to ${to} rewrites the table under an exclusive lock, ` +
    'and the old code (still running, or back after a rollback) may send values the new type rejects. ' +
    'Add a column of the new type, write to both, backfill, switch reads, then drop the old column in a later release.'
  );
}

/**
 * Whether changing a column from `from` to `to` is a widening Postgres does without a rewrite and
 * old code reads fine: varchar(n) → text, varchar, longer varchar or citext; text → varchar or
 * citext; numeric(p,s) → numeric or numeric(p2 ≥ p, s). The same type is no change at all.
 */
export function widens(from: TypeName | undefined, to: TypeName | undefined): boolean {
  const a = typeBaseName(from);
  const b = typeBaseName(to);
  const am = typeMods(from);
  const bm = typeMods(to);
  if (a === b && JSON.stringify(am) === JSON.stringify(bm)) return true;
  const texty = new Set(['varchar', 'text', 'citext']);
  if (texty.has(a) && texty.has(b)) {
    if (b !== 'varchar' || !bm) return true; // to text, citext or unbounded varchar
    if (a === 'varchar' && am && (bm[0] ?? 0) >= (am[0] ?? Infinity)) return true;
    return false; // text → varchar(n), or a shorter varchar: a narrowing
  }
  if (a === 'numeric' && b === 'numeric') {
    if (!bm) return true;
    if (!am) return false; // unbounded → bounded
    return (bm[1] ?? 0) === (am[1] ?? 0) && (bm[0] ?? 0) >= (am[0] ?? 0);
  }
  return false;
}
