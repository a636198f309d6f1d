import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dialectOfTokens
} from "./chunk-BF324SM3.js";
import {
  PgSyntaxError,
  loadPgParser
} from "./chunk-VXNLIOFY.js";

// src/core/frameworks/dsl/binds.ts
var PLACEHOLDER = "__interp__";
var JS_TEMPLATES = { part: "`${\u2026}`", inFile: "a string, or a `const` of this file" };
var PY_TEMPLATES = { part: "`%` / `{\u2026}`", inFile: "one string with the names written out", comment: "#" };
var PHP_TEMPLATES = { part: "`{$\u2026}`", inFile: "one string with the names written out" };
var IGNORE_HINT = "add `// rollback-ready-ignore not-analysed: <reason>` above the call";
var VALUES = ["''", "NULL", "('')"];
function placeholders(pg, sql) {
  let tokens;
  try {
    tokens = pg.scan(sql).tokens;
  } catch {
    return [];
  }
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = sql.slice(t.start, t.end);
    if (text === "?") out.push([t.start, t.end]);
    else if (text.includes("?") && /^[=<>!~+\-*/%^&|#@?]+$/.test(text)) {
      for (let k = text.indexOf("?"); k >= 0; k = text.indexOf("?", k + 1)) out.push([t.start + k, t.start + k + 1]);
    } else if (text.endsWith("%") && /^[=<>!~+\-*/%^&|#@?]+$/.test(text)) {
      const at = t.start + text.length - 1;
      const next = tokens[i + 1];
      const word = (k) => tokens[k] ? sql.slice(tokens[k].start, tokens[k].end) : "";
      if (next && next.start === t.end && word(i + 1) === "s") {
        out.push([at, next.end]);
        i++;
      } else if (next && next.start === t.end && word(i + 1) === "(" && word(i + 3) === ")" && word(i + 4) === "s" && tokens[i + 4].start === tokens[i + 3].end) {
        out.push([at, tokens[i + 4].end]);
        i += 4;
      }
    } else if (text === ":") {
      const next = tokens[i + 1];
      if (next && next.start === t.end && /^[A-Za-z_][A-Za-z0-9_]*$/.test(sql.slice(next.start, next.end))) {
        out.push([t.start, next.end]);
        i++;
      }
    }
  }
  return out;
}
function rejection(pg, sql) {
  try {
    pg.parse(sql);
    return void 0;
  } catch (e) {
    const cursor = e instanceof PgSyntaxError ? e.cursor : void 0;
    const lineOffset = cursor === void 0 ? 0 : sql.slice(0, cursor).split("\n").length - 1;
    return { message: e.message.replace(/\s+/g, " ").trim(), lineOffset };
  }
}
async function fillBinds(sql, binds = true) {
  const pg = await loadPgParser();
  const error = rejection(pg, sql);
  if (!error) return { sql };
  try {
    if (dialectOfTokens(pg.scan(sql).tokens)) return { sql, foreign: true };
  } catch {
  }
  const spots = binds ? placeholders(pg, sql) : [];
  if (!spots.length) return { sql, error };
  const filled = true;
  let first;
  for (const value of VALUES) {
    let out = "";
    let at = 0;
    for (const [start, end] of spots) {
      out += sql.slice(at, start) + value;
      at = end;
    }
    out += sql.slice(at);
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

export {
  PLACEHOLDER,
  PY_TEMPLATES,
  PHP_TEMPLATES,
  IGNORE_HINT,
  fillBinds,
  unreadTemplateHit
};
