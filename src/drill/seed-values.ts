// The values the seeder makes up: one per column type, exercising the type (fractional digits
// within a numeric's scale, non-ASCII and mixed-case text cut to its length, zoned timestamps,
// every enum label), and the constants a CHECK names, as candidates. Pure.
import { loadPgParser } from '../core/sql/pg';

export interface ColumnInfo {
  rel: number;
  name: string;
  type: string;
  typmod: number;
  base: string;
  kind: string;
  category: string;
  element: string | null;
  element_kind: string | null;
  labels: string[] | null;
  not_null: boolean;
  has_default: boolean;
  serial: boolean;
  identity: string;
  generated: string;
}

export const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
export const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Text for row i of a column of length `n`: starts with the row number so truncation keeps rows distinct. */
function textValue(i: number, n?: number): string {
  const full = `${i + 1}Øre Zoë — 日本 ✓ Row`;
  return n && n > 0 ? full.slice(0, n) : full;
}

function numericValue(i: number, typmod: number): string {
  if (typmod < 4) return `${1234 + i}.5678`;
  const precision = ((typmod - 4) >> 16) & 0xffff;
  const scale = (typmod - 4) & 0xffff;
  const intDigits = Math.max(precision - scale, 0);
  const whole = intDigits === 0 ? '0' : String((12 + i) % 10 ** Math.min(intDigits, 6));
  const frac =
    scale > 0
      ? '.' +
        '7531246809'
          .repeat(2)
          .slice(i % 5, (i % 5) + Math.min(scale, 10))
          .padEnd(Math.min(scale, 10), '1')
      : '';
  return `${whole}${frac}`;
}

/** A literal of a scalar type for row i, or undefined when the drill has no value for the type. */
function scalar(base: string, typmod: number, i: number, labels: string[] | null, kind: string | null): string | undefined {
  if (kind === 'e') return labels?.length ? labels[i % labels.length] : undefined;
  const day = String((i % 27) + 1).padStart(2, '0');
  switch (base) {
    case 'int2':
    case 'int4':
    case 'int8':
    case 'oid':
      return String(i + 1);
    case 'numeric':
      return numericValue(i, typmod);
    case 'float4':
    case 'float8':
      return `${i + 1}.25`;
    case 'money':
      return `${i + 12}.34`;
    case 'bool':
      return i % 2 === 0 ? 'true' : 'false';
    case 'text':
    case 'citext':
    case 'name':
      return textValue(i);
    case 'varchar':
    case 'bpchar':
      return textValue(i, typmod > 4 ? typmod - 4 : undefined);
    case 'char':
      return String.fromCharCode(97 + (i % 26));
    case 'date':
      return `2024-03-${day}`;
    case 'timestamp':
      return `2024-03-${day} 12:34:56.789`;
    case 'timestamptz':
      return `2024-03-${day} 12:34:56.789+05:30`;
    case 'time':
      return `12:34:${String(i % 60).padStart(2, '0')}.5`;
    case 'timetz':
      return `12:34:${String(i % 60).padStart(2, '0')}+05:30`;
    case 'interval':
      return `${i + 1} days 02:03:04`;
    case 'uuid':
      return `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    case 'json':
    case 'jsonb':
      return JSON.stringify({ name: 'Zoë', n: i + 1, tags: ['a', 'ü'] });
    case 'bytea':
      return `\\xdeadbeef${String(i % 100).padStart(2, '0')}`;
    case 'inet':
      return `10.0.0.${(i % 250) + 1}`;
    case 'cidr':
      return `10.${i % 250}.0.0/16`;
    case 'macaddr':
      return `08:00:2b:01:02:${String(i % 100).padStart(2, '0')}`;
    case 'xml':
      return `<row n="${i + 1}">Zoë</row>`;
    case 'tsvector':
      return `rollback zoë row${i + 1}`;
    case 'point':
      return `(${i + 1},2.5)`;
    case 'int4range':
    case 'int8range':
      return `[${i + 1},${i + 10})`;
    case 'numrange':
      return `[${i + 1}.5,${i + 10}.25)`;
    case 'daterange':
      return `[2024-03-${day},2024-04-01)`;
    case 'tsrange':
    case 'tstzrange':
      return `[2024-03-${day} 10:00,2024-04-01 10:00)`;
    case 'bit':
    case 'varbit':
      return '1'.repeat(Math.max(typmod, 1));
    default:
      return undefined;
  }
}

function arrayLiteral(items: string[]): string {
  return `{${items.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** The SQL value for a column in row i: a cast literal, `NULL`, or undefined (no value possible). */
export function valueFor(col: ColumnInfo, i: number): string | undefined {
  if (col.category === 'A' && col.element) {
    const a = scalar(col.element, -1, i, col.labels, col.element_kind);
    const b = scalar(col.element, -1, i + 1, col.labels, col.element_kind);
    if (a === undefined || b === undefined) return undefined;
    return `${quoteLiteral(arrayLiteral([a, b]))}::${col.type}`;
  }
  const v = scalar(col.base, col.typmod, i, col.labels, col.kind);
  return v === undefined ? undefined : `${quoteLiteral(v)}::${col.type}`;
}

export interface Candidates {
  /** String constants: usually the allowed values (`status IN ('a', 'b')`), tried first. */
  strings: string[];
  /** Numbers around the bounds a CHECK names (`qty > 0` → 1, 0, -1), tried when the usual values fail. */
  others: string[];
}

/** Constants a CHECK expression compares a column with, as candidate values (`status IN ('a','b')`, `qty > 0`). */
export async function checkCandidates(expr: string): Promise<Candidates> {
  const pg = await loadPgParser();
  const strings: string[] = [];
  const found: string[] = [];
  try {
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const o = node as Record<string, unknown>;
      const c = o.A_Const as Record<string, any> | undefined;
      if (c) {
        if (c.sval) strings.push(String(c.sval.sval));
        else if (c.ival) {
          const n = Number(c.ival.ival ?? 0);
          found.push(String(n + 1), String(n), String(n - 1));
        } else if (c.ival === undefined && c.fval) {
          const n = Number(c.fval.fval);
          found.push(String(n + 0.5), String(n));
        } else if (c.boolval) found.push(String(c.boolval.boolval ?? false));
        else if (!c.isnull) found.push('1', '0');
      }
      for (const v of Object.values(o)) walk(v);
    };
    walk(pg.parse(`SELECT ${expr}`).stmts);
  } catch {
    // An expression the parser cannot read offers no candidates: the ordinary values are tried.
  }
  return { strings: [...new Set(strings)], others: [...new Set(found)] };
}
