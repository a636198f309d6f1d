// goose: one `.sql` file with `-- +goose Up` and `-- +goose Down` sections, optional
// `StatementBegin`/`StatementEnd` blocks and `NO TRANSACTION` (otherwise each file runs in a
// transaction).
import type { Framework } from './framework';
import { goose as meta } from './meta/index';
import { analyseSectioned } from './shared-sql';

const goose: Framework = {
  ...meta,
  analyse: (input) =>
    analyseSectioned(input, {
      framework: 'goose',
      prefix: '-- +goose',
      section: (m) => m.text.toLowerCase(),
      transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === 'no transaction'),
      downName: '-- +goose Down',
    }),
};

export default goose;
