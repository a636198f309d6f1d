// Small, defensive helpers over the `yaml` 2.x AST: look up keys (following aliases and `<<`
// merge keys), read scalars, and give the 1-based line of a key. Nothing here throws on odd input.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export interface YamlCtx {
  doc: Document;
  lc: LineCounter;
}

export interface ParsedYamlDoc extends YamlCtx {
  /** The document's source text (used to tell Helm templates apart). */
  text: string;
  hasErrors: boolean;
}

/** Every document of a multi-document YAML stream. Never throws: a stream that cannot be read gives []. */
export function parseYamlStream(src: string): ParsedYamlDoc[] {
  const lc = new LineCounter();
  try {
    const docs = parseAllDocuments(src, { lineCounter: lc, merge: true, prettyErrors: false, uniqueKeys: false });
    const out: ParsedYamlDoc[] = [];
    for (const doc of docs) {
      const [start, , end] = doc.range ?? [0, 0, 0];
      out.push({ doc, lc, text: src.slice(start, end), hasErrors: doc.errors.length > 0 });
    }
    return out;
  } catch {
    return [];
  }
}

const MAX_ALIAS_HOPS = 16;
const MAX_MERGE_DEPTH = 16;

/** Follow aliases to the node they name; undefined for a dangling or circular alias. */
export function deref(ctx: YamlCtx, node: unknown): Node | undefined {
  let n: unknown = node;
  for (let i = 0; i < MAX_ALIAS_HOPS && isAlias(n); i++) {
    try {
      n = n.resolve(ctx.doc);
    } catch {
      return undefined;
    }
  }
  if (isAlias(n)) return undefined;
  return (n ?? undefined) as Node | undefined;
}

export interface Entry {
  /** The key as text (scalar keys only). */
  name: string;
  /** 1-based line of the key. */
  line: number;
  /** The value, aliases already followed. */
  value: Node | undefined;
  /** True when the entry came in through a `<<` merge key. */
  merged: boolean;
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
}

function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const v = key.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function lineAt(ctx: YamlCtx, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range) return 1;
  try {
    return Math.max(1, ctx.lc.linePos(range[0]).line);
  } catch {
    return 1;
  }
}

/**
 * The entries of a mapping, own keys first, then keys brought in by `<<` merges that the map does
 * not override (first merge source wins, as YAML 1.1 says). Non-maps give [].
 */
export function entries(ctx: YamlCtx, node: unknown, depth = 0): Entry[] {
  const map = deref(ctx, node);
  if (!isMap(map) || depth > MAX_MERGE_DEPTH) return [];
  const own: Entry[] = [];
  const ownNames = new Set<string>();
  const mergeSources: unknown[] = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      const src = deref(ctx, pair.value);
      if (isSeq(src)) mergeSources.push(...src.items);
      else mergeSources.push(src);
      continue;
    }
    const name = keyName(pair.key);
    if (name === undefined) continue;
    if (ownNames.has(name)) continue; // duplicate key: the first one counts
    ownNames.add(name);
    own.push({ name, line: lineAt(ctx, pair.key ?? pair.value), value: deref(ctx, pair.value), merged: false });
  }
  if (mergeSources.length === 0) return own;
  const seen = ownNames;
  const out = [...own];
  for (const src of mergeSources) {
    for (const e of entries(ctx, src, depth + 1)) {
      if (seen.has(e.name)) continue;
      seen.add(e.name);
      out.push({ ...e, merged: true });
    }
  }
  return out;
}

export function get(ctx: YamlCtx, node: unknown, key: string): Entry | undefined {
  return entries(ctx, node).find((e) => e.name === key);
}

/** Follow a path of keys; undefined as soon as one is missing. */
export function getPath(ctx: YamlCtx, node: unknown, path: readonly string[]): Entry | undefined {
  let cur: Entry | undefined;
  let n: unknown = node;
  for (const key of path) {
    cur = get(ctx, n, key);
    if (!cur) return undefined;
    n = cur.value;
  }
  return cur;
}

/** A scalar's value as text (numbers and booleans too); undefined for null, maps, sequences. */
export function scalarText(ctx: YamlCtx, node: unknown): string | undefined {
  const n = deref(ctx, node);
  if (!isScalar(n)) return undefined;
  const v = n.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

/** True for an explicit null (`key:`, `key: null`, `key: ~`). */
export function isNullScalar(ctx: YamlCtx, node: unknown): boolean {
  if (node === undefined || node === null) return true;
  const n = deref(ctx, node);
  return isScalar(n) && n.value === null;
}

/** The items of a sequence, aliases followed. Non-sequences give []. */
export function seqItems(ctx: YamlCtx, node: unknown): Node[] {
  const seq = deref(ctx, node);
  if (!isSeq(seq)) return [];
  const out: Node[] = [];
  for (const item of seq.items) {
    const n = deref(ctx, item);
    if (n) out.push(n);
  }
  return out;
}

export { isMap, isSeq, isScalar, isAlias };

/** 1-based line where a document of a stream starts. */
export function docLine(d: ParsedYamlDoc): number {
  const start = d.doc.range?.[0] ?? 0;
  return d.lc.linePos(start).line;
}

/**
 * The notice for a YAML document a deploy rule could not read (`what`: what went unchecked):
 * a template that is YAML only once rendered, or a reader that failed. Never silence.
 */
export function unreadDocument(d: ParsedYamlDoc, what: string, error?: unknown): { rule: string; line: number; message: string } {
  if (error === undefined) {
    return {
      rule: 'parse-error',
      line: docLine(d),
      message: `This document is a template that is not valid YAML until it is rendered, so its ${what} were not checked: lint the rendered output (for example \`helm template\`), or check them by hand.`,
    };
  }
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    rule: 'parse-error',
    line: docLine(d),
    message: `This document could not be read (${reason}), so its ${what} were not checked: check them by hand.`,
  };
}
