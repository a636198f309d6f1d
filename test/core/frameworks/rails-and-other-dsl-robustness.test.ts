// Every DSL framework must give an analysis, never throw, on arbitrary and truncated input.
import { describe, expect, it } from 'vitest';
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
