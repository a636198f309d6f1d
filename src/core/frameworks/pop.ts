// gobuffalo/pop and ory/popx migrations: `<version>_<name>[.<dialect>].(up|down).(sql|fizz)`.
//
// SQL: ory splits one migration into numbered parts, one statement each, so that databases
// without transactional DDL can resume (`20200830130642000000_add_x.postgres.up.sql`,
// `…000001_add_x.postgres.up.sql`, …). A part's down is generated in reverse order, so the
// statement that undoes part 000000's up often sits in another part's down file, and many part
// files are empty on purpose. The down path is therefore judged per group (the parts that share
// the 14-digit timestamp, the name and the dialect), once, on the group's first up part. A file
// without a dialect part runs on every database; one with `.mysql.`, `.sqlite3.`, `.cockroach.`
// is read in that dialect.
//
// Fizz (`.fizz`): pop's DSL (`create_table("t") { t.Column("c", "string", {"null": true}) }`,
// `add_column`, `drop_column`, `rename_column`, `sql("…")`) reads as JavaScript; its calls are
// synthesised into Postgres SQL. Fizz columns are NOT NULL unless `{"null": true}`.
//
// Both are Go templates that pop renders for the database before running them
// (`{{ index .Options "Namespace" }}.users`, `{{ if .IsMySQL }} … {{ end }}`): every file is read
// rendered the same way (pop/template.ts).
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { pop as meta, popDownPathOf } from './meta/index';
import { finishAnalysis, hit, unreadable } from './dsl/common';
import { fizzToPieces } from './pop/fizz';
import { renderPopTemplate } from './pop/template';
import {
  analyseDown,
  analyseUp,
  baseName,
  dialectFor,
  dirName,
  downSqlOf,
  emptyDownHit,
  isEmptySql,
  missingDownHit,
  sqlOptions,
  type SqlHistory,
} from './shared-sql';
import { popName, type PopName } from './sql-detect';
import type { Hit } from '../types';
import type { DownSql } from './down-types';
import type { SqlLintOptions, SqlPiece } from '../sql/lint-sql';

export { popDownPathOf } from './meta/index';
export { fizzToPieces } from './pop/fizz';

/** The files of one migration group in a listing: its up parts and down parts, in part order. */
export interface PopGroup {
  ups: string[];
  downs: string[];
}

/** The files of a listing by migration (timestamp, name, extension), indexed once per listing. */
const groupIndexes = new WeakMap<readonly string[], Map<string, { file: string; p: PopName }[]>>();

const groupKey = (p: PopName) => `${p.stamp}\u0000${p.name}\u0000${p.ext}`;

function groupIndex(names: readonly string[]): Map<string, { file: string; p: PopName }[]> {
  let index = groupIndexes.get(names);
  if (!index) {
    index = new Map();
    for (const file of names) {
      const p = popName(file);
      if (!p) continue;
      const key = groupKey(p);
      let bucket = index.get(key);
      if (!bucket) index.set(key, (bucket = []));
      bucket.push({ file, p });
    }
    groupIndexes.set(names, index);
  }
  return index;
}

/**
 * The group `name` belongs to in a folder listing: the files with its timestamp and name, of its
 * dialect or of none (a dialect-less file runs on every database, unless the dialect has its own
 * file of that part), in part order. Pure; the
 * rollback drill reads a group's ups and downs through it.
 */
export function popGroup(names: readonly string[], name: string): PopGroup | undefined {
  const self = popName(name);
  if (!self) return undefined;
  const ups: [string, string][] = [];
  const downs: [string, string][] = [];
  const members = groupIndex(names).get(groupKey(self)) ?? [];
  // popx runs, per version, the file of the database's own dialect instead of the one every
  // database runs, however each is named (`x.mysql.up.sql` instead of `x.autocommit.up.sql`).
  const own = new Set<string>();
  if (self.dialect !== undefined) for (const { p } of members) if (p.dialect === self.dialect) own.add(`${p.direction}${p.part}`);
  for (const { file, p } of members) {
    if (p.dialect === undefined ? own.has(`${p.direction}${p.part}`) : p.dialect !== self.dialect) continue;
    (p.direction === 'up' ? ups : downs).push([p.part, file]);
  }
  const order = (xs: [string, string][]) => xs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1)).map(([, n]) => n);
  return { ups: order(ups), downs: order(downs) };
}

