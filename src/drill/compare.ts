// Before the up versus after the down: what changed in the schema (by name), which seeded values
// are gone, and what data written after a deploy a rollback would lose.
import type { DataSnapshot, SchemaObject, SchemaSnapshot } from './catalog';

export interface SchemaDiff {
  /** Differences that make the schema not the one the old code ran against. */
  drift: string[];
  /** Columns back under the same name and definition at another position: a notice, not drift. */
  moved: string[];
}

const LABELS: Record<string, string> = {
  schema: 'schema',
  table: 'table',
  column: 'column',
  constraint: 'constraint',
  index: 'index',
  enum: 'enum type',
  type: 'type',
  sequence: 'sequence',
  view: 'view',
  function: 'function',
  trigger: 'trigger',
  policy: 'policy',
  extension: 'extension',
};

const label = (o: SchemaObject) => `${LABELS[o.kind] ?? o.kind} ${o.name}`;
const shown = (v: string | null) => (v === null ? 'none' : v.length > 120 ? `${v.slice(0, 117)}…` : v);

/** The table a column, constraint, trigger, policy or index belongs to. */
function ownerOf(o: SchemaObject): string | undefined {
  if (o.kind === 'index') return o.attrs.table ?? undefined;
  if (['column', 'constraint', 'trigger', 'policy'].includes(o.kind)) return o.name.slice(0, o.name.lastIndexOf('.'));
  return undefined;
}

export function compareSchema(before: SchemaSnapshot, after: SchemaSnapshot): SchemaDiff {
  const drift: string[] = [];
  const moved: string[] = [];
  const goneTables = new Set<string>();
  const newTables = new Set<string>();
  for (const [key, o] of before) if (o.kind === 'table' && !after.has(key)) goneTables.add(o.name);
  for (const [key, o] of after) if (o.kind === 'table' && !before.has(key)) newTables.add(o.name);
  // A table that is gone or new is one difference, not one per column, index and constraint.
  const covered = (o: SchemaObject, tables: Set<string>) => {
    const owner = ownerOf(o);
    return owner !== undefined && tables.has(owner);
  };
  for (const [key, o] of before) {
    const now = after.get(key);
    if (!now) {
      if (!covered(o, goneTables)) drift.push(`${label(o)} existed before the up and is gone after the down`);
      continue;
    }
    const changes = Object.keys({ ...o.attrs, ...now.attrs })
      .filter((k) => (o.attrs[k] ?? null) !== (now.attrs[k] ?? null))
      .map((k) => `${k.replace(/_/g, ' ')} was ${shown(o.attrs[k] ?? null)}, is ${shown(now.attrs[k] ?? null)}`);
    if (changes.length) drift.push(`${label(o)}: ${changes.join('; ')}`);
    else if (o.position !== undefined && now.position !== undefined && o.position !== now.position) {
      // attnum, not the visible order: compare ranks among the table's columns.
      moved.push(o.name);
    }
  }
  for (const [key, o] of after) {
    if (!before.has(key) && !covered(o, newTables)) drift.push(`${label(o)} exists after the down but did not before the up`);
  }
  return { drift, moved: movedColumns(before, after, moved) };
}

/** Columns whose rank among their table's columns changed (a restored column comes back last). */
function movedColumns(before: SchemaSnapshot, after: SchemaSnapshot, candidates: string[]): string[] {
  const rank = (snap: SchemaSnapshot, table: string) =>
    [...snap.values()]
      .filter((o) => o.kind === 'column' && o.name.startsWith(`${table}.`))
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      .map((o) => o.name);
  const out: string[] = [];
  for (const name of candidates) {
    const table = name.slice(0, name.lastIndexOf('.'));
    const was = rank(before, table).indexOf(name);
    const is = rank(after, table).indexOf(name);
    if (was !== is) out.push(`column ${name} is back at position ${is + 1} (was ${was + 1}): a restored column comes back last; not drift`);
  }
  return out;
}

export interface DataLoss {
  table: string;
  /** Undefined when whole rows are gone. */
  column?: string;
  count: number;
  of: number;
  example: string;
}

