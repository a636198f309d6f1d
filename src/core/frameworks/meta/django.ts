import type { FrameworkMeta } from './types';

const django: FrameworkMeta = {
  id: 'django',
  globs: ['**/migrations/[0-9]*.py'],
  comment: '#',
  detect: (_path, content) => content.includes('Migration') && !content.includes('def upgrade('),
};
export default django;
