import type { FrameworkMeta } from './types';

const knex: FrameworkMeta = {
  id: 'knex',
  globs: ['**/migrations/*.{js,ts,cjs,mjs}'],
  comment: '//',
  detect: (_path, content) => content.includes('knex') || content.includes('.schema.'),
};
export default knex;