const keyText = (key: string) => {
  try {
    const parsed = JSON.parse(key) as unknown;
    return Array.isArray(parsed) ? parsed.map((v) => (v === null ? 'NULL' : String(v))).join(', ') : key;
  } catch {
    return key;
  }
};
const value = (v: string | null | undefined) => (v === null || v === undefined ? 'NULL' : `'${v.length > 40 ? `${v.slice(0, 37)}…` : v}'`);

/** Seeded rows and values present before the up that are gone or different after the down. */
export function compareData(before: DataSnapshot, after: DataSnapshot): DataLoss[] {
  const losses: DataLoss[] = [];
  for (const [table, was] of before) {
    if (was.rows.size === 0) continue;
    const now = after.get(table);
    const first = [...was.rows.values()][0]!;
    if (!now) {
      losses.push({ table, count: was.rows.size, of: was.rows.size, example: `row ${JSON.stringify(first)}` });
      continue;
    }
    if (!was.byKey || !now.byKey) {
      // No primary key: compare rows as multisets over the columns the table had before.
      const columns = Object.keys(first);
      const remaining = new Map<string, number>();
      for (const r of now.rows.values()) {
        const k = JSON.stringify(columns.map((c) => r[c] ?? null));
        remaining.set(k, (remaining.get(k) ?? 0) + 1);
      }
      let lost = 0;
      let example = '';
      for (const r of was.rows.values()) {
        const k = JSON.stringify(columns.map((c) => r[c] ?? null));
        const n = remaining.get(k) ?? 0;
        if (n > 0) remaining.set(k, n - 1);
        else if (lost++ === 0) example = `row ${JSON.stringify(r)} is not there any more`;
      }
      if (lost) losses.push({ table, count: lost, of: was.rows.size, example });
      continue;
    }
    let rowsLost = 0;
    let rowExample = '';
    const byColumn = new Map<string, { count: number; example: string }>();
    for (const [key, row] of was.rows) {
      const other = now.rows.get(key);
      if (!other) {
        if (rowsLost++ === 0) rowExample = `the row with key (${keyText(key)}) is gone`;
        continue;
      }
      for (const [column, v] of Object.entries(row)) {
        if (v === null) continue;
        const missing = !(column in other);
        const w = other[column];
        if (!missing && w === v) continue;
        const entry = byColumn.get(column) ?? { count: 0, example: '' };
        if (entry.count++ === 0) entry.example = `(${keyText(key)}): ${value(v)} → ${missing ? 'the column is gone' : value(w)}`;
        byColumn.set(column, entry);
      }
    }
    if (rowsLost) losses.push({ table, count: rowsLost, of: was.rows.size, example: rowExample });
    for (const [column, { count, example }] of byColumn) {
      const nonNull = [...was.rows.values()].filter((r) => r[column] !== null).length;
      losses.push({ table, column, count, of: nonNull, example });
    }
  }
  return losses;
}

/**
 * What the up adds that the down takes away again: data written there after a deploy is lost by
 * a rollback (tables and columns the down drops, enum labels it removes, types it converts back).
 */
export function lostOnRollback(before: SchemaSnapshot, afterUp: SchemaSnapshot, afterDown: SchemaSnapshot): string[] {
  const out: string[] = [];
  const droppedTables = new Set<string>();
  for (const [key, o] of afterUp) {
    if (before.has(key) || afterDown.has(key)) continue;
    if (o.kind === 'table') {
      droppedTables.add(o.name);
      out.push(`rows written to table ${o.name} (the down drops it)`);
    }
  }
  for (const [key, o] of afterUp) {
    if (o.kind !== 'column' || before.has(key) || afterDown.has(key)) continue;
    const table = o.name.slice(0, o.name.lastIndexOf('.'));
    if (!droppedTables.has(table)) out.push(`values written to column ${o.name} (the down drops it)`);
  }
  for (const [key, o] of afterUp) {
    const was = before.get(key);
    const back = afterDown.get(key);
    if (!was || !back) continue;
    if (o.kind === 'enum' && o.attrs.labels !== was.attrs.labels && back.attrs.labels === was.attrs.labels) {
      out.push(`rows using the labels the up adds to enum type ${o.name} (the down removes them)`);
    }
    if (o.kind === 'column' && o.attrs.type !== was.attrs.type && back.attrs.type === was.attrs.type) {
      out.push(`values written to column ${o.name} as ${o.attrs.type} are converted back to ${was.attrs.type} (the down may fail or truncate them)`);
    }
  }
  return out;
}
