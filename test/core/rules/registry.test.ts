import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules/index';

const CATALOGUE = [
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
  'missing-down-migration',
  'empty-down-migration',
  'irreversible-operation',
  'forward-only-migration',
  'mutable-image-tag',
  'rollback-history-disabled',
  'recreate-strategy',
  'deletion-protection-removed',
  'drill-up-failed',
  'drill-down-failed',
  'drill-schema-drift',
  'drill-data-loss',
  'drill-reapply-failed',
].join(',');

// parse-error is a meta notice every analyser emits. Drill rules' fixtures are a base and a
// pull request's migrations (`base/`, `pr/`), rehearsed by test/drill/rules.test.ts.
const NEEDS_FIXTURES = (id: string) => id !== 'parse-error';

describe('rule registry', () => {
  it('registers every catalogue id of PRODUCT.md exactly once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of CATALOGUE.split(',')) expect(ids).toContain(id);
  });

  it('lists every rule in the docs index with its default severity', () => {
    const index = readFileSync('docs/rules/README.md', 'utf8');
    // A table row, however prettier pads its cells.
    for (const rule of RULES) expect(index).toMatch(new RegExp(`\\| \\[\`${rule.id}\`\\]\\(${rule.id}\\.md\\) +\\| ${rule.defaultSeverity} +\\|`));
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: file name, doc page and fixtures', (id, rule) => {
    expect(existsSync(`src/core/rules/${id}.ts`)).toBe(true);
    expect(rule.summary.length).toBeGreaterThan(20);
    const doc = `docs/rules/${id}.md`;
    expect(existsSync(doc), `${doc} is missing`).toBe(true);
    expect(readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# ${id}\\b`));
    if (!NEEDS_FIXTURES(id)) return;
    for (const kind of ['ok', 'err']) {
      const dir = `test/fixtures/rules/${id}/${kind}`;
      expect(existsSync(dir) && readdirSync(dir).length > 0, `${dir} has no fixture`).toBe(true);
    }
  });
});
