import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseUp,
  dbmate_default,
  emptyDownHit,
  isEmptySql,
  missingDownHit,
  readMarkers,
  sectionPieces
} from "./chunk-R3HZROVM.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/dbmate.ts
function read(content) {
  const { markers, lines } = readMarkers(content, "-- migrate:");
  const isSection = (m, name) => m.text.split(/\s+/)[0]?.toLowerCase() === name;
  const up = markers.find((m) => isSection(m, "up"));
  const down = markers.find((m) => isSection(m, "down"));
  const end = lines.length + 1;
  const upFrom = up ? up.line + 1 : 1;
  const upTo = down && down.line > upFrom ? down.line : end;
  const transactional = !(up?.text.split(/\s+/).includes("transaction:false") ?? false);
  return { markers, lines, up, down, end, transactional, upPieces: sectionPieces(lines, markers, upFrom, upTo) };
}
var dbmate = {
  ...dbmate_default,
  async analyse(input) {
    const { markers, lines, up, down, end, transactional, upPieces } = read(input.content);
    const history = { input, isMigration: (name) => name.toLowerCase().endsWith(".sql"), upPieces: (sql) => read(sql).upPieces };
    if (!down) return analyseUp("dbmate", upPieces, { transactional }, "missing", [missingDownHit(up?.line ?? 1, "no -- migrate:down section")], history);
    const downTo = up && up.line > down.line ? up.line : end;
    if (await isEmptySql(sectionPieces(lines, markers, down.line + 1, downTo))) {
      return analyseUp("dbmate", upPieces, { transactional }, "empty", [emptyDownHit(down.line, "the -- migrate:down section")], history);
    }
    return analyseUp("dbmate", upPieces, { transactional }, "present", [], history);
  }
};
var dbmate_default2 = dbmate;
export {
  dbmate_default2 as default
};
