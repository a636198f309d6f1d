// Reads a Django migration's operations in order, each handed to its handler (django/operations.ts),
// into SQL pieces; RunSQL strings are kept as written.
import type { Node } from '../../parsers/tree-sitter';
import { lineOf } from '../../parsers/tree-sitter';
import { hit, newTranslation, unknownCallHit, type DslPiece, type DslTranslation } from '../dsl/common';
import { arg, lastName, pyArgs, pyStr, pyString, withBound, type PyArgs } from '../dsl/python';
import { handlerFor } from '../dispatch';
import { readField, type Field, type Fill } from './fields';
import type { Scope } from './migration-tree';
import { OPERATIONS } from './operations';

/** An AlterField of the migration, with the SQL piece synthesised for it. */
export interface AlterFieldOp {
  piece: DslPiece;
  /** The AlterField call's offset in the source. */
  at: number;
  table: string;
  model: string;
  name: string;
  field: Field;
}

/** An AlterField whose field before it was not found: its type change stays provisional, and says why. */
export interface UnknownField {
  line: number;
  column: string;
  field: Field;
  why: string;
}

/** A migration read on its own, with what the earlier migrations may settle. */
/** A DeleteModel whose model the file does not show: an earlier migration may show it tableless. */
export interface DeleteModelOp {
  piece: DslPiece;
  at: number;
  model: string;
}

/**
 * A RemoveField or RenameField, synthesised on the field's name: an earlier migration says what the
 * field was (a ForeignKey's column is `<name>_id`, a many-to-many field's a join table).
 */
export interface FieldNameOp {
  piece: DslPiece;
  at: number;
  table: string;
  model: string;
  name: string;
  /** RenameField's new name. */
  to?: string;
}

/** A NOT NULL AddField whose rows Django fills with a default it then drops (see `requiredFieldMessage`). */
export interface FilledField {
  line: number;
  table: string;
  column: string;
  how: Fill['how'];
}

export interface DjangoReading {
  t: DslTranslation;
  /** The app's label (django/app-label.ts): its tables' prefix, its own migrations' name in `dependencies`. */
  app: string;
  filled: FilledField[];
  alterFields: AlterFieldOp[];
  /** AlterFields whose field before them was not found (django/history.ts), filled when the history is read. */
  unknownFields: UnknownField[];
  deletedModels: DeleteModelOp[];
  fieldNames: FieldNameOp[];
  deps: string[];
  /** How many migrations it replaces: a squashed migration (django/migration-tree.ts). */
  replaces: number;
}

/** One operation call as its handler sees it. */
export interface DjangoOperation {
  name: string;
  a: PyArgs;
  line: number;
  /** The call's offset in the source (which operation it is, wherever it is listed). */
  at: number;
  /** The model it names (`name=` for model operations, `model_name=` for field operations). */
  model: string | undefined;
  /** That model's table. */
  table: string | undefined;
}

export type OperationHandler = (r: DjangoReader, op: DjangoOperation) => void;

/**
 * Django's operations (django.db.migrations.operations, django.contrib.postgres.operations) that
 * change no table a rollback depends on: model state only, a rename or comment of no column, an
 * extension or collation, a constraint added NOT VALID or validated.
 */
const SCHEMALESS = new Set([
  'AlterModelOptions',
  'AlterModelManagers',
  'AlterModelTableComment',
  'AlterConstraint',
  'RenameIndex',
  'CreateExtension',
  'BloomExtension',
  'BtreeGinExtension',
  'BtreeGistExtension',
  'CITextExtension',
  'CryptoExtension',
  'HStoreExtension',
  'TrigramExtension',
  'UnaccentExtension',
  'CreateCollation',
  'RemoveCollation',
  'AddConstraintNotValid',
  'ValidateConstraint',
]);

/** Operations whose first argument is the model's `name` rather than a field's `model_name`. */
const namesModel = (name: string): boolean =>
  name === 'CreateModel' || name === 'DeleteModel' || name === 'AlterOrderWithRespectTo' || name.startsWith('AlterModel') || name.endsWith('Together');

export class DjangoReader {
  readonly t: DslTranslation;
  readonly alterFields: AlterFieldOp[] = [];
  readonly deletedModels: DeleteModelOp[] = [];
  readonly fieldNames: FieldNameOp[] = [];
  readonly filled: FilledField[] = [];
  /** Proxy and unmanaged models created in this file (lower-case names): no table of their own. */
  readonly tableless = new Set<string>();
  private readonly tables = new Map<string, string>();

  constructor(
    readonly app: string,
    transactional: boolean,
    readonly scope: Scope = new Map(),
  ) {
    this.t = newTranslation(transactional);
  }

