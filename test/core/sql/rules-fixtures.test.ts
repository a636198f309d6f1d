// Runs every rule fixture: `err/` files list their expected hits in `-- expect: <rule> <line>`
// header lines and must produce exactly those; `ok/` files must produce no hit of their rule.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintSql } from '../../../src/core/sql/lint-sql';
import type { Framework } from '../../../src/core/frameworks/framework';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';
import sql from '../../../src/core/frameworks/sql';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import goose from '../../../src/core/frameworks/goose';
import dbmate from '../../../src/core/frameworks/dbmate';
import flyway from '../../../src/core/frameworks/flyway';
import sqitch from '../../../src/core/frameworks/sqitch';
import rails from '../../../src/core/frameworks/rails';
import { RULE_IDS } from '../../../src/core/rules/index';
import type { Hit } from '../../../src/core/types';

const ROOT = join(import.meta.dirname, '../../fixtures/rules');
/** Reported by the frameworks (the files around the SQL), not by lintSql alone. */
const FRAMEWORK_RULES = new Set(['missing-down-migration', 'empty-down-migration', 'forward-only-migration', 'irreversible-operation']);
const SQL_FRAMEWORKS: Record<string, Framework> = { sql, 'golang-migrate': golangMigrate, goose, dbmate, flyway, sqitch };

function expectations(content: string): string[] {
  const out: string[] = [];
  for (const line of content.split('\n')) {
    const m = /^(?:--|#)\s*expect:\s*(\S+)\s+(\d+)\s*$/.exec(line);
    if (!m) break;
    out.push(`${m[1]} ${m[2]}`);
  }
  return out;
}

async function hitsOf(rule: string, dir: string, file: string): Promise<Hit[]> {
  const path = join(dir, file);
  const content = readFileSync(path, 'utf8');
  if (!FRAMEWORK_RULES.has(rule)) return (await lintSql([{ sql: content, line: 1 }])).hits;
  const framework = file.endsWith('.rb') ? rails : SQL_FRAMEWORKS[detectSqlFramework(file, content) ?? ''];
  if (!framework) throw new Error(`no framework for ${file}`);
  const siblings: Record<string, string | undefined> = {};
  for (const p of framework.counterparts?.(file) ?? []) siblings[p] = existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined;
  return (await framework.analyse({ path: file, content, siblings })).hits;
}

/** The rules whose fixtures this test owns (deploy and DSL rules have their own fixture tests). */
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
  'missing-down-migration',
  'empty-down-migration',
  'irreversible-operation',
  'forward-only-migration',
];
const rules = SQL_RULES;

test('fixture folders are named after catalogue rules and have ok and err files', () => {
  for (const rule of rules) {
    expect(RULE_IDS).toContain(rule);
    expect(readdirSync(join(ROOT, rule, 'ok')).length).toBeGreaterThan(0);
    const errs = readdirSync(join(ROOT, rule, 'err')).filter((f) => expectations(readFileSync(join(ROOT, rule, 'err', f), 'utf8')).length);
    expect(errs.length).toBeGreaterThan(0);
  }
});

describe.each(rules)('%s', (rule) => {
  const errDir = join(ROOT, rule, 'err');
  const okDir = join(ROOT, rule, 'ok');
  const errFiles = readdirSync(errDir).filter((f) => expectations(readFileSync(join(errDir, f), 'utf8')).length > 0);

  test.each(errFiles)('err/%s reports exactly its expected hits', async (file) => {
    const expected = expectations(readFileSync(join(errDir, file), 'utf8'));
    const hits = await hitsOf(rule, errDir, file);
    expect(hits.map((h) => `${h.rule} ${h.line}`).sort()).toEqual([...expected].sort());
    expect(expected.some((e) => e.startsWith(`${rule} `))).toBe(true);
    for (const h of hits) expect(h.message.length).toBeGreaterThan(20);
  });

  test.each(readdirSync(okDir))(`ok/%s has no ${rule} hit`, async (file) => {
    const hits = await hitsOf(rule, okDir, file);
    expect(hits.filter((h) => h.rule === rule)).toEqual([]);
  });
});
