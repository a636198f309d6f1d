// Tables a migration names with Ruby code, not a symbol or string: `create_table
// ActsAsTaggableOn.taggings_table`, `remove_column SomeModel.table_name, :x`, `add_column tbl, …` in a
// loop. What the code returns is known only at run time, but a dropped column is dropped whatever its
// table is called: the call is read with a stand-in name in the SQL, and findings show the code as
// written. Before, these calls were skipped without a word (acts-as-taggable-on's templates, redmine's
// `klass.table_name`, openstreetmap-website's `tbl` loops).
import type { Node } from '../../parsers/tree-sitter';
import type { RubyValue } from '../dsl/ruby';
import { nameOf, rubyString } from '../dsl/ruby';

/** The stand-in's shape: a plain lower-case SQL identifier (no quoting, no case folding, well under 63 bytes). */
const PREFIX = 'rr_ruby_';
const STAND_IN = /rr_ruby_[0-9a-f]{8}/g;

/** Each stand-in's code as written, for the messages (bounded: the oldest go first). */
const written = new Map<string, string>();
const WRITTEN_LIMIT = 5_000;

/** FNV-1a, 32 bits: the same code gets the same stand-in in every file (a later migration's history finds it). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The code as findings show it: on one line, at most 60 characters. */
const shown = (node: Node): string => {
  const text = node.text.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

/** The SQL name that stands for a table (or other name) given as Ruby code. */
export function expressionName(node: Node): string {
  const text = shown(node);
  const name = PREFIX + hash(node.text.replace(/\s+/g, ' ').trim());
  if (!written.has(name)) {
    if (written.size >= WRITTEN_LIMIT) written.delete(written.keys().next().value as string);
    written.set(name, text);
  }
  return name;
}

const NO_HEREDOCS = new Map<number, Node>();

/**
 * A name given as a symbol or string, or as code (a stand-in); undefined when nothing names it. A
 * string with `#{…}` keeps its written parts (`"current_#{tbl}"`: "current_…", named at run time).
 */
export function nameOrCode(v: RubyValue | undefined): string | undefined {
  const n = nameOf(v);
  if (n !== undefined || !v || v.kind !== 'other') return n;
  const { node } = v;
  // A lambda or a hash names nothing.
  if (node.type === 'lambda' || node.type === 'hash') return undefined;
  if (node.type === 'string' || node.type === 'chained_string') {
    const s = rubyString(node, NO_HEREDOCS);
    if (s?.text.trim()) return s.text;
  }
  return expressionName(node);
}

/** Names given one by one or as a list, each as a symbol, a string or code. */
export const namesOrCode = (v: RubyValue | undefined): string[] =>
  v?.kind === 'array' ? v.items.map(nameOrCode).filter((n): n is string => n !== undefined) : [nameOrCode(v)].filter((n): n is string => n !== undefined);

/** Whether an SQL name stands for Ruby code. */
export const isExpressionName = (name: string): boolean => name.startsWith(PREFIX);

/** A message with each stand-in replaced by the code it stands for. */
export const withWrittenNames = (message: string): string => (message.includes(PREFIX) ? message.replace(STAND_IN, (m) => written.get(m) ?? m) : message);
