// Django migrations: the `operations` list of `class Migration`, read with tree-sitter-python.
// Schema operations are synthesised into Postgres SQL; RunSQL strings are linted as written.
// Django reverses its schema operations automatically, so `down` is present unless an operation
// cannot be reversed (RunPython without reverse_code, RunSQL without reverse_sql).
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { django as meta } from './meta/index';
import { firstErrorNode, lineOf, parseCode } from '../parsers/tree-sitter';
import { finishAnalysis, parseErrorHit, unreadable, type DslTranslation } from './dsl/common';
import { sayFilledFields } from './django/filled';
import { sayUnknownFields } from './django/unknown';
import { settleDeletedModels, settleFields } from './django/history';
import { readAppLabel } from './django/app-label';
import { appLabel, readMigrationTree } from './django/migration-tree';
import { DjangoReader, type DjangoReading } from './django/reader';
import { withAppDialect } from './app-dialect';
import { dialectFor } from './shared-sql';

async function readDjango(source: string, path: string, app = appLabel(path)): Promise<DjangoReading> {
  const tree = await parseCode('python', source);
  try {
    const root = tree.rootNode;
    const { ops, transactional, deps, scope, replaces } = readMigrationTree(root, app);
    const reader = new DjangoReader(app, transactional, scope);
    const t = reader.t;
    const err = firstErrorNode(root);
    if (err) t.hits.push(parseErrorHit(lineOf(err), 'Python'));
    if (ops) reader.operationList(ops);
    else if (err) {
      // The syntax error hid `operations = [...]`: read every migrations.X(...) call we can see.
      const calls = root.descendantsOfType('call').filter((c) => {
        const fn = c.childForFieldName('function');
        return fn?.type === 'attribute' && fn.childForFieldName('object')?.text === 'migrations';
      });
      reader.operationList(calls);
    }
    t.downStatus = t.hits.some((h) => h.rule === 'irreversible-operation') ? 'irreversible' : 'present';
    return {
      t,
      app,
      alterFields: reader.alterFields,
      unknownFields: [],
      deletedModels: reader.deletedModels,
      fieldNames: reader.fieldNames,
      filled: reader.filled,
      deps,
      replaces,
    };
  } finally {
    tree.delete();
  }
}

/** Translate a Django migration into SQL pieces and a reversibility verdict (the file alone). */
export async function djangoToPieces(source: string, path = ''): Promise<DslTranslation> {
  return (await readDjango(source, path)).t;
}

/** What a squashed migration is judged on: a rollback through it, and whether it was read. */
const SQUASHED_RULES = new Set(['irreversible-operation', 'parse-error', 'not-analysed']);

export const django: Framework = withAppDialect(
  {
    ...meta,
    async analyse(input: MigrationInput): Promise<MigrationAnalysis> {
      try {
        const reading = await readDjango(input.content, input.path, await readAppLabel(input.path, input.readFile));
        if (reading.replaces) {
          // A squashed migration runs only on a database none of the migrations it replaces ran on
          // (a new install, without data); one that ran them records it as applied without running
          // it. Its operations were judged in those migrations: only what a rollback through it
          // meets is said here (an operation it cannot reverse, a file it could not read).
          const { changesData: _, ...analysis } = await finishAnalysis('django', reading.t, dialectFor(input));
          return { ...analysis, hits: analysis.hits.filter((h) => SQUASHED_RULES.has(h.rule)) };
        }
        if (input.readFile) await settleFields(reading, input.path, input.content, input.readFile);
        if (input.readFile && reading.deletedModels.length) await settleDeletedModels(reading, input.path, input.readFile);
        const analysis = await finishAnalysis('django', reading.t, dialectFor(input));
        return { ...analysis, hits: sayUnknownFields(sayFilledFields(analysis.hits, reading.filled), reading.unknownFields) };
      } catch (e) {
        return unreadable('django', 'Django migration', e, 'present');
      }
    },
  },
  'django',
);

export default django;
