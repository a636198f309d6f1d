// dbmate: one `.sql` file with `-- migrate:up` and `-- migrate:down` sections; each runs in a
// transaction unless its marker says `transaction:false`.
import type { Framework } from './framework';
import { dbmate as meta } from './meta/index';
import { analyseSectioned, type MarkerReader, type SectionedFormat } from './shared-sql';

/**
 * A dbmate block directive: `--`, any blanks, `migrate:` (amacneil/dbmate pkg/dbmate/migration.go's
 * `^--\s*migrate:up(\s*$|\s+\S+)`), so `--migrate:down` is one too.
 */
const dbmateMarker: MarkerReader = (line) => {
  if (!line.startsWith('--')) return undefined;
  const rest = line.slice(2).trimStart();
  return rest.startsWith('migrate:') ? rest.slice('migrate:'.length) : undefined;
};

/** The file format, for readers of its sections (the drill). */
export const DBMATE_FORMAT: SectionedFormat = {
  framework: 'dbmate',
  prefix: '-- migrate:',
  marker: dbmateMarker,
  section: (m) => m.text.split(/\s+/)[0]?.toLowerCase() ?? '',
  transactional: (_markers, up) => !(up?.text.split(/\s+/).includes('transaction:false') ?? false),
  downName: '-- migrate:down',
};

const dbmate: Framework = {
  ...meta,
  analyse: (input) => analyseSectioned(input, DBMATE_FORMAT),
};

export default dbmate;
