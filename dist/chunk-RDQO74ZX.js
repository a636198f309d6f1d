import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/frameworks/pop/template.ts
var POP_DIALECT = { postgres: "postgres", cockroachdb: "cockroach", mysql: "mysql", sqlite: "sqlite3" };
var newlinesOf = (s) => s.replace(/[^\n]/g, "");
function* actions(text) {
  let i = 0;
  for (; ; ) {
    const open = text.indexOf("{{", i);
    if (open < 0) return;
    let j = open + 2;
    let close = -1;
    while (j < text.length) {
      const c = text[j];
      if (c === '"' || c === "`") {
        const q = c;
        j++;
        while (j < text.length && text[j] !== q) j += q === '"' && text[j] === "\\" ? 2 : 1;
        j++;
      } else if (c === "}" && text[j + 1] === "}") {
        close = j;
        break;
      } else j++;
    }
    if (close < 0) return;
    yield {
      start: open,
      end: close + 2,
      inner: text.slice(open + 2, close).replace(/^-\s/, "").replace(/\s-$/, "")
    };
    i = close + 2;
  }
}
function tokens(inner) {
  return inner.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|[()]|[^\s()]+/g) ?? [];
}
var Unread = class extends Error {
};
function evaluate(words, dialect) {
  let k = 0;
  const flags = {
    ".IsPostgreSQL": dialect === "postgres" || dialect === "cockroachdb",
    ".IsCockroach": dialect === "cockroachdb",
    ".IsMySQL": dialect === "mysql",
    ".IsMariaDB": false,
    ".IsSQLite": dialect === "sqlite"
  };
  const value = () => {
    const w = words[k++];
    if (w === void 0) throw new Unread("an incomplete condition");
    if (w === "(") {
      const v = call();
      if (words[k++] !== ")") throw new Unread("an unbalanced condition");
      return v;
    }
    if (w in flags) return flags[w];
    if (w === ".Dialect" || w === ".DialectDetails.Dialect") {
      const name = POP_DIALECT[dialect];
      if (!name) throw new Unread(`.Dialect for ${dialect}`);
      return name;
    }
    if (w === "true" || w === "false") return w === "true";
    if (w.startsWith('"')) return JSON.parse(w);
    if (w.startsWith("`")) return w.slice(1, -1);
    if (["or", "and", "not", "eq", "ne"].includes(w)) {
      k--;
      return call();
    }
    throw new Unread(w);
  };
  const args = () => {
    const out = [];
    while (k < words.length && words[k] !== ")") out.push(value());
    return out;
  };
  const truthy = (v) => v !== false && v !== "";
  const call = () => {
    const fn = words[k];
    if (fn === "or" || fn === "and" || fn === "not" || fn === "eq" || fn === "ne") {
      k++;
      const a = args();
      if (!a.length || fn === "not" && a.length !== 1 || (fn === "eq" || fn === "ne") && a.length < 2)
        throw new Unread(`${fn} with ${a.length} argument(s)`);
      if (fn === "or") return a.some(truthy);
      if (fn === "and") return a.every(truthy);
      if (fn === "not") return !truthy(a[0]);
      if (fn === "eq") return a.slice(1).some((b) => b === a[0]);
      return a[1] !== a[0];
    }
    return value();
  };
  const result = call();
  if (k !== words.length) throw new Unread(words.slice(k).join(" "));
  return truthy(result);
}
function identifierOf(words) {
  const name = (w) => `_${w.replace(/\W/g, "_").toLowerCase()}_`;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.startsWith('"') || w.startsWith("`")) return name(w.slice(1, -1));
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.startsWith(".") && w.length > 1) return name(w.slice(w.lastIndexOf(".") + 1));
  }
  throw new Unread(words.join(" ") || "an empty action");
}
function renderPopTemplate(text, dialect = "postgres") {
  if (!text.includes("{{")) return { text };
  const frames = [];
  const keeping = () => frames.every((f) => f.keep);
  let out = "";
  let at = 0;
  let line = 1;
  try {
    for (const a of actions(text)) {
      const between = text.slice(at, a.start);
      out += keeping() ? between : newlinesOf(between);
      line += newlinesOf(between).length;
      const raw = text.slice(a.start, a.end);
      at = a.end;
      const inner = a.inner.trim();
      if (inner.startsWith("/*")) {
        out += newlinesOf(raw);
        continue;
      }
      const words = tokens(inner);
      const head = words[0];
      try {
        if (head === "if") {
          const outer = keeping();
          const keep = outer && evaluate(words.slice(1), dialect);
          frames.push({ keep, taken: keep, outer });
        } else if (head === "else") {
          const f = frames.at(-1);
          if (!f) throw new Unread("else without if");
          if (words[1] === "if") {
            const keep = f.outer && !f.taken && evaluate(words.slice(2), dialect);
            f.keep = keep;
            f.taken ||= keep;
          } else if (words.length === 1) {
            f.keep = f.outer && !f.taken;
            f.taken = true;
          } else throw new Unread(inner);
        } else if (head === "end") {
          if (!frames.pop()) throw new Unread("end without if");
        } else if (head === "range" || head === "with" || head === "define" || head === "template" || head === "block" || head === "break" || head === "continue") {
          throw new Unread(head);
        } else {
          out += keeping() ? identifierOf(words) : "";
        }
      } catch (error) {
        if (error instanceof Unread) throw new Unread(`{{ ${inner} }} on line ${line}${error.message && error.message !== inner ? ` (${error.message})` : ""}`);
        throw error;
      }
      out += newlinesOf(raw);
      line += newlinesOf(raw).length;
    }
    if (frames.length) throw new Unread(`an {{ if }} without its {{ end }}`);
  } catch (error) {
    if (error instanceof Unread) return { text, unread: error.message };
    throw error;
  }
  const rest = text.slice(at);
  return { text: out + rest };
}

export {
  renderPopTemplate
};
