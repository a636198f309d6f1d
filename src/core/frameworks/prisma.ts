// Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`. The SQL is linted as
// written; Prisma has no down migrations, so every migration is forward-only (the rollback plan
// must name a backup and restore procedure).
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { prisma as meta } from './meta/index';
import { finishAnalysis, hit, newTranslation } from './dsl/common';

export const prisma: Framework = {
  ...meta,
  async analyse(input: MigrationInput): Promise<MigrationAnalysis> {
    const t = newTranslation(true);
    t.downStatus = 'forward-only';
    t.hits.push(
      hit(
        'forward-only-migration',
        1,
        'Prisma migrations have no down migration: rolling back needs a backup and restore procedure (or a new forward migration) named in the rollback plan.',
      ),
    );
    if (input.content.trim()) t.up.push({ sql: input.content, line: 1 });
    return finishAnalysis('prisma', t, input.dialect);
  },
};

export default prisma;
