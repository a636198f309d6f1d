import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  readGitConfig,
  sqitchEngine,
  sqitchVariables
} from "./chunk-QE3MDSBO.js";
import {
  psqlScript
} from "./chunk-AR7KVG7R.js";
import {
  loadPgParser
} from "./chunk-VXNLIOFY.js";

// src/drill/sqitch-vars.ts
var REPRODUCED = /* @__PURE__ */ new Set(["set", "unset", "echo", "qecho", "warn", "pset", "timing", "g", "gx"]);
var PSQL_ENGINES = /* @__PURE__ */ new Set(["pg", "postgres", "postgresql", "cockroach", "cockroachdb", "yugabyte"]);
var lineAt = (text, offset) => text.slice(0, offset).split("\n").length - 1;
var SESSION_VARIABLES = {
  DBNAME: "current_database()",
  USER: "session_user",
  PORT: "current_setting('port')",
  ENCODING: "pg_client_encoding()",
  SERVER_VERSION_NAME: "current_setting('server_version')",
  SERVER_VERSION_NUM: "current_setting('server_version_num')"
};
var MARK = "__psql_session_";
var mark = (name) => `${MARK}${name}__`;
var sessionMarks = () => new Map(Object.keys(SESSION_VARIABLES).map((name) => [name, mark(name)]));
var usesSessionVariables = (pieces) => pieces.some((p) => p.sql.includes(MARK));
async function withSessionValues(pieces, session) {
  const names = Object.keys(SESSION_VARIABLES);
  const [row] = await session.query(`SELECT ${names.map((n) => `(${SESSION_VARIABLES[n]})::text AS "${n}"`).join(", ")}`);
  return pieces.map((p) => {
    if (!p.sql.includes(MARK)) return p;
    let sql = p.sql;
    for (const name of names) sql = sql.split(mark(name)).join(row?.[name] ?? "");
    return { ...p, sql };
  });
}
async function withSqitchVariables(migrations, conf, confPath, given = /* @__PURE__ */ new Map()) {
  const config = readGitConfig(conf ?? "");
  const engine = sqitchEngine(config);
  if (engine && !PSQL_ENGINES.has(engine)) return migrations;
  const pg = await loadPgParser();
  const values = {
    deploy: new Map([...sqitchVariables(config, "deploy", given), ...sessionMarks()]),
    revert: new Map([...sqitchVariables(config, "revert", given), ...sessionMarks()])
  };
  return migrations.map((m) => {
    if (m.framework !== "sqitch") return m;
    const notes = [...m.notes ?? []];
    const up = asPsql(pg, m.up, values.deploy, "deploy", confPath, notes);
    const down = m.down ? asPsql(pg, m.down, values.revert, "revert", confPath, notes) : void 0;
    return { ...m, up, ...down ? { down } : {}, ...notes.length ? { notes } : {} };
  });
}
function asPsql(pg, script, values, command, confPath, notes) {
  const pieces = [];
  let failure;
  for (const piece of script.pieces) {
    const read = psqlScript(pg, piece.sql, values, { keepCopyRows: true });
    pieces.push(read.sql === piece.sql ? piece : { ...piece, sql: read.sql });
    const lineOf = (offset) => piece.line + lineAt(piece.sql, offset);
    for (const { name, command: shell } of read.shell) {
      const note = `${script.label}: psql sets :${name} from a shell command (\`${shell}\`) the drill does not run; its name stood in for its value`;
      if (!notes.includes(note)) notes.push(note);
    }
    const unset = read.unset[0];
    const other = read.commands.find((c) => !REPRODUCED.has(c.command));
    const first = [
      unset && { offset: unset.offset, message: unsetMessage(unset.name, command, confPath) },
      other && { offset: other.offset, message: commandMessage(other.command, read.includes.find((i) => i.offset === other.offset)?.file) }
    ].filter((x) => Boolean(x)).sort((a, b) => a.offset - b.offset)[0];
    if (first && !failure) failure = { line: lineOf(first.offset), message: first.message, by: "psql" };
  }
  return { ...script, pieces, ...failure ? { failure } : {} };
}
function unsetMessage(name, command, confPath) {
  const sections = command === "revert" ? '[core "variables"], [deploy "variables"], [revert "variables"]' : '[core "variables"], [deploy "variables"]';
  return `the script uses the psql variable :${name}, which nothing sets, so psql would send it as written and Postgres reject it. Sqitch passes psql the variables of ${confPath}'s ${sections}, [engine "pg.variables"] and [target "<name>.variables"] sections and of \`sqitch ${command} --set\`: set ${name} in one of those sections, or give the drill its value with --set ${name}=VALUE`;
}
function commandMessage(command, file) {
  if (file !== void 0)
    return `psql includes ${file || "another file"} here (\\${command}), and the drill does not run included files: rehearse this change by hand`;
  return `psql runs \\${command} here, which the drill does not do as psql does: rehearse this change by hand`;
}

export {
  usesSessionVariables,
  withSessionValues,
  withSqitchVariables
};
