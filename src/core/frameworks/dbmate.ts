// dbmate: one `.sql` file with `-- migrate:up` and `-- migrate:down` sections (several pairs since
// dbmate 2.29); each runs in a transaction unless its marker says `transaction:false`.
import type { Framework } from './framework';
import { dbmate as meta } from './meta/index';
import { analyseSectioned, type MarkerReader, type SectionedFormat } from './shared-sql';

/**
 * A dbmate block directive: `--`, any blanks, `migrate:` (amacneil/dbmate pkg/dbmate/migration.go's
 * `^--\s*migrate:up(\s*$|\s+\S+)`, case as written), so `--migrate:down` is one too, and
 * `-- migrate:upgrade` or `-- migrate:UP` is a comment.
 */
const dbmateMarker: MarkerReader = (line) => {
  if (!line.startsWith('--')) return undefined;
  const rest = line.slice(2).trimStart();
  if (!rest.startsWith('migrate:')) return undefined;
  const words = rest.slice('migrate:'.length);
  const section = words.split(/\s/, 1)[0];
  return section === 'up' || section === 'down' ? words : undefined;
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
