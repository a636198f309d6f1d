// goose: one `.sql` file with `-- +goose Up` and `-- +goose Down` sections, optional
// `StatementBegin`/`StatementEnd` blocks and `NO TRANSACTION` (otherwise each file runs in a
// transaction).
import type { Framework } from './framework';
import { goose as meta } from './meta/index';
import { analyseUp, emptyDownHit, isEmptySql, missingDownHit, readMarkers, sectionPieces } from './shared-sql';

/** The file's markers and its up section. */
function read(content: string) {
  const { markers, lines } = readMarkers(content, '-- +goose');
  const word = (m: { text: string }) => m.text.toLowerCase();
  const up = markers.find((m) => word(m) === 'up');
  const down = markers.find((m) => word(m) === 'down');
  const end = lines.length + 1;
  const upFrom = up ? up.line + 1 : 1;
  const upTo = down && down.line > upFrom ? down.line : end;
  const transactional = !markers.some((m) => word(m) === 'no transaction');
  return { markers, lines, up, down, end, transactional, upPieces: sectionPieces(lines, markers, upFrom, upTo) };
}

const goose: Framework = {
  ...meta,
  async analyse(input) {
    const { markers, lines, up, down, end, transactional, upPieces } = read(input.content);
    // The folder's other goose files, for a column's earlier type.
    const history = { input, isMigration: (name: string) => name.toLowerCase().endsWith('.sql'), upPieces: (sql: string) => read(sql).upPieces };
    if (!down) return analyseUp('goose', upPieces, { transactional }, 'missing', [missingDownHit(up?.line ?? 1, 'no -- +goose Down section')], history);
    const downTo = up && up.line > down.line ? up.line : end;
    const downPieces = sectionPieces(lines, markers, down.line + 1, downTo);
    if (await isEmptySql(downPieces)) {
      return analyseUp('goose', upPieces, { transactional }, 'empty', [emptyDownHit(down.line, 'the -- +goose Down section')], history);
    }
    return analyseUp('goose', upPieces, { transactional }, 'present', [], history);
  },
};

export default goose;
