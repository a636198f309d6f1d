import type { FrameworkMeta } from './types';

const sequelize: FrameworkMeta = {
  id: 'sequelize',
  globs: ['**/migrations/*.{js,ts,cjs,mjs}'],
  comment: '//',
  detect: (_path, content) => content.includes('queryInterface') || content.includes('QueryInterface'),
};
export default sequelize;
