// A changelog read for several databases: the changes for the changelog's own database (and those
// for every database) in its dialect, and each other database's changes (a `dbms`, a context that
// names a database, a `<dbms>` precondition) in that database's dialect. The changes without a
// `dbms` run on every database: each other database's changes are read after them, so a table or
// column they create is new there too (apache/fineract creates a table for every database, then
// adds its audit columns NOT NULL in `context="mysql"` and `context="postgresql"` twins), and only
// the findings on that database's own changes are kept (the shared ones are the changelog's).
import type { MigrationAnalysis } from '../framework';
import { finishAnalysis, newTranslation, type DslPiece, type DslTranslation } from '../dsl/common';
import type { Dialect, DialectSource } from '../../sql/dialect';
import type { SqlHistory } from '../sql-history';

/** The lines a piece spans in the changelog. */
const span = (p: DslPiece): [number, number] => [p.line, p.line + p.sql.split('\n').length - 1];

/** A change that runs on every database (no `dbms`): its pieces in `t.up`, and its SQL on another database. */
export interface Everywhere {
  pieces: DslPiece[];
  on: (other: DialectSource) => DslPiece[];
}

/**
 * The analysis of each database's reading, merged. `historyOf`: how a database's reading looks a
 * column's earlier type up in the changelogs that run before (read as that database).
 */
export async function finishByDatabase(
  t: DslTranslation,
  everywhere: Everywhere[],
  dialect: DialectSource | undefined,
  historyOf?: (dialect: Dialect) => SqlHistory | undefined,
): Promise<MigrationAnalysis> {
  const others = [...new Map(t.up.filter((p) => p.dialect).map((p) => [p.dialect!.dialect, p.dialect!])).values()];
  const here = historyOf?.(dialect?.dialect ?? 'postgres');
  if (!others.length) return finishAnalysis('liquibase', t, dialect, here);
  const analysis = await finishAnalysis('liquibase', { ...t, up: t.up.filter((p) => !p.dialect) }, dialect, here);
  const shared = new Map<DslPiece, Everywhere>(everywhere.flatMap((e) => e.pieces.map((p) => [p, e] as const)));
  for (const other of others) {
    const own = t.up.filter((p) => p.dialect?.dialect === other.dialect);
    // Each shared change's SQL as that database gets it (its types: `datetime` stays DATETIME on MySQL).
    const up: DslPiece[] = [];
    const done = new Set<Everywhere>();
    for (const p of t.up) {
      const e = shared.get(p);
      if (p.dialect?.dialect === other.dialect) up.push(p);
      else if (e && !done.has(e)) {
        done.add(e);
        up.push(...e.on(other));
      }
    }
    const read: DslTranslation = { ...newTranslation(t.transactional), up };
    const res = await finishAnalysis('liquibase', read, dialect, historyOf?.(other.dialect));
    const spans = own.map(span);
    analysis.hits.push(...res.hits.filter((h) => spans.some(([a, b]) => h.line >= a && h.line <= b)));
    if (res.changesData) analysis.changesData = true;
  }
  analysis.hits.sort((a, b) => a.line - b.line);
  return analysis;
}
