// Walks a Rails migration's method bodies in document order and hands each DSL call to its
// handler: `add_column :users, …` to the migration calls, `t.string :c` inside a
// `create_table`/`change_table` block to the table calls.
import { lineOf, type Node } from '../../parsers/tree-sitter';
import { hit, newTranslation, sql, type ColumnDef, type DslPiece, type DslTranslation } from '../dsl/common';
import { modelTable } from '../dsl/model-table';
import { callName, callReceiver, heredocMap, nameOf, rubyArgs, type RubyArgs, type RubyValue } from '../dsl/ruby';
import { handlerFor } from '../dispatch';
import type { Ctx, RailsCall } from './call';
import { MIGRATION_CALLS } from './migration-calls';
import { TABLE_CALLS, tableColumns } from './table-calls';
import { DATA_METHODS, indexNameRails, isFalse, isTrue, plural } from './values';

const NO_ARGS = (): RubyArgs => ({ positional: [], positionalNodes: [], options: new Map() });

/** Calls that narrow a relation to some rows (`where`, an inner `joins`; `in_batches` and `find_each` go through them all). */
const FILTERS = /^(where|rewhere|find_by|find$|limit|first|last|joins|merge|not|or|excluding)/;

/** What a record does to its row: rewrite it, or remove it. */
const RECORD_WRITES: Record<string, 'update' | 'delete'> = {
  update: 'update',
  'update!': 'update',
  update_column: 'update',
  update_columns: 'update',
  update_attribute: 'update',
  update_attributes: 'update',
  'update_attributes!': 'update',
  save: 'update',
  'save!': 'update',
  destroy: 'delete',
  'destroy!': 'delete',
  delete: 'delete',
};

/** The model class a relation chain starts from (`User.where(…).find_each`: `User`). */
function chainModel(call: Node): { model: string; filtered: boolean } | undefined {
  let filtered = false;
  let n: Node | null = callReceiver(call);
  while (n?.type === 'call') {
    if (FILTERS.test(callName(n))) filtered = true;
    n = callReceiver(n);
  }
  // The model's table by Rails' convention (`Plan` → `plans`): a table the migration creates is then known as new.
  return n?.type === 'constant' || n?.type === 'scope_resolution' ? { model: modelTable(n.text), filtered } : undefined;
}

/**
 * A backfill record by record (`User.find_each { |u| u.update!(plan: "free") }`, `Post.all.each do
 * |p| p.destroy end`): the rows of the model's table its block rewrites or removes, as the SQL that
 * amounts to. A block that only reads or inserts is not one.
 */
function iterationWrite(call: Node, name: string): string | undefined {
  if (!['find_each', 'find_in_batches', 'in_batches', 'each'].includes(name) || call.type !== 'call') return undefined;
  const block = call.childForFieldName('block');
  const chain = block ? chainModel(call) : undefined;
  if (!block || !chain) return undefined;
  // Writes on the block's own records (`|user| user.update!(…)`), not on others it builds.
  const params = new Set(block.descendantsOfType('block_parameters').flatMap((b) => b.namedChildren.map((c) => c.text)));
  let kind: 'update' | 'delete' | undefined;
  for (const inner of block.descendantsOfType('call')) {
    const write = params.has(callReceiver(inner)?.text ?? '') ? RECORD_WRITES[callName(inner)] : undefined;
    if (write === 'delete') kind = 'delete';
    else if (write) kind ??= 'update';
  }
  return kind ? sql.dataWrite(kind, chain.model, chain.filtered) : undefined;
}

/**
 * A model's write (`User.where(plan: nil).update_all(plan: "free")`, `Order.delete_all`), as the SQL
 * it runs on the model's table (named by its class). Inserts seed rows; a write on a record
 * (`o.update_column(…)`) or on something other than a model class is not read here (the migration
 * is still marked as changing data). Undefined then.
 */
function modelWrite(call: Node, name: string): string | undefined {
  // update_column(s) writes one record: not a table-wide write.
  const update = name.startsWith('update') && !name.startsWith('update_column');
  const kind = update ? 'update' : name === 'delete_all' || name === 'destroy_all' ? 'delete' : undefined;
  const chain = kind && call.type === 'call' ? chainModel(call) : undefined;
  return chain ? sql.dataWrite(kind!, chain.model, chain.filtered) : undefined;
}

/** A migration class for Rails before 5.1: `< ActiveRecord::Migration[4.2]`, `[5.0]`, or no version at all. */
function legacyIds(source: string): boolean {
  const m = /<\s*ActiveRecord::Migration(?:\[(\d+)\.(\d+)\])?/.exec(source);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < 5 || (major === 5 && minor < 1);
}

export class RailsReader {
  readonly t: DslTranslation;
  readonly heredocs: Map<number, Node>;

  /**
   * The type `create_table` gives its `id`: `bigserial` since Rails 5.1, `serial` for a migration
   * written for an earlier Rails (`ActiveRecord::Migration[4.2]`, or unversioned), which Rails
   * still runs with that version's defaults (openstreetmap-website's 040_create_oauth_tables).
   */
  readonly idType: 'serial' | 'bigserial';

