// Column definitions in the tolerant reading of SQL the Postgres parser rejects (fallback.ts): a
// column's type read from its tokens (MySQL's `int(11) unsigned`, `tinyint(1)`, `longtext`,
// `enum('a','b')`, `timestamp(6)`), as the Postgres parser gives it wherever Postgres spells the
// type the same way, so a look back compares it with types from files Postgres did parse; and
// MySQL's `MODIFY` and `CHANGE`, which restate a column whole: its type, and NULL unless it says
// NOT NULL (MySQL makes a restated column nullable when NOT NULL is left out); and the `ALTER
// [COLUMN] c …` forms Postgres does not write (H2's and SQL Server's restatements, H2's `RENAME TO`).
import type { Node, ScanToken, TypeName } from 'libpg-query';
import type { Dialect } from '../types';
import type { PgParser } from './pg';
import type { LineMap } from './line-map';
import { typeLabel } from './ast';
import { CLOSE_PAREN, columnConstraints, nameAt, OPEN_PAREN, rangeVar, word } from './fallback-tokens';

/** A column's type from the tokens after its name; undefined when none can be read. */
export type TypeReader = (tokens: ScanToken[]) => TypeName | undefined;

/** Words that end a column's type in its definition: a constraint or an attribute follows. */
const AFTER_TYPE = new Set([
  'NOT',
  'NULL',
  'DEFAULT',
  'AUTO_INCREMENT',
  'AUTOINCREMENT',
  'IDENTITY',
  'COMMENT',
  'COLLATE',
  'CHARSET',
  'PRIMARY',
  'UNIQUE',
  'KEY',
  'REFERENCES',
  'CHECK',
  'CONSTRAINT',
  'GENERATED',
  'AS',
  'ON',
  'VISIBLE',
  'INVISIBLE',
  'FIRST',
  'AFTER',
  'STORED',
  'VIRTUAL',
  'SRID',
  'COLUMN_FORMAT',
  'STORAGE',
  'ENGINE_ATTRIBUTE',
  'SECONDARY_ENGINE_ATTRIBUTE',
  // ClickHouse's column attributes
  'CODEC',
  'TTL',
  'MATERIALIZED',
  'ALIAS',
  'EPHEMERAL',
  'REMOVE',
]);
/** What ClickHouse's `MODIFY` may change that is not a column. */
const MODIFY_NOT_COLUMN = new Set(['TTL', 'SETTING', 'ORDER', 'QUERY', 'COMMENT', 'SAMPLE', 'STATISTICS', 'PRIMARY', 'REFRESH', 'SQL']);
/** MySQL's integer types: the `(n)` after them is a display width, not part of the type. */
const INTEGERS = new Set(['TINYINT', 'SMALLINT', 'MEDIUMINT', 'INT', 'INTEGER', 'BIGINT']);
/** Sign words of MySQL's numeric types. `unsigned` is kept in the type's name; the others change nothing. */
const SIGN = new Set(['UNSIGNED', 'SIGNED', 'ZEROFILL']);

/** The type's spelling: its words (upper-cased), each with the parenthesised text right after it. */
function spelling(tokens: ScanToken[], lines: LineMap): { parts: { word: string; group?: string }[]; unsigned: boolean } | undefined {
  const parts: { word: string; group?: string }[] = [];
  let unsigned = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = word(t);
    if (t.tokenType === OPEN_PAREN) {
      const last = parts[parts.length - 1];
      let depth = 0;
      let end = i;
      for (; end < tokens.length; end++) {
        if (tokens[end]!.tokenType === OPEN_PAREN) depth++;
        else if (tokens[end]!.tokenType === CLOSE_PAREN && --depth === 0) break;
      }
      if (!last || last.group !== undefined || end >= tokens.length) return undefined;
      last.group = lines.slice(t.start, tokens[end]!.end);
      i = end;
    } else if (t.text === '[' && tokens[i + 1]?.text === ']') {
      const last = parts[parts.length - 1];
      if (!last) return undefined;
      last.word += '[]';
      i++;
    } else if (SIGN.has(w)) unsigned ||= w === 'UNSIGNED';
    // `CHARACTER SET x` is an attribute; `CHARACTER VARYING(n)` and `CHARACTER(n)` are types.
    else if (!w || AFTER_TYPE.has(w) || (w === 'CHARACTER' && word(tokens[i + 1]) === 'SET')) break;
    // `VARCHAR(255) BINARY` is a collation (MySQL), `BINARY(16)` a type.
    else if (parts.length && (w === 'BINARY' || w === 'ASCII' || w === 'UNICODE')) break;
    else parts.push({ word: w });
  }
  return parts.length ? { parts, unsigned } : undefined;
}

