// Differential check against squawk (a mature Postgres migration linter) on the rules both tools
// cover. Every disagreement must be listed, with who is right, in test/fixtures/squawk/disagreements.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { tool } from '../../helpers/built';
import { lintSql } from '../../../src/core/sql/lint-sql';

const ROOT = join(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'test/fixtures/squawk');

/** squawk rule → ours. Rules only one tool has are left out of the comparison. */
const SQUAWK_TO_OURS: Record<string, string> = {
  'ban-drop-column': 'drop-column',
  'ban-drop-table': 'drop-table',
  'ban-drop-database': 'drop-schema',
  'ban-drop-not-null': 'drop-not-null',
  'renaming-column': 'rename-column',
  'renaming-table': 'rename-table',
  'changing-column-type': 'change-column-type',
  'adding-required-field': 'add-required-column',
  'adding-not-nullable-field': 'set-not-null',
  'adding-field-with-default': 'volatile-default',
  'adding-foreign-key-constraint': 'constraint-not-valid-missing',
  'constraint-missing-not-valid': 'constraint-not-valid-missing',
  'disallowed-unique-constraint': 'unique-constraint',
  'require-concurrent-index-creation': 'non-concurrent-index',
  'require-concurrent-index-deletion': 'non-concurrent-index-drop',
  'ban-concurrent-index-creation-in-transaction': 'concurrent-index-in-transaction',
  'adding-serial-primary-key-field': 'add-primary-key',
  'adding-primary-key-constraint': 'add-primary-key',
  'ban-uncommitted-transaction': 'uncommitted-transaction',
  'require-lock-timeout': 'missing-lock-timeout',
  'syntax-error': 'parse-error',
};
const COMPARED = new Set(Object.values(SQUAWK_TO_OURS));

interface SquawkViolation {
  file: string;
  line: number;
  rule_name: string;
}

/** `file:line:rule` keys of the listed disagreements, read from the Markdown table. */
function listedDisagreements(): Map<string, string> {
  const tree = fromMarkdown(readFileSync(join(CORPUS, 'disagreements.md'), 'utf8'), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const listed = new Map<string, string>();
  visit(tree, 'table', (table) => {
    const [header, ...rows] = table.children;
    const names = (header?.children ?? []).map((c) => toString(c).toLowerCase());
    const col = (row: (typeof rows)[number], name: string) => toString(row.children[names.indexOf(name)] ?? { type: 'text', value: '' });
    for (const row of rows) {
      listed.set(`${col(row, 'file')}:${col(row, 'line')}:${col(row, 'rule')}`, col(row, 'reported by'));
    }
  });
  return listed;
}

test('rollback-ready and squawk agree on the rules both cover, except the listed disagreements', async () => {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  expect(files.length).toBeGreaterThan(3);
  // One squawk process for the whole corpus; it exits non-zero when it finds anything.
  const run = spawnSync(tool('squawk'), ['--reporter', 'json', ...files], { cwd: CORPUS, encoding: 'utf8' });
  expect(run.error).toBeUndefined();
  const out = run.stdout;

  const theirs = new Set<string>();
  for (const v of JSON.parse(out) as SquawkViolation[]) {
    const ours = SQUAWK_TO_OURS[v.rule_name];
    if (ours) theirs.add(`${relative(CORPUS, join(CORPUS, v.file))}:${v.line + 1}:${ours}`); // squawk lines are 0-based
  }
  const mine = new Set<string>();
  for (const file of files) {
    const res = await lintSql([{ sql: readFileSync(join(CORPUS, file), 'utf8'), line: 1 }]);
    for (const h of res.hits) if (COMPARED.has(h.rule)) mine.add(`${file}:${h.line}:${h.rule}`);
  }

  const disagreements = new Map<string, string>();
  for (const k of theirs) if (!mine.has(k)) disagreements.set(k, 'squawk');
  for (const k of mine) if (!theirs.has(k)) disagreements.set(k, 'rollback-ready');
  const listed = listedDisagreements();

  const unlisted = [...disagreements].filter(([k, by]) => listed.get(k) !== by).map(([k, by]) => `${k} (only ${by})`);
  expect(unlisted, 'disagreements missing from disagreements.md').toEqual([]);
  const stale = [...listed.keys()].filter((k) => !disagreements.has(k));
  expect(stale, 'listed disagreements that no longer happen').toEqual([]);
  // The comparison means something: both tools agree on most findings.
  expect([...mine].filter((k) => theirs.has(k)).length).toBeGreaterThan(10);
});
