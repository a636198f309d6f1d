import type { FrameworkMeta } from './types';

const nodePgMigrate: FrameworkMeta = {
  id: 'node-pg-migrate',
  globs: ['**/migrations/*.{js,ts,cjs,mjs}'],
  comment: '//',
  detect: (_path, content) => content.includes('pgm') || content.includes('MigrationBuilder'),
};
export default nodePgMigrate;
