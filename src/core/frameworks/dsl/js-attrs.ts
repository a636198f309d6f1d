// Column attribute objects of the JS ORMs (Sequelize attributes, TypeORM TableColumn options,
// node-pg-migrate column definitions) → ColumnDef.
import type { Node } from '../../parsers/tree-sitter';
import type { ColumnDef } from './common';
import { callArgs, constantValue, jsBool, jsDefault, jsNumber, jsStr, methodName, objectEntries } from './js';

const SEQUELIZE_TYPES: Record<string, string> = {
  STRING: 'character varying(255)',
  CHAR: 'character(255)',
  TEXT: 'text',
  CITEXT: 'citext',
  INTEGER: 'integer',
  BIGINT: 'bigint',
  SMALLINT: 'smallint',
  TINYINT: 'smallint',
  FLOAT: 'real',
  REAL: 'real',
  DOUBLE: 'double precision',
  DECIMAL: 'numeric',
  BOOLEAN: 'boolean',
  DATE: 'timestamp with time zone',
  DATEONLY: 'date',
  TIME: 'time',
  UUID: 'uuid',
  JSON: 'json',
  JSONB: 'jsonb',
  BLOB: 'bytea',
  ENUM: 'text',
  ARRAY: 'text[]',
  INET: 'inet',
};

/** `Sequelize.STRING`, `DataTypes.STRING(20)`, `Sequelize.DataTypes.DECIMAL(10, 2)`. */
export function sequelizeType(node: Node | undefined): string {
  if (!node) return 'text';
  let name = '';
  let args: Node[] = [];
  if (node.type === 'call_expression') {
    name = methodName(node);
    args = callArgs(node);
  } else if (node.type === 'member_expression') name = node.childForFieldName('property')?.text ?? '';
  else name = jsStr(node)?.toUpperCase() ?? '';
  let t = SEQUELIZE_TYPES[name] ?? 'text';
  const n = jsNumber(args[0]);
  if (name === 'STRING' && n !== undefined) t = `character varying(${n})`;
  if (name === 'DECIMAL' && n !== undefined) t = `numeric(${n}${jsNumber(args[1]) !== undefined ? `, ${jsNumber(args[1])}` : ''})`;
  return t;
}

export function sequelizeColumn(name: string, node: Node | undefined): ColumnDef & { fk?: string } {
  // A constant of the file, or a helper's parameter bound to the call's `{ … }` (see bindArguments).
  node = constantValue(node);
  const e = objectEntries(node);
  if (node?.type !== 'object') return { name, type: sequelizeType(node) };
  const c: ColumnDef & { fk?: string } = { name, type: sequelizeType(e.get('type')) };
  if (jsBool(e.get('primaryKey'))) c.primaryKey = true;
  if (jsBool(e.get('allowNull')) === false) c.notNull = true;
  const d = e.get('defaultValue');
  if (d && d.type !== 'null') c.default = jsDefault(d);
  if (jsBool(e.get('unique'))) c.unique = true;
  if (jsBool(e.get('autoIncrement')) && c.type === 'integer') c.type = 'serial';
  const ref = objectEntries(e.get('references'));
  const model = ref.get('model');
  const refTable = model ? (jsStr(model) ?? jsStr(objectEntries(model).get('tableName'))) : undefined;
  if (refTable) c.fk = refTable;
  return c;
}

/** TypeORM `{ name, type, isNullable, default, isPrimary, isUnique, length }`. */
export function typeormColumn(node: Node | undefined): ColumnDef | undefined {
  // `const column = new TableColumn({…}); addColumn('t', column)`: the constant's value.
  node = constantValue(node);
  const obj = node?.type === 'new_expression' ? callArgs(node)[0] : node;
  const e = objectEntries(obj);
  const name = jsStr(e.get('name'));
  if (!name) return undefined;
  let type = jsStr(e.get('type')) ?? 'text';
  const len = jsStr(e.get('length')) ?? (jsNumber(e.get('length')) !== undefined ? String(jsNumber(e.get('length'))) : undefined);
  if (len && /char/i.test(type)) type = `${type}(${len})`;
  const c: ColumnDef = { name, type };
  if (jsBool(e.get('isPrimary'))) c.primaryKey = true;
  // TypeORM columns are NOT NULL unless isNullable: true.
  if (jsBool(e.get('isNullable')) !== true) c.notNull = true;
  const d = e.get('default');
  if (d && d.type !== 'null' && d.type !== 'undefined') c.default = jsStr(d) ?? jsDefault(d);
  if (jsBool(e.get('isUnique'))) c.unique = true;
  if (jsBool(e.get('isGenerated')) && /int/.test(type)) c.type = 'serial';
  return c;
}

/** node-pg-migrate column definition: `'text'` or `{ type, notNull, default, primaryKey, references }`. */
export function pgmColumn(name: string, node: Node | undefined, shorthands: ReadonlyMap<string, Node> = new Map()): ColumnDef & { fk?: string } {
  const e = pgmOptions(node, shorthands);
  const type = jsStr(e.get('type')) ?? 'text';
  const c: ColumnDef & { fk?: string } = { name, type: type === 'id' ? 'serial' : type };
  if (type === 'id' || jsBool(e.get('primaryKey'))) c.primaryKey = true;
  if (jsBool(e.get('notNull'))) c.notNull = true;
  const d = e.get('default');
  if (d && d.type !== 'null' && d.type !== 'undefined') c.default = pgmDefault(d);
  if (jsBool(e.get('unique'))) c.unique = true;
  const ref = e.get('references');
  const refTable = jsStr(ref) ?? jsStr(objectEntries(ref).get('name'));
  if (refTable) c.fk = refTable.split('(')[0]!.trim().replace(/"/g, '');
  return c;
}

/**
 * A node-pg-migrate column's options, its shorthands applied as node-pg-migrate applies them
 * (applyType, salsita/node-pg-migrate src/operations/tables/shared.ts): a column given as a string is
 * its type; a type that names one of the file's shorthands (`exports.shorthands = { createdAt: {…} }`)
 * takes that shorthand's options, the column's own winning, until the type is no shorthand. The
 * built-in `id` (serial primary key) is read in `pgmColumn`, unless the file defines its own `id`.
 */
function pgmOptions(node: Node | undefined, shorthands: ReadonlyMap<string, Node>): Map<string, Node> {
  const asOptions = (n: Node | undefined): Map<string, Node> => (n && jsStr(n) !== undefined ? new Map([['type', n]]) : objectEntries(n));
  let options = asOptions(node);
  const seen = new Set<string>();
  for (let type = jsStr(options.get('type')); type !== undefined && shorthands.has(type) && !seen.has(type); type = jsStr(options.get('type'))) {
    seen.add(type);
    const own = new Map(options);
    own.delete('type');
    options = new Map([...asOptions(shorthands.get(type)), ...own]);
  }
  return options;
}

/** `pgm.func('now()')` is SQL; other literals are constants. */
export function pgmDefault(node: Node): string {
  if (node.type === 'call_expression' && methodName(node) === 'func') return jsStr(callArgs(node)[0]) ?? "'?'";
  return jsDefault(node);
}