/** The type as SQL text Postgres may read: MySQL's display widths dropped, `tinyint(1)` as boolean (MySQL's own alias). */
function typeText(parts: { word: string; group?: string }[]): string {
  const [first] = parts;
  if (parts.length === 1 && first!.word === 'TINYINT' && first!.group?.replace(/\s/g, '') === '(1)') return 'boolean';
  return parts
    .map((p) => {
      const name = p.word.toLowerCase();
      if (p.group === undefined || INTEGERS.has(p.word)) return name;
      // Quoted values (an enum's) keep their case; the rest reads as one spelling.
      return name + p.group.replace(/'(?:[^']|'')*'|[^']+/g, (s) => (s.startsWith("'") ? s : s.toLowerCase().replace(/\s+/g, '')));
    })
    .join(' ');
}

/**
 * Types by spelling, for the whole run: a MySQL folder spells the same few types in every file.
 * The nodes are shared and never mutated, as the parser's readings are.
 */
const seen = new Map<string, TypeName>();
const SEEN_LIMIT = 10_000;

/**
 * A reader of column types for one text (`lines`): each spelling is parsed once per run as a
 * Postgres column type (`CREATE TABLE t (c <type>)`); a spelling Postgres rejects
 * (`enum('a','b')`, `double`) becomes a type named by the spelling itself, equal only to the same
 * spelling.
 */
export function typeReader(pg: PgParser, lines: LineMap): TypeReader {
  return (tokens) => {
    const spelled = spelling(tokens, lines);
    if (!spelled) return undefined;
    const text = typeText(spelled.parts);
    const key = spelled.unsigned ? `${text} unsigned` : text;
    let type = seen.get(key);
    if (!type) {
      type = { names: [{ String: { sval: text } }], typemod: -1 };
      try {
        const [raw] = pg.parse(`CREATE TABLE t (c ${text})`).stmts ?? [];
        const el = raw?.stmt && 'CreateStmt' in raw.stmt ? raw.stmt.CreateStmt.tableElts : undefined;
        const def = el?.length === 1 && 'ColumnDef' in el[0]! ? el[0].ColumnDef : undefined;
        // Modifiers that are not integers (`enum('a','b')` reads as type enum with two strings) are not compared by `typeMods`: named by the text.
        const integral = (def?.typeName?.typmods ?? []).every((m) => 'A_Const' in m && m.A_Const.ival !== undefined);
        if (def?.typeName && !def.constraints?.length && integral) type = def.typeName;
      } catch {
        // not a Postgres spelling: named by the text
      }
      // Unsigned: a type of its own, named as messages write it (`integer unsigned`).
      if (spelled.unsigned) type = { names: [{ String: { sval: `${typeLabel(type)} unsigned` } }], typemod: -1 };
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.set(key, type);
    }
    return type;
  };
}

/**
 * MySQL's `MODIFY [COLUMN] c <definition>` and `CHANGE [COLUMN] old new <definition>` (Oracle's
 * `MODIFY c <definition>` too): the column's type (a restatement, settled against the column's
 * earlier type like Rails' `change_column`), its nullability (NOT NULL or a primary key keeps NULL
 * out; NULL lets it in; left unsaid, MySQL lets it in and Oracle keeps what the column allowed:
 * `MODIFY_KEEPS_NULL`), and, when CHANGE gives another name, a rename (which `alterTable` puts after
 * the other commands, so the type and nullability name the old column). Oracle's `MODIFY c NOT NULL`
 * says the nullability alone. False when neither a type nor NULL can be read.
 */
