import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  usesSessionVariables,
  withSessionValues
} from "./chunk-DXDCJHJC.js";
import {
  baseKeys
} from "./chunk-ZB3ELIEJ.js";
import {
  lineOfPosition,
  splitStatements
} from "./chunk-7LR4VIRB.js";
import "./chunk-S3VUS5GF.js";
import {
  finalizeFindings
} from "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-2KVBLKWZ.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-BH7QMOPK.js";
import "./chunk-URVWHCLE.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BEKUU44V.js";
import {
  loadPgParser
} from "./chunk-VQUEMGJH.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-HZLQ3MQE.js";
import {
  DbError
} from "./chunk-4EXBFX3Y.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/drill/catalog.ts
var USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'`;
var NOT_EXTENSION = (cls, oid) => `${oid} NOT IN (SELECT dep.objid FROM pg_depend dep WHERE dep.deptype = 'e' AND dep.classid = '${cls}'::regclass)`;
var QNAME = (ns, name) => `CASE WHEN ${ns} = 'public' THEN quote_ident(${name}) ELSE quote_ident(${ns}) || '.' || quote_ident(${name}) END`;
var SCHEMA_PARTS = {
  schema: `SELECT coalesce(json_agg(json_build_object('name', n.nspname)), '[]') FROM pg_namespace n WHERE ${USER_NS} AND ${NOT_EXTENSION("pg_namespace", "n.oid")}`,
  table: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "c.relname")}, 'kind', c.relkind::text, 'persistence', c.relpersistence::text,
    'partition_of', (SELECT ${QNAME("pn.nspname", "p.relname")} FROM pg_inherits ih JOIN pg_class p ON p.oid = ih.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE ih.inhrelid = c.oid AND c.relispartition LIMIT 1),
    'bound', pg_get_expr(c.relpartbound, c.oid), 'rls', c.relrowsecurity::text)), '[]')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'f', 'c') AND ${USER_NS} AND ${NOT_EXTENSION("pg_class", "c.oid")}`,
  column: `SELECT coalesce(json_agg(json_build_object('table', ${QNAME("n.nspname", "c.relname")}, 'name', a.attname, 'position', a.attnum,
    'type', format_type(a.atttypid, a.atttypmod), 'not_null', a.attnotnull::text, 'default', pg_get_expr(d.adbin, d.adrelid),
    'identity', nullif(a.attidentity::text, ''), 'generated', nullif(a.attgenerated::text, ''),
    'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END)), '[]')
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'c', 'v', 'm') AND ${USER_NS} AND ${NOT_EXTENSION("pg_class", "c.oid")}`,
  constraint: `SELECT coalesce(json_agg(json_build_object('on', coalesce(${QNAME("n.nspname", "c.relname")}, (SELECT ${QNAME("tn.nspname", "ty.typname")} FROM pg_type ty JOIN pg_namespace tn ON tn.oid = ty.typnamespace WHERE ty.oid = k.contypid)),
    'name', k.conname, 'type', k.contype::text, 'definition', pg_get_constraintdef(k.oid), 'validated', k.convalidated::text, 'deferrable', k.condeferrable::text)), '[]')
    FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace LEFT JOIN pg_class c ON c.oid = k.conrelid
    WHERE ${USER_NS} AND k.contype <> 'n' AND ${NOT_EXTENSION("pg_constraint", "k.oid")}`,
  index: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "c.relname")}, 'table', (SELECT ${QNAME("tn.nspname", "tc.relname")} FROM pg_class tc JOIN pg_namespace tn ON tn.oid = tc.relnamespace WHERE tc.oid = i.indrelid), 'definition', pg_get_indexdef(i.indexrelid), 'valid', i.indisvalid::text)), '[]')
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS} AND ${NOT_EXTENSION("pg_class", "c.oid")}`,
  enum: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "t.typname")}, 'labels', (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))), '[]')
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND ${USER_NS} AND ${NOT_EXTENSION("pg_type", "t.oid")}`,
  type: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "t.typname")}, 'kind', t.typtype::text,
    'base', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, 'not_null', t.typnotnull::text, 'default', t.typdefault)), '[]')
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN ('d', 'r', 'm') AND ${USER_NS} AND ${NOT_EXTENSION("pg_type", "t.oid")}`,
  sequence: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "c.relname")}, 'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text,
    'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text, 'cycle', s.seqcycle::text)), '[]')
    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS} AND ${NOT_EXTENSION("pg_class", "c.oid")}`,
  view: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "c.relname")}, 'kind', c.relkind::text, 'definition', pg_get_viewdef(c.oid))), '[]')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND ${USER_NS} AND ${NOT_EXTENSION("pg_class", "c.oid")}`,
  function: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "p.proname")} || '(' || pg_get_function_identity_arguments(p.oid) || ')', 'kind', p.prokind::text,
    'result', pg_get_function_result(p.oid), 'language', (SELECT lanname FROM pg_language WHERE oid = p.prolang), 'body', md5(coalesce(p.prosrc, '')),
    'volatility', p.provolatile::text, 'security_definer', p.prosecdef::text, 'config', array_to_string(p.proconfig, ','))), '[]')
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_NS} AND ${NOT_EXTENSION("pg_proc", "p.oid")}`,
  trigger: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "c.relname")} || '.' || quote_ident(t.tgname), 'definition', pg_get_triggerdef(t.oid), 'enabled', t.tgenabled::text)), '[]')
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND ${USER_NS}`,
  policy: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME("n.nspname", "c.relname")} || '.' || quote_ident(p.polname), 'command', p.polcmd::text,
    'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid), 'permissive', p.polpermissive::text)), '[]')
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS}`,
  extension: `SELECT coalesce(json_agg(json_build_object('name', e.extname, 'version', e.extversion)), '[]') FROM pg_extension e WHERE e.extname <> 'plpgsql'`
};
var schemaQuery = (kinds) => `SELECT json_build_object(${kinds.map((kind) => `'${kind}', (${SCHEMA_PARTS[kind]})`).join(", ")}) AS snapshot`;
var SCHEMA_QUERY = schemaQuery(Object.keys(SCHEMA_PARTS));
var text = (v) => v === null || v === void 0 ? null : String(v);
function objectsOf(kind, rows) {
  return rows.map((row) => {
    const attrs = {};
    let name = String(row.name);
    let position;
    for (const [key, value2] of Object.entries(row)) {
      if (key === "name") continue;
      if (key === "position") position = Number(value2);
      else if (kind === "column" && key === "table" || kind === "constraint" && key === "on") name = `${String(value2)}.${name}`;
      else attrs[key] = text(value2);
    }
    return { kind, name, attrs, ...position === void 0 ? {} : { position } };
  });
}
async function readSchema(session, kinds) {
  const [row] = await session.query(kinds ? schemaQuery(kinds) : SCHEMA_QUERY);
  const raw = typeof row?.snapshot === "string" ? JSON.parse(row.snapshot) : row?.snapshot;
  const out = /* @__PURE__ */ new Map();
  for (const [kind, rows] of Object.entries(raw)) for (const o of objectsOf(kind, rows ?? [])) out.set(`${o.kind}:${o.name}`, o);
  return out;
}
var TABLES_QUERY = `
SELECT ${QNAME("n.nspname", "c.relname")} AS name, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified,
  (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
  (SELECT json_agg(a.attname ORDER BY array_position(k.conkey, a.attnum)) FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
     WHERE k.conrelid = c.oid AND k.contype = 'p') AS key
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relpersistence <> 't' AND ${USER_NS} AND ${NOT_EXTENSION("pg_class", "c.oid")}
ORDER BY 1`;
var list = (v) => v === null ? [] : typeof v === "string" ? JSON.parse(v) : v;
var quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;
var quoteLiteral = (s) => `'${s.replace(/'/g, "''")}'`;
async function readData(session) {
  const tables = await session.query(TABLES_QUERY);
  const out = /* @__PURE__ */ new Map();
  if (tables.length === 0) return out;
  const parts = tables.map((t) => {
    const cols = list(t.columns);
    const objects = [];
    for (let i = 0; i < cols.length; i += 50) {
      objects.push(
        `jsonb_build_object(${cols.slice(i, i + 50).map((c) => `${quoteLiteral(c)}, ${quoteIdent(c)}::text`).join(", ")})`
      );
    }
    const row2 = objects.length ? objects.join(" || ") : `'{}'::jsonb`;
    return `${quoteLiteral(t.name)}, (SELECT coalesce(json_agg(${row2}), '[]') FROM ${t.qualified})`;
  });
  const chunks = [];
  for (let i = 0; i < parts.length; i += 50) chunks.push(`json_build_object(${parts.slice(i, i + 50).join(", ")})`);
  const [row] = await session.query(`SELECT ${chunks.map((c, i) => `${c} AS c${i}`).join(", ")}`);
  const merged = {};
  for (const value2 of Object.values(row ?? {})) Object.assign(merged, typeof value2 === "string" ? JSON.parse(value2) : value2);
  for (const t of tables) {
    const key = list(t.key);
    const rows = /* @__PURE__ */ new Map();
    for (const r of merged[t.name] ?? []) {
      let k = key.length ? JSON.stringify(key.map((c) => r[c] ?? null)) : JSON.stringify(r);
      if (!key.length) for (let n = 2; rows.has(k); n++) k = `${JSON.stringify(r)}#${n}`;
      rows.set(k, r);
    }
    out.set(t.name, { table: t.name, rows, byKey: key.length > 0 });
  }
  return out;
}

