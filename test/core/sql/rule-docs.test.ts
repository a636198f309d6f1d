// Each SQL rule's doc page shows a flagged example and a safe one: the analyser must agree with both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { expect, test } from 'vitest';
import { lintSql } from '../../../src/core/sql/lint-sql';
import { getRule } from '../../../src/core/rules/index';

const DOCS = join(import.meta.dirname, '../../../docs/rules');
const SQL_RULES = [
  'drop-table',
  'drop-column',
  'drop-schema',
  'truncate',
  'delete-without-where',
  'rename-table',
  'rename-column',
  'change-column-type',
  'add-required-column',
  'set-not-null',
  'drop-not-null',
  'data-backfill',
  'enum-value-added',
  'unique-constraint',
  'non-concurrent-index',
  'non-concurrent-index-drop',
  'concurrent-index-in-transaction',
  'non-concurrent-reindex',
  'constraint-not-valid-missing',
  'volatile-default',
  'add-primary-key',
  'table-rewrite',
  'missing-lock-timeout',
  'uncommitted-transaction',
  'parse-error',
];
const REVERSIBILITY_RULES = ['missing-down-migration', 'empty-down-migration', 'irreversible-operation', 'forward-only-migration'];
const HEADINGS = ['What it flags', 'Why it matters for rollback', 'Do this instead', 'Example', 'Ignoring it'];

function readPage(rule: string) {
  const tree = fromMarkdown(readFileSync(join(DOCS, `${rule}.md`), 'utf8'));
  const examples: Record<string, string> = {};
  let label = '';
  for (const node of tree.children) {
    if (node.type === 'paragraph') label = toString(node);
    else if (node.type === 'code' && (label === 'Flagged:' || label === 'Instead:')) examples[label] = node.value;
  }
  return { tree, flagged: examples['Flagged:'], instead: examples['Instead:'] };
}

test.each([...SQL_RULES, ...REVERSIBILITY_RULES])('%s: page has the shared structure and the rule line', (rule) => {
  const { tree } = readPage(rule);
  const headings = tree.children.filter((n) => n.type === 'heading');
  expect(headings.map((h) => toString(h))).toEqual([rule, ...HEADINGS]);
  const meta = getRule(rule);
  expect(toString(tree.children[1]!)).toContain(`Category: ${meta?.category}`);
  expect(readFileSync(join(DOCS, `${rule}.md`), 'utf8')).toContain(`rollback-ready-ignore ${rule}:`);
});

test.each(SQL_RULES)('%s: the flagged example is flagged, the safe one is not', async (rule) => {
  const { flagged, instead } = readPage(rule);
  expect(flagged).toBeDefined();
  expect((await lintSql([{ sql: flagged!, line: 1 }])).hits.map((h) => h.rule)).toContain(rule);
  // An example that keeps the statement and ignores it inline is judged by the central ignore step.
  if (instead !== undefined && !instead.includes(`rollback-ready-ignore ${rule}`)) {
    expect((await lintSql([{ sql: instead, line: 1 }])).hits.map((h) => h.rule)).not.toContain(rule);
  }
});
