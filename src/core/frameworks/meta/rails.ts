import type { FrameworkMeta } from './types';

const rails: FrameworkMeta = {
  id: 'rails',
  globs: ['db/migrate/*.rb', 'db/post_migrate/*.rb', '**/db/migrate/*.rb', '**/db/post_migrate/*.rb'],
  comment: '#',
};
export default rails;
