import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseDown,
  analyseUp,
  baseName,
  emptyDownHit,
  flyway_default,
  isEmptySql,
  kindOf,
  undoPathOf
} from "./chunk-EDZVOD4D.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/flyway.ts
var flyway = {
  ...flyway_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    const kind = kindOf(path);
    const history = { input, isMigration: (name) => kindOf(name) === "V" && name.toLowerCase().endsWith(".sql") };
    if (kind === "U") return analyseDown("flyway", pieces);
    if (kind !== "V") return analyseUp("flyway", pieces, {}, "present", []);
    const undoPath = undoPathOf(path);
    const undo = siblings[undoPath];
    if (undo === void 0) {
      const forwardOnly = {
        rule: "forward-only-migration",
        line: 1,
        message: `This Flyway migration has no undo script (${baseName(undoPath)}): it can only go forward. Add the undo script, or name the backup and restore procedure in the rollback plan.`
      };
      return analyseUp("flyway", pieces, {}, "forward-only", [forwardOnly], history);
    }
    if (await isEmptySql([{ sql: undo, line: 1 }])) return analyseUp("flyway", pieces, {}, "empty", [emptyDownHit(1, baseName(undoPath))], history);
    return analyseUp("flyway", pieces, {}, "present", [], history);
  }
};
var flyway_default2 = flyway;
export {
  flyway_default2 as default,
  undoPathOf
};
