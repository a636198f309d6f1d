// A Django app's label: what its tables are named after (`<label>_<model>`) and what its own
// migrations name in `dependencies`. Django takes it from the app's AppConfig (`label = "…"` in
// `apps.py`), else the last part of the app's module path: the folder name.
import { parseCode, type Node } from '../../parsers/tree-sitter';
import { pyStr } from '../dsl/python';
import { appLabel } from './migration-tree';

/** `name = value` string assignments of a class body. */
function classStrings(cls: Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of cls.childForFieldName('body')?.namedChildren ?? []) {
    const asg = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
    if (asg?.type !== 'assignment') continue;
    const left = asg.childForFieldName('left');
    const value = pyStr(asg.childForFieldName('right') ?? undefined);
    if (left?.type === 'identifier' && value !== undefined) out.set(left.text, value);
  }
  return out;
}

/**
 * The `label` an `apps.py` gives the app in folder `folder`: the AppConfig whose `name` ends in the
 * folder (`name = "wagtail.contrib.forms"`, `label = "wagtailforms"`), else the only class that
 * sets one. Undefined when none does.
 */
export async function labelInAppsPy(source: string, folder: string): Promise<string | undefined> {
  const tree = await parseCode('python', source);
  try {
    const configs = tree.rootNode.descendantsOfType('class_definition').map(classStrings);
    const labelled = configs.filter((c) => c.has('label'));
    const named = labelled.find((c) => c.get('name')?.split('.').pop() === folder);
    return (named ?? (labelled.length === 1 ? labelled[0] : undefined))?.get('label');
  } finally {
    tree.delete();
  }
}

const labels = new Map<string, Promise<string | undefined>>();
const LABEL_LIMIT = 1_000;

/**
 * The label of the app a migration at `path` (`<app>/migrations/0001_x.py`) belongs to, read from
 * the app's `apps.py` when it can be read; the folder name otherwise (Django's default).
 */
export async function readAppLabel(path: string, readFile: ((path: string) => Promise<string | undefined>) | undefined): Promise<string> {
  const folder = appLabel(path);
  const parts = path.split('/');
  const i = parts.lastIndexOf('migrations');
  if (!readFile || i < 1) return folder;
  const appsPy = [...parts.slice(0, i), 'apps.py'].join('/');
  const source = await readFile(appsPy).catch(() => undefined);
  if (!source?.includes('label')) return folder;
  const key = `${folder}\u0000${source}`;
  let found = labels.get(key);
  if (!found) {
    found = labelInAppsPy(source, folder).catch(() => undefined);
    if (labels.size >= LABEL_LIMIT) labels.delete(labels.keys().next().value as string);
    labels.set(key, found);
  }
  return (await found) ?? folder;
}