  constructor(root: Node, transactional: boolean) {
    this.t = newTranslation(transactional);
    this.heredocs = heredocMap(root);
    this.idType = legacyIds(root.text) ? 'serial' : 'bigserial';
  }

  emit(line: number, text: string, synthetic = true, inexact = false): void {
    const p: DslPiece = { sql: text, line };
    if (synthetic) p.synthetic = true;
    if (inexact) p.inexact = true;
    this.t.up.push(p);
  }

  irreversible(line: number, what: string): void {
    this.t.hits.push(
      hit('irreversible-operation', line, `${what} inside \`change\` cannot be reversed automatically: write \`up\`/\`down\` or use \`reversible\`.`),
    );
  }

  /**
   * What a `reversible` block's `dir.down` does, translated as the up is but kept apart (in
   * `downPieces`, not the up's SQL, findings or data changes): a type change it narrows back is said.
   */
  readonly downPieces: DslPiece[] = [];

  private readDown(block: Node, ctx: Ctx): void {
    const { up, hits, changesData } = this.t;
    this.t.up = [];
    this.t.hits = [];
    this.walk(block, { ...ctx, mode: 'down', guarded: true });
    this.downPieces.push(...this.t.up);
    Object.assign(this.t, { up, hits, changesData });
  }

  /** Walk statements in document order. */
  walk(node: Node, ctx: Ctx): void {
    for (const c of node.namedChildren) {
      if (c.type === 'comment' || c.type === 'heredoc_body') continue;
      if (c.type === 'call' || c.type === 'identifier') {
        if (this.call(c, ctx)) continue;
      }
      if (c.type === 'method' || c.type === 'singleton_method' || c.type === 'class' || c.type === 'module') continue;
      this.walk(c, ctx);
    }
  }

  /** Handle a call; returns true when its children need no further walking. */
  private call(call: Node, ctx: Ctx): boolean {
    const name = call.type === 'identifier' ? call.text : callName(call);
    const recv = call.type === 'call' ? callReceiver(call) : null;
    const args = call.type === 'call' ? rubyArgs(call, this.heredocs) : NO_ARGS();
    const site = { name, line: lineOf(call), block: call.childForFieldName('block'), args, ctx };

    // Block-scoped table operations: `t.remove :x` inside change_table/create_table.
    if (recv && ctx.table !== undefined && recv.type === 'identifier' && !['dir'].includes(recv.text)) {
      if (this.tableCall({ ...site, table: ctx.table })) return true;
    }

    if (recv?.type === 'identifier' && recv.text === 'dir' && (name === 'up' || name === 'down')) {
      if (name === 'up' && site.block) this.walk(site.block, { ...ctx, guarded: true });
      if (name === 'down' && site.block) this.readDown(site.block, ctx);
      return true;
    }
    if (recv && (DATA_METHODS.has(name) || name === 'each')) {
      const write = ctx.mode !== 'down' ? (modelWrite(call, name) ?? iterationWrite(call, name)) : undefined;
      if (DATA_METHODS.has(name) || write) this.t.changesData = true;
      if (write) this.emit(site.line, write);
      return false;
    }
    if (recv) return false;

    const handler = handlerFor(MIGRATION_CALLS, name);
    if (handler) return handler(this, { ...site, table: nameOf(args.positional[0]) });
    if (DATA_METHODS.has(name) && ctx.mode !== 'down') this.t.changesData = true;
    return false;
  }

  /** `t.<method>` inside create_table / change_table. */
  private tableCall(c: RailsCall): boolean {
    if (tableColumns(this, c)) return true;
    const handler = handlerFor(TABLE_CALLS, c.name);
    return handler ? handler(this, c) : false;
  }

  /** `add_reference` / `t.references`: the `<ref>_id` column with its index and foreign key. */
  reference(table: string, ref: string, o: Map<string, RubyValue>, line: number, inCreate: boolean, ctx?: Ctx): void {
    const col = `${ref}_id`;
    const c: ColumnDef = { name: col, type: nameOf(o.get('type')) === 'uuid' ? 'uuid' : 'bigint' };
    if (isFalse(o.get('null'))) c.notNull = true;
    const wantIndex = !isFalse(o.get('index'));
    const fk = o.get('foreign_key');
    const pieces: DslPiece[] = [];
    if (wantIndex) {
      const io = o.get('index');
      const unique = io?.kind === 'hash' && isTrue(io.entries.get('unique'));
      const conc = io?.kind === 'hash' && nameOf(io.entries.get('algorithm')) === 'concurrently';
      pieces.push({ sql: sql.createIndex(table, [col], { name: indexNameRails(table, [col]), unique, concurrently: conc }), line, synthetic: true });
    }
    if (fk && isTrue(fk)) {
      const to = fk.kind === 'hash' ? nameOf(fk.entries.get('to_table')) : undefined;
      pieces.push({ sql: sql.addForeignKey(table, [col], to ?? plural(ref), ['id']), line, synthetic: true });
    }
    if (inCreate && ctx?.columns) {
      ctx.columns.push(c);
      ctx.after?.push(...pieces);
    } else {
      this.emit(line, sql.addColumn(table, c));
      this.t.up.push(...pieces);
    }
  }
}
