// Ecto's migration commands (`create table(…)`, `create index(…)`, `drop`, `rename`, `execute`),
// each synthesised into Postgres SQL; those `change` cannot reverse are flagged.
import { lineOf, type Node } from '../../parsers/tree-sitter';
import { PLACEHOLDER } from '../dsl/binds';
import { sql, type ColumnDef, type DslPiece } from '../dsl/common';
import type { Ctx, EctoReader } from './reader';
import { callArgs, callTarget, doBlock, eString, nameOf, namesOf, opensUnknown, value } from './values';

/** One command call as its handler sees it. */
export interface EctoCommand {
  name: string;
  node: Node;
  a: { positional: Node[]; keywords: Map<string, Node> };
  line: number;
  first: Node | undefined;
  ctx: Ctx;
}

/** Handles a command; true when its children need no further walking. */
export type CommandHandler = (r: EctoReader, c: EctoCommand) => boolean;

const flag = (n: Node | undefined): unknown => (value(n) as { value?: unknown }).value;

/** The arguments of a call, the value piped into it first (`"""…""" |> execute()`). */
export function pipedArgs(node: Node, positional: Node[]): Node[] {
  const parent = node.parent;
  const piped = parent?.type === 'binary_operator' && parent.childForFieldName('operator')?.text === '|>' && parent.childForFieldName('right')?.id === node.id;
  const left = piped ? parent.childForFieldName('left') : null;
  return left ? [left, ...positional] : positional;
}

const execute: CommandHandler = (r, { node, a, line, ctx }) => {
  const [first, down] = pipedArgs(node, a.positional);
  if (ctx.mode === 'change' && !down) r.irreversible(line, '`execute/1`');
  // execute(fn -> repo().query!(…) end): walk into the function for its queries.
  if (first?.type === 'anonymous_function') {
    r.walk(first, ctx);
    return true;
  }
  const s = r.sqlOf(first, node);
  if (s && !opensUnknown(s)) {
    const p: DslPiece = { sql: s.text, line: s.line };
    if (s.inexact) p.inexact = true;
    r.t.up.push(p);
  } else r.notRead(line, first);
  // execute(up, "") in `change`: rolling back runs nothing.
  const undo = ctx.mode === 'change' && down ? r.string(down) : undefined;
  if (undo && !undo.inexact && !undo.text.trim()) r.emptyDowns.push(lineOf(down!));
  return true;
};

function createTable(r: EctoReader, { node, line }: EctoCommand, target: Node, table: string): void {
  const cols: ColumnDef[] = [];
  const after: string[] = [];
  const ta = callArgs(target);
  if (value(ta.keywords.get('primary_key')).kind !== 'bool' || (value(ta.keywords.get('primary_key')) as { value: boolean }).value)
    cols.push({ name: 'id', type: 'bigserial', primaryKey: true });
  const block = doBlock(node);
  if (block) r.columns(block.namedChildren, table, cols, after);
  r.emit(line, sql.createTable(table, cols));
  for (const s of after) r.emit(line, s);
}

function createIndex(r: EctoReader, line: number, kind: string, target: Node, table: string): void {
  const ia = callArgs(target);
  const cols = namesOf(value(ia.positional[1]));
  const unique = kind === 'unique_index' || flag(ia.keywords.get('unique')) === true;
  const conc = flag(ia.keywords.get('concurrently')) === true;
  const iname = nameOf(value(ia.keywords.get('name')));
  // Ecto names the index after the bare table and creates it in the table's schema
  // (`CREATE INDEX "channels_name_index" ON "realtime"."channels"`: `prefix:` qualifies the table only).
  if (cols.length) r.emit(line, sql.createIndex(table, cols, { name: iname ?? `${bare(table)}_${cols.join('_')}_index`, unique, concurrently: conc }));
}

/** A table without its `prefix:` schema. */
const bare = (table: string): string => table.slice(table.lastIndexOf('.') + 1);

function createConstraint(r: EctoReader, line: number, target: Node, table: string): void {
  const ca = callArgs(target);
  const cname = nameOf(value(ca.positional[1]));
  const check = eString(ca.keywords.get('check'));
  const notValid = flag(ca.keywords.get('validate')) === false;
  if (check) r.emit(line, sql.addCheck(table, check.text, cname, notValid));
}

/**
 * `create`/`drop`/`rename` of a table, index or constraint named by a value this file does not hold
 * (`table(@attr)` of an attribute not a literal, `table("#{prefix()}_x")`): said, never silence. A
 * variable given to `create` is left alone (a loop over values not held, or a function given
 * arguments known only at run time, is said once where it runs); `drop` and `rename` of one are
 * findings on "…" (`droppedTable`).
 */
