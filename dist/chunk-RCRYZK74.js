import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  judgeDown,
  settleColumnChanges
} from "./chunk-VJGCCL65.js";
import {
  dialectOfPath,
  dialectOfTokens
} from "./chunk-BF324SM3.js";
import {
  PgSyntaxError,
  loadPgParser
} from "./chunk-V7W5HETA.js";
import {
  lintSqlLazily
} from "./chunk-JBEGWCQG.js";

// src/core/frameworks/dsl/binds.ts
var PLACEHOLDER = "__interp__";
var JS_TEMPLATES = { part: "`${\u2026}`", inFile: "a string, or a `const` of this file" };
var PY_TEMPLATES = { part: "`%` / `{\u2026}`", inFile: "one string with the names written out", comment: "#" };
var PHP_TEMPLATES = { part: "`{$\u2026}`", inFile: "one string with the names written out" };
var IGNORE_HINT = "add `// rollback-ready-ignore not-analysed: <reason>` above the call";
var VALUES = ["''", "NULL", "('')"];
function placeholders(pg, sql2) {
  let tokens;
  try {
    tokens = pg.scan(sql2).tokens;
  } catch {
    return [];
  }
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = sql2.slice(t.start, t.end);
    if (text === "?") out.push([t.start, t.end]);
    else if (text.includes("?") && /^[=<>!~+\-*/%^&|#@?]+$/.test(text)) {
      for (let k = text.indexOf("?"); k >= 0; k = text.indexOf("?", k + 1)) out.push([t.start + k, t.start + k + 1]);
    } else if (text.endsWith("%") && /^[=<>!~+\-*/%^&|#@?]+$/.test(text)) {
      const at = t.start + text.length - 1;
      const next = tokens[i + 1];
      const word = (k) => tokens[k] ? sql2.slice(tokens[k].start, tokens[k].end) : "";
      if (next && next.start === t.end && word(i + 1) === "s") {
        out.push([at, next.end]);
        i++;
      } else if (next && next.start === t.end && word(i + 1) === "(" && word(i + 3) === ")" && word(i + 4) === "s" && tokens[i + 4].start === tokens[i + 3].end) {
        out.push([at, tokens[i + 4].end]);
        i += 4;
      }
    } else if (text === ":") {
      const next = tokens[i + 1];
      if (next && next.start === t.end && /^[A-Za-z_][A-Za-z0-9_]*$/.test(sql2.slice(next.start, next.end))) {
        out.push([t.start, next.end]);
        i++;
      }
    }
  }
  return out;
}
function rejection(pg, sql2) {
  try {
    pg.parse(sql2);
    return void 0;
  } catch (e) {
    const cursor = e instanceof PgSyntaxError ? e.cursor : void 0;
    const lineOffset = cursor === void 0 ? 0 : sql2.slice(0, cursor).split("\n").length - 1;
    return { message: e.message.replace(/\s+/g, " ").trim(), lineOffset };
  }
}
async function fillBinds(sql2, binds = true) {
  const pg = await loadPgParser();
  const error = rejection(pg, sql2);
  if (!error) return { sql: sql2 };
  try {
    if (dialectOfTokens(pg.scan(sql2).tokens)) return { sql: sql2, foreign: true };
  } catch {
  }
  const spots = binds ? placeholders(pg, sql2) : [];
  if (!spots.length) return { sql: sql2, error };
  const filled = true;
  let first;
  for (const value of VALUES) {
    let out = "";
    let at = 0;
    for (const [start, end] of spots) {
      out += sql2.slice(at, start) + value;
      at = end;
    }
    out += sql2.slice(at);
    const still = rejection(pg, out);
    if (!still) return { sql: out, filled };
    first ??= { sql: out, error: still, filled };
  }
  return first;
}
function unreadTemplateHit(label, line, how, error, at, lang = JS_TEMPLATES) {
  const where = at !== line ? `line ${at}: ` : "";
  const said = error.message.split(`"${PLACEHOLDER}"`).join(`a ${lang.part} part`);
  const what = how.binds && !how.interpolated ? "SQL with bind placeholders (`:name`, `?`, `%s`) that does not parse even with each placeholder read as a value" : how.binds ? `SQL built with ${lang.part} parts known only at run time and bind placeholders, which does not parse as the file holds it (placeholders read as values)` : how.interpolated ? `SQL built with ${lang.part} parts known only at run time, which does not parse as the file holds it` : "SQL that does not parse as the file holds it";
  const ignore = lang.comment ? IGNORE_HINT.replace("`//", `\`${lang.comment}`) : IGNORE_HINT;
  const todo = how.interpolated ? `write the SQL in the migration (${lang.inFile}), or review it by hand and ${ignore}` : `review it by hand and ${ignore}`;
  return {
    rule: "not-analysed",
    line,
    message: `\`${label}\` runs ${what} (${where}${said}), so it was read for destructive operations only: what else it does (locks, type and nullability changes) was not judged. To clear this, ${todo}.`
  };
}

// src/core/frameworks/dsl/common.ts
var lintSql = lintSqlLazily;
var newTranslation = (transactional) => ({
  up: [],
  down: [],
  downStatus: "present",
  hits: [],
  transactional,
  changesData: false
});
var SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;
var QUOTED_KEYWORDS = new Set(
  "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime localtimestamp not null offset on only or order placing primary references returning select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like natural notnull outer overlaps right similar tablesample verbose".split(" ")
);
var KEYWORDS = /* @__PURE__ */ new Set([...QUOTED_KEYWORDS, "index", "key", "type", "name", "values"]);
function ident(name) {
  if (name.includes(".") && !name.startsWith('"')) return name.split(".").map(ident).join(".");
  if (SIMPLE_IDENT.test(name) && !KEYWORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}
function sqlString(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
function sqlDefault(value) {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return sqlString(value);
  return value.raw;
}
function createTableWithForeignKeys(table, cols) {
  const statements = [sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }])];
  for (const c of cols) if (c.fk) statements.push(sql.addForeignKey(table, [c.name], c.fk, ["id"]));
  return statements;
}
function columnSql(c) {
  let s = `${ident(c.name)} ${c.type}`;
  if (c.primaryKey) s += " PRIMARY KEY";
  if (c.notNull && !c.primaryKey) s += " NOT NULL";
  if (c.default !== void 0) s += ` DEFAULT ${c.default}`;
  else if (c.identity) s += " GENERATED BY DEFAULT AS IDENTITY";
  if (c.unique) s += " UNIQUE";
  if (c.references) s += ` REFERENCES ${ident(c.references.table)} (${ident(c.references.column ?? "id")})`;
  return s;
}
var sql = {
  /**
   * A query builder's write as the SQL it runs (Laravel's `DB::table('t')->delete()`, Knex's
   * `knex('t').update(…)`, SQLAlchemy's `sa.update(t)`): `filtered` when a where… narrows it. The
   * values written are not the point, only that rows of `t` change (or all go).
   */
  dataWrite: (kind, t, filtered) => kind === "truncate" ? `TRUNCATE ${ident(t)};` : `${kind === "delete" ? `DELETE FROM ${ident(t)}` : `UPDATE ${ident(t)} SET id = id`}${filtered ? " WHERE true" : ""};`,
  createTable: (t, cols) => `CREATE TABLE ${ident(t)} (${cols.map(columnSql).join(", ")});`,
  dropTable: (t, ifExists = false) => `DROP TABLE ${ifExists ? "IF EXISTS " : ""}${ident(t)};`,
  renameTable: (a, b) => `ALTER TABLE ${ident(a)} RENAME TO ${ident(b)};`,
  addColumn: (t, c) => `ALTER TABLE ${ident(t)} ADD COLUMN ${columnSql(c)};`,
  dropColumn: (t, c) => `ALTER TABLE ${ident(t)} DROP COLUMN ${ident(c)};`,
  renameColumn: (t, a, b) => `ALTER TABLE ${ident(t)} RENAME COLUMN ${ident(a)} TO ${ident(b)};`,
  changeType: (t, c, type) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} TYPE ${type};`,
  setNotNull: (t, c) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} SET NOT NULL;`,
  dropNotNull: (t, c) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} DROP NOT NULL;`,
  setDefault: (t, c, d) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} SET DEFAULT ${d};`,
  dropDefault: (t, c) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} DROP DEFAULT;`,
  backfillNulls: (t, c, d) => `UPDATE ${ident(t)} SET ${ident(c)} = ${d} WHERE ${ident(c)} IS NULL;`,
  createIndex: (t, cols, o = {}) => `CREATE ${o.unique ? "UNIQUE " : ""}INDEX ${o.concurrently ? "CONCURRENTLY " : ""}${ident(
    o.name ?? indexName(t, cols)
  )} ON ${ident(t)} (${cols.map(indexColumn).join(", ")});`,
  dropIndex: (name, o = {}) => `DROP INDEX ${o.concurrently ? "CONCURRENTLY " : ""}${ident(name)};`,
  // Unnamed, a foreign key gets Postgres' own name (`<table>_<columns>_fkey`), as Alembic's
  // create_foreign_key(None, …), Ecto's references and inline REFERENCES leave it to.
  addForeignKey: (t, cols, ref, refCols, o = {}) => `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(o.name ?? `${t.slice(t.lastIndexOf(".") + 1)}_${cols.join("_")}_fkey`)} FOREIGN KEY (${cols.map(ident).join(", ")}) REFERENCES ${ident(ref)} (${refCols.map(ident).join(", ")})${o.notValid ? " NOT VALID" : ""};`,
  addUnique: (t, cols, name) => `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(name ?? `${t}_${cols.join("_")}_key`.replace(/\./g, "_"))} UNIQUE (${cols.map(ident).join(", ")});`,
  addCheck: (t, expr, name, notValid = false) => `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(name ?? `${t}_check`.replace(/\./g, "_"))} CHECK (${expr})${notValid ? " NOT VALID" : ""};`,
  addPrimaryKey: (t, cols, name) => `ALTER TABLE ${ident(t)} ADD ${name ? `CONSTRAINT ${ident(name)} ` : ""}PRIMARY KEY (${cols.map(ident).join(", ")});`,
  validateConstraint: (t, name) => `ALTER TABLE ${ident(t)} VALIDATE CONSTRAINT ${ident(name)};`,
  dropConstraint: (t, name) => `ALTER TABLE ${ident(t)} DROP CONSTRAINT ${ident(name)};`
};
function indexColumn(c) {
  return SIMPLE_IDENT.test(c) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(c) ? ident(c) : c;
}
var indexName = (t, cols) => `index_${t}_on_${cols.join("_and_")}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 63);
function hit(rule, line, message) {
  return { rule, line, message };
}
var unknownCallHit = (line, call) => hit("not-analysed", line, `\`${call}\` is not a call rollback-ready reads, so what it does to the schema was not judged: review it by hand.`);
var parseErrorHit = (line, lang) => hit("parse-error", line, `The ${lang} code has a syntax error near this line; the rest of the file was read as far as possible.`);
function hitKey(h) {
  return `${h.rule}\0${h.line}\0${h.message}`;
}
function inexactRanges(pieces) {
  return pieces.filter((p) => p.inexact).map((p) => [p.line, p.line + p.sql.split("\n").length - 1]);
}
async function finishAnalysis(framework, t, dialect, history) {
  const hits = [...t.hits];
  let changesData = t.changesData;
  let down = t.downStatus;
  let foreign;
  const up = await Promise.all(t.up.map((p) => readTemplated(p, hits, (p.dialect ?? dialect)?.dialect)));
  for (const group of byDialect(up, dialect)) {
    try {
      const res = await lintSql(group.pieces.map(stripPiece), {
        transactional: t.transactional,
        ...group.dialect ? { dialect: group.dialect } : {},
        ...t.knownTypes && group.own ? { columnTypes: t.knownTypes } : {},
        ...t.knownNullable && group.own ? { columnNullable: t.knownNullable } : {}
      });
      if (res.dialect && group.own) foreign = res.dialect;
      const loose = inexactRanges(group.pieces);
      const groupDialect = res.dialect ?? group.dialect;
      let settled = history ? await settleColumnChanges(res.columnChanges, res.hits, history, groupDialect) : res.hits;
      if (group.own && t.downSql?.length && down === "present") {
        const downSql = { pieces: t.downSql.map(stripPiece), name: t.downName ?? "the down", inFile: true, ...t.downDerived ? { derived: true } : {} };
        settled = await judgeDown(group.pieces.map(stripPiece), settled, downSql, groupDialect?.dialect);
      }
      for (const h of settled) {
        if (h.rule === "parse-error" && loose.some(([a, b]) => h.line >= a && h.line <= b)) continue;
        hits.push(h);
      }
      changesData ||= res.changesData;
    } catch (e) {
      hits.push(hit("parse-error", group.pieces[0].line, `The migration's SQL could not be checked: ${e.message}`));
    }
  }
  if (down === "present" && t.downOnlySql && t.down.length) {
    try {
      const res = await lintSql(t.down.map(stripPiece), { transactional: t.transactional });
      if (res.empty) {
        down = "empty";
        hits.push(
          hit("empty-down-migration", t.downLine ?? t.down[0].line, "The down migration runs SQL that does nothing: the migration cannot be rolled back.")
        );
      }
    } catch {
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = hits.filter((h) => {
    const k = hitKey(h);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  unique.sort((a, b) => a.line - b.line);
  const analysis = { framework, role: "up", down, hits: unique };
  if (t.postDeploy) analysis.postDeploy = true;
  if (foreign) analysis.dialect = foreign;
  if (changesData) analysis.changesData = true;
  return analysis;
}
async function readTemplated(p, hits, dialect) {
  if (!p.call || !(p.binds || p.inexact)) return p;
  let read;
  try {
    read = await fillBinds(p.sql, p.binds === true);
  } catch {
    return p;
  }
  if (!read.error) return { ...p, sql: read.sql };
  if (read.foreign || dialect && dialect !== "postgres") return { ...p, inexact: true };
  hits.push(
    unreadTemplateHit(
      p.call.label,
      p.call.line,
      { binds: read.filled === true, interpolated: p.inexact === true },
      read.error,
      p.line + read.error.lineOffset,
      p.call.lang
    )
  );
  return { ...p, sql: read.sql, inexact: true };
}
function byDialect(up, dialect) {
  const own = up.filter((p) => !p.dialect);
  const groups = own.length ? [{ own: true, ...dialect ? { dialect } : {}, pieces: own }] : [];
  for (const p of up) {
    if (!p.dialect) continue;
    const group = groups.find((g) => !g.own && g.dialect.dialect === p.dialect.dialect);
    if (group) group.pieces.push(p);
    else groups.push({ own: false, dialect: p.dialect, pieces: [p] });
  }
  return groups;
}
function stripPiece(p) {
  const out = { sql: p.sql, line: p.line };
  if (p.synthetic) out.synthetic = true;
  return out;
}
var translated = /* @__PURE__ */ new Map();
var TRANSLATED_LIMIT = 2e3;
function translatedUp(history, input) {
  return async (content, path) => {
    const variant = history.variant ? await history.variant(input) : "";
    const key = variant ? `${variant}\0${content}` : content;
    let found = translated.get(key);
    if (!found) {
      found = history.translate(content, path, input).then(
        (t) => t.up.map(stripPiece),
        () => []
      );
      if (translated.size >= TRANSLATED_LIMIT) translated.delete(translated.keys().next().value);
      translated.set(key, found);
    }
    return found;
  };
}
function dslFramework(meta, what, translate, unreadableDown = "missing", history) {
  return {
    ...meta,
    async analyse(input) {
      try {
        const order = history?.order;
        const sqlHistory = history ? {
          input,
          isMigration: history.isMigration,
          upPieces: translatedUp(history, input),
          ...order ? { order: (names, dir) => order(names, dir, input) } : {}
        } : void 0;
        return await finishAnalysis(meta.id, await translate(input), input.dialect ?? dialectOfPath(input.path), sqlHistory);
      } catch (e) {
        return unreadable(meta.id, what, e, unreadableDown);
      }
    }
  };
}
function unreadable(framework, what, error, down = "missing") {
  const message = error instanceof Error ? error.message : String(error);
  return { framework, role: "up", down, hits: [hit("parse-error", 1, `The ${what} could not be read: ${message}`)] };
}

export {
  PLACEHOLDER,
  PY_TEMPLATES,
  PHP_TEMPLATES,
  IGNORE_HINT,
  newTranslation,
  ident,
  sqlString,
  sqlDefault,
  createTableWithForeignKeys,
  sql,
  hit,
  unknownCallHit,
  parseErrorHit,
  finishAnalysis,
  dslFramework,
  unreadable
};
