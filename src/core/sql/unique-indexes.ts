// What a migration does to unique indexes and constraints, by name: for comparing an up that drops
// one with a down that builds it again (src/core/frameworks/down-uniques.ts). While the up is live,
// nothing stops duplicate values; the down's CREATE UNIQUE INDEX (or ADD CONSTRAINT … UNIQUE) then
// fails on the first one (quay/quay's 3634f2df3c5b and b1a79fa8e630, Alembic revisions).
import type { ColumnRef, Node } from 'libpg-query';
import { lastPart, nameOf, referencedColumns, relKey, relLabel } from './ast';
import { alterTableCmds } from './checks/types';

/** One statement's doing to an index or constraint, in file order. */
export type UniqueEvent =
  /** `DROP INDEX name`, `ALTER TABLE … DROP CONSTRAINT name`. */
  | { kind: 'drop'; name: string; line: number }
  /** An UPDATE or DELETE of the table's rows (a down that merges duplicates before it builds the index). */
  | { kind: 'write'; table: string; line: number }
  /** `ADD COLUMN`: a column the down adds back holds no values yet, so no duplicates. */
  | { kind: 'add-column'; table: string; column: string; line: number }
  /** `ALTER TABLE a RENAME TO b`: an index the up builds on `b` stands for one on `a` (prefect's block → block_document). */
  | { kind: 'rename-table'; from: string; to: string; line: number }
  /** `RENAME COLUMN a TO b` of `table` (its name at that point). */
  | { kind: 'rename-column'; table: string; from: string; to: string; line: number }
  /**
   * A unique index or constraint built (`CREATE UNIQUE INDEX`, `ADD CONSTRAINT … UNIQUE`, `PRIMARY
   * KEY`), or a plain index under a name (`unique: false`). `columns`: its plain columns, undefined when
   * it has an expression; `keyColumns`: every column its keys read, expressions too (unique over
   * `lower(name)` allows no two rows with the same `name`: equal columns make equal keys); `partial`: a
   * WHERE clause; `usingIndex`: the index an `ADD CONSTRAINT … USING INDEX` takes (built earlier: that is
   * where duplicates fail); `keys`: each key as an expression (a plain column as a column reference),
   * undefined for USING INDEX.
   */
  | {
      kind: 'build';
      name: string;
      unique: boolean;
      what: 'unique index' | 'UNIQUE constraint' | 'primary key';
      table: string;
      tableLabel: string;
      columns: string[] | undefined;
      keyColumns?: string[];
      keys?: Node[];
      partial: boolean;
      usingIndex?: string;
      line: number;
      path?: string;
    };

/** Postgres's own name for an unnamed constraint (`users_email_key`, `users_pkey`), as it truncates it. */
const defaultName = (table: string, columns: string[], suffix: string): string =>
  `${table}_${columns.join('_')}`.slice(0, 63 - suffix.length - 1) + `_${suffix}`;

/** A plain column as an index key: the expression that reads it. */
const columnKey = (column: string): Node => ({ ColumnRef: { fields: [{ String: { sval: column } }] } });

/**
 * An index key written so that two keys that read alike compare equal: no source positions, each
 * column under the name `rename` gives it (its name before the up's renames).
 */
export function keyText(key: unknown, rename: (column: string) => string = (c) => c): string {
  return JSON.stringify(key, (field, value: unknown) => {
    if (field === 'location') return undefined;
    if (field === 'ColumnRef') return { fields: [rename(nameOf((value as ColumnRef).fields?.at(-1)))] };
    return value;
  });
}

/**
 * Whether `key` is a function of `by` (keys as `keyText` writes them): it reads a row only through
 * them, so rows equal on `by` are equal on `key` (`replace(lower(name), '-', '_')` by `lower(name)`,
 * `lower(name)` by `name`). Postgres allows only IMMUTABLE functions in an index, so each call gives
 * one value for one input.
 */
