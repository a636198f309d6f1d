import type { FrameworkMeta } from './types';

const ecto: FrameworkMeta = {
  id: 'ecto',
  // ecto_sql runs only `<integer>_<name>.exs` (`extract_migration_info` in lib/ecto/migrator.ex):
  // the `.formatter.exs` `mix phx.new` writes beside the migrations is not one.
  globs: ['priv/repo/migrations/[0-9]*_*.exs', '**/priv/*/migrations/[0-9]*_*.exs', 'apps/*/priv/repo/migrations/[0-9]*_*.exs'],
  comment: '#',
};
export default ecto;
