// Sqitch: `deploy/<change>.sql` with `revert/<change>.sql` (and `verify/<change>.sql`, which is no
// migration: see `isSqitchVerify`). The project beside the scripts says the rest:
// - where: sqitch.conf's top_dir and plan_file, as Sqitch resolves them (sqitch-layout.ts);
// - the database: sqitch.conf's engine (see sqitch-project.ts); Postgres scripts run through psql,
//   so their meta-commands (`\set`, `\gexec`) are read as psql reads them, and each variable psql
//   interpolates (`:name`, `:'name'`, `:"name"`: the script's own, or sqitch.conf's and `--set`'s,
//   which Sqitch passes psql) as a value set at run time (see sql/psql.ts);
// - the order: sqitch.plan's, through which a type change looks back at the earlier deploys
//   (a reworked change's earlier scripts are `deploy/<change>@<tag>.sql`).
import type { Hit } from '../types';
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import type { SqlLintOptions, SqlPiece } from '../sql/lint-sql';
import type { DialectSource } from '../sql/dialect';
import { dialectOfPath } from '../sql/dialect';
import { sqlAnalyser } from '../sql/lazy';
import { deployPathOf, sqitch as meta, revertPathOf } from './meta/index';
import { analyseDown, analyseUp, baseName, judgeDownFile, sqlOptions, type SqlHistory } from './shared-sql';
import { sqitchFolder } from './sql-detect';
import { sqitchConfDialect, sqitchRoot, sqitchScriptOrder } from './sqitch-project';
import { verdictOncePerReader, readConfigFile, isUnread } from './tool-dialect';
import { analyseInVerdict, isDoubt, withUnread, type DialectVerdict } from './dialect-doubt';
import { sqitchLayout } from './sqitch-layout';

export { revertPathOf } from './meta/index';

/**
 * The dialect the project's sqitch.conf names for a script; undefined without one (or a reader); a
 * doubt naming it when it does not read, or its read fails.
 */
export function sqitchProjectDialect(input: Pick<MigrationInput, 'path' | 'readFile'>): Promise<DialectVerdict> {
  const root = sqitchRoot(input.path);
  const read = input.readFile;
  if (root === undefined || !read) return Promise.resolve(undefined);
  return verdictOncePerReader(
    read,
    `sqitch:${root}sqitch.conf`,
    async () => {
      const layout = await sqitchLayout(root, read);
      if (layout.unread) return withUnread(layout.unread);
      const text = await readConfigFile(read, layout.conf);
      return isUnread(text) ? withUnread(text) : text === undefined ? undefined : sqitchConfDialect(text, layout.conf);
    },
    `${root}sqitch.conf`,
  );
}

/** Whether scripts of this dialect run through psql (Sqitch's pg, Cockroach and Yugabyte engines). */
const viaPsql = (dialect: DialectSource | undefined) => !dialect || ['postgres', 'cockroachdb', 'yugabytedb'].includes(dialect.dialect);

/** A script's pieces as its engine's client sends them, and a notice for each file psql includes. */
async function scriptPieces(sql: string, dialect: DialectSource | undefined): Promise<{ pieces: SqlPiece[]; hits: Hit[] }> {
  const pieces = [{ sql, line: 1 }];
  // Sqitch's MySQL engine runs scripts through the mysql client, which reads DELIMITER itself.
  if (dialect?.dialect === 'mysql') return { pieces: [{ sql: (await sqlAnalyser()).mysqlClientScript(sql), line: 1 }], hits: [] };
  if (!viaPsql(dialect)) return { pieces, hits: [] };
  const read = await (await sqlAnalyser()).psqlPieces(pieces);
  const hits = read.includes.map(({ line, file }) => ({
    rule: 'not-analysed',
    line,
    message: `psql includes ${file || 'another file'} here: its SQL is not in this script and was not read with it. Lint that file too, or review what it runs by hand.`,
  }));
  return { pieces: read.pieces, hits };
}

/** The plan's order of each deploy folder's listing, once per listing (one per run or evaluation). */
const orders = new WeakMap<readonly string[], Promise<string[]>>();