export function restatedColumn(clause: ScanToken[], lines: LineMap, table: string, out: Node[], types: TypeReader, dialect?: Dialect): boolean {
  const change = word(clause[0]) === 'CHANGE';
  if (!change && MODIFY_NOT_COLUMN.has(word(clause[1]))) return false;
  const old = nameAt(clause, word(clause[1]) === 'COLUMN' ? 2 : 1, lines);
  if (!old) return false;
  const now = change ? nameAt(clause, old.next, lines) : old;
  if (!now) return false;
  if (old.name !== now.name)
    out.push({ RenameStmt: { renameType: 'OBJECT_COLUMN', relationType: 'OBJECT_TABLE', relation: rangeVar(table), subname: old.name, newname: now.name } });
  const rest = clause.slice(now.next);
  const typeName = types(rest);
  const said = statedNull(rest);
  if (typeName) out.push({ AlterTableCmd: { subtype: 'AT_AlterColumnType', name: old.name, def: { ColumnDef: { typeName } } } });
  else if (said === undefined || change) return false;
  const nullable = said ?? (dialect && MODIFY_KEEPS_NULL.has(dialect) ? undefined : true);
  if (nullable !== undefined) out.push({ AlterTableCmd: { subtype: nullable ? 'AT_DropNotNull' : 'AT_SetNotNull', name: old.name } });
  return true;
}

/** Databases whose MODIFY keeps the column's NULL or NOT NULL when the definition leaves it out (Oracle; H2 in its Oracle mode). */
const MODIFY_KEEPS_NULL: ReadonlySet<Dialect> = new Set(['oracle']);

/** `ADD [COLUMN] [IF NOT EXISTS] c <definition>` as the parser gives it: the column's name, type and what its definition says. */
export function addedColumn(clause: ScanToken[], lines: LineMap, types: TypeReader): Node | undefined {
  let at = word(clause[1]) === 'COLUMN' ? 2 : 1;
  while (['IF', 'NOT', 'EXISTS'].includes(word(clause[at]))) at++;
  const named = nameAt(clause, at, lines);
  if (!named) return undefined;
  const rest = clause.slice(named.next);
  const typeName = types(rest);
  const def = { colname: named.name, constraints: columnConstraints(rest), ...(typeName ? { typeName } : {}) };
  return { AlterTableCmd: { subtype: 'AT_AddColumn', def: { ColumnDef: def } } };
}

/** What `ALTER COLUMN c` may do that changes no column a rule is about (a default, visibility, SQL Server's column flags). */
const ALTER_COLUMN_NOTHING = new Set([
  'SELECTIVITY',
  'RESTART',
  'RESET',
  'OPTIONS',
  'DEFAULT',
  'ROWGUIDCOL',
  'PERSISTED',
  'SPARSE',
  'MASKED',
  'HIDDEN',
  'COMMENT',
]);

/**
 * Databases whose restatement of a column (`ALTER COLUMN c <type>`, `MODIFY c <type>`) makes it
 * nullable when NOT NULL is left out: SQL Server ("ANSI_NULL defaults are always on for ALTER
 * COLUMN; if not specified, the column is nullable") and MySQL. H2 keeps the column's NOT NULL
 * (its parser's `preserveNotNull`), as do DB2 and Derby's `SET DATA TYPE`.
 */
const RESTATED_NULLABLE: ReadonlySet<Dialect> = new Set(['sqlserver', 'mysql']);

/**
 * `ALTER [COLUMN] [IF EXISTS] c …` where Postgres would not read it (in a statement the parser
 * rejected): H2's `RENAME TO d` (a rename, which `alterTable` puts after the other commands); SET
 * DATA TYPE / TYPE (the type; its NULL kept); SET / DROP NOT NULL (H2's SET NULL, Derby's NOT NULL
 * and NULL too); a default or visibility (nothing); else a restatement `<type> [NULL | NOT NULL] …`
 * (H2, SQL Server): its type
 * and what it says of NULL, or, when it says nothing, NULL where the database makes it so
 * (`RESTATED_NULLABLE`). False when the column or its type cannot be read.
 */