export function keyReadsOnly(key: unknown, by: ReadonlySet<string>, rename: (column: string) => string = (c) => c): boolean {
  if (key === null || typeof key !== 'object') return true;
  if (by.has(keyText(key, rename))) return true;
  if ('ColumnRef' in key) return false;
  return Object.entries(key).every(([field, value]) => field === 'location' || keyReadsOnly(value, by, rename));
}

/** The unique-index events of one statement (`line`: its file line). */
export function uniqueEvents(node: Node, line: number): UniqueEvent[] {
  const out: UniqueEvent[] = [];
  if ('DeleteStmt' in node) out.push({ kind: 'write', table: relKey(node.DeleteStmt.relation), line });
  else if ('UpdateStmt' in node) out.push({ kind: 'write', table: relKey(node.UpdateStmt.relation), line });
  else if ('RenameStmt' in node && node.RenameStmt.newname) {
    const r = node.RenameStmt;
    if (r.renameType === 'OBJECT_TABLE' && r.relation?.relname) out.push({ kind: 'rename-table', from: relKey(r.relation), to: r.newname!, line });
    else if (r.renameType === 'OBJECT_COLUMN' && r.subname)
      out.push({ kind: 'rename-column', table: relKey(r.relation), from: r.subname, to: r.newname!, line });
  } else if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX') {
    for (const obj of node.DropStmt.objects ?? []) out.push({ kind: 'drop', name: lastPart(nameOf(obj)), line });
  } else if ('IndexStmt' in node && node.IndexStmt.idxname) {
    const s = node.IndexStmt;
    const columns: string[] = [];
    const keyColumns: string[] = [];
    const keys: Node[] = [];
    let plain = true;
    for (const p of s.indexParams ?? []) {
      if ('IndexElem' in p && p.IndexElem.name && !p.IndexElem.expr) {
        columns.push(p.IndexElem.name);
        keyColumns.push(p.IndexElem.name);
        keys.push(columnKey(p.IndexElem.name));
      } else {
        plain = false;
        if ('IndexElem' in p) referencedColumns(p.IndexElem.expr, keyColumns);
        keys.push(('IndexElem' in p && p.IndexElem.expr) || p);
      }
    }
    out.push({
      kind: 'build',
      name: s.idxname!,
      unique: s.unique === true,
      what: 'unique index',
      table: relKey(s.relation),
      tableLabel: relLabel(s.relation),
      columns: plain ? columns : undefined,
      keyColumns,
      keys,
      partial: !!s.whereClause,
      line,
    });
  }
  for (const { table, cmd } of alterTableCmds(node)) {
    if (cmd.subtype === 'AT_DropConstraint' && cmd.name) out.push({ kind: 'drop', name: cmd.name, line });
    if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def && cmd.def.ColumnDef.colname)
      out.push({ kind: 'add-column', table: relKey(table), column: cmd.def.ColumnDef.colname, line });
    if (cmd.subtype !== 'AT_AddConstraint' || !cmd.def || !('Constraint' in cmd.def)) continue;
    const c = cmd.def.Constraint;
    if (c.contype !== 'CONSTR_UNIQUE' && c.contype !== 'CONSTR_PRIMARY') continue;
    const columns = (c.keys ?? []).map((k) => ('String' in k ? (k.String.sval ?? '') : ''));
    const primary = c.contype === 'CONSTR_PRIMARY';
    // Unnamed, it takes the name of the index it uses, else Postgres's own (`users_pkey`, `users_email_key`).
    const name = c.conname ?? c.indexname ?? (primary ? `${relKey(table)}_pkey` : columns.length ? defaultName(relKey(table), columns, 'key') : undefined);
    if (!name) continue;
    out.push({
      kind: 'build',
      name,
      unique: true,
      what: primary ? 'primary key' : 'UNIQUE constraint',
      table: relKey(table),
      tableLabel: relLabel(table),
      columns: c.indexname ? undefined : columns,
      ...(c.indexname ? {} : { keys: columns.map(columnKey) }),
      partial: false,
      ...(c.indexname ? { usingIndex: c.indexname } : {}),
      line,
    });
  }
  return out;
}
