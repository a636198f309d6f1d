// Terraform: deletion protection turned off. HCL is read with the tree-sitter Terraform grammar, so
// comments and strings never count, and every setting has a line; Terraform's JSON syntax
// (`.tf.json`, `.tfvars.json`) with the `yaml` parser, which keeps lines too.
//
// Settings watched (name → the value that protects):
//   deletion_protection, deletion_protection_enabled, enable_deletion_protection,
//   disable_api_termination → true;  lifecycle { prevent_destroy } → true;
//   skip_final_snapshot, force_destroy → false (true lets a destroy take the data with it).
// Also module inputs, locals and tfvars named `<something>_<setting>`, and
// `variable "<setting>" { default = … }`.
//
// A hit when the head sets one of them to the unprotecting literal and the base did not already
// have that exact setting at that address set the same way (it was protecting, absent, a
// variable, or the file is new); and when a protecting setting whose default is unprotected
// (all but skip_final_snapshot/force_destroy) is deleted from a block that still exists.
import type { Node } from 'web-tree-sitter';
import type { Hit } from '../types';
import { parseHcl } from './hcl';
import { entries, isMap, isScalar, isSeq, parseYamlStream, seqItems, type YamlCtx } from './yaml-nodes';

interface Watched {
  name: string;
  /** The literal that keeps the data safe. */
  protects: boolean;
  /** Only inside a `lifecycle` block (prevent_destroy). */
  lifecycleOnly?: boolean;
}

const WATCHED: readonly Watched[] = [
  { name: 'deletion_protection', protects: true },
  { name: 'deletion_protection_enabled', protects: true },
  { name: 'enable_deletion_protection', protects: true },
  { name: 'disable_api_termination', protects: true },
  { name: 'prevent_destroy', protects: true, lifecycleOnly: true },
  { name: 'skip_final_snapshot', protects: false },
  { name: 'force_destroy', protects: false },
];

const INVERTING_WORDS = new Set(['disable', 'disabled', 'no', 'skip', 'without', 'not']);

function watchedFor(attr: string, inLifecycle: boolean): Watched | undefined {
  for (const w of WATCHED) {
    if (w.lifecycleOnly) {
      if (inLifecycle && attr === w.name) return w;
      continue;
    }
    if (attr === w.name) return w;
    // module inputs, locals, tfvars: `db_deletion_protection = false`. Not `disable_…`/`no_…`
    // prefixes that would invert the meaning.
    if (attr.endsWith(`_${w.name}`)) {
      const prefixWords = attr.slice(0, -w.name.length - 1).split('_');
      if (prefixWords.some((p) => INVERTING_WORDS.has(p))) continue;
      return w;
    }
  }
  return undefined;
}

interface Setting {
  /** Block path + attribute: `resource.aws_db_instance.main/lifecycle#prevent_destroy`. */
  address: string;
  watched: Watched;
  /** The name written in the file. */
  attr: string;
  /** Literal bool value; undefined when an expression (var.x, a conditional…). */
  value: boolean | undefined;
  line: number;
  /** Human label of the enclosing block. */
  where: string;
}

interface BlockInfo {
  address: string;
  line: number;
  where: string;
}

interface Scan {
  settings: Setting[];
  blocks: Map<string, BlockInfo>;
  /** The file has syntax errors: what is missing may only be unreadable. */
  hasError: boolean;
}

const MAX_DEPTH = 64;

function boolLiteral(expr: Node | null | undefined): boolean | undefined {
  // (expression (literal_value (bool_lit))) — anything else is not a literal.
  let n: Node | null | undefined = expr;
  for (let i = 0; i < 3 && n; i++) {
    if (n.type === 'bool_lit') {
      const t = n.text.trim();
      return t === 'true' ? true : t === 'false' ? false : undefined;
    }
    if (n.namedChildCount !== 1) return undefined;
    n = n.namedChild(0);
  }
  return undefined;
}

function labelText(n: Node): string {
  if (n.type === 'string_lit') {
    const lit = n.namedChildren.find((c) => c?.type === 'template_literal');
    return lit ? lit.text : '';
  }
  return n.text;
}