// src/drill/compare.ts
var LABELS = {
  schema: "schema",
  table: "table",
  column: "column",
  constraint: "constraint",
  index: "index",
  enum: "enum type",
  type: "type",
  sequence: "sequence",
  view: "view",
  function: "function",
  trigger: "trigger",
  policy: "policy",
  extension: "extension"
};
var label = (o) => `${LABELS[o.kind] ?? o.kind} ${o.name}`;
var shown = (v) => v === null ? "none" : v.length > 120 ? `${v.slice(0, 117)}\u2026` : v;
function ownerOf(o) {
  if (o.kind === "index") return o.attrs.table ?? void 0;
  if (["column", "constraint", "trigger", "policy"].includes(o.kind)) return o.name.slice(0, o.name.lastIndexOf("."));
  return void 0;
}
function compareSchema(before, after) {
  const drift = [];
  const moved = [];
  const goneTables = /* @__PURE__ */ new Set();
  const newTables = /* @__PURE__ */ new Set();
  for (const [key, o] of before) if (o.kind === "table" && !after.has(key)) goneTables.add(o.name);
  for (const [key, o] of after) if (o.kind === "table" && !before.has(key)) newTables.add(o.name);
  const covered = (o, tables) => {
    const owner = ownerOf(o);
    return owner !== void 0 && tables.has(owner);
  };
  for (const [key, o] of before) {
    const now = after.get(key);
    if (!now) {
      if (!covered(o, goneTables)) drift.push(`${label(o)} existed before the up and is gone after the down`);
      continue;
    }
    const changes = Object.keys({ ...o.attrs, ...now.attrs }).filter((k) => (o.attrs[k] ?? null) !== (now.attrs[k] ?? null)).map((k) => `${k.replace(/_/g, " ")} was ${shown(o.attrs[k] ?? null)}, is ${shown(now.attrs[k] ?? null)}`);
    if (changes.length) drift.push(`${label(o)}: ${changes.join("; ")}`);
    else if (o.position !== void 0 && now.position !== void 0 && o.position !== now.position) {
      moved.push(o.name);
    }
  }
  for (const [key, o] of after) {
    if (!before.has(key) && !covered(o, newTables)) drift.push(`${label(o)} exists after the down but did not before the up`);
  }
  return { drift, moved: movedColumns(before, after, moved) };
}
function movedColumns(before, after, candidates) {
  const rank = (snap, table) => [...snap.values()].filter((o) => o.kind === "column" && o.name.startsWith(`${table}.`)).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((o) => o.name);
  const out = [];
  for (const name of candidates) {
    const table = name.slice(0, name.lastIndexOf("."));
    const was = rank(before, table).indexOf(name);
    const is = rank(after, table).indexOf(name);
    if (was !== is) out.push(`column ${name} is back at position ${is + 1} (was ${was + 1}): a restored column comes back last; not drift`);
  }
  return out;
}
var keyText = (key) => {
  try {
    const parsed = JSON.parse(key);
    return Array.isArray(parsed) ? parsed.map((v) => v === null ? "NULL" : String(v)).join(", ") : key;
  } catch {
    return key;
  }
};
var value = (v) => v === null || v === void 0 ? "NULL" : `'${v.length > 40 ? `${v.slice(0, 37)}\u2026` : v}'`;
function compareData(before, after) {
  const losses = [];
  for (const [table, was] of before) {
    if (was.rows.size === 0) continue;
    const now = after.get(table);
    const first = [...was.rows.values()][0];
    if (!now) {
      losses.push({ table, count: was.rows.size, of: was.rows.size, example: `row ${JSON.stringify(first)}` });
      continue;
    }
    if (!was.byKey || !now.byKey) {
      const columns = Object.keys(first);
      const remaining = /* @__PURE__ */ new Map();
      for (const r of now.rows.values()) {
        const k = JSON.stringify(columns.map((c) => r[c] ?? null));
        remaining.set(k, (remaining.get(k) ?? 0) + 1);
      }
      let lost = 0;
      let example = "";
      for (const r of was.rows.values()) {
        const k = JSON.stringify(columns.map((c) => r[c] ?? null));
        const n = remaining.get(k) ?? 0;
        if (n > 0) remaining.set(k, n - 1);
        else if (lost++ === 0) example = `row ${JSON.stringify(r)} is not there any more`;
      }
      if (lost) losses.push({ table, count: lost, of: was.rows.size, example });
      continue;
    }
    let rowsLost = 0;
    let rowExample = "";
    const byColumn = /* @__PURE__ */ new Map();
    for (const [key, row] of was.rows) {
      const other = now.rows.get(key);
      if (!other) {
        if (rowsLost++ === 0) rowExample = `the row with key (${keyText(key)}) is gone`;
        continue;
      }
      for (const [column, v] of Object.entries(row)) {
        if (v === null) continue;
        const missing = !(column in other);
        const w = other[column];
        if (!missing && w === v) continue;
        const entry = byColumn.get(column) ?? { count: 0, example: "" };
        if (entry.count++ === 0) entry.example = `(${keyText(key)}): ${value(v)} \u2192 ${missing ? "the column is gone" : value(w)}`;
        byColumn.set(column, entry);
      }
    }
    if (rowsLost) losses.push({ table, count: rowsLost, of: was.rows.size, example: rowExample });
    for (const [column, { count, example }] of byColumn) {
      const nonNull = [...was.rows.values()].filter((r) => r[column] !== null).length;
      losses.push({ table, column, count, of: nonNull, example });
    }
  }
  return losses;
}
function lostOnRollback(before, afterUp, afterDown) {
  const out = [];
  const droppedTables = /* @__PURE__ */ new Set();
  for (const [key, o] of afterUp) {
    if (before.has(key) || afterDown.has(key)) continue;
    if (o.kind === "table") {
      droppedTables.add(o.name);
      out.push(`rows written to table ${o.name} (the down drops it)`);
    }
  }
  for (const [key, o] of afterUp) {
    if (o.kind !== "column" || before.has(key) || afterDown.has(key)) continue;
    const table = o.name.slice(0, o.name.lastIndexOf("."));
    if (!droppedTables.has(table)) out.push(`values written to column ${o.name} (the down drops it)`);
  }
  for (const [key, o] of afterUp) {
    const was = before.get(key);
    const back = afterDown.get(key);
    if (!was || !back) continue;
    if (o.kind === "enum" && o.attrs.labels !== was.attrs.labels && back.attrs.labels === was.attrs.labels) {
      out.push(`rows using the labels the up adds to enum type ${o.name} (the down removes them)`);
    }
    if (o.kind === "column" && o.attrs.type !== was.attrs.type && back.attrs.type === was.attrs.type) {
      out.push(`values written to column ${o.name} as ${o.attrs.type} are converted back to ${was.attrs.type} (the down may fail or truncate them)`);
    }
  }
  return out;
}

