// Elixir values in an Ecto migration (atoms, strings, keyword lists, `references(:users)`) and
// Ecto column types in Postgres terms.
import { lineOf, type Node } from '../../parsers/tree-sitter';
import { sqlDefault } from '../dsl/common';
import { handlerFor } from '../dispatch';
import { LoopVars } from '../dsl/loop-vars';

const PLACEHOLDER = '__interp__';

/**
 * ecto_sql's Postgres adapter's own type names (`ecto_to_db` in lib/ecto/adapters/postgres/connection.ex),
 * as Postgres reports them; any other atom is passed through as the Postgres type it names
 * (`:smallint`, `:int8`, `:inet`, `:tsvector`).
 */
const TYPES: Record<string, string> = {
  string: 'character varying',
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  serial: 'serial',
  bigserial: 'bigserial',
  // ecto_sql's Postgres adapter: `:id` is `integer` (a default `references` is `bigint`).
  id: 'integer',
  identity: 'bigint',
  boolean: 'boolean',
  naive_datetime: 'timestamp without time zone',
  naive_datetime_usec: 'timestamp without time zone',
  utc_datetime: 'timestamp without time zone',
  utc_datetime_usec: 'timestamp without time zone',
  timestamptz: 'timestamp with time zone',
  date: 'date',
  time: 'time without time zone',
  time_usec: 'time without time zone',
  duration: 'interval',
  decimal: 'numeric',
  numeric: 'numeric',
  float: 'double precision',
  uuid: 'uuid',
  binary_id: 'uuid',
  map: 'jsonb',
  jsonb: 'jsonb',
  binary: 'bytea',
  bitstring: 'bit varying',
  citext: 'citext',
};

/** `column_type/2`: these are always `(0)`; the `_usec` ones take `precision:`. */
const SECONDS = new Set(['time', 'utc_datetime', 'naive_datetime']);
const USEC = new Set(['time_usec', 'utc_datetime_usec', 'naive_datetime_usec']);

/** `timestamp without time zone` with its precision: `timestamp(0) without time zone`. */
const withPrecision = (type: string, p: number): string => type.replace(/^(timestamp|time)\b/, `$1(${p})`);

export type EValue =
  | { kind: 'atom' | 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'nil' }
  | { kind: 'list'; items: EValue[] }
  /** `{:array, :string}`, `{:map, :string}`, `{:integer, null: false}`: its elements, keywords left out. */
  | { kind: 'tuple'; items: EValue[]; node: Node }
  | { kind: 'call'; name: string; node: Node }
  | { kind: 'other'; node: Node };

export interface EString {
  text: string;
  line: number;
  inexact: boolean;
}

/**
 * A string's text; each `#{…}` is what `resolve` makes of its expression (a module attribute's
 * string), else a placeholder that makes the string inexact.
 */
export function eString(node: Node | undefined, resolve?: (expr: Node) => string | undefined): EString | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'charlist') {
    let text = '';
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === 'quoted_content') text += c.text;
      else if (c.type === 'escape_sequence') text += ({ n: '\n', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[c.text.slice(1)] ?? c.text.slice(1);
      else if (c.type === 'interpolation') {
        const known = c.namedChildren[0] && resolve?.(c.namedChildren[0]);
        if (known !== undefined) text += known;
        else {
          text += PLACEHOLDER;
          inexact = true;
        }
      }
    }
    return { text, line: lineOf(node), inexact };
  }
  if (node.type === 'sigil') {
    // ~s"..." / ~S"""...""" : quoted_content children
    const content = node.namedChildren
      .filter((c) => c.type === 'quoted_content')
      .map((c) => c.text)
      .join('');
    return { text: content, line: lineOf(node), inexact: node.namedChildren.some((c) => c.type === 'interpolation') };
  }
  return undefined;
}

/** Whether a string's SQL begins with a `#{…}` nothing resolved: what statement it is is unknown. */
export const opensUnknown = (s: EString): boolean => s.text.trimStart().startsWith(PLACEHOLDER);

export function callTarget(n: Node): string {
  return n.type === 'call' ? (n.childForFieldName('target')?.text ?? '') : '';
}

/** The `key: value` pairs of a `keywords` node (`null: false, size: 80`). */
export function keywordsOf(kw: Node | undefined, into = new Map<string, Node>()): Map<string, Node> {
  for (const p of kw?.namedChildren ?? []) {
    if (p.type !== 'pair') continue;
    const k = p.childForFieldName('key')?.text.replace(/:\s*$/, '');
    const v = p.childForFieldName('value');
    if (k && v) into.set(k, v);
  }
  return into;
}

