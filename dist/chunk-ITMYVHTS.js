import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  oncePerReader,
  safeRead,
  upwards
} from "./chunk-XTL6MF5J.js";
import {
  PLACEHOLDER
} from "./chunk-CBNKU57Q.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  goose_default
} from "./chunk-VQK56NLV.js";
import {
  analyseSectioned,
  dialectFor,
  dirName
} from "./chunk-UV5NVBOI.js";

// src/core/frameworks/go-mod-dialect.ts
var DRIVERS = {
  "github.com/lib/pq": "postgres",
  "github.com/jackc/pgx": "postgres",
  "github.com/go-pg/pg": "postgres",
  "gorm.io/driver/postgres": "postgres",
  "github.com/uptrace/bun/driver/pgdriver": "postgres",
  "github.com/uptrace/bun/dialect/pgdialect": "postgres",
  "github.com/go-sql-driver/mysql": "mysql",
  "gorm.io/driver/mysql": "mysql",
  "github.com/uptrace/bun/dialect/mysqldialect": "mysql",
  "github.com/mattn/go-sqlite3": "sqlite",
  "modernc.org/sqlite": "sqlite",
  "github.com/glebarez/go-sqlite": "sqlite",
  "github.com/glebarez/sqlite": "sqlite",
  "github.com/ncruces/go-sqlite3": "sqlite",
  "zombiezen.com/go/sqlite": "sqlite",
  "crawshaw.io/sqlite": "sqlite",
  "github.com/tursodatabase/go-libsql": "sqlite",
  "github.com/tursodatabase/libsql-client-go": "sqlite",
  "gorm.io/driver/sqlite": "sqlite",
  "github.com/uptrace/bun/dialect/sqlitedialect": "sqlite",
  "github.com/microsoft/go-mssqldb": "sqlserver",
  "github.com/denisenkom/go-mssqldb": "sqlserver",
  "gorm.io/driver/sqlserver": "sqlserver",
  "github.com/ClickHouse/clickhouse-go": "clickhouse"
};
var withoutMajor = (module) => module.replace(/\/v\d+$/, "");
function goModRequires(text) {
  const modules = [];
  let inRequire = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (inRequire) {
      if (line === ")") inRequire = false;
      else if (line) modules.push(line.split(/\s+/)[0]);
      continue;
    }
    const words = line.split(/\s+/);
    if (words[0] !== "require") continue;
    if (words[1] === "(") inRequire = true;
    else if (words[1]) modules.push(words[1]);
  }
  return modules.map((m) => m.replace(/^"|"$/g, ""));
}
function goModDialect(text, path) {
  const named = /* @__PURE__ */ new Set();
  for (const module of goModRequires(text)) {
    const dialect2 = handlerFor(DRIVERS, withoutMajor(module));
    if (dialect2) named.add(dialect2);
  }
  const [dialect] = named;
  return named.size === 1 ? { dialect, from: `the project's database driver (${path})` } : void 0;
}
async function goProjectDialect(dir, read) {
  for (const at of upwards(dir)) {
    const path = `${at}go.mod`;
    const text = await safeRead(read, path);
    if (text !== void 0) return goModDialect(text, path);
  }
  return void 0;
}

// src/core/frameworks/goose-envsub.ts
var isLetter = (c) => c !== void 0 && new RegExp("\\p{L}", "u").test(c);
var isIdentChar = (c) => c !== void 0 && /[\p{L}\p{N}_]/u.test(c);
function braceEnd(line, from) {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    if (line[i] === "$" && line[i + 1] === "{") {
      depth++;
      i++;
    } else if (line[i] === "}" && --depth === 0) return i + 1;
  }
  return void 0;
}
function expandLine(line) {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    const next = line[i + 1];
    if (c === "\\" && next === "\\") {
      out += "\\\\";
      i += 2;
    } else if ((c === "\\" || c === "$") && next === "$") {
      out += "$";
      i += 2;
    } else if (c === "$" && next === "{" && isLetter(line[i + 2])) {
      const end = braceEnd(line, i);
      if (end === void 0) return out + line.slice(i);
      out += PLACEHOLDER;
      i = end;
    } else if (c === "$" && isLetter(next)) {
      let j = i + 1;
      while (isIdentChar(line[j])) j++;
      out += PLACEHOLDER;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function expandEnvsub(content, annotation) {
  if (!/envsub/i.test(content)) return content;
  let on = false;
  return content.split("\n").map((line) => {
    const a = annotation(line.trimStart())?.trim().toLowerCase();
    if (a === "envsub on") on = true;
    else if (a === "envsub off") on = false;
    return a === void 0 && on ? expandLine(line) : line;
  }).join("\n");
}

// src/core/frameworks/goose.ts
var gooseMarker = (line) => line.startsWith("--") && line.includes("+goose") ? line.replaceAll("--", "").replace("+goose", "") : void 0;
var GOOSE_FORMAT = {
  framework: "goose",
  prefix: "-- +goose",
  marker: gooseMarker,
  section: (m) => m.text.toLowerCase(),
  transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === "no transaction"),
  downName: "-- +goose Down"
};
var goose = {
  ...goose_default,
  async analyse(input) {
    const read = input.readFile;
    const dir = dirName(input.path);
    const dialect = dialectFor(input) || !read ? void 0 : await oncePerReader(read, `go.mod:${dir}`, () => goProjectDialect(dir, read));
    const content = expandEnvsub(input.content, gooseMarker);
    return analyseSectioned({ ...input, content, ...dialect ? { dialect } : {} }, GOOSE_FORMAT);
  }
};
var goose_default2 = goose;

export {
  GOOSE_FORMAT,
  goose_default2 as goose_default
};
