// Sqitch's Postgres scripts as psql runs them: Sqitch passes psql the variables of sqitch.conf (and
// of `sqitch deploy --set`) as `--set name=value` (sqitchers/sqitch@0ab857e3 lib/App/Sqitch/Engine/pg.pm),
// and psql acts on the script's meta-commands itself (`\set`, `\gexec`) and interpolates its
// variables (`:name`, `:'name'`, `:"name"`) before the server sees a statement. The reading is the
// core's (src/core/sql/psql.ts, with the variables merged as Sqitch merges them in
// src/core/frameworks/sqitch-project.ts); here each script gets the values of its command (a deploy's
// or a revert's), and what the drill cannot do as psql would stops the script before it runs, saying why.
import { readGitConfig, sqitchEngine, sqitchVariables } from '../core/frameworks/sqitch-project';
import { loadPgParser, type PgParser } from '../core/sql/pg';
import { psqlScript } from '../core/sql/psql';
import type { SqlPiece } from '../core/sql/lint-sql';
import type { Session } from './engine';
import type { Migration, Script } from './scripts';

/** Meta-commands the drill does as psql does: setting variables, printing, sending the query (`\g`: `;`). */
const REPRODUCED = new Set(['set', 'unset', 'echo', 'qecho', 'warn', 'pset', 'timing', 'g', 'gx']);

/** Engines whose scripts Sqitch runs through psql. */
const PSQL_ENGINES = new Set(['pg', 'postgres', 'postgresql', 'cockroach', 'cockroachdb', 'yugabyte']);

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/**
 * Variables psql sets itself when it connects (its SyncVariables), over any `--set`: the value of each
 * is the drill's session's, known once connected, so the script holds a marker for it until then
 * (`withSessionValues`). A seattleflu/id3c change grants `connect on database :"DBNAME"`.
 */
const SESSION_VARIABLES: Record<string, string> = {
  DBNAME: 'current_database()',
  USER: 'session_user',
  PORT: "current_setting('port')",
  ENCODING: 'pg_client_encoding()',
  SERVER_VERSION_NAME: "current_setting('server_version')",
  SERVER_VERSION_NUM: "current_setting('server_version_num')",
};
// A name the parser reads (the drill parses scripts before it runs them), as a stand-in does.
const MARK = '__psql_session_';
const mark = (name: string) => `${MARK}${name}__`;
const sessionMarks = () => new Map(Object.keys(SESSION_VARIABLES).map((name) => [name, mark(name)]));

/** Whether pieces hold a psql session variable's marker. */
export const usesSessionVariables = (pieces: readonly SqlPiece[]): boolean => pieces.some((p) => p.sql.includes(MARK));

/** `pieces` with each psql session variable's marker replaced by its value in `session`. */
export async function withSessionValues(pieces: readonly SqlPiece[], session: Session): Promise<SqlPiece[]> {
  const names = Object.keys(SESSION_VARIABLES);
  const [row] = await session.query<Record<string, string>>(`SELECT ${names.map((n) => `(${SESSION_VARIABLES[n]})::text AS "${n}"`).join(', ')}`);
  return pieces.map((p) => {
    if (!p.sql.includes(MARK)) return p;
    let sql = p.sql;
    for (const name of names) sql = sql.split(mark(name)).join(row?.[name] ?? '');
    return { ...p, sql };
  });
}

/**
 * A Sqitch project's migrations with their scripts read as psql runs them, from the sqitch.conf
 * text at their revision (`conf`, at `confPath`) and the drill's `--set` values (`given`).
 */
export async function withSqitchVariables(
  migrations: Migration[],
  conf: string | undefined,
  confPath: string,
  given: ReadonlyMap<string, string> = new Map(),
): Promise<Migration[]> {
  const config = readGitConfig(conf ?? '');
  const engine = sqitchEngine(config);
  if (engine && !PSQL_ENGINES.has(engine)) return migrations;
  const pg = await loadPgParser();
  // psql sets its own variables on connecting, over Sqitch's.
  const values = {
    deploy: new Map([...sqitchVariables(config, 'deploy', given), ...sessionMarks()]),
    revert: new Map([...sqitchVariables(config, 'revert', given), ...sessionMarks()]),
  };
  return migrations.map((m) => {
    if (m.framework !== 'sqitch') return m;
    const notes = [...(m.notes ?? [])];
    const up = asPsql(pg, m.up, values.deploy, 'deploy', confPath, notes);
    const down = m.down ? asPsql(pg, m.down, values.revert, 'revert', confPath, notes) : undefined;
    return { ...m, up, ...(down ? { down } : {}), ...(notes.length ? { notes } : {}) };
  });
}

/** One script as psql runs it with `values`; what it cannot run as psql would set as its failure, stand-ins said in `notes`. */
function asPsql(pg: PgParser, script: Script, values: ReadonlyMap<string, string>, command: 'deploy' | 'revert', confPath: string, notes: string[]): Script {
  const pieces: SqlPiece[] = [];
  let failure: Script['failure'];
  for (const piece of script.pieces) {
    // A COPY's inline rows are kept: psql sends them as its data, and so does the drill (statements.ts).
    const read = psqlScript(pg, piece.sql, values, { keepCopyRows: true });
    pieces.push(read.sql === piece.sql ? piece : { ...piece, sql: read.sql });
    const lineOf = (offset: number) => piece.line + lineAt(piece.sql, offset);
    for (const { name, command: shell } of read.shell) {
      const note = `${script.label}: psql sets :${name} from a shell command (\`${shell}\`) the drill does not run; its name stood in for its value`;
      if (!notes.includes(note)) notes.push(note);
    }
    const unset = read.unset[0];
    const other = read.commands.find((c) => !REPRODUCED.has(c.command));
    const first = [
      unset && { offset: unset.offset, message: unsetMessage(unset.name, command, confPath) },
      other && { offset: other.offset, message: commandMessage(other.command, read.includes.find((i) => i.offset === other.offset)?.file) },
    ]
      .filter((x): x is { offset: number; message: string } => Boolean(x))
      .sort((a, b) => a.offset - b.offset)[0];
    if (first && !failure) failure = { line: lineOf(first.offset), message: first.message, by: 'psql' };
  }
  return { ...script, pieces, ...(failure ? { failure } : {}) };
}

function unsetMessage(name: string, command: 'deploy' | 'revert', confPath: string): string {
  const sections = command === 'revert' ? '[core "variables"], [deploy "variables"], [revert "variables"]' : '[core "variables"], [deploy "variables"]';
  return (
    `the script uses the psql variable :${name}, which nothing sets, so psql would send it as written and Postgres reject it. ` +
    `Sqitch passes psql the variables of ${confPath}'s ${sections}, [engine "pg.variables"] and [target "<name>.variables"] sections and of \`sqitch ${command} --set\`: ` +
    `set ${name} in one of those sections, or give the drill its value with --set ${name}=VALUE`
  );
}

function commandMessage(command: string, file: string | undefined): string {
  if (file !== undefined)
    return `psql includes ${file || 'another file'} here (\\${command}), and the drill does not run included files: rehearse this change by hand`;
  return `psql runs \\${command} here, which the drill does not do as psql does: rehearse this change by hand`;
}
