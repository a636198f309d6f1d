import type { FrameworkMeta } from './types';

const ecto: FrameworkMeta = {
  id: 'ecto',
  globs: ['priv/repo/migrations/*.exs', '**/priv/*/migrations/*.exs', 'apps/*/priv/repo/migrations/*.exs'],
  comment: '#',
};
export default ecto;