/** The folder's pop up SQL files, for a column's earlier type. */
const isPopUpSql = (name: string) => {
  const p = popName(name);
  return p?.direction === 'up' && p.ext === 'sql';
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

type DownVerdict = { down: MigrationAnalysis['down']; hits: Hit[] };

/** Group verdicts by listing, then by group and dialect: every part of a group asks the same question. */
const verdicts = new WeakMap<readonly string[], Map<string, Promise<DownVerdict>>>();

/** The down path of a group as a whole: present when any of its down files does something. */
async function groupDown(input: MigrationInput, group: PopGroup, where: string, parts: string): Promise<DownVerdict> {
  const dir = dirName(input.path);
  let anyDown = false;
  for (const name of group.downs) {
    let content: string | undefined;
    try {
      content = `${dir}${name}` in input.siblings ? input.siblings[`${dir}${name}`] : await input.readFile?.(`${dir}${name}`);
    } catch (error) {
      return {
        down: 'present',
        hits: [
          hit(
            'not-analysed',
            1,
            `The down files of the migration ${where} could not all be read (${name}: ${errorText(error)}): its down path was not judged.`,
          ),
        ],
      };
    }
    if (content === undefined) continue;
    anyDown = true;
    if (!(await isEmptySql([{ sql: content, line: 1 }]))) return { down: 'present', hits: [] };
  }
  if (!anyDown) return { down: 'missing', hits: [missingDownHit(1, `none of the ${parts} of ${where} has a down file`)] };
  return { down: 'empty', hits: [emptyDownHit(1, `every down file of the ${parts} of ${where}`)] };
}

/** How the down path of the group an up part belongs to stands, and what to report (on the group's first part only). */
async function judgeGroupDown(input: MigrationInput, self: PopName, names: string[] | undefined, failure: string | undefined): Promise<DownVerdict> {
  const { path, siblings } = input;
  const own = popDownPathOf(path)!;
  const dir = dirName(path);
  const where = `${self.stamp}…_${self.name}${self.dialect ? `.${self.dialect}` : ''}`;
  // A whole migration (no part number), or no listing: its own down file decides.
  if (self.part === '' || !names) {
    const content = siblings[own];
    if (content !== undefined && !(await isEmptySql([{ sql: content, line: 1 }]))) return { down: 'present', hits: [] };
    if (self.part === '') {
      if (content === undefined) return { down: 'missing', hits: [missingDownHit(1, `no ${baseName(own)}`)] };
      return { down: 'empty', hits: [emptyDownHit(1, baseName(own))] };
    }
    const why = failure ? `listing ${dir || './'} failed (${failure})` : 'the folder could not be listed';
    return {
      down: 'present',
      hits: [
        hit(
          'not-analysed',
          1,
          `This is one part of the migration ${where}, whose down may sit in another part's file, but ${why}: its down path was not judged. Check that the group's down files undo it.`,
        ),
      ],
    };
  }
  const group = popGroup(names, baseName(path))!;
  const parts = `${group.ups.length} part${group.ups.length > 1 ? 's' : ''}`;
  let byGroup = verdicts.get(names);
  if (!byGroup) verdicts.set(names, (byGroup = new Map()));
  const key = `${dir}\u0000${groupKey(self)}\u0000${self.dialect ?? ''}`;
  let verdict = byGroup.get(key);
  if (!verdict) byGroup.set(key, (verdict = groupDown(input, group, where, parts)));
  const { down, hits } = await verdict;
  // The group is judged once, on its first up part; the other parts share the verdict silently.
  return { down, hits: group.ups[0] === baseName(path) ? hits : [] };
}

/** Each part of a group linted together starts at a multiple of this line (never a real line). */
const PART_LINES = 10_000_000;

interface GroupReading {
  /** Findings by part file, on that file's own lines. */
  hits: Map<string, Hit[]>;
  changesData: boolean;
  additiveOnly: boolean;
  dialect: MigrationAnalysis['dialect'];
  /** No part does anything (comments only): an empty down path is complete. */
  empty: boolean;
}

/** Group readings by listing, like the down verdicts: a group's up parts are linted once, together. */
const readings = new WeakMap<readonly string[], Map<string, Promise<GroupReading | undefined>>>();

/**
 * The up parts of a group linted as one, in part order, so that a table an earlier part creates is
 * new in later ones and a rebuild spread over parts (create a copy, copy rows, drop the table,
 * rename the copy back) reads as the rebuild it is. Part k's SQL starts at line `PART_LINES·(k+1)`;
 * findings go back to their own files and lines. Undefined when a part cannot be read (each part
 * is then linted alone).
 */
async function readGroup(input: MigrationInput, group: PopGroup, options: SqlLintOptions): Promise<GroupReading | undefined> {
  const dir = dirName(input.path);
  const pieces: SqlPiece[] = [];
  for (const [k, name] of group.ups.entries()) {
    let content: string | undefined;
    try {
      content = name === baseName(input.path) ? input.content : await input.readFile?.(`${dir}${name}`);
    } catch {
      return undefined;
    }
    if (content === undefined) return undefined;
    if (content.trim()) pieces.push({ sql: content, line: PART_LINES * (k + 1) });
  }
  // The group runs after the migrations before its first part, whichever part asked: its own parts
  // are read here as one file. (The part that asked first varies with the order files are linted in,
  // and on two threads with timing: looking back from it made a group's findings vary too.)
  const history: SqlHistory = { input: { ...input, path: `${dir}${group.ups[0]}` }, isMigration: isPopUpSql };
  const analysis = await analyseUp('pop', pieces, options, 'present', [], history, await groupDownSql(input, group));
  const hits = new Map<string, Hit[]>(group.ups.map((name) => [name, []]));
  for (const h of analysis.hits) {
    const k = Math.floor(h.line / PART_LINES) - 1;
    const name = group.ups[k];
    if (name) hits.get(name)!.push({ ...h, line: h.line - PART_LINES * (k + 1) + 1 });
  }
  const empty = await isEmptySql(pieces);
  return { hits, changesData: analysis.changesData === true, additiveOnly: analysis.additiveOnly === true, dialect: analysis.dialect, empty };
}

/**
 * A group's down files as one script, each piece naming its file, for a type change the group's
 * down narrows back; undefined when one cannot be read (then not compared: the down verdict says so).
 */
async function groupDownSql(input: MigrationInput, group: PopGroup): Promise<DownSql | undefined> {
  const dir = dirName(input.path);
  const pieces: SqlPiece[] = [];
  for (const name of group.downs) {
    const path = `${dir}${name}`;
    let content: string | undefined;
    try {
      content = path in input.siblings ? input.siblings[path] : await input.readFile?.(path);
    } catch {
      return undefined;
    }
    if (content?.trim()) pieces.push({ sql: content, line: 1, path: name });
  }
  return pieces.length ? { pieces, name: 'the down files' } : undefined;
}

async function analyseSql(input: MigrationInput, self: PopName): Promise<MigrationAnalysis> {
  const options = sqlOptions(input, { transactional: !self.autocommit });
  const own = [{ sql: input.content, line: 1 }];
  if (self.direction === 'down') return analyseDown('pop', own, options);
  let names: string[] | undefined;
  let failure: string | undefined;
  try {
    names = input.listDir ? await input.listDir(dirName(input.path)) : undefined;
  } catch (error) {
    failure = errorText(error);
  }
  const judged = await judgeGroupDown(input, self, names, failure);
  const group = names && input.readFile ? popGroup(names, baseName(input.path)) : undefined;
  if (names && group && group.ups.length > 1 && group.ups.includes(baseName(input.path))) {
    let byGroup = readings.get(names);
    if (!byGroup) readings.set(names, (byGroup = new Map()));
    const key = `${dirName(input.path)}\u0000${groupKey(self)}\u0000${self.dialect ?? ''}\u0000${self.autocommit}`;
    let reading = byGroup.get(key);
    if (!reading) byGroup.set(key, (reading = readGroup(input, group, options)));
    const read = await reading;
    if (read) {
      // As for a whole migration (analyseUp): a group whose parts do nothing has nothing to undo.
      const complete = judged.down === 'empty' && read.empty;
      const reversibility = complete ? judged.hits.filter((h) => h.rule !== 'empty-down-migration') : judged.hits;
      const hits = [...reversibility, ...(read.hits.get(baseName(input.path)) ?? [])].sort((a, b) => a.line - b.line);
      const analysis: MigrationAnalysis = { framework: 'pop', role: 'up', down: complete ? 'present' : judged.down, hits, additiveOnly: read.additiveOnly };
      if (read.changesData) analysis.changesData = true;
      if (read.dialect) analysis.dialect = read.dialect;
      return analysis;
    }
  }
  // A whole migration's down is its own down file (a group's is spread over its parts: not compared).
  const downPath = popDownPathOf(input.path)!;
  const downContent = self.part === '' && judged.down === 'present' ? input.siblings[downPath] : undefined;
  const down = downContent === undefined ? undefined : downSqlOf(downContent, downPath);
  return analyseUp('pop', own, options, judged.down, judged.hits, { input, isMigration: isPopUpSql }, down);
}

async function analyseFizz(input: MigrationInput, self: PopName): Promise<MigrationAnalysis> {
  if (self.direction === 'down') {
    const t = await fizzToPieces(input.content);
    return { framework: 'pop', role: 'down', down: 'present', hits: t.hits.filter((h) => h.rule === 'parse-error') };
  }
  const t = await fizzToPieces(input.content);
  const downPath = popDownPathOf(input.path)!;
  const down = input.siblings[downPath];
  if (down === undefined) {
    t.downStatus = 'missing';
    t.hits.push(missingDownHit(1, `no ${baseName(downPath)}`));
  } else if ((await fizzToPieces(down)).statements === 0) {
    t.downStatus = 'empty';
    t.hits.push(emptyDownHit(1, baseName(downPath)));
  }
  return finishAnalysis('pop', t, dialectFor(input));
}

/**
 * The input with every file read through it rendered as pop renders it for the file's database
 * (pop/template.ts): the file, its down, a group's other parts and the earlier migrations a look
 * back reads. A file that uses a construct not evaluated stays as written (its parser says so).
 */
function renderedInput(input: MigrationInput): MigrationInput {
  const dialect = dialectFor(input)?.dialect;
  const render = (c: string | undefined): string | undefined => (c === undefined || !c.includes('{{') ? c : renderPopTemplate(c, dialect).text);
  const siblings: Record<string, string | undefined> = {};
  for (const [p, c] of Object.entries(input.siblings)) siblings[p] = render(c);
  const { readFile, readFileNow } = input;
  return {
    ...input,
    content: render(input.content)!,
    siblings,
    ...(readFile ? { readFile: async (p: string) => render(await readFile(p)) } : {}),
    ...(readFileNow ? { readFileNow: (p: string) => render(readFileNow(p)) } : {}),
  };
}

const pop: Framework = {
  ...meta,
  async analyse(raw) {
    const input = renderedInput(raw);
    const self = popName(input.path);
    if (!self) return unreadable('pop', 'pop migration', new Error('its name is not <version>_<name>[.<dialect>].(up|down).(sql|fizz)'));
    if (self.ext === 'sql') return analyseSql(input, self);
    try {
      return await analyseFizz(input, self);
    } catch (e) {
      return unreadable('pop', 'fizz migration', e);
    }
  },
};

export default pop;