// src/drill/execute.ts
var USER_NS2 = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'`;
var RELATIONS = `
SELECT c.oid::int AS oid, CASE WHEN n.nspname = 'public' THEN c.relname::text ELSE n.nspname || '.' || c.relname END AS name,
  c.relkind::text AS kind, c.relfilenode::text AS file, i.indrelid::int AS table
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_index i ON i.indexrelid = c.oid
WHERE c.relkind IN ('r', 'p', 'm', 'i', 'S', 'v') AND ${USER_NS2}`;
var MEASURE = `
SELECT (SELECT coalesce(json_agg(json_build_object('oid', l.relation::int, 'mode', l.mode)), '[]') FROM pg_locks l
          WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation = ANY ($1::oid[])) AS locks,
       (SELECT coalesce(json_agg(json_build_object('oid', c.oid::int, 'file', c.relfilenode::text)), '[]') FROM pg_class c WHERE c.oid = ANY ($1::oid[])) AS files`;
var MODES = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
var strength = (mode) => MODES.indexOf(mode);
async function readRelations(session) {
  const rows = await session.query(RELATIONS);
  return new Map(rows.map((r) => [Number(r.oid), { ...r, oid: Number(r.oid), ...r.table ? { table: Number(r.table) } : {} }]));
}
var short = (sql) => {
  const one = sql.replace(/\s+/g, " ").trim();
  return one.length > 90 ? `${one.slice(0, 87)}\u2026` : one;
};
var ENVSUB_ERROR = "goose-envsub";
var COPY_IN_ERROR = "copy-from-stdin";
var asDbError = (error) => error instanceof DbError ? error : new DbError(String(error));
var PLAIN_NOTE = "run without CONCURRENTLY on PGlite (the embedded engine cannot build concurrently); a real server runs it as written";
var ScriptRunner = class {
  constructor(session, script, options, wrap) {
    this.session = session;
    this.script = script;
    this.options = options;
    this.wrap = wrap;
  }
  session;
  script;
  options;
  wrap;
  out = { ms: 0, statements: [], notes: [] };
  relations;
  oids = "{}";
  seen = { locks: /* @__PURE__ */ new Set(), files: /* @__PURE__ */ new Map() };
  ours = false;
  theirs = false;
  async start() {
    if (!this.options.measure) return;
    this.relations = await readRelations(this.session);
    this.oids = `{${[...this.relations.keys()].join(",")}}`;
    for (const r of this.relations.values()) this.seen.files.set(r.oid, r.file);
  }
  async begin() {
    await this.session.exec("BEGIN");
    this.ours = true;
    this.seen.locks.clear();
  }
  async commit() {
    if (!this.ours) return;
    this.ours = false;
    this.seen.locks.clear();
    await this.session.exec("COMMIT");
  }
  /** Runs one statement; false when it failed (the failure is recorded). */
  async run(statement) {
    const { options } = this;
    if (options.deadline !== void 0 && Date.now() > options.deadline) throw new DbError("the drill ran out of its time budget", void 0, void 0, true);
    const plain = statement.outsideTransaction && statement.plain !== void 0 && options.engine === "pglite";
    const outside = statement.outsideTransaction && !plain;
    if (plain && !this.out.notes.includes(PLAIN_NOTE)) this.out.notes.push(PLAIN_NOTE);
    if (outside) await this.commit();
    const free = !outside && !statement.control && !this.ours && !this.theirs;
    const alone = free && !this.wrap && options.measure;
    if (free && (this.wrap || alone)) await this.begin();
    const started = performance.now();
    try {
      if (statement.stdin) await this.copyIn(statement, statement.stdin);
      else await this.session.exec(plain ? statement.plain : statement.sql);
    } catch (error) {
      const e = asDbError(error);
      this.out.failure = { error: e, statement, line: copyRowLine(statement, e) ?? lineOfPosition(statement, e.position) };
      this.out.ms += performance.now() - started;
      return false;
    }
    const ms = performance.now() - started;
    this.out.ms += ms;
    if (statement.control === "begin") this.theirs = true;
    if (statement.control === "commit" || statement.control === "rollback") {
      this.theirs = false;
      this.seen.locks.clear();
    }
    if (this.relations && !statement.control) await this.measure(statement, ms, plain ? PLAIN_NOTE : void 0);
    if (alone) await this.commit();
    return true;
  }
  /**
   * A `COPY … FROM STDIN` with the rows its client sends: the script's inline rows where the client
   * sends them (psql, Flyway; none written: none sent, as psql at the end of its input), else the
   * failure the framework itself meets: the rows reach the server as SQL.
   */
  async copyIn(statement, stdin) {
    const { rows } = stdin;
    const copyIn = this.script.copyIn ?? { by: "the framework", sends: false };
    if (copyIn.sends) return this.session.copyIn({ sql: statement.sql, fromBlob: stdin.fromBlob }, rows ?? "");
    throw new DbError(
      `COPY \u2026 FROM stdin reads its rows from the client, and ${copyIn.by} sends the file through a database driver, not psql: ${rows === void 0 ? "no rows follow it" : "the rows written after it (to its \\. line) reach the server as SQL"}, so the migration fails here in ${copyIn.by} itself. Write the rows as INSERT \u2026 VALUES (or run the file with psql)`,
      COPY_IN_ERROR
    );
  }
  async measure(statement, ms, note) {
    const relations = this.relations;
    const [row] = await this.session.query(MEASURE, [this.oids]);
    const parse = (v) => typeof v === "string" ? JSON.parse(v) : v;
    const locks = parse(row?.locks) ?? [];
    const files = parse(row?.files) ?? [];
    const measured = {
      step: this.options.step,
      path: statement.path ?? this.script.path,
      line: statement.line,
      sql: short(statement.sql),
      ms,
      rewrites: []
    };
    if (this.ours || this.theirs) measured.locks = newLocks(locks, this.seen, relations);
    else note ??= "ran outside a transaction: its locks were released before they could be read";
    if (note) measured.note = note;
    measured.rewrites = rewrites(files, this.seen, relations, this.options.rows);
    this.out.statements.push(measured);
  }
};
function copyRowLine(statement, error) {
  const first = statement.stdin?.rowsLine;
  const row = /^COPY [^,\n]*, line (\d+)/.exec(error.where ?? "")?.[1];
  return first !== void 0 && row !== void 0 ? first + Number(row) - 1 : void 0;
}
async function runScript(db, script, options) {
  if (script.failure) {
    const { line, message, by = "goose" } = script.failure;
    return {
      ms: 0,
      statements: [],
      notes: [],
      failure: {
        error: new DbError(`${by} stops at line ${line} before it runs anything: ${message}`, ENVSUB_ERROR),
        statement: { sql: "", line, outsideTransaction: false, unparsed: true, ...script.path ? { path: script.path } : {} },
        line
      }
    };
  }
  let statements = await splitStatements(script.pieces);
  const first = statements[0] ?? { sql: "", line: script.pieces[0]?.line ?? 1, outsideTransaction: false };
  let session;
  try {
    session = await db.session();
  } catch (error) {
    return { ms: 0, statements: [], notes: [], failure: { error: asDbError(error), statement: first, line: first.line } };
  }
  if (usesSessionVariables(script.pieces)) {
    try {
      statements = await splitStatements(await withSessionValues(script.pieces, session));
    } catch (error) {
      await session.close().catch(() => void 0);
      return { ms: 0, statements: [], notes: [], failure: { error: asDbError(error), statement: first, line: first.line } };
    }
  }
  const runner = new ScriptRunner(session, script, options, script.transactional && !statements.some((s) => s.control));
  const { out } = runner;
  let current = first;
  try {
    await runner.start();
    for (const statement of statements) {
      current = statement;
      if (!await runner.run(statement)) break;
    }
    if (!out.failure) await runner.commit();
  } catch (error) {
    out.failure ??= { error: asDbError(error), statement: current, line: current.line };
  } finally {
    if (out.failure && !db.lost) await session.exec("ROLLBACK").catch(() => void 0);
    await session.close().catch(() => void 0);
  }
  return out;
}
function newLocks(locks, seen, relations) {
  const byRelation = /* @__PURE__ */ new Map();
  for (const { oid, mode } of locks) {
    const key = `${oid}:${mode}`;
    if (seen.locks.has(key)) continue;
    seen.locks.add(key);
    const prev = byRelation.get(oid);
    if (!prev || strength(mode) > strength(prev)) byRelation.set(oid, mode);
  }
  return [...byRelation].map(([oid, mode]) => ({ relation: relations.get(oid)?.name ?? String(oid), mode })).sort((a, b) => strength(b.mode) - strength(a.mode) || a.relation.localeCompare(b.relation));
}
function rewrites(files, seen, relations, rows) {
  const changed = [];
  for (const { oid, file } of files) {
    const was = seen.files.get(oid);
    seen.files.set(oid, file);
    const rel = relations.get(oid);
    if (!rel || was === void 0 || was === file || file === "0" || rel.kind === "S" || rel.kind === "v") continue;
    changed.push(rel);
  }
  const tables = new Set(changed.filter((r) => r.kind !== "i").map((r) => r.oid));
  return changed.filter((r) => r.kind !== "i" || !tables.has(r.table ?? -1)).map((r) => r.kind === "i" ? { relation: r.name } : { relation: r.name, rows: rows?.get(r.name) ?? 0 });
}

