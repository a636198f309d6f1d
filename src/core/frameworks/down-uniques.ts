// An up that drops a unique index or constraint, whose down builds it again: while the up is live,
// nothing stops duplicate values, and the down then fails on the first one (CREATE UNIQUE INDEX cannot
// be built over them; CONCURRENTLY leaves an invalid index behind), in the middle of a rollback.
// quay/quay's 3634f2df3c5b drops the unique index organizationrhskus_subscription_id for a plain one
// and its downgrade() makes it unique again; b1a79fa8e630 replaces user_email by a partial index and
// says in its docstring that the downgrade fails once organisations share an email. Read by comparing
// the up's unique indexes with its down's, for SQL downs (a down file, a Down section) and the downs
// the DSL readers translate alike.
import type { Hit } from '../types';
import type { SqlPiece, UniqueEvent } from '../sql/lint-sql';
import type { DownSql } from './down-types';
import { sqlAnalyser } from '../sql/lazy';

type Build = Extract<UniqueEvent, { kind: 'build' }>;

/**
 * `up` still enforces at least what `down` would: no partial index, whose keys read only columns among
 * the down's plain ones (fewer columns, stricter; rows equal on them have equal `lower(name)` too).
 */
const covers = (up: Build, down: Build): boolean => {
  const keys = up.keyColumns ?? up.columns;
  return up.unique && up.table === down.table && !up.partial && !!keys?.length && !!down.columns && keys.every((c) => down.columns!.includes(c));
};

/**
 * The up's hits, with a `unique-constraint` finding for each unique index or constraint its down builds
 * again after the up dropped it, unless the up leaves one that enforces at least as much, the down
 * writes the table's rows (merging duplicates), or builds it on a column it adds back (no values yet). Said on the down's line when the
 * down is in the same file, else on the up's drop, naming the down and its line.
 */
export async function judgeDownUniques(up: SqlPiece[], hits: Hit[], down: DownSql): Promise<Hit[]> {
  const analyser = await sqlAnalyser();
  const before = await analyser.uniqueEventsOf(up);
  if (!before.some((e) => e.kind === 'drop')) return hits;
  const back = await analyser.uniqueEventsOf(down.pieces);
  // What the up drops (the last drop of each name), and the unique indexes it leaves in place, named
  // as before the up's renames (the down renames back before it builds: prefect's d38c5e6a9115 renames
  // block to block_document and builds the same unique index there, so its rows stay unique).
  const drops = new Map<string, number>();
  const left = new Map<string, Build>();
  const tableOrigin = new Map<string, string>();
  const columnOrigin = new Map<string, string>();
  const originOf = (table: string) => tableOrigin.get(table) ?? table;
  for (const e of before) {
    if (e.kind === 'drop') {
      drops.set(e.name, e.line);
      left.delete(e.name);
    } else if (e.kind === 'rename-table') tableOrigin.set(e.to, originOf(e.from));
    else if (e.kind === 'rename-column') {
      const t = originOf(e.table);
      columnOrigin.set(`${t}.${e.to}`, columnOrigin.get(`${t}.${e.from}`) ?? e.from);
    } else if (e.kind === 'build') {
      const t = originOf(e.table);
      const origin = (c: string) => columnOrigin.get(`${t}.${c}`) ?? c;
      left.set(e.name, { ...e, table: t, columns: e.columns?.map(origin), ...(e.keyColumns ? { keyColumns: e.keyColumns.map(origin) } : {}) });
    }
  }
  const { quote } = await import('../sql/ast');
  const out: Hit[] = [];
  const said = new Set<string>();
  // What the down does to the rows and columns, wherever it does it: ory/pop runs a migration's down
  // parts last part first, and a down's pieces need not be in the order they run.
  const written = new Set<string>();
  const added = new Set<string>();
  for (const e of back) {
    if (e.kind === 'write') written.add(e.table);
    if (e.kind === 'add-column') added.add(`${e.table}.${e.column}`);
  }
  for (const e of back) {
    if (e.kind !== 'build' || !e.unique || written.has(e.table)) continue;
    // On a column the down adds back (the up dropped it with its index): no values yet, no duplicates.
    if (e.columns?.some((c) => added.has(`${e.table}.${c}`))) continue;
    const name = drops.has(e.name) ? e.name : e.usingIndex !== undefined && drops.has(e.usingIndex) ? e.usingIndex : undefined;
    if (name === undefined || said.has(name) || [...left.values()].some((b) => covers(b, e))) continue;
    said.add(name);
    // Where it fails: the index a constraint takes, when the down built it.
    const at = (e.usingIndex !== undefined && back.find((b): b is Build => b.kind === 'build' && b.name === e.usingIndex)) || e;
    const dropLine = drops.get(name)!;
    const where = down.inFile || down.derived ? undefined : `${at.path ?? down.name}, line ${at.line}`;
    out.push({ rule: 'unique-constraint', line: where ? dropLine : at.line, message: rebuiltMessage(e, quote(name), dropLine, down.name, where) });
  }
  return out.length ? [...hits, ...out].sort((a, b) => a.line - b.line) : hits;
}

/** The finding's message; `where`: the down's file and line, when the finding is said on the up's drop. */
function rebuiltMessage(e: Build, name: string, dropLine: number, downName: string, where: string | undefined): string {
  const opening = where
    ? `This migration drops ${e.what} ${name} of ${e.tableLabel}, and its down migration (${where}) builds it again`
    : `Rolling back (${downName}) builds ${e.what} ${name} of ${e.tableLabel} again, which the up drops (line ${dropLine})`;
  return (
    `${opening}: while the up is live nothing stops duplicate values, and the down then fails on the first one, halfway through a rollback ` +
    '(CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index behind). ' +
    'Plan for it: say in the rollback plan how duplicates are found and merged before rolling back (or make the down merge them first), ' +
    'or keep the unique index in this release and drop it in a later one.'
  );
}