function unknownTable(r: EctoReader, node: Node, first: Node | undefined, line: number): true {
  const arg = first?.type === 'call' ? callArgs(first).positional[0] : undefined;
  if (first && arg && arg.type !== 'identifier' && ['table', 'index', 'unique_index', 'constraint'].includes(callTarget(first)))
    r.notAnalysed(
      line,
      `\`${node.text.split('\n', 1)[0]!.slice(0, 60)}\`: the table is a value this file does not hold, so what it changes was not read. Review it by hand.`,
    );
  return true;
}

/**
 * The table of a `drop` or `rename` given a variable (`t = table_name(); drop table(t)`, a loop
 * over values the file does not hold): named at run time ("…"), never passed in silence. A table
 * written otherwise that this file does not hold is `unknownTable`'s notice.
 */
function droppedTable(r: EctoReader, first: Node | undefined): string | undefined {
  const known = r.table(first);
  if (known !== undefined || first?.type !== 'call' || !['table', 'index', 'unique_index', 'constraint'].includes(callTarget(first))) return known;
  return callArgs(first).positional[0]?.type === 'identifier' ? PLACEHOLDER : undefined;
}

/** `create table(:t) do … end`, `create index(:t, [:c])`, `create constraint(:t, :c, check: …)`. */
const create: CommandHandler = (r, c) => {
  const { first, line } = c;
  if (first?.type !== 'call') return true;
  const kind = callTarget(first);
  const table = r.table(first);
  if (!table) return unknownTable(r, c.node, first, line);
  if (kind === 'table') createTable(r, c, first, table);
  else if (kind === 'index' || kind === 'unique_index') createIndex(r, line, kind, first, table);
  else if (kind === 'constraint') createConstraint(r, line, first, table);
  return true;
};

const alter: CommandHandler = (r, { node, first, a, line, ctx }) => {
  const table = r.table(first);
  // `alter table(t) do … end`, or on one line: `alter table(t), do: remove(:c)`.
  const inline = a.keywords.get('do');
  const body = doBlock(node)?.namedChildren ?? (inline ? [inline] : []);
  if (table) r.alterNodes(body, table, ctx);
  // A table this file does not name (a variable of a function called with one known only at run time): said, never silence.
  else if (body.length)
    r.notAnalysed(
      line,
      `\`${node.text.split('\n', 1)[0]!.slice(0, 60)}\`: the table is a value this file does not hold, so what the block changes was not read. Review it by hand.`,
    );
  return true;
};

/** `drop table(:t)`, `drop index(:t, [:c])`, `drop constraint(:t, :c)`. */
const drop: CommandHandler = (r, { node, name, line, first, ctx }) => {
  if (first?.type !== 'call') return true;
  const kind = callTarget(first);
  const table = droppedTable(r, first);
  if (!table) return unknownTable(r, node, first, line);
  const inChange = ctx.mode === 'change';
  if (kind === 'table') {
    r.emit(line, sql.dropTable(table, name === 'drop_if_exists'));
    if (inChange) r.irreversible(line, '`drop table`');
  } else if (kind === 'index' || kind === 'unique_index') {
    const ia = callArgs(first);
    const cols = namesOf(value(ia.positional[1]));
    // `DROP INDEX "realtime"."channels_name_index"`: dropped in the table's schema.
    const own = nameOf(value(ia.keywords.get('name'))) ?? `${bare(table)}_${cols.join('_')}_index`;
    const iname = table.includes('.') ? `${table.slice(0, table.lastIndexOf('.'))}.${own}` : own;
    r.emit(line, sql.dropIndex(iname, { concurrently: flag(ia.keywords.get('concurrently')) === true }));
  } else if (kind === 'constraint') {
    const cname = nameOf(value(callArgs(first).positional[1]));
    if (cname) r.emit(line, sql.dropConstraint(table, cname));
    if (inChange) r.irreversible(line, '`drop constraint`');
  }
  return true;
};

/** `rename table(:t), :a, to: :b` (a column) or `rename table(:t), to: table(:u)`. */
const rename: CommandHandler = (r, { node, a, line, first }) => {
  const table = droppedTable(r, first);
  if (!table) return unknownTable(r, node, first, line);
  const to = a.keywords.get('to');
  const col = nameOf(value(a.positional[1]));
  if (col && to) {
    const nn = nameOf(value(to));
    if (nn) r.emit(line, sql.renameColumn(table, col, nn));
  } else if (to?.type === 'call') {
    const nt = r.table(to);
    if (nt) r.emit(line, sql.renameTable(table, nt));
  }
  return true;
};

/** repo().query!("…") */
const query: CommandHandler = (r, { first }) => {
  r.raw(first);
  return true;
};

/** Commands by name; other calls (`Repo.update_all` and the like) are judged by the reader. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  execute,
  create,
  create_if_not_exists: create,
  alter,
  drop,
  drop_if_exists: drop,
  rename,
  query,
  'query!': query,
};
