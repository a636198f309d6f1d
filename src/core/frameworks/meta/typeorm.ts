import type { FrameworkMeta } from './types';

const typeorm: FrameworkMeta = {
  id: 'typeorm',
  globs: ['**/migrations/*.{js,ts,cjs,mjs}', '**/migration/*.{js,ts}'],
  comment: '//',
  detect: (_path, content) => content.includes('MigrationInterface') || content.includes('queryRunner'),
};
export default typeorm;