export function callArgs(n: Node): { positional: Node[]; keywords: Map<string, Node> } {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const args = n.namedChildren.find((c) => c.type === 'arguments');
  for (const a of args?.namedChildren ?? []) {
    if (a.type === 'keywords') keywordsOf(a, keywords);
    else if (a.type === 'list' && a.namedChildren.length && a.namedChildren.every((c) => c.type === 'keywords')) {
      for (const kw of a.namedChildren) keywordsOf(kw, keywords);
    } else if (a.type !== 'comment') positional.push(a);
  }
  return { positional, keywords };
}

/**
 * Loop variables while a loop's body is read once per element (`for column <- @dropped do remove(column) end`,
 * reader.ts): `value()` of such a name is the element's. Reading is synchronous, so one map serves.
 */
const bound = new LoopVars<EValue>();

/** `read()` with `name` standing for `v` (as `for name <- […]` binds it for one element). */
export const withBound = <T>(name: string, v: EValue, read: () => T): T => bound.with(name, v, read);

/** `read()` with only `names` bound (a function's parameters to the values it is called with): the caller's variables hidden. */
export const withScope = <T>(names: [string, EValue][], read: () => T): T => bound.scope(names, read);

/** A value written out in full: an atom, string, number, true/false/nil, or a list of them (`~w(a b)a`). */
export const isLiteral = (v: EValue): boolean =>
  v.kind === 'atom' || v.kind === 'string' || v.kind === 'number' || v.kind === 'bool' || v.kind === 'nil' || (v.kind === 'list' && v.items.every(isLiteral));

/** The elements of a literal list (`[:a, "b"]`) or word sigil (`~w(a b)a`: atoms, else strings); undefined for anything else. */
export function listItems(n: Node | undefined): EValue[] | undefined {
  if (n?.type === 'list') return n.namedChildren.filter((c) => c.type !== 'comment').map(value);
  if (n?.type !== 'sigil' || n.namedChildren.find((c) => c.type === 'sigil_name')?.text !== 'w') return undefined;
  if (n.namedChildren.some((c) => c.type === 'interpolation')) return undefined;
  const atoms = (n.namedChildren.find((c) => c.type === 'sigil_modifiers')?.text ?? '').includes('a');
  const words = n.namedChildren
    .filter((c) => c.type === 'quoted_content')
    .map((c) => c.text)
    .join('')
    .split(/\s+/)
    .filter(Boolean);
  return words.map((w) => (atoms ? { kind: 'atom', value: w } : { kind: 'string', value: w }));
}

export function value(n: Node | undefined): EValue {
  if (!n) return { kind: 'nil' };
  switch (n.type) {
    case 'identifier':
      return bound.get(n.text) ?? { kind: 'other', node: n };
    case 'atom':
      return { kind: 'atom', value: n.text.replace(/^:"?|"$/g, '') };
    case 'quoted_atom':
      return { kind: 'atom', value: eString(n)?.text ?? n.text };
    case 'string': {
      const s = eString(n);
      return s && !s.inexact ? { kind: 'string', value: s.text } : { kind: 'other', node: n };
    }
    case 'integer':
    case 'float':
      return { kind: 'number', value: Number(n.text.replace(/_/g, '')) };
    case 'boolean':
      return { kind: 'bool', value: n.text === 'true' };
    case 'nil':
      return { kind: 'nil' };
    case 'list':
      return { kind: 'list', items: n.namedChildren.map(value) };
    case 'tuple':
      return { kind: 'tuple', items: n.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'keywords').map(value), node: n };
    case 'call':
      return { kind: 'call', name: callTarget(n), node: n };
    default:
      return { kind: 'other', node: n };
  }
}

export const nameOf = (v: EValue): string | undefined => (v.kind === 'atom' || v.kind === 'string' ? v.value : undefined);
export const namesOf = (v: EValue): string[] => (v.kind === 'list' ? v.items.map(nameOf).filter((x): x is string => !!x) : nameOf(v) ? [nameOf(v)!] : []);

/** The first positional argument of `table(:users)` / `index(:users, [:a])`. */
export function tableOf(n: Node | undefined): string | undefined {
  if (!n || n.type !== 'call') return undefined;
  const a = callArgs(n);
  const name = nameOf(value(a.positional[0]));
  const prefix = nameOf(value(a.keywords.get('prefix')));
  return name && prefix ? `${prefix}.${name}` : name;
}

