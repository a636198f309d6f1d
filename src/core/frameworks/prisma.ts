// Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`. The SQL is linted as
// written; Prisma has no down migrations, so every migration is forward-only (the rollback plan
// must name a backup and restore procedure). The dialect: the config, the path, or the provider
// Prisma records in migration_lock.toml beside the migrations (tool-dialect.ts).
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { prisma as meta } from './meta/index';
import { finishAnalysis, hit, newTranslation } from './dsl/common';
import { dialectFor } from './shared-sql';
import { prismaDialect } from './tool-dialect';

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
    // The config's dialect setting, then the path (`db/mysql/migrations/`), then Prisma's lock file.
    return finishAnalysis('prisma', t, dialectFor(input) ?? (await prismaDialect(input)));
  },
};

export default prisma;
