// goose: one `.sql` file with `-- +goose Up` and `-- +goose Down` sections, optional
// `StatementBegin`/`StatementEnd` blocks and `NO TRANSACTION` (otherwise each file runs in a
// transaction).
import type { Framework } from './framework';
import { goose as meta } from './meta/index';
import { analyseSectioned, type SectionedFormat } from './shared-sql';

/** The file format, for readers of its sections (the drill). */
export const GOOSE_FORMAT: SectionedFormat = {
  framework: 'goose',
  prefix: '-- +goose',
  section: (m) => m.text.toLowerCase(),
  transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === 'no transaction'),
  downName: '-- +goose Down',
};

const goose: Framework = {
  ...meta,
  analyse: (input) => analyseSectioned(input, GOOSE_FORMAT),
};

export default goose;