// src/drill/seed-values.ts
var json = (v) => typeof v === "string" ? JSON.parse(v) : v;
var quoteLiteral2 = (s) => `'${s.replace(/'/g, "''")}'`;
var quoteIdent2 = (name) => `"${name.replace(/"/g, '""')}"`;
function textValue(i, n) {
  const full = `${i + 1}\xD8re Zo\xEB \u2014 \u65E5\u672C \u2713 Row`;
  return n && n > 0 ? full.slice(0, n) : full;
}
function numericValue(i, typmod) {
  if (typmod < 4) return `${1234 + i}.5678`;
  const precision = typmod - 4 >> 16 & 65535;
  const scale = typmod - 4 & 65535;
  const intDigits = Math.max(precision - scale, 0);
  const whole = intDigits === 0 ? "0" : String((12 + i) % 10 ** Math.min(intDigits, 6));
  const frac = scale > 0 ? "." + "7531246809".repeat(2).slice(i % 5, i % 5 + Math.min(scale, 10)).padEnd(Math.min(scale, 10), "1") : "";
  return `${whole}${frac}`;
}
function scalar(base, typmod, i, labels, kind) {
  if (kind === "e") return labels?.length ? labels[i % labels.length] : void 0;
  const day = String(i % 27 + 1).padStart(2, "0");
  switch (base) {
    case "int2":
    case "int4":
    case "int8":
    case "oid":
      return String(i + 1);
    case "numeric":
      return numericValue(i, typmod);
    case "float4":
    case "float8":
      return `${i + 1}.25`;
    case "money":
      return `${i + 12}.34`;
    case "bool":
      return i % 2 === 0 ? "true" : "false";
    case "text":
    case "citext":
    case "name":
      return textValue(i);
    case "varchar":
    case "bpchar":
      return textValue(i, typmod > 4 ? typmod - 4 : void 0);
    case "char":
      return String.fromCharCode(97 + i % 26);
    case "date":
      return `2024-03-${day}`;
    case "timestamp":
      return `2024-03-${day} 12:34:56.789`;
    case "timestamptz":
      return `2024-03-${day} 12:34:56.789+05:30`;
    case "time":
      return `12:34:${String(i % 60).padStart(2, "0")}.5`;
    case "timetz":
      return `12:34:${String(i % 60).padStart(2, "0")}+05:30`;
    case "interval":
      return `${i + 1} days 02:03:04`;
    case "uuid":
      return `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`;
    case "json":
    case "jsonb":
      return JSON.stringify({ name: "Zo\xEB", n: i + 1, tags: ["a", "\xFC"] });
    case "bytea":
      return `\\xdeadbeef${String(i % 100).padStart(2, "0")}`;
    case "inet":
      return `10.0.0.${i % 250 + 1}`;
    case "cidr":
      return `10.${i % 250}.0.0/16`;
    case "macaddr":
      return `08:00:2b:01:02:${String(i % 100).padStart(2, "0")}`;
    case "xml":
      return `<row n="${i + 1}">Zo\xEB</row>`;
    case "tsvector":
      return `rollback zo\xEB row${i + 1}`;
    case "point":
      return `(${i + 1},2.5)`;
    case "int4range":
    case "int8range":
      return `[${i + 1},${i + 10})`;
    case "numrange":
      return `[${i + 1}.5,${i + 10}.25)`;
    case "daterange":
      return `[2024-03-${day},2024-04-01)`;
    case "tsrange":
    case "tstzrange":
      return `[2024-03-${day} 10:00,2024-04-01 10:00)`;
    case "bit":
    case "varbit":
      return "1".repeat(Math.max(typmod, 1));
    default:
      return void 0;
  }
}
function arrayLiteral(items) {
  return `{${items.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
function valueFor(col, i) {
  if (col.category === "A" && col.element) {
    const a = scalar(col.element, -1, i, col.labels, col.element_kind);
    const b = scalar(col.element, -1, i + 1, col.labels, col.element_kind);
    if (a === void 0 || b === void 0) return void 0;
    return `${quoteLiteral2(arrayLiteral([a, b]))}::${col.type}`;
  }
  const v = scalar(col.base, col.typmod, i, col.labels, col.kind);
  return v === void 0 ? void 0 : `${quoteLiteral2(v)}::${col.type}`;
}
async function checkCandidates(expr) {
  const pg = await loadPgParser();
  const strings = [];
  const found = [];
  try {
    const walk = (node) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(walk);
      const o = node;
      const c = o.A_Const;
      if (c) {
        if (c.sval) strings.push(String(c.sval.sval));
        else if (c.ival) {
          const n = Number(c.ival.ival ?? 0);
          found.push(String(n + 1), String(n), String(n - 1));
        } else if (c.ival === void 0 && c.fval) {
          const n = Number(c.fval.fval);
          found.push(String(n + 0.5), String(n));
        } else if (c.boolval) found.push(String(c.boolval.boolval ?? false));
        else if (!c.isnull) found.push("1", "0");
      }
      for (const v of Object.values(o)) walk(v);
    };
    walk(pg.parse(`SELECT ${expr}`).stmts);
  } catch {
  }
  return { strings: [...new Set(strings)], others: [...new Set(found)] };
}

// src/drill/seed.ts
var USER_NS3 = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'`;
var NOT_EXTENSION2 = `c.oid NOT IN (SELECT dep.objid FROM pg_depend dep WHERE dep.deptype = 'e' AND dep.classid = 'pg_class'::regclass)`;
var TABLES = `
SELECT c.oid::int AS oid, CASE WHEN n.nspname = 'public' THEN quote_ident(c.relname) ELSE quote_ident(n.nspname) || '.' || quote_ident(c.relname) END AS name,
  quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relpersistence <> 't' AND ${USER_NS3} AND ${NOT_EXTENSION2}
ORDER BY 2`;
var COLUMNS = `
SELECT a.attrelid::int AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
  CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod,
  b.typname AS base, b.typtype::text AS kind, b.typcategory::text AS category,
  e.typname AS element, e.typtype::text AS element_kind,
  (SELECT json_agg(l.enumlabel ORDER BY l.enumsortorder) FROM pg_enum l WHERE l.enumtypid = CASE WHEN b.typtype = 'e' THEN b.oid ELSE e.oid END) AS labels,
  (a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)) AS not_null, a.atthasdef AS has_default,
  coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) AS serial,
  a.attidentity::text AS identity, a.attgenerated::text AS generated
FROM pg_attribute a
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
LEFT JOIN pg_type e ON e.oid = b.typelem AND b.typcategory = 'A'
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = ANY ($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`;
var FOREIGN_KEYS = `
SELECT k.conrelid::int AS rel, k.confrelid::int AS ref,
  (SELECT json_agg(a.attname ORDER BY array_position(k.conkey, a.attnum)) FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS columns,
  (SELECT json_agg(a.attname ORDER BY array_position(k.confkey, a.attnum)) FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attnum = ANY (k.confkey)) AS ref_columns
FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid = ANY ($1::oid[])`;
var CHECKS = `
SELECT k.conrelid::int AS rel, pg_get_expr(k.conbin, k.conrelid) AS expr,
  (SELECT json_agg(a.attname) FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS columns
FROM pg_constraint k WHERE k.contype = 'c' AND k.conrelid = ANY ($1::oid[])
UNION ALL
SELECT a.attrelid::int, pg_get_expr(k.conbin, 0), json_build_array(a.attname)
FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid JOIN pg_constraint k ON k.contypid = t.oid AND k.contype = 'c'
WHERE a.attrelid = ANY ($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped`;
function order(tables, fks) {
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const out = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (t) => {
    if (state.get(t.oid)) return;
    state.set(t.oid, "visiting");
    for (const fk of fks) if (fk.rel === t.oid && fk.ref !== t.oid && byOid.has(fk.ref) && !state.get(fk.ref)) visit(byOid.get(fk.ref));
    state.set(t.oid, "done");
    out.push(t);
  };
  tables.forEach(visit);
  return out;
}
async function seedEmptyTables(session, rowsPerTable = 3, skip = /* @__PURE__ */ new Set()) {
  const all = await session.query(TABLES);
  const result = { rows: /* @__PURE__ */ new Map(), problems: [] };
  if (all.length === 0) return result;
  const emptiness = await session.query(
    `SELECT ${all.map((t, i) => `NOT EXISTS (SELECT 1 FROM ${t.qualified}) AS e${i}`).join(", ")}`
  );
  const empty = all.filter((t, i) => emptiness[0]?.[`e${i}`] === true && !skip.has(t.name));
  if (empty.length === 0) return result;
  await session.exec("SET session_replication_role = 'replica'").catch(() => void 0);
  try {
    await seedTables(session, all, empty, rowsPerTable, result);
  } finally {
    await session.exec("RESET session_replication_role").catch(() => void 0);
  }
  return result;
}
async function seedTables(session, all, empty, rowsPerTable, result) {
  const oids = `{${all.map((t) => t.oid).join(",")}}`;
  const [columns, fkRows, checkRows] = await Promise.all([
    session.query(COLUMNS, [`{${empty.map((t) => t.oid).join(",")}}`]),
    session.query(FOREIGN_KEYS, [oids]),
    session.query(CHECKS, [oids])
  ]);
  for (const c of columns) c.labels = json(c.labels);
  const fks = fkRows.map((f) => ({ ...f, columns: json(f.columns), ref_columns: json(f.ref_columns) }));
  const checks = /* @__PURE__ */ new Map();
  for (const c of checkRows) {
    const found = await checkCandidates(c.expr);
    const byColumn = checks.get(c.rel) ?? /* @__PURE__ */ new Map();
    for (const col of json(c.columns) ?? []) {
      const had = byColumn.get(col) ?? { strings: [], others: [] };
      byColumn.set(col, { strings: [...had.strings, ...found.strings], others: [...had.others, ...found.others] });
    }
    checks.set(c.rel, byColumn);
  }
  const names = new Map(all.map((t) => [t.oid, t]));
  for (const table of order(empty, fks)) {
    const cols = columns.filter((c) => c.rel === table.oid);
    const labels = Math.max(0, ...cols.map((c) => c.labels?.length ?? 0));
    const plan = {
      table,
      columns: cols,
      fks: fks.filter((f) => f.rel === table.oid),
      checks: checks.get(table.oid) ?? /* @__PURE__ */ new Map(),
      rowCount: Math.min(Math.max(rowsPerTable, labels), 24)
    };
    try {
      const inserted = await new TableSeeder(session, plan, names).seed();
      result.rows.set(table.name, inserted.rows);
      if (inserted.problem) result.problems.push({ table: table.name, why: inserted.problem });
    } catch (error) {
      await session.exec("ROLLBACK").catch(() => void 0);
      result.problems.push({ table: table.name, why: error.message });
    }
  }
}
async function parentTuples(session, fk, names) {
  const parent = names.get(fk.ref);
  if (!parent) return [];
  const cols = fk.ref_columns.map((c) => `${quoteIdent2(c)}::text`).join(", ");
  const rows = await session.query(`SELECT json_agg(json_build_array(${cols})) AS t FROM (SELECT * FROM ${parent.qualified} LIMIT 50) s`);
  return json(rows[0]?.t) ?? [];
}
var TableSeeder = class {
  constructor(session, plan, names) {
    this.session = session;
    this.plan = plan;
    this.names = names;
    this.writable = plan.columns.filter((c) => c.identity !== "a" && c.generated === "");
    for (const fk of plan.fks) fk.columns.forEach((c, index) => this.fkOf.set(c, { fk, index }));
  }
  session;
  plan;
  names;
  /** Identity ALWAYS and generated columns take their own values. */
  writable;
  fkOf = /* @__PURE__ */ new Map();
  tuples = /* @__PURE__ */ new Map();
  async seed() {
    const { session, plan } = this;
    for (const fk of plan.fks) if (fk.ref !== plan.table.oid) this.tuples.set(fk, await parentTuples(session, fk, this.names));
    const wanted = Array.from({ length: plan.rowCount + 1 }, (_, i) => ({ i, nulls: i === plan.rowCount }));
    await session.exec("BEGIN");
    const together = await this.insertTogether(wanted);
    const { rows, problem } = together ?? await this.insertOneByOne(wanted);
    await fixSequences(session, plan.table, this.writable);
    await session.exec("COMMIT");
    if (rows === 0) return { rows, problem: `no row could be inserted, so its data is not compared (${problem ?? "unknown reason"})` };
    return problem && rows < plan.rowCount ? { rows, problem: `only ${rows} rows could be inserted (${problem})` } : { rows };
  }
  /** All rows in one statement; undefined when they cannot go together. */
  async insertTogether(wanted) {
    const made = wanted.map((w) => this.row(w.i, w.nulls, 0));
    const ready = made.filter((v) => typeof v !== "string");
    if (ready.length !== made.length || !ready.every((v) => v.size === ready[0].size)) return void 0;
    const { qualified } = this.plan.table;
    const cols = [...ready[0].keys()];
    try {
      await this.session.exec("SAVEPOINT rr_seed");
      await this.session.exec(
        cols.length === 0 ? ready.map(() => `INSERT INTO ${qualified} DEFAULT VALUES`).join(";\n") : `INSERT INTO ${qualified} (${cols.map(quoteIdent2).join(", ")}) VALUES ${ready.map((v) => `(${cols.map((c) => v.get(c)).join(", ")})`).join(", ")}`
      );
      return { rows: ready.length };
    } catch {
      await this.session.exec("ROLLBACK TO SAVEPOINT rr_seed");
      return void 0;
    }
  }
  /** Row by row, each with up to six sets of values (other CHECK constants, other keys). */
  async insertOneByOne(wanted) {
    let rows = 0;
    let problem;
    for (const w of wanted) {
      let lastError;
      for (let attempt = 0; attempt < 6; attempt++) {
        const values = this.row(w.i, w.nulls, attempt);
        if (typeof values === "string") {
          lastError = values;
          break;
        }
        try {
          await this.session.exec("SAVEPOINT rr_seed_row");
          await this.session.exec(this.insert(values));
          rows++;
          lastError = void 0;
          break;
        } catch (error) {
          await this.session.exec("ROLLBACK TO SAVEPOINT rr_seed_row");
          lastError = error instanceof DbError ? error.message : String(error);
        }
      }
      if (lastError && !w.nulls) problem ??= lastError;
    }
    return { rows, ...problem ? { problem } : {} };
  }
  insert(values) {
    const { qualified } = this.plan.table;
    return values.size === 0 ? `INSERT INTO ${qualified} DEFAULT VALUES` : `INSERT INTO ${qualified} (${[...values.keys()].map(quoteIdent2).join(", ")}) VALUES (${[...values.values()].join(", ")})`;
  }
  /** Row i's values (or why it cannot be made); `nulls` leaves every nullable column NULL; `attempt` varies CHECKed and UNIQUE columns. */
  row(i, nulls, attempt) {
    const values = /* @__PURE__ */ new Map();
    for (const col of this.writable) {
      const v = nulls && !col.not_null ? "NULL" : this.fkOf.has(col.name) ? this.reference(col, i, attempt) : this.value(col, i, attempt);
      if (v === void 0) continue;
      if (typeof v !== "string") return v.impossible;
      values.set(col.name, v);
    }
    return values;
  }
  /** A foreign key column: a parent row's key, itself for a self-reference, NULL when allowed. */
  reference(col, i, attempt) {
    const link = this.fkOf.get(col.name);
    if (link.fk.ref === this.plan.table.oid) {
      const own = link.fk.ref_columns[link.index];
      const target = this.writable.find((c) => c.name === own);
      const v2 = target && target !== col ? valueFor(target, i) : void 0;
      return v2 ?? (col.not_null ? { impossible: `column ${col.name} references its own table and cannot be filled` } : "NULL");
    }
    const parents = this.tuples.get(link.fk) ?? [];
    if (parents.length === 0) {
      return col.not_null ? { impossible: `column ${col.name} references ${this.names.get(link.fk.ref)?.name ?? "a table"}, which has no rows` } : "NULL";
    }
    const sibling = this.plan.fks.filter((f) => f.ref === link.fk.ref).indexOf(link.fk);
    const v = parents[(i + attempt + sibling) % parents.length][link.index];
    return v === null || v === void 0 ? "NULL" : `${quoteLiteral2(v)}::${col.type}`;
  }
  /** Any other column: a CHECK's allowed value, a made-up value of its type, its default (undefined) or NULL. */
  value(col, i, attempt) {
    const candidates = this.plan.checks.get(col.name);
    if (candidates && col.category === "B" && attempt >= 1 && attempt <= 4) return `${attempt % 2 === 1 ? "false" : "true"}::${col.type}`;
    if (candidates && !col.not_null && attempt >= 3 && attempt <= 4) return "NULL";
    const textual = ["S", "U"].includes(col.category) || col.kind === "e";
    const numeric = col.category === "N";
    const pool = candidates && textual && candidates.strings.length ? candidates.strings : attempt > 0 && candidates && (numeric || col.category === "B") ? candidates.others.filter((v2) => numeric ? /^-?[\d.]+$/.test(v2) : /^(true|false)$/.test(v2)) : [];
    if (pool.length) return `${quoteLiteral2(pool[(i + attempt) % pool.length])}::${col.type}`;
    const v = valueFor(col, i + attempt * 100);
    if (v !== void 0) return v;
    if (col.has_default) return void 0;
    return col.not_null ? { impossible: `no value of type ${col.type} can be made up for column ${col.name}` } : "NULL";
  }
};
async function fixSequences(session, table, columns) {
  for (const col of columns) {
    if (!(col.serial || col.identity === "d") || !["int2", "int4", "int8"].includes(col.base)) continue;
    await session.exec(
      `SELECT setval(pg_get_serial_sequence(${quoteLiteral2(table.qualified)}, ${quoteLiteral2(col.name)}), coalesce((SELECT max(${quoteIdent2(col.name)}) FROM ${table.qualified}), 0) + 1, false)`
    );
  }
}

// src/drill/stand-ins.ts
var STAND_IN = /^_\w+_$/;
async function standInSchemas(migrations) {
  const named = /* @__PURE__ */ new Set();
  const created = /* @__PURE__ */ new Set();
  const pg = await loadPgParser();
  const visit = (node) => {
    if (Array.isArray(node)) {
      const first = node[0]?.String?.sval;
      if (node.length >= 2 && first && STAND_IN.test(first)) named.add(first);
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    const o = node;
    if (typeof o.schemaname === "string" && STAND_IN.test(o.schemaname)) named.add(o.schemaname);
    const schema = o.CreateSchemaStmt;
    if (schema?.schemaname) created.add(schema.schemaname);
    for (const value2 of Object.values(o)) if (value2 && typeof value2 === "object") visit(value2);
  };
  for (const m of migrations) {
    for (const script of m.down ? [m.up, m.down] : [m.up]) {
      for (const piece of script.pieces) {
        if (!piece.sql.includes("_")) continue;
        try {
          visit(pg.parse(piece.sql));
        } catch {
        }
      }
    }
  }
  return [...named].filter((s) => !created.has(s)).sort();
}
var createSchemas = (schemas) => schemas.map((s) => `CREATE SCHEMA IF NOT EXISTS "${s.replace(/"/g, '""')}";`).join("\n");

// src/drill/rehearse.ts
var firstLine = (script) => script.pieces[0]?.line ?? 1;
var seconds = (ms) => ms >= 1e3 ? `${(ms / 1e3).toFixed(ms >= 1e4 ? 0 : 1)} s` : `${Math.round(ms)} ms`;
function failureText(f, engine, statementTimeoutMs) {
  const stmt = f.statement.sql.replace(/\s+/g, " ").trim();
  const shown2 = stmt.length > 120 ? `${stmt.slice(0, 117)}\u2026` : stmt;
  if (f.error.timedOut && /budget/.test(f.error.message)) return `the drill ran out of its time budget at line ${f.line} (\`${shown2}\`)`;
  if (f.error.code === ENVSUB_ERROR) return f.error.message;
  if (f.error.code === COPY_IN_ERROR) return `line ${f.line}: ${f.error.message}`;
  if (f.error.timedOut) return `line ${f.line} was stopped after the statement timeout (${seconds(statementTimeoutMs)}): \`${shown2}\``;
  return `line ${f.line} failed on ${engine}: ${f.error.message}${f.statement.unparsed ? "" : ` (\`${shown2}\`)`}`;
}
var byTool = (f) => f.error.code === ENVSUB_ERROR || f.error.code === COPY_IN_ERROR;
async function rehearse(options) {
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const { engine, plan, config } = options;
  const hits = [];
  const migrations = [];
  const notices = [...plan.notices];
  const base = { migrations: 0, ms: 0, reused: true };
  const add = (path, rule, line, message) => hits.push({ path, hit: { rule, line, message } });
  for (const set of plan.sets) {
    const schemas = await standInSchemas([...set.base, ...set.pr]);
    if (schemas.length) {
      const [list2, are] = schemas.length === 1 ? [`schema ${schemas[0]}`, "is a stand-in"] : [`schemas ${schemas.join(", ")}`, "are stand-ins"];
      notices.push(
        `Created ${list2} on the drill's empty database before the base of ${set.root || "."}: it ${are} for a placeholder (Flyway's \${\u2026}, pop's {{ \u2026 }}) the migrations use as a schema and none creates; the tool takes the real name from its configuration.`
      );
    }
    const built = await buildBase(options, set, deadline, schemas);
    base.migrations += set.base.length;
    base.ms += built.ms;
    base.reused &&= built.reused;
    if (set.changed.length) {
      notices.push(
        `Already on the base branch and changed here: ${set.changed.join(", ")}. Databases that ran the old version will not run it again; the drill rehearsed the new version on a base built without it.`
      );
    }
    if ("failure" in built) {
      const { migration, failure } = built;
      add(
        failure.statement.path ?? migration.up.path,
        "drill-up-failed",
        failure.line,
        `The base branch's migration ${migration.up.label} ${byTool(failure) ? "could not be run" : `does not apply on ${engine.serverVersion}`}, so the drill could not build the starting schema: ${failureText(failure, engine.kind === "pglite" ? "PGlite" : "the server", options.statementTimeoutMs)}.` + // Its tool stops before the engine sees it (goose's ENVSUB, psql's variables): the reason says what to do, another engine would not help.
        (byTool(failure) ? "" : engine.kind === "pglite" ? " If it needs what the embedded engine lacks (an extension, another dialect), run the drill against a server that has it with --database-url." : " Make the base migrations apply on a fresh database, or point --database-url at a server that has what they need.")
      );
      for (const m of set.pr) migrations.push(notRun(m, "the base schema could not be built"));
      continue;
    }
    await rehearseSet(options, set, built, deadline, migrations, add);
  }
  const findings = hits.flatMap(
    ({ path, hit }) => finalizeFindings(path, void 0, [hit], { config, ...options.docsBase ? { docsBase: options.docsBase } : {} })
  );
  const run = { engine: engine.kind, serverVersion: engine.serverVersion, base, migrations, notices, totalMs: Date.now() - started };
  const failing = findings.filter((f) => f.severity === "error" && !f.suppressed);
  const unrehearsable = plan.unrehearsable.length;
  const passed = failing.length === 0 && unrehearsable === 0 && migrations.every((m) => m.result === "pass" || m.result === "up-only");
  return { run, findings, passed, summary: summarise(run, failing, unrehearsable) };
}
function summarise(run, failing, unrehearsable) {
  const engine = run.engine === "pglite" ? `PGlite (${run.serverVersion})` : run.serverVersion.split(" on ")[0];
  const counts = /* @__PURE__ */ new Map();
  for (const m of run.migrations) counts.set(m.result, (counts.get(m.result) ?? 0) + 1);
  const parts = [`${counts.get("pass") ?? 0} passed`];
  if (counts.get("up-only")) parts.push(`${counts.get("up-only")} up only (no down)`);
  if (counts.get("fail")) parts.push(`${counts.get("fail")} failed`);
  if (counts.get("not-run")) parts.push(`${counts.get("not-run")} not run`);
  const rules = [...new Set(failing.map((f) => f.rule))];
  let text2 = `Rehearsed ${run.migrations.length} migration${run.migrations.length === 1 ? "" : "s"} on ${engine}: ${parts.join(", ")}`;
  if (rules.length) text2 += ` (${rules.join(", ")})`;
  if (unrehearsable) text2 += `; ${unrehearsable} migration file${unrehearsable === 1 ? "" : "s"} could not be rehearsed (see the notices)`;
  return `${text2}.`;
}
var notRun = (m, why) => ({
  path: m.path,
  framework: m.framework,
  ...m.down ? { downPath: m.down.path } : {},
  result: "not-run",
  statements: [],
  lostOnRollback: [],
  notes: [...m.notes ?? [], `not rehearsed: ${why}`]
});
async function applyUps(options, db, migrations, deadline) {
  for (const m of migrations) {
    const run = await runScript(db, m.up, { engine: options.engine.kind, step: "up", measure: false, deadline });
    if (run.failure) return { failure: run.failure, migration: m };
  }
  return void 0;
}
async function buildBase(options, set, deadline, schemas) {
  const { engine, cache } = options;
  const started = Date.now();
  const pglite = engine.kind === "pglite" ? engine : void 0;
  const keys = pglite && cache ? baseKeys(schemas.length ? `${pglite.serverVersion}
schemas ${schemas.join(" ")}` : pglite.serverVersion, set.base) : [];
  let from = -1;
  let kept;
  for (let k = keys.length - 1; k >= 0 && !kept; k--) if (kept = cache.get(keys[k])) from = k;
  const db = kept && pglite ? await pglite.fromImage(pglite.image(kept)) : await emptyWith(engine, schemas);
  if (from === set.base.length) return { db, schemas, image: pglite.image(kept), ms: Date.now() - started, reused: true };
  if (pglite && cache && from < 0) cache.put(keys[0], (await pglite.snapshot(db)).bytes);
  const failed = await applyUps(options, db, set.base.slice(Math.max(from, 0)), deadline);
  if (failed) {
    await engine.discard(db).catch(() => void 0);
    return { ...failed, ms: Date.now() - started, reused: false };
  }
  let image;
  if (!pglite) image = await engine.snapshot(db);
  else if (cache) {
    const dumped = await pglite.snapshot(db);
    cache.put(keys[set.base.length], dumped.bytes);
    image = dumped;
  }
  options.log?.(`base of ${set.root || "."}: ${set.base.length} migration${set.base.length === 1 ? "" : "s"} in ${seconds(Date.now() - started)}`);
  return { db, schemas, ...image ? { image } : {}, ms: Date.now() - started, reused: false };
}
async function emptyWith(engine, schemas) {
  const db = await engine.empty();
  if (!schemas.length) return db;
  const session = await db.session();
  try {
    await session.exec(createSchemas(schemas));
  } finally {
    await session.close();
  }
  return db;
}
async function rebuild(options, set, base, applied, deadline) {
  const { engine } = options;
  const db = base.image ? await engine.fromImage(base.image) : await emptyWith(engine, base.schemas);
  const failed = await applyUps(options, db, base.image ? applied : [...set.base, ...applied], deadline);
  if (failed) {
    await engine.discard(db).catch(() => void 0);
    return void 0;
  }
  return db;
}
async function snapshot(db, withData, kinds) {
  const session = await db.session();
  try {
    const schema = await readSchema(session, kinds);
    return withData ? { schema, data: await readData(session) } : { schema };
  } finally {
    await session.close();
  }
}
async function rehearseSet(options, set, base, deadline, out, add) {
  const { engine } = options;
  const t0 = performance.now();
  const trace = process.env.ROLLBACK_READY_TRACE ? (what) => options.log?.(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${what}`) : () => void 0;
  const ctx = { options, deadline, add, trace, unseeded: /* @__PURE__ */ new Set(), where: engine.kind === "pglite" ? "PGlite" : "the server" };
  let db = base.db;
  const applied = [];
  let stop;
  for (const m of set.pr) {
    if (!stop && Date.now() > deadline) stop = "the drill ran out of its time budget";
    if (stop || !db) {
      out.push(notRun(m, stop ?? "the database could not be rebuilt after an earlier failure"));
      continue;
    }
    const result = {
      path: m.path,
      framework: m.framework,
      ...m.down ? { downPath: m.down.path } : {},
      result: "pass",
      statements: [],
      lostOnRollback: [],
      notes: [...m.notes ?? []]
    };
    out.push(result);
    const next = await rehearseOne(ctx, db, m, result, applied);
    if (next.then === "stop") stop = next.why;
    if (next.then === "rebuild") {
      await engine.discard(db).catch(() => void 0);
      db = await rebuild(options, set, base, applied, deadline);
    }
  }
  if (db) await engine.discard(db).catch(() => void 0);
}
async function seed(db, result, unseeded) {
  try {
    const session = await db.session();
    const seeded = await seedEmptyTables(session, 3, unseeded).finally(() => session.close());
    for (const problem of seeded.problems) {
      unseeded.add(problem.table);
      result.notes.push(`seeding table ${problem.table}: ${problem.why}`);
    }
  } catch (error) {
    result.notes.push(`not seeded, so no data is compared: ${error.message}`);
  }
}
async function rehearseOne(ctx, db, m, result, applied) {
  const { options, deadline, trace, where } = ctx;
  const engine = options.engine.kind;
  const fail = (path, rule, line, message) => {
    result.result = "fail";
    ctx.add(path, rule, line, message);
  };
  const unreadable = (error) => fail(
    m.up.path,
    "drill-schema-drift",
    firstLine(m.up),
    `The drill could not read the database to compare it (${error.message}), so this migration's rollback is not proven. Run the drill with --database-url against a server, or report it.`
  );
  const run = async (script, step, rows2) => {
    const r = await runScript(db, script, { engine, step, measure: true, rows: rows2, deadline });
    result.statements.push(...r.statements);
    for (const n of r.notes) if (!result.notes.includes(n)) result.notes.push(n);
    trace(`${m.path}: ${step}`);
    return r;
  };
  await seed(db, result, ctx.unseeded);
  trace(`${m.path}: seeded`);
  const before = await snapshot(db, true).catch((error) => (unreadable(error), void 0));
  if (!before) return { then: "stop", why: "the database could not be read" };
  const rows = new Map([...before.data].map(([name, t]) => [name, t.rows.size]));
  const up = await run(m.up, "up", rows);
  result.upMs = up.ms;
  if (up.failure) {
    fail(
      up.failure.statement.path ?? m.up.path,
      "drill-up-failed",
      up.failure.line,
      `The up (${m.up.label}) does not apply: ${failureText(up.failure, where, options.statementTimeoutMs)}.`
    );
    return { then: "stop", why: `${m.path} failed to apply, and later migrations build on it` };
  }
  applied.push(m);
  const afterUp = await snapshot(db, false, ["table", "column", "enum"]).catch((error) => (unreadable(error), void 0));
  if (!afterUp) return { then: "rebuild" };
  if (!m.down) {
    result.result = "up-only";
    result.notes.push(m.noDown ?? "no down to rehearse");
    return { then: "go on" };
  }
  const down = await run(m.down, "down", rows);
  result.downMs = down.ms;
  if (down.failure) {
    fail(
      down.failure.statement.path ?? m.down.path,
      "drill-down-failed",
      down.failure.line,
      `The down (${m.down.label}) fails after the up: ${failureText(down.failure, where, options.statementTimeoutMs)}.`
    );
    return { then: "rebuild" };
  }
  const afterDown = await snapshot(db, true).catch((error) => (unreadable(error), void 0));
  if (!afterDown) return { then: "rebuild" };
  const diff = compareSchema(before.schema, afterDown.schema);
  result.notes.push(...diff.moved);
  result.lostOnRollback = lostOnRollback(before.schema, afterUp.schema, afterDown.schema);
  const again = await run(m.up, "reapply", rows);
  result.reapplyMs = again.ms;
  judge(ctx, m, m.down, diff.drift, compareData(before.data, afterDown.data), again.failure, fail);
  return again.failure ? { then: "rebuild" } : { then: "go on" };
}
function judge(ctx, m, down, drift, losses, reapply, fail) {
  const downLine = firstLine(down);
  const reapplyText = reapply ? failureText(reapply, ctx.where, ctx.options.statementTimeoutMs) : void 0;
  if (drift.length) {
    const listed = drift.slice(0, 12).map((d) => `- ${d}`);
    if (drift.length > 12) listed.push(`- \u2026 and ${drift.length - 12} more`);
    const then = reapplyText ? `
Because of this, applying the up again fails too: ${reapplyText}.` : "";
    fail(
      down.path,
      "drill-schema-drift",
      downLine,
      `After the up (${m.up.label}) and the down (${down.label}) the schema is not where it started:
${listed.join("\n")}${then}`
    );
  } else if (reapply) {
    fail(
      reapply.statement.path ?? m.up.path,
      "drill-reapply-failed",
      reapply.line,
      `The up (${m.up.label}) fails when applied again after the down: ${reapplyText}. The down leaves something behind that the up then trips over.`
    );
  }
  for (const loss of losses) {
    const what = loss.column ? `column ${loss.table}.${loss.column}: ${loss.count} of ${loss.of} values` : `table ${loss.table}: ${loss.count} of ${loss.of} rows`;
    fail(
      down.path,
      "drill-data-loss",
      downLine,
      `Data seeded before the up is gone after the down, in ${what} (e.g. ${loss.example}). Make the down restore it, or declare the stage forward-only with a backup and restore.`
    );
  }
}
export {
  rehearse
};
