// Ecto migrations (priv/repo/migrations/*.exs) read with tree-sitter-elixir. Migration commands
// (create/alter/drop table, add/remove/modify, index, constraint) are synthesised into Postgres
// SQL; `execute "…"` and `repo().query!("…")` strings are linted as written.
import { withAppDialect } from './app-dialect';
import type { Framework } from './framework';
import type { Hit } from '../types';
import { ecto as meta } from './meta/index';
import { firstErrorNode, lineOf, parseCode, type Node } from '../parsers/tree-sitter';
import { dslFramework, hit, parseErrorHit, type DslPiece, type DslTranslation } from './dsl/common';
import { EctoReader } from './ecto/reader';
import { callArgs, callTarget, doBlock, eString, listItems } from './ecto/values';

interface Def {
  node: Node;
  head: Node | undefined;
  body: Node | undefined;
  /** `defdelegate up, to: Oban.Migrations`: the module whose function runs. */
  delegate?: string;
}

/**
 * The migration's module. A file may define others first (teslamate's `defmodule New do defmodule
 * GeoFence do use Ecto.Schema …` schemas for a data fix): Ecto compiles the whole file and runs the
 * module that has `__migration__`, the one that does `use Ecto.Migration`. Without one (a project's
 * own `use MyApp.Migration`), the first module that defines `change` or `up`, else the first.
 */
function migrationModule(root: Node): Node | undefined {
  const modules = root.descendantsOfType('call').filter((c) => callTarget(c) === 'defmodule');
  const statements = (m: Node) => (doBlock(m)?.namedChildren ?? []).filter((c) => c.type === 'call');
  const uses = (m: Node) => statements(m).some((c) => callTarget(c) === 'use' && callArgs(c).positional[0]?.text === 'Ecto.Migration');
  const defines = (m: Node) =>
    statements(m).some((c) => {
      if (callTarget(c) !== 'def') return false;
      const head = callArgs(c).positional[0];
      const name = head?.type === 'call' ? callTarget(head) : head?.text;
      return name === 'change' || name === 'up';
    });
  return modules.find(uses) ?? modules.find(defines) ?? modules[0];
}

function defs(root: Node): { defs: Map<string, Def>; transactional: boolean; module?: Node; attributes: Map<string, string>; lists: Map<string, Node> } {
  const out = new Map<string, Def>();
  const attributes = new Map<string, string>();
  const lists = new Map<string, Node>();
  let transactional = true;
  const module = migrationModule(root);
  const block = module ? doBlock(module) : undefined;
  for (const c of block?.namedChildren ?? []) {
    if (c.type === 'unary_operator') {
      const op = c.childForFieldName('operand');
      if (op && callTarget(op) === 'disable_ddl_transaction' && op.text.includes('true')) transactional = false;
      // @alter "ALTER TABLE apps ALTER COLUMN scopes": a string `#{@alter}` stands for.
      const [literal, ...rest] = op ? callArgs(op).positional : [];
      const s = eString(literal);
      if (op && s && !s.inexact && !rest.length) attributes.set(callTarget(op), s.text);
      // @table :votes (santiment/sanbase2): an atom, which `table(@table)` and `#{@table}` name by its text.
      else if (op && literal?.type === 'atom' && !rest.length) attributes.set(callTarget(op), literal.text.replace(/^:"?|"$/g, ''));
      // @dropped [:a, :b]: a list a loop may run over.
      else if (op && literal && !rest.length && listItems(literal)) lists.set(callTarget(op), literal);
      continue;
    }
    const kind = c.type === 'call' ? callTarget(c) : '';
    if (kind !== 'def' && kind !== 'defp' && kind !== 'defdelegate') continue;
    const a = callArgs(c);
    const head = a.positional[0];
    const name = head?.type === 'call' ? callTarget(head) : head?.text;
    if (!name || out.has(name)) continue;
    const to = a.keywords.get('to');
    if (kind === 'defdelegate') out.set(name, { node: c, head, body: undefined, ...(to ? { delegate: to.text } : {}) });
    else out.set(name, { node: c, head, body: doBlock(c) ?? a.keywords.get('do') });
  }
  return { defs: out, transactional, attributes, lists, ...(module ? { module } : {}) };
}

function bodyStatements(body: Node | undefined): Node[] {
  if (!body) return [];
  if (body.type !== 'do_block') return [body];
  return body.namedChildren.filter((c) => c.type !== 'comment');
}

/** `defdelegate up, to: Oban.Migrations`: what runs is in another module, said and not read. */
function delegatedHit(ds: Map<string, Def>, first: Def): Hit {
  const names = ['change', 'up', 'down'].filter((n) => ds.get(n)?.delegate).map((n) => `\`${n}\``);
  const verb = names.length > 1 ? 'are' : 'is';
  return hit(
    'not-analysed',
    lineOf(first.node),
    `${names.join(' and ')} ${verb} delegated to \`${first.delegate}\`: the operations live in that module and were not read. Review what its migration changes by hand.`,
  );
}

