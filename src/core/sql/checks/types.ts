import type { Node, RangeVar, AlterTableCmd } from 'libpg-query';
import type { Hit } from '../../types';
import type { SqlContext } from '../context';

/** One rule's reading of one parsed statement. */
export type SqlCheck = (stmt: Node, ctx: SqlContext) => Hit[];

export interface SqlRuleCheck {
  rule: string;
  /** Statement node kinds the check reads (the AST key, e.g. `AlterTableStmt`). */
  kinds: readonly string[];
  check: SqlCheck;
  /** Called once after the last statement (rules about the file as a whole). */
  finish?: (ctx: SqlContext) => Hit[];
}

/** The sub-commands of an `ALTER TABLE`, each with its table. */
export function alterTableCmds(stmt: Node): { table: RangeVar; cmd: AlterTableCmd }[] {
  if (!('AlterTableStmt' in stmt)) return [];
  const s = stmt.AlterTableStmt;
  if (s.objtype !== 'OBJECT_TABLE' || !s.relation) return [];
  const out: { table: RangeVar; cmd: AlterTableCmd }[] = [];
  for (const c of s.cmds ?? []) if ('AlterTableCmd' in c) out.push({ table: s.relation, cmd: c.AlterTableCmd });
  return out;
}
