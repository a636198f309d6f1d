import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  prismaDialect
} from "./chunk-MCQMMJVV.js";
import {
  finishAnalysis,
  hit,
  newTranslation
} from "./chunk-KHMFN5DG.js";
import {
  prisma_default
} from "./chunk-X2BQ3JXF.js";
import {
  dialectFor
} from "./chunk-YPVQ2ZTM.js";
import "./chunk-52NV7H7Y.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/prisma.ts
var prisma = {
  ...prisma_default,
  async analyse(input) {
    const t = newTranslation(true);
    t.downStatus = "forward-only";
    t.hits.push(
      hit(
        "forward-only-migration",
        1,
        "Prisma migrations have no down migration: rolling back needs a backup and restore procedure (or a new forward migration) named in the rollback plan."
      )
    );
    if (input.content.trim()) t.up.push({ sql: input.content, line: 1 });
    return finishAnalysis("prisma", t, dialectFor(input) ?? await prismaDialect(input));
  }
};
var prisma_default2 = prisma;
export {
  prisma_default2 as default,
  prisma
};
