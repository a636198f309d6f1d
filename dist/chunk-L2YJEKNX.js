import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  prismaDialect
} from "./chunk-DCVK6NQB.js";
import {
  analyseInVerdict,
  isDoubt
} from "./chunk-FKTDEFNZ.js";
import {
  finishAnalysis,
  hit,
  newTranslation
} from "./chunk-K4LOI7D2.js";
import "./chunk-P765CN6Y.js";
import "./chunk-M2CJ2PKO.js";
import {
  prisma_default
} from "./chunk-QPD4Q67D.js";
import {
  dialectFor
} from "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
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
    const dialect = dialectFor(input) ?? await prismaDialect(input);
    if (isDoubt(dialect)) return analyseInVerdict(prisma, input, dialect);
    const analysis = await finishAnalysis("prisma", t, dialect);
    const said = prismaWarnings(input.content).filter(
      (w) => !analysis.hits.some((h) => h.rule === w.rule && w.names.every((n) => h.message.includes(`"${n}"`)))
    );
    return said.length ? { ...analysis, hits: [...analysis.hits, ...said.map((w) => hit(w.rule, w.line, w.message))].sort((a, b) => a.line - b.line) } : analysis;
  }
};
var PRISMA_WARNINGS = [
  {
    re: /You are about to drop the column `([^`]+)` on the `([^`]+)` table/,
    rule: "drop-column",
    message: (c, t) => `Dropping column "${c}" from "${t}" (Prisma's warning: the table is rebuilt without it) deletes its data; a rollback cannot restore it. Stop reading the column first, deploy, then drop it in a later release.`
  },
  {
    re: /Added the required column `([^`]+)` to the `([^`]+)` table without a default value/,
    rule: "add-required-column",
    message: (c, t) => `Adding NOT NULL column "${c}" to "${t}" without a default (Prisma's warning) fails on existing rows, and old code that inserts without it breaks. Add it nullable or with a default, backfill, then make it required in a later release.`
  },
  {
    re: /Made the column `([^`]+)` on table `([^`]+)` required/,
    rule: "set-not-null",
    message: (c, t) => `Making "${c}" of "${t}" NOT NULL (Prisma's warning) fails on existing NULL values, and old code that writes NULL there fails after the change. Backfill first, and keep writing it in the old release.`
  }
];
function prismaWarnings(content) {
  const out = [];
  const rebuilt = new Set([...content.matchAll(/^CREATE TABLE "new_([^"]+)" \(/gm)].map((m) => m[1]));
  if (!rebuilt.size) return out;
  const lines = content.split("\n");
  if (!/^\s*\/\*\s*$/.test(lines[0] ?? "") || !/^\s*Warnings:/.test(lines.slice(1, 4).join("\n").trim())) return out;
  for (let i = 1; i < lines.length && !lines[i].includes("*/"); i++) {
    for (const w of PRISMA_WARNINGS) {
      const m = w.re.exec(lines[i]);
      if (m && rebuilt.has(m[2])) out.push({ rule: w.rule, line: i + 1, names: [m[1], m[2]], message: w.message(m[1], m[2]) });
    }
  }
  return out;
}
var prisma_default2 = prisma;
export {
  prisma_default2 as default,
  prisma
};