function scanTree(root: Node): Scan {
  const settings: Setting[] = [];
  const blocks = new Map<string, BlockInfo>();
  const visitBody = (body: Node, address: string, where: string, blockType: string, variableName: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const child of body.namedChildren) {
      if (!child) continue;
      if (child.type === 'attribute') {
        const ident = child.namedChildren.find((c) => c?.type === 'identifier');
        const expr = child.namedChildren.find((c) => c?.type === 'expression');
        if (!ident) continue;
        const attr = ident.text;
        // `variable "deletion_protection" { default = false }` speaks for the setting.
        const settingName = blockType === 'variable' && attr === 'default' && variableName ? variableName : attr;
        const watched = watchedFor(settingName, blockType === 'lifecycle');
        if (!watched) continue;
        settings.push({
          address: `${address}#${attr}`,
          watched,
          attr,
          value: boolLiteral(expr),
          line: child.startPosition.row + 1,
          where,
        });
      } else if (child.type === 'block') {
        const named = child.namedChildren.filter((c): c is Node => !!c);
        const type = named[0]?.type === 'identifier' ? named[0].text : '';
        const labels = named.filter((c, i) => i > 0 && (c.type === 'string_lit' || c.type === 'identifier')).map(labelText);
        const inner = named.find((c) => c.type === 'body');
        const childAddress = [address, [type, ...labels].join('.')].filter(Boolean).join('/');
        const childWhere = [where, [type, ...labels.map((l) => `"${l}"`)].join(' ')].filter(Boolean).join(' ');
        if (!blocks.has(childAddress)) blocks.set(childAddress, { address: childAddress, line: child.startPosition.row + 1, where: childWhere });
        if (inner) visitBody(inner, childAddress, childWhere, type, type === 'variable' ? labels[0] : undefined, depth + 1);
      } else if (child.type === 'ERROR' || child.type === 'body') {
        // Recover what tree-sitter could still read around a syntax error.
        visitBody(child, address, where, blockType, variableName, depth + 1);
      }
    }
  };
  visitBody(root, '', '', '', undefined, 0);
  return { settings, blocks, hasError: root.hasError };
}

