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

/** A unique index the up leaves, and how its columns were named before the up renamed them. */
interface Kept {
  build: Build;
  origin: (column: string) => string;
}

/**
 * `up` still enforces at least what `down` would: no partial index, whose every key reads a row only
 * through the down's keys (fewer columns, stricter; rows equal on `name` have equal `lower(name)`, rows
 * equal on `lower(name)` equal `replace(lower(name), '-', '_')`). `downKeys`: the down's keys as
 * `keyText` writes them.
 */
const covers = (up: Kept, down: Build, downKeys: ReadonlySet<string>, keyReadsOnly: KeyReadsOnly): boolean => {
  const { build } = up;
  return build.unique && build.table === down.table && !build.partial && !!build.keys?.length && build.keys.every((k) => keyReadsOnly(k, downKeys, up.origin));
};
type KeyReadsOnly = typeof import('../sql/unique-indexes').keyReadsOnly;

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
  const left = new Map<string, Kept>();
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
      const names = new Map(columnOrigin);
      const origin = (c: string) => names.get(`${t}.${c}`) ?? c;
      // ADD CONSTRAINT … USING INDEX: the index, renamed to the constraint (its keys are the index's).
      const index = e.usingIndex === undefined ? undefined : left.get(e.usingIndex);
      if (index) left.delete(e.usingIndex!);
      left.set(e.name, index ? { ...index, build: { ...index.build, name: e.name } } : { build: { ...e, table: t }, origin });
    }
  }
  const { quote } = await import('../sql/ast');
  const { keyText, keyReadsOnly } = await import('../sql/unique-indexes');
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
    const name = drops.has(e.name) ? e.name : e.usingIndex !== undefined && drops.has(e.usingIndex) ? e.usingIndex : undefined;
    if (name === undefined || said.has(name)) continue;
    // Where it fails, and what it keeps apart: the index a constraint takes, when the down built it.
    const at = (e.usingIndex !== undefined && back.find((b): b is Build => b.kind === 'build' && b.name === e.usingIndex)) || e;
    // On a column the down adds back (the up dropped it with its index): no values yet, no duplicates
    // (crates.io's 2019-03-22-174825 down adds `id SERIAL` back and makes it the primary key again).
    if ((at.keyColumns ?? at.columns)?.some((c) => added.has(`${e.table}.${c}`))) continue;
    const downKeys = new Set((at.keys ?? []).map((k) => keyText(k)));
    const kept = [...left.values()];
    if (downKeys.size && kept.some((b) => covers(b, { ...at, table: e.table }, downKeys, keyReadsOnly))) continue;
    said.add(name);
    const dropLine = drops.get(name)!;
    const where = down.inFile || down.derived ? undefined : `${at.path ?? down.name}, line ${at.line}`;
    // The up keeps rows apart by other keys over the same columns (crates.io's dumped_migration_94: unique
    // over canon_crate_name(name) in place of lower(name)): whether they rule out the down's duplicates
    // depends on what those keys compute, which the up alone does not say.
    // The one named as the down's, else the one sharing most columns with it (permify's
    // 20230117145140_multi_tenant rebuilds two constraints of relation_tuples with tenant_id added).
    const downColumns = at.keyColumns ?? at.columns ?? [];
    const shared = ({ build, origin }: Kept) =>
      build.unique && build.table === e.table && !build.partial
        ? (build.keyColumns ?? build.columns ?? []).filter((c) => downColumns.includes(origin(c))).length
        : 0;
    const other = kept.filter((k) => shared(k) > 0).sort((a, b) => Number(b.build.name === name) - Number(a.build.name === name) || shared(b) - shared(a))[0];
    out.push({
      rule: 'unique-constraint',
      line: where ? dropLine : at.line,
      message: rebuiltMessage(e, quote(name), dropLine, down.name, where, other && `${other.build.what} ${quote(other.build.name)}`),
    });
  }
  return out.length ? [...hits, ...out].sort((a, b) => a.line - b.line) : hits;
}

/**
 * The finding's message; `where`: the down's file and line, when the finding is said on the up's drop;
 * `other`: the unique index or constraint the up builds on the table over other keys (`unique index "x"`).
 */
function rebuiltMessage(e: Build, name: string, dropLine: number, downName: string, where: string | undefined, other: string | undefined): string {
  const opening = where
    ? `This migration drops ${e.what} ${name} of ${e.tableLabel}, and its down migration (${where}) builds it again`
    : `Rolling back (${downName}) builds ${e.what} ${name} of ${e.tableLabel} again, which the up drops (line ${dropLine})`;
  const live = other ? `its ${other} keeps rows apart by another key, which may let in two rows the down's would not` : 'nothing stops duplicate values';
  return (
    `${opening}: while the up is live ${live}, and the down then fails on the first one, halfway through a rollback ` +
    '(CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index behind). ' +
    'Plan for it: say in the rollback plan how duplicates are found and merged before rolling back (or make the down merge them first), ' +
    'or keep the unique index in this release and drop it in a later one.'
  );
}
