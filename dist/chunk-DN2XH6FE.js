import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  LineMap,
  copyDataBlocks,
  withoutCopyData
} from "./chunk-ODHN6VRW.js";
import {
  loadPgParser
} from "./chunk-VXNLIOFY.js";

// src/drill/statements.ts
var BEGIN = /* @__PURE__ */ new Set(["TRANS_STMT_BEGIN", "TRANS_STMT_START"]);
var COMMIT = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED"]);
var ROLLBACK = /* @__PURE__ */ new Set(["TRANS_STMT_ROLLBACK", "TRANS_STMT_ROLLBACK_PREPARED"]);
var NEVER_IN_TRANSACTION = /* @__PURE__ */ new Set(["VacuumStmt", "CreatedbStmt", "DropdbStmt", "AlterSystemStmt", "CreateTableSpaceStmt", "DropTableSpaceStmt"]);
function isConcurrent(kind, node) {
  switch (kind) {
    case "IndexStmt":
    case "DropStmt":
      return node.concurrent === true;
    case "ReindexStmt":
      return (node.params ?? []).some((p) => p.DefElem?.defname === "concurrently");
    case "AlterTableStmt":
      return (node.cmds ?? []).some((c) => c.AlterTableCmd?.def?.PartitionCmd?.concurrent === true);
    case "RefreshMatViewStmt":
      return false;
    // allowed inside a transaction block
    default:
      return false;
  }
}
function withoutConcurrently(pg, sql) {
  const map = new LineMap(sql);
  const tokens = pg.scan(sql).tokens;
  const cut = [];
  tokens.forEach((t, i) => {
    if (t.text.toUpperCase() !== "CONCURRENTLY" || t.keywordKind === 0) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.text === "(" && after?.text === ")") cut.push([before.start, after.end]);
    else cut.push([t.start, t.end]);
  });
  let out = "";
  let at = 0;
  for (const [start, end] of cut) {
    out += map.slice(at, start);
    at = end;
  }
  return out + map.slice(at);
}
function fromBlob(pg, sql) {
  const map = new LineMap(sql);
  const stdin = pg.scan(sql).tokens.find((t) => t.keywordKind !== 0 && t.text.toUpperCase() === "STDIN");
  return stdin ? `${map.slice(0, stdin.start)}'/dev/blob'${map.slice(stdin.end)}` : sql;
}
function describe(pg, stmt, sql, line) {
  const kind = Object.keys(stmt)[0] ?? "";
  const node = stmt[kind];
  const out = { sql, line, kind, outsideTransaction: false };
  if (kind === "CopyStmt" && node.is_from === true && node.is_program !== true && node.filename === void 0) out.stdin = { fromBlob: fromBlob(pg, sql) };
  if (kind === "TransactionStmt") {
    if (BEGIN.has(node.kind)) out.control = "begin";
    else if (COMMIT.has(node.kind)) out.control = "commit";
    else if (ROLLBACK.has(node.kind)) out.control = "rollback";
  }
  if (NEVER_IN_TRANSACTION.has(kind)) out.outsideTransaction = true;
  if (isConcurrent(kind, node)) {
    out.outsideTransaction = true;
    out.plain = withoutConcurrently(pg, sql);
  }
  return out;
}
async function splitStatements(pieces) {
  const pg = await loadPgParser();
  const out = [];
  for (const piece of pieces) {
    const written = piece.sql.replaceAll("\0", " ");
    const copies = copyDataBlocks(pg, written);
    const text = withoutCopyData(written, copies);
    const rowsAt = new Map(
      copies.map((c) => [
        piece.line + lineBreaks(written.slice(0, c.statement)),
        { rows: written.slice(c.dataStart, c.dataEnd), rowsLine: piece.line + lineBreaks(written.slice(0, c.dataStart)) }
      ])
    );
    let stmts;
    try {
      stmts = pg.parse(text).stmts ?? [];
    } catch {
      if (text.trim()) out.push({ sql: text, line: piece.line, outsideTransaction: false, unparsed: true, ...piece.path ? { path: piece.path } : {} });
      continue;
    }
    const map = new LineMap(text);
    let tokens;
    const firstToken = (from) => {
      tokens ??= pg.scan(text).tokens;
      return tokens.find((t) => t.start >= from)?.start ?? from;
    };
    for (const raw of stmts) {
      if (!raw.stmt) continue;
      const from = raw.stmt_location ?? 0;
      const end = raw.stmt_len === void 0 ? void 0 : from + raw.stmt_len;
      const start = Math.min(firstToken(from), end ?? Infinity);
      const sql = map.slice(start, end).trimEnd();
      const line = piece.line - 1 + map.line(start);
      const statement = describe(pg, raw.stmt, sql, line);
      if (statement.stdin && rowsAt.has(line)) Object.assign(statement.stdin, rowsAt.get(line));
      if (piece.path) statement.path = piece.path;
      out.push(statement);
    }
  }
  return out;
}
function lineBreaks(text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function lineOfPosition(statement, position) {
  if (!position || position < 1) return statement.line;
  const before = statement.sql.slice(0, position - 1);
  let lines = 0;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) lines++;
  return statement.line + lines;
}
async function extensionsCreated(scripts) {
  const pg = await loadPgParser();
  const names = /* @__PURE__ */ new Set();
  for (const script of scripts) {
    for (const piece of script.pieces) {
      if (!/extension/i.test(piece.sql)) continue;
      try {
        for (const raw of pg.parse(piece.sql.replaceAll("\0", " ")).stmts ?? []) {
          const name = raw.stmt?.CreateExtensionStmt?.extname;
          if (name) names.add(name);
        }
      } catch {
      }
    }
  }
  return names;
}

export {
  splitStatements,
  lineOfPosition,
  extensionsCreated
};