/** Translate an Ecto migration into SQL pieces and a reversibility verdict. */
export async function ectoToPieces(source: string): Promise<DslTranslation> {
  using tree = await parseCode('elixir', source);
  const root = tree.rootNode;
  const reader = new EctoReader();
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), 'Elixir'));
  const { defs: ds, transactional, module, attributes, lists } = defs(root);
  t.transactional = transactional;
  reader.attributes = attributes;
  reader.listAttributes = lists;
  reader.helpers = new Map([...ds].filter(([n]) => !['change', 'up', 'down'].includes(n)));
  const change = ds.get('change');
  const up = ds.get('up');
  const down = ds.get('down');
  const delegated = [change, up].find((d) => d?.delegate);
  if (delegated) {
    // Oban's documented migration: `defdelegate up, to: Oban.Migrations` (and `down`).
    t.hits.push(delegatedHit(ds, delegated));
    t.downStatus = change || down ? 'not-analysed' : 'missing';
    if (!change && !down) t.hits.push(hit('missing-down-migration', lineOf(up!.node), 'The migration defines `up` but no `down`: it cannot be rolled back.'));
  } else if (change) {
    if (change.body) reader.walk(change.body, { mode: 'change' });
    t.downStatus = t.hits.some((h) => h.rule === 'irreversible-operation') ? 'irreversible' : 'present';
    if (t.downStatus === 'present' && reader.emptyDowns.length) t.downStatus = 'empty';
    for (const line of reader.emptyDowns)
      t.hits.push(hit('empty-down-migration', line, 'The `execute` down is `""`: rolling back runs nothing and leaves the change in place.'));
  } else if (up) {
    if (up.body) reader.walk(up.body, { mode: 'up' });
    if (down?.delegate) {
      t.downStatus = 'not-analysed';
      t.hits.push(delegatedHit(ds, down));
    } else if (!down) {
      t.downStatus = 'missing';
      t.hits.push(hit('missing-down-migration', lineOf(up.node), 'The migration defines `up` but no `down`: it cannot be rolled back.'));
    } else {
      const stmts = bodyStatements(down.body);
      const trivial = (s: Node) => s.type === 'atom' || s.type === 'nil' || (s.type === 'call' && callTarget(s) === 'raise');
      const inert = (s: Node) => s.type === 'atom' || s.type === 'nil';
      // An up that does nothing has nothing to undo.
      if (stmts.every(inert) && bodyStatements(up.body).every(inert)) {
        // an empty down is complete
      } else if (!stmts.length || stmts.every(trivial)) {
        t.downStatus = 'empty';
        const raises = stmts.some((s) => s.type === 'call' && callTarget(s) === 'raise');
        t.hits.push(
          hit(
            'empty-down-migration',
            lineOf(down.node),
            raises ? '`down` raises instead of undoing the migration.' : '`down` does nothing: rolling back leaves the change in place.',
          ),
        );
      } else {
        // What the down does, translated as the up is: a type change it narrows back is said.
        const downReader = new EctoReader();
        downReader.helpers = reader.helpers;
        downReader.attributes = attributes;
        downReader.listAttributes = lists;
        if (down.body) downReader.walk(down.body, { mode: 'down' });
        t.downSql = downReader.t.up;
        t.downName = '`down`';
        if (stmts.every((s) => s.type === 'call' && callTarget(s) === 'execute')) {
          const pieces: DslPiece[] = [];
          for (const s of stmts) {
            const str = downReader.string(callArgs(s).positional[0]);
            if (str) pieces.push({ sql: str.text, line: str.line });
          }
          if (pieces.length === stmts.length) {
            t.down = pieces;
            t.downOnlySql = true;
            t.downLine = lineOf(down.node);
          }
        }
      }
    }
  } else if (!module && source.trim()) {
    // No module at all (the migrations folder's `.formatter.exs`, given to `lint` by name): Ecto
    // would refuse to run it, so there is no migration to roll back.
    t.downStatus = 'not-analysed';
    t.hits.push(
      hit(
        'not-analysed',
        1,
        'This file defines no module, so it is not an Ecto migration (ecto_sql runs `<integer>_<name>.exs` files that define one): nothing was read.',
      ),
    );
  } else {
    t.downStatus = 'missing';
    if (source.trim())
      t.hits.push(hit('missing-down-migration', module ? lineOf(module) : 1, 'No `change` or `up`/`down` functions were found in this migration.'));
  }
  return t;
}

/** `<version>_<name>.exs`, or `.ex` for a migration compiled into the app. */
const isEctoMigrationName = (name: string): boolean => /^\d+_\w+\.exs?$/.test(name);

export const ecto: Framework = withAppDialect(
  dslFramework(meta, 'Ecto migration', (input) => ectoToPieces(input.content), 'missing', {
    // priv/repo/migrations/20240101000000_name.exs: name order is run order. Migrations compiled
    // into the app are `.ex` (supabase/realtime's tenant migrations under lib/): named the same way.
    isMigration: isEctoMigrationName,
    translate: (content) => ectoToPieces(content),
  }),
  'ecto',
);

export default ecto;
