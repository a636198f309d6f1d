import type { FrameworkMeta } from './types';

const prisma: FrameworkMeta = {
  id: 'prisma',
  // Prisma's default folder, and any other `migrations/<folder>/migration.sql` (`prisma migrate`
  // with a schema elsewhere: umami's db/mysql/migrations/), a layout only Prisma writes.
  globs: ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql', 'migrations/*/migration.sql', '**/migrations/*/migration.sql'],
  comment: '--',
};
export default prisma;
