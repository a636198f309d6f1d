import type { FrameworkMeta } from './types';

const laravel: FrameworkMeta = {
  id: 'laravel',
  globs: ['database/migrations/*.php', '**/database/migrations/*.php'],
  comment: '//',
};
export default laravel;