export function doBlock(n: Node): Node | undefined {
  return n.namedChildren.find((c) => c.type === 'do_block');
}

/**
 * The column type of `add :c, :string, size: 80` / `references(:users)`, with the table referenced
 * and, for a reference, the constraint's name (`name:`) and the column it points at (`column:`).
 */
export function columnType(v: EValue, opts: Map<string, Node>): { type: string; fk?: string; fkName?: string; fkColumn?: string; unread?: string } {
  if (v.kind === 'call' && v.name === 'references') {
    const a = callArgs(v.node);
    const t = nameOf(value(a.keywords.get('type')));
    // ecto_sql: a reference's :serial is integer, :bigserial and :identity bigint, others as columns.
    const type = !t || t === 'bigserial' || t === 'identity' ? 'bigint' : t === 'serial' ? 'integer' : columnType({ kind: 'atom', value: t }, new Map()).type;
    const fkName = nameOf(value(a.keywords.get('name')));
    const fkColumn = nameOf(value(a.keywords.get('column')));
    return { type, fk: nameOf(value(a.positional[0])) ?? 'unknown', ...(fkName ? { fkName } : {}), ...(fkColumn ? { fkColumn } : {}) };
  }
  // ecto_sql's `column_type({:array, type}, opts)`: the element's type (its `size:` too) and `[]`;
  // `{:map, type}` is a map (jsonb) whatever its values are.
  const composite = compositeType(v);
  if (composite === 'map') return { type: TYPES.map! };
  if (composite) return { type: `${columnType(composite.element, opts).type}[]` };
  const written = nameOf(v);
  if (written === undefined && v.kind !== 'nil') {
    // A type this file does not hold (`StatusEnum.type()` of ecto_enum, `@kind`, a variable): named
    // as written (a quoted identifier), so a later look back says what it was instead of a guessed
    // varchar(255); `unread` lets a type change on it be said, not judged.
    const text = ('node' in v && v.node ? v.node.text : 'a value').replace(/\s+/g, ' ');
    return { type: `"${text.replace(/"/g, '""')}"`, unread: text };
  }
  const name = written ?? 'string';
  const type = handlerFor(TYPES, name) ?? name;
  const num = (key: string): number | undefined => {
    const n = value(opts.get(key));
    return n.kind === 'number' ? n.value : undefined;
  };
  const size = num('size');
  const precision = num('precision');
  const scale = num('scale');
  // ecto_sql's column_type/2: `size:` then `precision:` (and `scale:`) size any type, `:string` is varchar(255).
  if (SECONDS.has(name)) return { type: withPrecision(type, 0) };
  if (USEC.has(name)) return { type: precision === undefined ? type : withPrecision(type, precision) };
  if (size !== undefined) return { type: `${type}(${size})` };
  if (precision !== undefined) return { type: `${type}(${precision}${scale !== undefined ? `, ${scale}` : ''})` };
  if (name === 'string') return { type: `${type}(255)` };
  return { type };
}

/** `{:array, t}` (its element `t`) or `{:map, t}`: Ecto's composite column types. */
function compositeType(v: EValue): { element: EValue } | 'map' | undefined {
  if (v.kind !== 'tuple' || v.items.length !== 2) return undefined;
  const [kind, element] = v.items as [EValue, EValue];
  if (kind.kind !== 'atom') return undefined;
  if (kind.value === 'array') return { element };
  if (kind.value === 'map') return 'map';
  return undefined;
}

/**
 * `modify`'s `from:`: a type (`:text`, `references(:users)`, `{:array, :string}`), or a type with
 * options (`{:integer, null: false}`, `{{:array, :string}, null: false}`).
 */
export function fromType(from: Node): { type: EValue; opts: Map<string, Node> } {
  const v = value(from);
  if (v.kind !== 'tuple' || compositeType(v)) return { type: v, opts: new Map() };
  return { type: v.items[0] ?? { kind: 'nil' }, opts: keywordsOf(from.namedChildren.find((c) => c.type === 'keywords')) };
}

/** `default: …` as SQL: a literal, or the SQL of `fragment("now()")`. */
export function columnDefault(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  const v = value(n);
  if (v.kind === 'nil') return undefined;
  if (v.kind === 'number' || v.kind === 'bool') return sqlDefault(v.value);
  if (v.kind === 'string' || v.kind === 'atom') return sqlDefault(v.value);
  // fragment("now()")
  if (v.kind === 'call' && v.name === 'fragment') return eString(callArgs(v.node).positional[0])?.text ?? "'?'";
  return sqlDefault(n.text);
}
