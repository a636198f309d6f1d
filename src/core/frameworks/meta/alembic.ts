import type { FrameworkMeta } from './types';

const alembic: FrameworkMeta = {
  id: 'alembic',
  globs: ['**/versions/*.py'],
  comment: '#',
  detect: (_path, content) => content.includes('def upgrade'),
};
export default alembic;
