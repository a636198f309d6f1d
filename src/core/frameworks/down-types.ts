// An up that widens a column (varchar(50) → varchar(100), more numeric precision) is safe going
// forward and gets no finding; its down, changing the column back, fails on the first value the
// narrower type cannot hold (Postgres refuses it; MySQL outside strict mode cuts it). Read here by
// comparing the up's type changes with its down's: a down file or section of SQL, a DSL's down
// translated as its up is, or the reverse Django derives from an AlterField. `judgeDown` runs this
// comparison and the one of unique indexes the down builds again (down-uniques.ts).
import type { Hit } from '../types';
import type { SqlPiece, TypeChange } from '../sql/lint-sql';
import { sqlAnalyser } from '../sql/lazy';

/** The down SQL of an up (its own file, or a section of the same file), and how messages name it. */
export interface DownSql {
  pieces: SqlPiece[];
  /** `000002_b.down.sql`, `the -- +goose Down section` (a piece's `path` names its own file). */
  name: string;
  /** The pieces' lines are the up's (a reverse the framework derives from the up): not said. */
  derived?: boolean;
  /** The pieces' lines are lines of the up's own file (a Down section, a DSL's down function): a finding about the down is said there. */
  inFile?: boolean;
}

/** The unique-index comparison, imported once: an import() per up costs a module-map lookup each time (every up with a down file). */
let downUniques: Promise<typeof import('./down-uniques')> | undefined;

/** What an up's down says about the up: the type changes it narrows back, the unique indexes it builds again after the up dropped them. */
export async function judgeDown(up: SqlPiece[], hits: Hit[], down: DownSql, dialect: string | undefined): Promise<Hit[]> {
  const { judgeDownUniques } = await (downUniques ??= import('./down-uniques'));
  return judgeDownUniques(up, await judgeDownTypes(up, hits, down, dialect), down);
}

/**
 * The up's hits with each type change its down narrows back said: a widening (no finding) gets a
 * warning, and a change whose old type was unknown (the provisional warning that the down may
 * narrow) gets the same warning, now that the down shows the type it goes back to. An up change
 * already an error keeps its error alone (its message says what a rollback meets). SQL the parser
 * rejects is read tolerantly (a down it cannot read has no type change to compare).
 */
export async function judgeDownTypes(up: SqlPiece[], hits: Hit[], down: DownSql, dialect: string | undefined): Promise<Hit[]> {
  const analyser = await sqlAnalyser();
  const changes = await analyser.typeChangesOf(up);
  if (changes.length === 0) return hits;
  const back = await analyser.typeChangesOf(down.pieces);
  if (back.length === 0) return hits;
  const { widens, holdsAll, downNarrowsMessage, TEMPORAL } = await import('../sql/checks/change-column-type');
  const { typeBaseName, typeLabel } = await import('../sql/ast');
  // Fewer fractional seconds round the values (Postgres and MySQL alike): nothing fails.
  const rounds = (a: TypeChange['type'], b: TypeChange['type']) => TEMPORAL.has(typeBaseName(a)) && typeBaseName(a) === typeBaseName(b);
  // Once per column: the type the up leaves it with, said where the up first changes it.
  const byColumn = new Map<string, TypeChange>();
  for (const c of changes) {
    const key = `${c.table}.${c.column}`;
    const first = byColumn.get(key);
    byColumn.set(key, first ? { ...first, type: c.type } : c);
  }
  let out = hits;
  for (const change of byColumn.values()) {
    const undo = back.find((b) => b.table === change.table && b.column === change.column);
    // A down that converts or rewrites the values before narrowing has dealt with them.
    // A down to a type that holds every value of the up's (timestamptz → timestamp) loses nothing either.
    if (!undo || undo.prepared || widens(change.type, undo.type, dialect) || holdsAll(change.type, undo.type, dialect) || rounds(change.type, undo.type))
      continue;
    const current = out.find((h) => h.rule === 'change-column-type' && h.line === change.line);
    if (current && current.severity !== 'warning') continue;
    // A provisional warning is replaced only when the down goes back to a type the up widens.
    if (current && !widens(undo.type, change.type, dialect)) continue;
    const message = downNarrowsMessage(
      change.column,
      change.tableLabel,
      typeLabel(change.type),
      typeLabel(undo.type),
      down.derived ? down.name : `${undo.path ?? down.name}, line ${undo.line}`,
      dialect,
    );
    const hit: Hit = { rule: 'change-column-type', line: change.line, message, severity: 'warning' };
    out = current ? out.map((h) => (h === current ? hit : h)) : [...out, hit];
  }
  return out === hits ? hits : out.sort((a, b) => a.line - b.line);
}
