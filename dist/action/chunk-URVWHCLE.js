import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  NEAR,
  loadPgParser
} from "./chunk-VQUEMGJH.js";

// src/core/sql/line-map.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var NON_ASCII = /[^\x00-\x7f]/;
var LineMap = class {
  constructor(text) {
    this.text = text;
    this.ascii = !NON_ASCII.test(text);
  }
  text;
  /** Byte offset where each line starts (built on first use). */
  starts;
  bytes;
  ascii;
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    if (this.ascii) {
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      const bytes = this.utf8();
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
  utf8() {
    this.bytes ??= encoder.encode(this.text);
    return this.bytes;
  }
  /** 1-based line of a byte offset. */
  line(offset) {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** The text between two byte offsets. */
  slice(start, end) {
    if (this.ascii) return this.text.slice(start, end);
    return decoder.decode(this.utf8().subarray(start, end));
  }
};

// src/core/sql/copy-stdin.ts
function tokensOf(pg, text) {
  try {
    return pg.scan(text).tokens;
  } catch (error) {
    const near = NEAR.exec(error instanceof Error ? error.message : String(error))?.[1];
    if (near === void 0 || !text.endsWith(near) || near.length >= text.length) return void 0;
    try {
      return pg.scan(text.slice(0, text.length - near.length)).tokens;
    } catch {
      return void 0;
    }
  }
}
var isComment = (t) => t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT";
function readsStdin(pg, sql) {
  try {
    const stmt = pg.parse(sql).stmts?.[0]?.stmt;
    const copy = stmt?.CopyStmt;
    return !!copy && copy.is_from === true && copy.is_program !== true && copy.filename === void 0;
  } catch {
    return false;
  }
}
function nextCopyIn(pg, sql, from, to = sql.length) {
  const text = sql.slice(from, to);
  const tokens = tokensOf(pg, text);
  if (!tokens) return void 0;
  const map = new LineMap(text);
  const char = (byte) => from + (map.ascii ? byte : map.slice(0, byte).length);
  let first;
  let firstIndex = 0;
  let depth = 0;
  const statementText = (from2, to2) => {
    let out = "";
    for (let k = from2; k <= to2; k++) {
      const t = tokens[k];
      const next = tokens[k + 1];
      const gap = k < to2 ? map.slice(t.end, next.start) : "";
      out += (t.text === ":" && next?.start === t.end ? " " : map.slice(t.start, t.end)) + gap;
    }
    return out;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isComment(t)) continue;
    if (t.text === "\\") {
      const eol = text.indexOf("\n", char(t.start) - from);
      while (i + 1 < tokens.length && (eol < 0 || char(tokens[i + 1].start) - from < eol)) i++;
      first = void 0;
      depth = 0;
      continue;
    }
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    if (t.text === ";" && depth === 0) {
      if (first && first.text.toUpperCase() === "COPY" && readsStdin(pg, statementText(firstIndex, i))) return { start: char(first.start), end: char(t.end) };
      first = void 0;
      continue;
    }
    if (!first) {
      first = t;
      firstIndex = i;
    }
  }
  return void 0;
}
function copyDataBlocks(pg, sql) {
  const lower = sql.toLowerCase();
  if (!lower.includes("stdin")) return [];
  const blocks = [];
  for (let from = 0; from < sql.length; ) {
    const next = lower.indexOf("stdin", from);
    if (next < 0) break;
    const semi = sql.indexOf(";", next);
    const cut = semi < 0 ? -1 : sql.indexOf("\n", semi);
    const copy = (cut >= 0 ? nextCopyIn(pg, sql, from, cut) : void 0) ?? nextCopyIn(pg, sql, from);
    if (!copy) break;
    const eol = sql.indexOf("\n", copy.end);
    const dataStart = eol < 0 ? sql.length : eol + 1;
    const block = { statement: copy.start, statementEnd: copy.end, dataStart, dataEnd: sql.length, end: sql.length, terminated: false };
    for (let at = dataStart; at < sql.length; ) {
      const next2 = sql.indexOf("\n", at);
      const stop = next2 < 0 ? sql.length : next2;
      const line = sql.slice(at, stop);
      if (line === "\\." || line === "\\.\r") {
        Object.assign(block, { dataEnd: at, end: next2 < 0 ? sql.length : next2 + 1, terminated: true });
        break;
      }
      at = stop + 1;
    }
    blocks.push(block);
    from = block.end;
  }
  return blocks;
}
function blank(text, bytes) {
  return text.replace(/[^\r\n]/gu, (c) => " ".repeat(bytes ? encoder2.encode(c).length : c.length));
}
var encoder2 = new TextEncoder();
function withoutCopyData(sql, blocks, bytes = false) {
  if (!blocks.length) return sql;
  let out = "";
  let at = 0;
  for (const b of blocks) {
    out += sql.slice(at, b.dataStart) + blank(sql.slice(b.dataStart, b.end), bytes);
    at = b.end;
  }
  return out + sql.slice(at);
}
async function withoutCopyRows(sql) {
  if (!sql.toLowerCase().includes("stdin")) return sql;
  const pg = await loadPgParser();
  return withoutCopyData(sql, copyDataBlocks(pg, sql));
}

export {
  LineMap,
  copyDataBlocks,
  withoutCopyData,
  withoutCopyRows
};
