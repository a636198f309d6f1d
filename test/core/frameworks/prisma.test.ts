import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import prisma from '../../../src/core/frameworks/prisma';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/prisma';
const fixture = (rel: string) => prisma.analyse({ path: rel, content: readFileSync(`${FIX}/${rel}`, 'utf8'), siblings: {} });
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('prisma.analyse', () => {
  it("takes Prisma's own warnings for the tables it rebuilds, and only those (pingvin-share, documenso)", async () => {
    const header = (w: string) => `/*\n  Warnings:\n\n  - ${w}\n\n*/\n`;
    const rebuild = await prisma.analyse({
      path: 'prisma/migrations/1_x/migration.sql',
      content:
        header('You are about to drop the column `description` on the `Config` table. All the data in the column will be lost.') +
        '-- RedefineTables\nCREATE TABLE "new_Config" (\n    "name" TEXT NOT NULL PRIMARY KEY\n);\nINSERT INTO "new_Config" ("name") SELECT "name" FROM "Config";\nDROP TABLE "Config";\nALTER TABLE "new_Config" RENAME TO "Config";\n',
      siblings: {},
    });
    expect(hits(rebuild)).toEqual([
      [1, 'forward-only-migration'],
      [4, 'drop-column'],
    ]);
    // Where the SQL shows the change, it decides: documenso adds the column nullable, backfills and
    // sets NOT NULL under Prisma's stale warning.
    const edited = await prisma.analyse({
      path: 'prisma/migrations/2_x/migration.sql',
      content:
        header('Added the required column `source` to the `Document` table without a default value. This is not possible if the table is not empty.') +
        'ALTER TABLE "Document" ADD COLUMN "source" TEXT;\nUPDATE "Document" SET "source" = \'DOCUMENT\' WHERE "source" IS NULL;\nALTER TABLE "Document" ALTER COLUMN "source" SET NOT NULL;\n',
      siblings: {},
    });
    expect(hits(edited).map(([, r]) => r)).not.toContain('add-required-column');
  });

  it('is always forward-only and lints the SQL', async () => {
    const a = await fixture('err/prisma/migrations/20240101000000_drop_email/migration.sql');
    expect(a.down).toBe('forward-only');
    expect(hits(a)).toEqual([
      [1, 'forward-only-migration'],
      [2, 'drop-column'],
      [5, 'drop-table'],
    ]);
  });

  it('an additive migration only carries the forward-only warning', async () => {
    const a = await fixture('ok/prisma/migrations/20240201000000_add_nickname/migration.sql');
    expect(a.down).toBe('forward-only');
    expect(hits(a)).toEqual([[1, 'forward-only-migration']]);
  });

  it('matches its default glob', async () => {
    const { default: picomatch } = await import('picomatch');
    expect(picomatch(prisma.globs)('prisma/migrations/20240101_x/migration.sql')).toBe(true);
    expect(picomatch(prisma.globs)('apps/api/prisma/migrations/20240101_x/migration.sql')).toBe(true);
    expect(picomatch(prisma.globs)('prisma/schema.prisma')).toBe(false);
  });
});
