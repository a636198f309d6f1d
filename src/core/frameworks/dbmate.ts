// dbmate: one `.sql` file with `-- migrate:up` and `-- migrate:down` sections; each runs in a
// transaction unless its marker says `transaction:false`.
import type { Framework } from './framework';
import { dbmate as meta } from './meta/index';
import { analyseUp, emptyDownHit, isEmptySql, missingDownHit, readMarkers, sectionPieces } from './shared-sql';

/** The file's markers and its up section. */
function read(content: string) {
  const { markers, lines } = readMarkers(content, '-- migrate:');
  const isSection = (m: { text: string }, name: string) => m.text.split(/\s+/)[0]?.toLowerCase() === name;
  const up = markers.find((m) => isSection(m, 'up'));
  const down = markers.find((m) => isSection(m, 'down'));
  const end = lines.length + 1;
  const upFrom = up ? up.line + 1 : 1;
  const upTo = down && down.line > upFrom ? down.line : end;
  const transactional = !(up?.text.split(/\s+/).includes('transaction:false') ?? false);
  return { markers, lines, up, down, end, transactional, upPieces: sectionPieces(lines, markers, upFrom, upTo) };
}

const dbmate: Framework = {
  ...meta,
  async analyse(input) {
    const { markers, lines, up, down, end, transactional, upPieces } = read(input.content);
    // The folder's other dbmate files, for a column's earlier type.
    const history = { input, isMigration: (name: string) => name.toLowerCase().endsWith('.sql'), upPieces: (sql: string) => read(sql).upPieces };
    if (!down) return analyseUp('dbmate', upPieces, { transactional }, 'missing', [missingDownHit(up?.line ?? 1, 'no -- migrate:down section')], history);
    const downTo = up && up.line > down.line ? up.line : end;
    if (await isEmptySql(sectionPieces(lines, markers, down.line + 1, downTo))) {
      return analyseUp('dbmate', upPieces, { transactional }, 'empty', [emptyDownHit(down.line, 'the -- migrate:down section')], history);
    }
    return analyseUp('dbmate', upPieces, { transactional }, 'present', [], history);
  },
};

export default dbmate;
