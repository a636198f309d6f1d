// SQLAlchemy column types and `sa.Column(...)` definitions in Postgres terms.
import type { Node } from '../../parsers/tree-sitter';
import type { ColumnDef } from '../dsl/common';
import { arg, lastName, pyArgs, pyBool, pyDefault, pyNumber, pyStr, pyString } from '../dsl/python';

const SA_TYPES: Record<string, string> = {
  String: 'character varying',
  Unicode: 'character varying',
  VARCHAR: 'character varying',
  Text: 'text',
  UnicodeText: 'text',
  TEXT: 'text',
  CHAR: 'character',
  NVARCHAR: 'character varying',
  CLOB: 'text',
  Integer: 'integer',
  INTEGER: 'integer',
  SMALLINT: 'smallint',
  REAL: 'real',
  Double: 'double precision',
  DOUBLE: 'double precision',
  DOUBLE_PRECISION: 'double precision',
  DATE: 'date',
  TIME: 'time',
  DATETIME: 'timestamp without time zone',
  INTERVAL: 'interval',
  TSVECTOR: 'tsvector',
  HSTORE: 'hstore',
  CIDR: 'cidr',
  MACADDR: 'macaddr',
  MONEY: 'money',
  BLOB: 'bytea',
  BigInteger: 'bigint',
  BIGINT: 'bigint',
  SmallInteger: 'smallint',
  Boolean: 'boolean',
  BOOLEAN: 'boolean',
  DateTime: 'timestamp without time zone',
  TIMESTAMP: 'timestamp without time zone',
  Date: 'date',
  Time: 'time',
  Interval: 'interval',
  Numeric: 'numeric',
  NUMERIC: 'numeric',
  DECIMAL: 'numeric',
  Float: 'double precision',
  FLOAT: 'double precision',
  JSON: 'json',
  JSONB: 'jsonb',
  UUID: 'uuid',
  Uuid: 'uuid',
  LargeBinary: 'bytea',
  BYTEA: 'bytea',
  Enum: 'text',
  ARRAY: 'text[]',
  INET: 'inet',
  CITEXT: 'citext',
  // sqlalchemy.dialects.postgresql's own types, as Postgres names them.
  MACADDR8: 'macaddr8',
  OID: 'oid',
  REGCLASS: 'regclass',
  REGCONFIG: 'regconfig',
  TSQUERY: 'tsquery',
  JSONPATH: 'jsonpath',
  INT4RANGE: 'int4range',
  INT8RANGE: 'int8range',
  NUMRANGE: 'numrange',
  DATERANGE: 'daterange',
  TSRANGE: 'tsrange',
  TSTZRANGE: 'tstzrange',
  INT4MULTIRANGE: 'int4multirange',
  INT8MULTIRANGE: 'int8multirange',
  NUMMULTIRANGE: 'nummultirange',
  DATEMULTIRANGE: 'datemultirange',
  TSMULTIRANGE: 'tsmultirange',
  TSTZMULTIRANGE: 'tstzmultirange',
  BIT: 'bit',
  // sqlalchemy.dialects.mysql's own types, as MySQL names them (quay's `mysql.MEDIUMTEXT()`).
  TINYINT: 'tinyint',
  MEDIUMINT: 'mediumint',
  TINYTEXT: 'tinytext',
  MEDIUMTEXT: 'mediumtext',
  LONGTEXT: 'longtext',
  TINYBLOB: 'tinyblob',
  MEDIUMBLOB: 'mediumblob',
  LONGBLOB: 'longblob',
  BINARY: 'binary',
  VARBINARY: 'varbinary',
  NCHAR: 'character',
  YEAR: 'year',
  INET4: 'inet4',
  INET6: 'inet6',
};

/** Types whose first argument is a length SQL writes after the name: `VARBINARY(16)`, `BIT(8)`. */
const SIZED = new Set(['bit', 'binary', 'varbinary']);

/** SQLAlchemy's integer types (`Integer` affinity): a lone primary key of one is numbered by the database. */
const INTEGER_TYPES = new Set(['Integer', 'INTEGER', 'INT', 'BigInteger', 'BIGINT', 'SmallInteger', 'SMALLINT', 'TINYINT', 'MEDIUMINT']);

