// Terraform: deletion protection turned off. Read with the tree-sitter Terraform grammar, so
// comments and strings never count, and every setting has a line.
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

async function scan(source: string): Promise<Scan | undefined> {
  let tree;
  try {
    tree = await parseHcl(source);
  } catch {
    return undefined;
  }
  try {
    return scanTree(tree.rootNode);
  } catch {
    return undefined;
  } finally {
    tree.delete();
  }
}

const describe = (s: Setting): string => (s.where ? `${s.where}: ` : '');

function advice(w: Watched): string {
  return w.protects
    ? `keep it true, and turn it off only in a separate, reviewed change right before an intended destroy`
    : `keep it false (or take a final snapshot/backup first), in a separate, reviewed change right before an intended destroy`;
}

export async function analyseTerraform(head: string, base?: string): Promise<Hit[]> {
  const h = await scan(head);
  if (!h) return [];
  const b = base === undefined ? undefined : await scan(base);
  const baseByAddress = new Map<string, Setting>();
  for (const s of b?.settings ?? []) if (!baseByAddress.has(s.address)) baseByAddress.set(s.address, s);
  const hits: Hit[] = [];

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
