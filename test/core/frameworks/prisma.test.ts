import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import prisma from '../../../src/core/frameworks/prisma';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/prisma';
const fixture = (rel: string) => prisma.analyse({ path: rel, content: readFileSync(`${FIX}/${rel}`, 'utf8'), siblings: {} });
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('prisma.analyse', () => {
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
