import type { FrameworkMeta } from './types';

const prisma: FrameworkMeta = {
  id: 'prisma',
  globs: ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql'],
  comment: '--',
};
export default prisma;
