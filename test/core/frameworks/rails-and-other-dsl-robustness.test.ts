// Every DSL framework must give an analysis, never throw, on arbitrary and truncated input.
import { afterEach, describe, expect, it } from 'vitest';
import { Parser } from 'web-tree-sitter';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DSL_FRAMEWORKS } from '../../../src/core/frameworks/dsl/detect';
import { RULE_IDS } from '../../../src/core/rules/index';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

const PATHS: Record<string, string> = {
  prisma: 'prisma/migrations/1_x/migration.sql',
  rails: 'db/migrate/1_x.rb',
  django: 'shop/migrations/0001_x.py',
  alembic: 'alembic/versions/x.py',
  typeorm: 'src/migrations/1-X.ts',
  sequelize: 'migrations/1-x.js',
  'node-pg-migrate': 'migrations/1_x.js',
  knex: 'migrations/1_x.js',
  'db-migrate': 'migrations/20240101000000-x.js',
  laravel: 'database/migrations/2024_x.php',
  ecto: 'priv/repo/migrations/1_x.exs',
  liquibase: 'db/changelog/changelog.xml',
};

describe.each(DSL_FRAMEWORKS.map((f) => [f.id, f] as const))('%s robustness', (id, fw) => {
  const fixtures = files(`test/fixtures/frameworks/${id}`).map((p) => readFileSync(p, 'utf8'));

  it('analyses truncated fixtures without throwing, with catalogue rule ids only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures), fc.nat(), async (src, cut) => {
        const content = src.slice(0, cut % (src.length + 1));
        const a = await fw.analyse({ path: PATHS[id]!, content, siblings: {} });
        expect(a.framework).toBe(id);
        for (const h of a.hits) {
          expect(RULE_IDS).toContain(h.rule);
          expect(h.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('analyses arbitrary text without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (content) => {
        const a = await fw.analyse({ path: PATHS[id]!, content, siblings: {} });
        expect(Array.isArray(a.hits)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

// "Never throws" above feeds text the grammars accept with error nodes: the readers' own failure
// path (a reader that throws) is never reached by it. Here it is: every tree-sitter tree's root
// throws, and the analysis must still come back, saying the file could not be read.
describe('a DSL reader that throws gives a parse-error finding, not a crash', () => {
  const realParse = Parser.prototype.parse;
  afterEach(() => {
    Parser.prototype.parse = realParse;
  });
  const readByTreeSitter = DSL_FRAMEWORKS.filter((f) => !['prisma', 'liquibase'].includes(f.id));

  it.each(readByTreeSitter.map((f) => [f.id, f] as const))('%s', async (id, fw) => {
    const content = readFileSync(
      files(`test/fixtures/frameworks/${id}`).find((p) => p.endsWith(PATHS[id]!.slice(PATHS[id]!.lastIndexOf('.'))))!,
      'utf8',
    );
    let parsed = 0;
    Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser['parse']>) {
      const tree = realParse.apply(this, args);
      if (tree) {
        parsed++;
        Object.defineProperty(tree, 'rootNode', {
          get() {
            throw new Error('injected reader failure');
          },
        });
      }
      return tree;
    };
    const a = await fw.analyse({ path: PATHS[id]!, content, siblings: {} });
    expect(parsed).toBeGreaterThan(0);
    const failure = a.hits.find((h) => h.rule === 'parse-error' && h.message.includes('injected reader failure'));
    expect(failure, JSON.stringify(a.hits)).toBeDefined();
    expect(failure!.line).toBe(1);
    expect(failure!.message).toMatch(/could not be read/);
  });
});