export function alteredColumn(clause: ScanToken[], lines: LineMap, table: string, out: Node[], types: TypeReader, dialect: Dialect | undefined): boolean {
  let at = word(clause[1]) === 'COLUMN' ? 2 : 1;
  if (word(clause[at]) === 'IF' && word(clause[at + 1]) === 'EXISTS') at += 2;
  const col = nameAt(clause, at, lines);
  if (!col) return false;
  const rest = clause.slice(col.next);
  const w = rest.map(word);
  const name = col.name;
  if (w[0] === 'RENAME' && w[1] === 'TO') {
    const to = nameAt(rest, 2, lines);
    if (!to) return false;
    out.push({ RenameStmt: { renameType: 'OBJECT_COLUMN', relationType: 'OBJECT_TABLE', relation: rangeVar(table), subname: name, newname: to.name } });
    return true;
  }
  if ((w[0] === 'SET' || w[0] === 'DROP') && w[1] === 'NOT' && w[2] === 'NULL') {
    out.push({ AlterTableCmd: { subtype: w[0] === 'SET' ? 'AT_SetNotNull' : 'AT_DropNotNull', name } });
    return true;
  }
  if (w[0] === 'SET' && w[1] === 'NULL') {
    out.push({ AlterTableCmd: { subtype: 'AT_DropNotNull', name } });
    return true;
  }
  const typeAt = w[0] === 'TYPE' ? 1 : w[0] === 'SET' && w[1] === 'DATA' && w[2] === 'TYPE' ? 3 : -1;
  if (typeAt > 0) {
    const using = w.indexOf('USING');
    const typeName = types(rest.slice(typeAt, using < 0 ? undefined : using));
    if (!typeName) return false;
    out.push({ AlterTableCmd: { subtype: 'AT_AlterColumnType', name, def: { ColumnDef: { typeName } } } });
    return true;
  }
  // A default, an identity, visibility, a flag, Postgres's RESET (…): no change a rule is about.
  if (['SET', 'DROP', 'ADD'].includes(w[0] ?? '') || ALTER_COLUMN_NOTHING.has(w[0] ?? '')) return true;
  const typeName = types(rest);
  const said = statedNull(rest);
  // Derby's `ALTER COLUMN c NOT NULL` / `c NULL`: the nullability alone.
  if (!typeName && said !== undefined && rest.every((t) => word(t) === 'NOT' || word(t) === 'NULL')) {
    out.push({ AlterTableCmd: { subtype: said ? 'AT_DropNotNull' : 'AT_SetNotNull', name } });
    return true;
  }
  if (!typeName) return false;
  out.push({ AlterTableCmd: { subtype: 'AT_AlterColumnType', name, def: { ColumnDef: { typeName } } } });
  const nullable = said ?? (dialect && RESTATED_NULLABLE.has(dialect) ? true : undefined);
  if (nullable !== undefined) out.push({ AlterTableCmd: { subtype: nullable ? 'AT_DropNotNull' : 'AT_SetNotNull', name } });
  return true;
}

/** What a column definition's own words say of NULL: NOT NULL or a primary key (false), NULL (true), nothing (undefined). */
function statedNull(tokens: ScanToken[]): boolean | undefined {
  if (columnConstraints(tokens).some((c) => 'Constraint' in c && (c.Constraint.contype === 'CONSTR_NOTNULL' || c.Constraint.contype === 'CONSTR_PRIMARY')))
    return false;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth--;
    // NULL alone, not a default's value (`DEFAULT NULL`).
    if (depth === 0 && word(t) === 'NULL' && !['NOT', 'DEFAULT'].includes(word(tokens[i - 1]))) return true;
  }
  return undefined;
}