/** Whether SQLAlchemy (or a dialect's types) names this type: a project's own type (prefect's `Timestamp`) it does not. */
export function knownSaType(node: Node | undefined): boolean {
  const callee = node?.type === 'call' ? node.childForFieldName('function') : node;
  return !!callee && Object.hasOwn(SA_TYPES, lastName(callee));
}

export function saType(node: Node | undefined): string {
  if (!node) return 'text';
  const callee = node.type === 'call' ? node.childForFieldName('function') : node;
  const name = callee ? lastName(callee) : '';
  let t = SA_TYPES[name] ?? 'text';
  if (node.type === 'call') {
    const a = pyArgs(node);
    const len = pyNumber(arg(a, 0, 'length'));
    if (t === 'character varying' && len !== undefined) t = `character varying(${len})`;
    if (SIZED.has(t) && len !== undefined) t = `${t}(${len})`;
    // MySQL reads TINYINT(1) as its BOOLEAN (`mysql.TINYINT(display_width=1)` writes it).
    if (t === 'tinyint' && pyNumber(arg(a, 0, 'display_width')) === 1) t = 'boolean';
    const prec = pyNumber(arg(a, 0, 'precision'));
    const scale = pyNumber(arg(a, 1, 'scale'));
    if (t === 'numeric' && prec !== undefined) t = `numeric(${prec}${scale !== undefined ? `, ${scale}` : ''})`;
    if ((name === 'DateTime' || name === 'TIMESTAMP' || name === 'DATETIME') && pyBool(a.keywords.get('timezone'))) t = 'timestamp with time zone';
  }
  return t;
}

/** A column as `columnFrom` reads it: with what decides whether SQLAlchemy numbers it as a lone primary key. */
export type SaColumn = ColumnDef & {
  fk?: string;
  /**
   * SQLAlchemy would make it the table's autoincrement column if it were the lone primary key
   * (`PrimaryKeyConstraint._autoincrement_column`): an integer type, no foreign key, no default,
   * and `autoincrement` not False.
   */
  autoincrementable?: boolean;
};

/** `sa.Column('name', sa.Type(), nullable=False, server_default=...)`. */
export function columnFrom(node: Node | undefined): SaColumn | undefined {
  if (node?.type !== 'call') return undefined;
  const callee = node.childForFieldName('function');
  if (!callee || lastName(callee) !== 'Column') return undefined;
  const a = pyArgs(node);
  const name = pyStr(a.positional[0]) ?? pyStr(a.keywords.get('name'));
  if (!name) return undefined;
  let typeNode: Node | undefined = a.keywords.get('type_');
  let fk: string | undefined;
  for (const p of a.positional.slice(1)) {
    const fn = p.type === 'call' ? p.childForFieldName('function') : p;
    const n = fn ? lastName(fn) : '';
    if (n === 'ForeignKey') {
      const target = pyStr(pyArgs(p).positional[0]);
      fk = target === undefined ? undefined : referencedTable(target);
    } else if (!typeNode) typeNode = p;
  }
  const c: SaColumn = { name, type: saType(typeNode) };
  if (pyBool(a.keywords.get('primary_key'))) c.primaryKey = true;
  if (pyBool(a.keywords.get('nullable')) === false) c.notNull = true;
  const sd = a.keywords.get('server_default');
  if (sd && sd.type !== 'none') {
    const s = pyString(sd);
    c.default = s && !s.inexact && sd.type === 'call' ? s.text : pyDefault(sd);
  }
  if (pyBool(a.keywords.get('unique'))) c.unique = true;
  if (fk) c.fk = fk;
  const typeName = typeNode ? lastName(typeNode.type === 'call' ? typeNode.childForFieldName('function')! : typeNode) : '';
  const noDefault = ['server_default', 'default'].every((k) => a.keywords.get(k) === undefined || a.keywords.get(k)!.type === 'none');
  const autoincrement = a.keywords.get('autoincrement');
  if (INTEGER_TYPES.has(typeName) && noDefault && (pyBool(autoincrement) === true || (!fk && pyBool(autoincrement) !== false))) c.autoincrementable = true;
  return c;
}

/** The table of a `ForeignKey` target, `"table.column"` or `"schema.table.column"`. */
export function referencedTable(target: string): string {
  const parts = target.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : target;
}
