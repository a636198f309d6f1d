import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  withJvmDialect
} from "./chunk-LHB3JKIK.js";
import "./chunk-4GBM5NJM.js";
import "./chunk-LOUL7MGO.js";
import "./chunk-DCVK6NQB.js";
import "./chunk-FKTDEFNZ.js";
import "./chunk-P765CN6Y.js";
import {
  withoutCopyRows
} from "./chunk-ODHN6VRW.js";
import {
  flyway_default,
  kindOf,
  undoPathOf,
  withoutPlaceholders
} from "./chunk-QPD4Q67D.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  emptyDownHit,
  isEmptySql,
  sqlOptions
} from "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/flyway.ts
var isVersioned = (name) => kindOf(name) === "V" && name.toLowerCase().endsWith(".sql");
var flyway = {
  ...flyway_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: await withoutCopyRows(withoutPlaceholders(content)), line: 1 }];
    const options = sqlOptions(input);
    const kind = kindOf(path);
    const history = { input, isMigration: isVersioned, upPieces: (c) => [{ sql: withoutPlaceholders(c), line: 1 }] };
    if (kind === "U") return analyseDown("flyway", pieces, options);
    if (kind !== "V") return analyseUp("flyway", pieces, options, "present", []);
    const undoPath = undoPathOf(path);
    const undo = siblings[undoPath];
    if (undo === void 0) {
      const forwardOnly = {
        rule: "forward-only-migration",
        line: 1,
        message: `This Flyway migration has no undo script (${baseName(undoPath)}): it can only go forward. Add the undo script, or name the backup and restore procedure in the rollback plan.`
      };
      return analyseUp("flyway", pieces, options, "forward-only", [forwardOnly], history);
    }
    if (await isEmptySql([{ sql: withoutPlaceholders(undo), line: 1 }]))
      return analyseUp("flyway", pieces, options, "empty", [emptyDownHit(1, baseName(undoPath))], history);
    return analyseUp("flyway", pieces, options, "present", [], history, { pieces: [{ sql: withoutPlaceholders(undo), line: 1 }], name: baseName(undoPath) });
  }
};
var flyway_default2 = withJvmDialect(flyway);
export {
  flyway_default2 as default,
  undoPathOf
};