/**
 * The scripts of a deploy folder (`names`, in `dir`) in sqitch.plan's order: those the plan does not
 * name are left out (Sqitch never runs them). Throws when the plan cannot be read.
 */
function planOrder(input: MigrationInput, names: readonly string[], dir: string): Promise<string[]> {
  let order = orders.get(names);
  if (!order) orders.set(names, (order = readPlanOrder(input, names, dir)));
  return order;
}

async function readPlanOrder(input: MigrationInput, names: readonly string[], dir: string): Promise<string[]> {
  const root = sqitchRoot(input.path) ?? '';
  const layout = await sqitchLayout(root, input.readFile!);
  if (layout.unread) throw new Error(`${layout.unread.file} could not be read (${layout.unread.failure})`);
  const path = layout.plan;
  const plan = await input.readFile!(path);
  if (plan === undefined) throw new Error(`there is no ${path}`);
  // A change named `users/add` has its scripts in `deploy/users/`: this folder's part of the name.
  const sub = dir.slice(root.length).split('/').slice(1).join('/');
  const files = new Set(names);
  const fileOf = (name: string) => (name.startsWith(sub) && !name.slice(sub.length).includes('/') ? `${name.slice(sub.length)}.sql` : undefined);
  return sqitchScriptOrder(plan, (name) => files.has(fileOf(name) ?? '')).flatMap((name) => {
    const file = fileOf(name);
    return file && files.has(file) ? [file] : [];
  });
}

const isScript = (name: string) => name.toLowerCase().endsWith('.sql');

/**
 * A revert on its own: a down (its drops expected), whose index drops before the drop of their table
 * are no lock of their own when its deploy created those indexes.
 */
async function analyseRevert(
  input: MigrationInput,
  script: { pieces: SqlPiece[]; hits: Hit[] },
  options: SqlLintOptions,
  dialect: DialectSource | undefined,
): Promise<MigrationAnalysis> {
  const down = await analyseDown('sqitch', script.pieces, options);
  const deployPath = deployPathOf(input.path);
  const deploySql = deployPath === undefined ? undefined : input.siblings[deployPath];
  let hits = down.hits;
  if (deploySql !== undefined && hits.some((h) => h.rule === 'non-concurrent-index-drop')) {
    const deploy = await scriptPieces(deploySql, dialect);
    const spared = await (await sqlAnalyser()).indexDropsBeforeTheirTable(script.pieces, deploy.pieces);
    hits = hits.filter((h) => h.rule !== 'non-concurrent-index-drop' || !spared.has(h.line));
  }
  return { ...down, hits: [...script.hits, ...hits] };
}

const sqitch: Framework = {
  ...meta,
  async analyse(given) {
    const verdict = given.dialect ?? dialectOfPath(given.path) ?? (await sqitchProjectDialect(given));
    if (isDoubt(verdict)) return analyseInVerdict(sqitch, given, verdict);
    const dialect = verdict;
    const input = dialect && !given.dialect ? { ...given, dialect } : given;
    const { path, siblings } = input;
    const options = sqlOptions(input);
    const script = await scriptPieces(input.content, dialect);
    if (sqitchFolder(path) === 'revert') return analyseRevert(input, script, options, dialect);
    const revertPath = revertPathOf(path) as string;
    const revertSql = siblings[revertPath];
    const revert = revertSql === undefined ? undefined : await scriptPieces(revertSql, dialect);
    const judged = await judgeDownFile(revert?.pieces[0]!.sql, revertPath);
    const history: SqlHistory = {
      input,
      isMigration: isScript,
      upPieces: async (sql) => (await scriptPieces(sql, dialect)).pieces,
      order: (names, dir) => planOrder(input, names, dir),
    };
    const down = judged.down === 'present' ? { pieces: revert!.pieces, name: baseName(revertPath) } : undefined;
    return analyseUp('sqitch', script.pieces, options, judged.down, [...judged.hits, ...script.hits], history, down);
  },
};

export default sqitch;
