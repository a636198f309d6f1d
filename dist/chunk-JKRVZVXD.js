import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseUp,
  emptyDownHit,
  goose_default,
  isEmptySql,
  missingDownHit,
  readMarkers,
  sectionPieces
} from "./chunk-R3HZROVM.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/goose.ts
function read(content) {
  const { markers, lines } = readMarkers(content, "-- +goose");
  const word = (m) => m.text.toLowerCase();
  const up = markers.find((m) => word(m) === "up");
  const down = markers.find((m) => word(m) === "down");
  const end = lines.length + 1;
  const upFrom = up ? up.line + 1 : 1;
  const upTo = down && down.line > upFrom ? down.line : end;
  const transactional = !markers.some((m) => word(m) === "no transaction");
  return { markers, lines, up, down, end, transactional, upPieces: sectionPieces(lines, markers, upFrom, upTo) };
}
var goose = {
  ...goose_default,
  async analyse(input) {
    const { markers, lines, up, down, end, transactional, upPieces } = read(input.content);
    const history = { input, isMigration: (name) => name.toLowerCase().endsWith(".sql"), upPieces: (sql) => read(sql).upPieces };
    if (!down) return analyseUp("goose", upPieces, { transactional }, "missing", [missingDownHit(up?.line ?? 1, "no -- +goose Down section")], history);
    const downTo = up && up.line > down.line ? up.line : end;
    const downPieces = sectionPieces(lines, markers, down.line + 1, downTo);
    if (await isEmptySql(downPieces)) {
      return analyseUp("goose", upPieces, { transactional }, "empty", [emptyDownHit(down.line, "the -- +goose Down section")], history);
    }
    return analyseUp("goose", upPieces, { transactional }, "present", [], history);
  }
};
var goose_default2 = goose;
export {
  goose_default2 as default
};
