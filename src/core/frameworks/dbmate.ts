// dbmate: one `.sql` file with `-- migrate:up` and `-- migrate:down` sections; each runs in a
// transaction unless its marker says `transaction:false`.
import type { Framework } from './framework';
import { dbmate as meta } from './meta/index';
import { analyseUp, emptyDownHit, isEmptySql, missingDownHit, readMarkers, sectionPieces } from './shared-sql';

const dbmate: Framework = {
  ...meta,
  async analyse({ content }) {
    const { markers, lines } = readMarkers(content, '-- migrate:');
    const isSection = (m: { text: string }, name: string) => m.text.split(/\s+/)[0]?.toLowerCase() === name;
    const up = markers.find((m) => isSection(m, 'up'));
    const down = markers.find((m) => isSection(m, 'down'));
    const end = lines.length + 1;
    const upFrom = up ? up.line + 1 : 1;
    const upTo = down && down.line > upFrom ? down.line : end;
    const transactional = !(up?.text.split(/\s+/).includes('transaction:false') ?? false);
    const upPieces = sectionPieces(lines, markers, upFrom, upTo);

    if (!down) return analyseUp('dbmate', upPieces, { transactional }, 'missing', [missingDownHit(up?.line ?? 1, 'no -- migrate:down section')]);
    const downTo = up && up.line > down.line ? up.line : end;
    if (await isEmptySql(sectionPieces(lines, markers, down.line + 1, downTo))) {
      return analyseUp('dbmate', upPieces, { transactional }, 'empty', [emptyDownHit(down.line, 'the -- migrate:down section')]);
    }
    return analyseUp('dbmate', upPieces, { transactional }, 'present', []);
  },
};

export default dbmate;
