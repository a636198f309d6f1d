import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseDown,
  analyseUp,
  judgeDownFile,
  revertPathOf,
  sqitchFolder,
  sqitch_default
} from "./chunk-EDZVOD4D.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/sqitch.ts
var sqitch = {
  ...sqitch_default,
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (sqitchFolder(path) === "revert") return analyseDown("sqitch", pieces);
    const revertPath = revertPathOf(path);
    const judged = await judgeDownFile(siblings[revertPath], revertPath);
    return analyseUp("sqitch", pieces, {}, judged.down, judged.hits);
  }
};
var sqitch_default2 = sqitch;
export {
  sqitch_default2 as default,
  revertPathOf
};
