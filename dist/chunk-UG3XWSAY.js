import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  revertPathOf,
  sqitch_default
} from "./chunk-YBPAYH4I.js";
import {
  analyseDown,
  analyseUp,
  downSqlOf,
  judgeDownFile,
  sqitchFolder,
  sqlOptions
} from "./chunk-VJGCCL65.js";
import "./chunk-BF324SM3.js";
import "./chunk-JBEGWCQG.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/sqitch.ts
var sqitch = {
  ...sqitch_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    const options = sqlOptions(input);
    if (sqitchFolder(path) === "revert") return analyseDown("sqitch", pieces, options);
    const revertPath = revertPathOf(path);
    const judged = await judgeDownFile(siblings[revertPath], revertPath);
    const down = judged.down === "present" ? downSqlOf(siblings[revertPath], revertPath) : void 0;
    return analyseUp("sqitch", pieces, options, judged.down, judged.hits, void 0, down);
  }
};
var sqitch_default2 = sqitch;
export {
  sqitch_default2 as default,
  revertPathOf
};
