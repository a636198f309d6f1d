// The run order of an Alembic versions folder. Revisions do not run in file-name order (redash's
// are named by hash: `7205816877ec_change_type_….py`); each names its parent (`down_revision`,
// a tuple at a merge point), and the chain from the first revision (`down_revision = None`) is the
// order. A restated `alter_column(…, type_=…, nullable=True)` is judged against the revisions
// before it in that order, as Rails' and Laravel's restatements are against the files before them.
import type { MigrationInput } from '../framework';
import { parseCode, type Node } from '../../parsers/tree-sitter';
import { pyStrList } from '../dsl/python';
import { versionSorted } from '../version-order';

/** A revision's id and its parents, as its module-level assignments say. */
export interface RevisionIds {
  revision: string;
  parents: string[];
}

/** `revision = "…"` and `down_revision = "…" | (…) | None` (typed or not) at the top of a revision; undefined without a revision id. */
export async function revisionIds(source: string): Promise<RevisionIds | undefined> {
  using tree = await parseCode('python', source);
  let revision: string | undefined;
  let parents: string[] = [];
  for (const statement of tree.rootNode.namedChildren) {
    const assignment: Node | undefined = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const name = assignment.childForFieldName('left')?.text;
    const value = assignment.childForFieldName('right') ?? undefined;
    if (name === 'revision') revision = pyStrList(value)[0];
    else if (name === 'down_revision') parents = pyStrList(value);
  }
  return revision ? { revision, parents } : undefined;
}

/**
 * The revisions of a listing in run order: each after its parents (a parent outside the folder, or
 * none, makes a root; a merge's parents in the order it names them), else in file-name order.
 * Files that name no revision (`__init__.py`, a helper module) are left out. Throws what a read
 * threw, or names a file that could not be read.
 */
export async function revisionOrder(names: readonly string[], dir: string, read: (path: string) => Promise<string | undefined>): Promise<string[]> {
  const files = versionSorted(names.filter((n) => n.endsWith('.py')));
  const ids = await Promise.all(
    files.map(async (name) => {
      const text = await read(`${dir}${name}`);
      if (text === undefined) throw new Error(`${dir}${name} could not be read`);
      return revisionIds(text);
    }),
  );
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => id && indexOf.set(id.revision, i));
  const order: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  // Depth first through the parents, in file-name order: each revision after every parent in the folder.
  const place = (i: number): void => {
    const id = ids[i];
    if (!id || placed.has(id.revision) || visiting.has(id.revision)) return; // a cycle is not Alembic's: left where it is met
    visiting.add(id.revision);
    for (const parent of id.parents) {
      const at = indexOf.get(parent);
      if (at !== undefined) place(at);
    }
    visiting.delete(id.revision);
    placed.add(id.revision);
    order.push(files[i]!);
  };
  for (let i = 0; i < files.length; i++) place(i);
  return order;
}

/** Each listing's order, once per listing (one per run or evaluation). */
const orders = new WeakMap<readonly string[], Promise<string[]>>();

/** `revisionOrder` of a folder's listing, read through the face once per listing. */
export function alembicOrder(names: readonly string[], dir: string, input: Pick<MigrationInput, 'readFile'>): Promise<string[]> {
  let order = orders.get(names);
  if (!order) orders.set(names, (order = revisionOrder(names, dir, input.readFile!)));
  return order;
}