  table(model: string | undefined): string | undefined {
    if (!model) return undefined;
    const key = model.toLowerCase();
    return this.tables.get(key) ?? `${this.app}_${key}`;
  }

  /** `db_table` / AlterModelTable: the model's table from here on. */
  setTable(model: string, table: string): void {
    this.tables.set(model.toLowerCase(), table);
  }

  field(name: string, node: Node | undefined): Field | undefined {
    return readField(name, node, (model) => this.table(model));
  }

  emit(line: number, text: string): void {
    this.t.up.push({ sql: text, line, synthetic: true });
  }

  irreversible(line: number, what: string): void {
    this.t.hits.push(hit('irreversible-operation', line, what));
  }

  operations(list: Node): void {
    this.operationList(list.namedChildren);
  }

  /**
   * `[migrations.RemoveField(model_name="book", name=n) for n in FIELDS]`: a comprehension with one
   * `for` over a list or tuple of strings the file holds (written in place, or a name bound to one),
   * and no `if`: its operation once per element, the variable bound to it; undefined for any other.
   */
  private unrolled(op: Node): { variable: string; items: Node[]; body: Node } | undefined {
    if (op.type !== 'list_comprehension' && op.type !== 'generator_expression') return undefined;
    const body = op.childForFieldName('body');
    const clauses = op.namedChildren.filter((c) => c.type === 'for_in_clause' || c.type === 'if_clause');
    const clause = clauses.length === 1 && clauses[0]!.type === 'for_in_clause' ? clauses[0]! : undefined;
    const variable = clause?.childForFieldName('left');
    let list = clause?.childForFieldName('right') ?? undefined;
    if (list?.type === 'identifier') list = this.scope.get(list.text);
    const items = list?.type === 'list' || list?.type === 'tuple' ? list.namedChildren.filter((c) => c.type !== 'comment') : [];
    if (body?.type !== 'call' || variable?.type !== 'identifier' || !items.length || !items.every((i) => pyStr(i) !== undefined)) return undefined;
    return { variable: variable.text, items, body };
  }

  operationList(ops: Node[]): void {
    for (const op of ops) {
      const loop = this.unrolled(op);
      if (op.type === 'call') this.operation(op);
      else if (loop) for (const item of loop.items) withBound(loop.variable, item, () => this.operation(loop.body));
      else if (op.descendantsOfType('call').some((c) => c.childForFieldName('function')?.text.startsWith('migrations.'))) {
        // A comprehension (or other code) that builds operations: what it runs is known only when it runs.
        const text = op.text.replace(/\s+/g, ' ');
        this.t.hits.push(
          hit(
            'not-analysed',
            lineOf(op),
            `\`${text.length > 60 ? `${text.slice(0, 59)}…` : text}\` builds migration operations with code, so they were not read: review what they change by hand (\`manage.py sqlmigrate\` prints the SQL Django runs), or list the operations one by one.`,
          ),
        );
      }
    }
  }

  private operation(op: Node): void {
    const fn = op.childForFieldName('function');
    const name = fn ? lastName(fn) : '';
    const handler = handlerFor(OPERATIONS, name);
    if (!handler) {
      // A project's own operation (wagtail's `DeleteModelIfExists`): what it runs is its code's.
      if (!SCHEMALESS.has(name)) this.t.hits.push(unknownCallHit(lineOf(op), name));
      return;
    }
    const a = pyArgs(op);
    const model = pyStr(arg(a, 0, namesModel(name) ? 'name' : 'model_name'));
    handler(this, { name, a, line: lineOf(op), at: op.startIndex, model, table: this.table(model) });
  }

  /** RunSQL's `sql`: a string, a list of them, or `(sql, params)` pairs. */
  runSql(node: Node | undefined): void {
    if (!node) return;
    if (node.type === 'list' || node.type === 'tuple') {
      const kids = node.namedChildren.filter((c) => c.type !== 'comment');
      // (sql, params) pair
      if (
        node.type === 'tuple' &&
        kids.length === 2 &&
        pyString(kids[0]) &&
        (kids[1]!.type === 'list' || kids[1]!.type === 'tuple' || kids[1]!.type === 'dictionary')
      ) {
        this.sqlString(kids[0]!, true);
        return;
      }
      for (const k of kids) this.runSql(k);
      return;
    }
    this.sqlString(node, false);
  }

  /** A string of SQL as written (`params`: `%s` placeholders stand for values); false when it is no string. */
  sqlString(node: Node, params: boolean): boolean {
    const s = pyString(node);
    if (!s) return false;
    let text = s.text;
    // Parameter placeholders are values: NULL keeps the statement parseable.
    if (params) text = text.split('%s').join('NULL').split('%%').join('%');
    this.t.up.push({ sql: text, line: s.line, ...(s.inexact ? { inexact: true } : {}) });
    return true;
  }
}
