// Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`. The SQL is linted as
// written; Prisma has no down migrations, so every migration is forward-only (the rollback plan
// must name a backup and restore procedure). The dialect: the config, the path, or the provider
// Prisma records in migration_lock.toml beside the migrations (tool-dialect.ts).
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { prisma as meta } from './meta/index';
import { finishAnalysis, hit, newTranslation } from './dsl/common';
import { dialectFor } from './shared-sql';
import { prismaDialect } from './tool-dialect';
import { analyseInVerdict, isDoubt } from './dialect-doubt';

export const prisma: Framework = {
  ...meta,
  async analyse(input: MigrationInput): Promise<MigrationAnalysis> {
    const t = newTranslation(true);
    t.downStatus = 'forward-only';
    t.hits.push(
      hit(
        'forward-only-migration',
        1,
        'Prisma migrations have no down migration: rolling back needs a backup and restore procedure (or a new forward migration) named in the rollback plan.',
      ),
    );
    if (input.content.trim()) t.up.push({ sql: input.content, line: 1 });
    // The config's dialect setting, then the path (`db/mysql/migrations/`), then Prisma's lock file;
    // a lock file that does not read (or whose read fails) leaves the database in doubt, said.
    const dialect = dialectFor(input) ?? (await prismaDialect(input));
    if (isDoubt(dialect)) return analyseInVerdict(prisma, input, dialect);
    const analysis = await finishAnalysis('prisma', t, dialect);
    const said = prismaWarnings(input.content).filter(
      (w) => !analysis.hits.some((h) => h.rule === w.rule && w.names.every((n) => h.message.includes(`"${n}"`))),
    );
    return said.length
      ? { ...analysis, hits: [...analysis.hits, ...said.map((w) => hit(w.rule, w.line, w.message))].sort((a, b) => a.line - b.line) }
      : analysis;
  },
};

/**
 * What Prisma Migrate warns of in the comment it writes atop a migration, for the changes its SQL
 * does not show: on SQLite a dropped column, a column made required or a required column added
 * is a table rebuild (`-- RedefineTables`: `new_<table>` created, the rows copied, the old table
 * dropped and the copy renamed), which reads as no change at all. Each such warning about a table
 * the migration rebuilds is a finding, unless the SQL already gave the same one. (The comment is
 * Prisma's text, read line by line; the SQL itself is never read with patterns.)
 */
const PRISMA_WARNINGS: { re: RegExp; rule: string; message: (c: string, t: string) => string }[] = [
  {
    re: /You are about to drop the column `([^`]+)` on the `([^`]+)` table/,
    rule: 'drop-column',
    message: (c, t) =>
      `Dropping column "${c}" from "${t}" (Prisma's warning: the table is rebuilt without it) deletes its data; a rollback cannot restore it. Stop reading the column first, deploy, then drop it in a later release.`,
  },
  {
    re: /Added the required column `([^`]+)` to the `([^`]+)` table without a default value/,
    rule: 'add-required-column',
    message: (c, t) =>
      `Adding NOT NULL column "${c}" to "${t}" without a default (Prisma's warning) fails on existing rows, and old code that inserts without it breaks. Add it nullable or with a default, backfill, then make it required in a later release.`,
  },
  {
    re: /Made the column `([^`]+)` on table `([^`]+)` required/,
    rule: 'set-not-null',
    message: (c, t) =>
      `Making "${c}" of "${t}" NOT NULL (Prisma's warning) fails on existing NULL values, and old code that writes NULL there fails after the change. Backfill first, and keep writing it in the old release.`,
  },
];

function prismaWarnings(content: string): { rule: string; line: number; names: string[]; message: string }[] {
  const out: { rule: string; line: number; names: string[]; message: string }[] = [];
  // Only for tables this migration rebuilds (Prisma names the copy `new_<table>`): elsewhere its
  // SQL shows the change, and an author may have rewritten it (documenso adds a column nullable,
  // backfills and sets NOT NULL under Prisma's stale 'added the required column' warning).
  const rebuilt = new Set([...content.matchAll(/^CREATE TABLE "new_([^"]+)" \(/gm)].map((m) => m[1]!));
  if (!rebuilt.size) return out;
  const lines = content.split('\n');
  // Only the comment Prisma writes first (`/* Warnings: … */`), never SQL.
  if (!/^\s*\/\*\s*$/.test(lines[0] ?? '') || !/^\s*Warnings:/.test(lines.slice(1, 4).join('\n').trim())) return out;
  for (let i = 1; i < lines.length && !lines[i]!.includes('*/'); i++) {
    for (const w of PRISMA_WARNINGS) {
      const m = w.re.exec(lines[i]!);
      if (m && rebuilt.has(m[2]!)) out.push({ rule: w.rule, line: i + 1, names: [m[1]!, m[2]!], message: w.message(m[1]!, m[2]!) });
    }
  }
  return out;
}

export default prisma;
