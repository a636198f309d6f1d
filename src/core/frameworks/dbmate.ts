// dbmate: one `.sql` file with `-- migrate:up` and `-- migrate:down` sections; each runs in a
// transaction unless its marker says `transaction:false`.
import type { Framework } from './framework';
import { dbmate as meta } from './meta/index';
import { analyseSectioned, type SectionedFormat } from './shared-sql';

/** The file format, for readers of its sections (the drill). */
export const DBMATE_FORMAT: SectionedFormat = {
  framework: 'dbmate',
  prefix: '-- migrate:',
  section: (m) => m.text.split(/\s+/)[0]?.toLowerCase() ?? '',
  transactional: (_markers, up) => !(up?.text.split(/\s+/).includes('transaction:false') ?? false),
  downName: '-- migrate:down',
};

const dbmate: Framework = {
  ...meta,
  analyse: (input) => analyseSectioned(input, DBMATE_FORMAT),
};

export default dbmate;