/** Reads HCL. A grammar that does not load, or a reader that fails, throws: the caller says so. */
async function scan(source: string): Promise<Scan> {
  const tree = await parseHcl(source);
  try {
    return scanTree(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/**
 * Labels each top-level block type takes in Terraform's JSON syntax: `"resource": {"aws_db_instance":
 * {"main": {…}}}` is `resource "aws_db_instance" "main" {…}`.
 */
const JSON_LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, check: 1, locals: 0, terraform: 0 };

/**
 * The same settings as `scanTree`, from Terraform JSON. A `.tfvars.json` file (`vars`) is one flat
 * object of variable values; a `.tf.json` file holds blocks: an object value is a nested block (an
 * array of objects, a repeated one), a boolean a literal, a string an expression.
 */
function scanJsonDoc(ctx: YamlCtx, vars: boolean): Scan {
  const settings: Setting[] = [];
  const blocks = new Map<string, BlockInfo>();
  const visitBody = (body: unknown, address: string, where: string, blockType: string, variableName: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH || !isMap(body)) return;
    for (const entry of entries(ctx, body)) {
      const { name, value, line } = entry;
      if (isScalar(value)) {
        const settingName = blockType === 'variable' && name === 'default' && variableName ? variableName : name;
        const watched = watchedFor(settingName, blockType === 'lifecycle');
        if (!watched) continue;
        settings.push({ address: `${address}#${name}`, watched, attr: name, value: typeof value.value === 'boolean' ? value.value : undefined, line, where });
        continue;
      }
      const bodies = isSeq(value) ? seqItems(ctx, value).filter((v) => isMap(v)) : isMap(value) ? [value] : [];
      for (const inner of bodies) {
        const childAddress = [address, name].filter(Boolean).join('/');
        const childWhere = [where, name].filter(Boolean).join(' ');
        if (!blocks.has(childAddress)) blocks.set(childAddress, { address: childAddress, line, where: childWhere });
        visitBody(inner, childAddress, childWhere, name, undefined, depth + 1);
      }
    }
  };
  /** A top-level block type with its labels: one object level per label. */
  const visitLabelled = (node: unknown, type: string, labels: string[], left: number, line: number): void => {
    if (left === 0) {
      const bodies = isSeq(node) ? seqItems(ctx, node) : [node];
      const address = [type, ...labels].join('.');
      const where = [type, ...labels.map((l) => `"${l}"`)].join(' ');
      if (!blocks.has(address)) blocks.set(address, { address, line, where });
      for (const body of bodies) visitBody(body, address, where, type, type === 'variable' ? labels[0] : undefined, 1);
      return;
    }
    for (const item of isSeq(node) ? seqItems(ctx, node) : [node]) {
      for (const e of entries(ctx, item)) visitLabelled(e.value, type, [...labels, e.name], left - 1, e.line);
    }
  };
  const root = ctx.doc.contents;
  if (vars) visitBody(root, '', '', '', undefined, 0);
  else
    for (const e of entries(ctx, root)) {
      const labels = JSON_LABELS[e.name];
      if (labels === undefined) continue;
      visitLabelled(e.value, e.name, [], labels, e.line);
    }
  return { settings, blocks, hasError: ctx.doc.errors.length > 0 };
}

function scanJson(source: string, vars: boolean): Scan | undefined {
  const [doc] = parseYamlStream(source);
  if (!doc || !isMap(doc.doc.contents)) return undefined;
  try {
    return scanJsonDoc(doc, vars);
  } catch {
    return undefined;
  }
}

const describe = (s: Setting): string => (s.where ? `${s.where}: ` : '');

function advice(w: Watched): string {
  return w.protects
    ? `keep it true, and turn it off only in a separate, reviewed change right before an intended destroy`
    : `keep it false (or take a final snapshot/backup first), in a separate, reviewed change right before an intended destroy`;
}

/** `json`: Terraform's JSON syntax (`vars`: a `.tfvars.json` file of variable values). */
export type TerraformSyntax = 'hcl' | 'json' | 'json-vars';

export async function analyseTerraform(head: string, base?: string, syntax: TerraformSyntax = 'hcl'): Promise<Hit[]> {
  const read = (source: string) => (syntax === 'hcl' ? scan(source) : Promise.resolve(scanJson(source, syntax === 'json-vars')));
  if (head.trim() === '') return [];
  const h = await read(head);
  if (!h) {
    return [{ rule: 'parse-error', line: 1, message: 'This file is not a Terraform JSON object, so deletion protection settings were not checked.' }];
  }
  // Read as far as the syntax allowed: what the errors hid was not checked, and the report says so.
  const unread: Hit[] = h.hasError
    ? [
        {
          rule: 'parse-error',
          line: 1,
          message: `This ${syntax === 'hcl' ? 'Terraform' : 'Terraform JSON'} file has syntax errors: what they hide was not checked for deletion protection.`,
        },
      ]
    : [];
  // An unreadable base hides nothing: every setting of the head is judged as new.
  const b = base === undefined ? undefined : await read(base).catch(() => undefined);
  const baseByAddress = new Map<string, Setting>();
  for (const s of b?.settings ?? []) if (!baseByAddress.has(s.address)) baseByAddress.set(s.address, s);
  const hits: Hit[] = [...unread];

  for (const s of h.settings) {
    if (s.value === undefined || s.value === s.watched.protects) continue;
    const before = baseByAddress.get(s.address);
    if (before && before.value === s.value) continue; // already off on the base branch: not this change
    const was =
      base === undefined || !b
        ? 'set in a new file'
        : before === undefined
          ? 'not set on the base branch'
          : before.value === undefined
            ? 'an expression on the base branch'
            : `it was ${before.value} on the base branch`;
    hits.push({
      rule: 'deletion-protection-removed',
      line: s.line,
      message:
        `${describe(s)}${s.attr} = ${s.value} turns deletion protection off (${was}): a bad apply, or a rollback ` +
        `that removes this resource, destroys its data with nothing to restore; ${advice(s.watched)}.`,
    });
  }

  // A protecting setting deleted outright: most providers default to unprotected. Not judged when
  // the head has syntax errors (a setting tree-sitter could not read is not a deleted one).
  if (b && !h.hasError) {
    const headAddresses = new Set(h.settings.map((s) => s.address));
    for (const s of b.settings) {
      if (!s.watched.protects || s.value !== true || headAddresses.has(s.address)) continue;
      const blockAddress = s.address.slice(0, s.address.lastIndexOf('#'));
      const anchor = nearestBlock(blockAddress, h.blocks);
      if (!anchor) continue; // the whole resource is gone: a destroy, not a protection change
      hits.push({
        rule: 'deletion-protection-removed',
        line: anchor.line,
        message:
          `${describe(s)}${s.attr} = true was removed (the default is usually false), which turns deletion protection off: ` +
          `a bad apply, or a rollback that removes this resource, destroys its data; ${advice(s.watched)}.`,
      });
    }
  }
  return hits;
}

/** The block itself, or the closest enclosing block that still exists in head (never the file root). */
function nearestBlock(address: string, blocks: Map<string, BlockInfo>): BlockInfo | undefined {
  let a = address;
  for (;;) {
    const found = blocks.get(a);
    if (found) return found;
    const slash = a.lastIndexOf('/');
    if (slash < 0) return undefined;
    a = a.slice(0, slash);
  }
}
