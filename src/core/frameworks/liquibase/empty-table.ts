// A changeset that runs only on an empty table: its precondition is `<sqlCheck
// expectedResult="0">select count(*) from T</sqlCheck>` and its `onFail` MARK_RAN or CONTINUE
// (Liquibase skips it where T has rows). apache/fineract adds its audit columns, then makes them
// NOT NULL in such changesets (75 findings): on an empty table SET NOT NULL neither scans rows nor
// fails on one, and a NOT NULL column without a default is added without failing. Those findings
// (set-not-null, add-required-column on T, in that changeset) are dropped.
import type { Node } from 'libpg-query';
import type { Hit } from '../../types';
import { sqlAnalyser } from '../../sql/lazy';
import { lastPart, nameOf } from '../../sql/ast';

/** Rules whose finding is about rows the table holds. */
const ABOUT_ROWS = new Set(['set-not-null', 'add-required-column']);

/** A changeset's empty-table precondition: its SQL, and the lines of its changes on each table. */
export interface EmptyTableCheck {
  sql: string;
  changes: { line: number; table: string }[];
}

/** Whether `onFail` skips the changeset where the check fails, and the check expects 0. */
export const skipsUnlessZero = (onFail: string | undefined, expectedResult: string | undefined): boolean =>
  onFail !== undefined && ['mark_ran', 'continue'].includes(onFail.trim().toLowerCase()) && expectedResult?.trim() === '0';

/** T of `select count(*) from T` (no WHERE, GROUP BY, HAVING or LIMIT), read by the Postgres parser; else undefined. */
export async function countedTable(sql: string): Promise<string | undefined> {
  const pg = await (await sqlAnalyser()).loadPgParser();
  let stmts;
  try {
    stmts = pg.parse(sql).stmts ?? [];
  } catch {
    return undefined;
  }
  const node = stmts.length === 1 ? stmts[0]!.stmt : undefined;
  const select = node && 'SelectStmt' in node ? node.SelectStmt : undefined;
  if (!select || select.whereClause || select.groupClause || select.havingClause || select.limitCount || select.limitOffset) return undefined;
  const target = select.targetList?.length === 1 ? select.targetList[0] : undefined;
  const value: Node | undefined = target && 'ResTarget' in target ? target.ResTarget.val : undefined;
  const call = value && 'FuncCall' in value ? value.FuncCall : undefined;
  if (!call?.agg_star || lastPart((call.funcname ?? []).map(nameOf).join('.')).toLowerCase() !== 'count') return undefined;
  const from = select.fromClause?.length === 1 ? select.fromClause[0] : undefined;
  return from && 'RangeVar' in from ? from.RangeVar.relname : undefined;
}

/** `hits` without those about rows of a table its changeset runs only when empty. */
export async function dropOnEmptyTables(hits: Hit[], checks: EmptyTableCheck[]): Promise<Hit[]> {
  const lines = new Set<number>();
  for (const check of checks) {
    const table = (await countedTable(check.sql))?.toLowerCase();
    if (!table) continue;
    for (const c of check.changes) if (lastPart(c.table).toLowerCase() === table) lines.add(c.line);
  }
  return lines.size ? hits.filter((h) => !(ABOUT_ROWS.has(h.rule) && lines.has(h.line))) : hits;
}
