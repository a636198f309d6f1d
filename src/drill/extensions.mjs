// The contrib extensions the drill's embedded Postgres loads at start-up, so migrations can
// CREATE EXTENSION them: the ones migrations create most. The build copies their bundles
// (`<name>.tar.gz`) into dist/action/ beside the worker. Plain JavaScript: the build script reads it too.
export const PGLITE_EXTENSIONS = [
  'pgcrypto',
  'uuid-ossp',
  'citext',
  'hstore',
  'pg_trgm',
  'ltree',
  'btree_gist',
  'btree_gin',
  'unaccent',
  'fuzzystrmatch',
  'intarray',
  'cube',
  'earthdistance',
  'tablefunc',
  'isn',
  'seg',
];
