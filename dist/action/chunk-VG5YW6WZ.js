import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  bundled,
  shippedFile
} from "./chunk-DIFVVXPK.js";
import "./chunk-ASTGNKGX.js";
import {
  DbError
} from "./chunk-4EXBFX3Y.js";
import "./chunk-ADI5M2KE.js";

// src/drill/pglite.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
function workerUrl() {
  return bundled() ? shippedFile("drill-worker.js") : new URL("./pglite-worker.mjs", import.meta.url);
}
function assetsUrl() {
  if (bundled()) return shippedFile("").href;
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  return pathToFileURL(`${dirname(entry)}/`).href;
}
var PgliteWorker = class {
  worker;
  next = 0;
  pending = /* @__PURE__ */ new Map();
  dead = false;
  constructor(extensions, loadDataDir) {
    this.worker = new Worker(workerUrl(), { workerData: { assets: assetsUrl(), extensions: [...extensions], ...loadDataDir ? { loadDataDir } : {} } });
    this.worker.on("message", (reply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiter?.resolve(reply);
    });
    const fail = (error) => {
      this.dead = true;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new DbError(`the embedded Postgres stopped (exit code ${code})`)));
  }
  /** Sends one request; past `timeoutMs` the worker (and its database) is ended. */
  call(message, timeoutMs) {
    if (this.dead) return Promise.reject(new DbError("the embedded Postgres was stopped after a statement timed out"));
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      let timer;
      if (timeoutMs) {
        timer = setTimeout(() => {
          this.pending.delete(id);
          this.dead = true;
          void this.worker.terminate();
          reject(new DbError(`canceling statement due to statement timeout (${timeoutMs} ms)`, "57014", void 0, true));
        }, timeoutMs);
      }
      this.pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply.ok) resolve(reply);
          else reject(new DbError(reply.error?.message ?? "unknown error", reply.error?.code, reply.error?.position, false, reply.error?.where));
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        }
      });
      this.worker.postMessage({ ...message, id });
    });
  }
  async terminate() {
    this.dead = true;
    await this.worker.terminate();
  }
};
var PgliteDatabase = class {
  constructor(worker, options) {
    this.worker = worker;
    this.options = options;
  }
  worker;
  options;
  get lost() {
    return this.worker.dead;
  }
  async session() {
    const { worker, options } = this;
    await worker.call({ op: "exec", sql: "ROLLBACK" });
    await worker.call({ op: "exec", sql: "DISCARD ALL" });
    return {
      exec: async (sql) => {
        await worker.call({ op: "exec", sql }, options.statementTimeoutMs);
      },
      // PGlite reads COPY data from its `/dev/blob` device, given with the query (pglite.dev/docs/api#query-options).
      copyIn: async (statement, rows) => {
        await worker.call({ op: "copy", sql: statement.fromBlob, data: rows }, options.statementTimeoutMs);
      },
      query: async (sql, params) => (await worker.call({ op: "query", sql, params: params ?? [] }, options.statementTimeoutMs)).rows ?? [],
      close: async () => {
        if (!worker.dead) await worker.call({ op: "exec", sql: "ROLLBACK" }).catch(() => void 0);
      }
    };
  }
};
var images = 0;
function pgliteVersion() {
  if ("0.5.16") return "0.5.16";
  try {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    return JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}
var PgliteEngine = class {
  constructor(options, extensions = []) {
    this.options = options;
    this.extensions = extensions;
  }
  options;
  extensions;
  kind = "pglite";
  workers = /* @__PURE__ */ new Set();
  serverVersion = `PGlite ${pgliteVersion()}`;
  async open(bytes) {
    const worker = new PgliteWorker(this.extensions, bytes);
    this.workers.add(worker);
    const { version } = await worker.call({ op: "open" });
    if (version) this.serverVersion = version.replace(/ on wasm32.*$/, "");
    return new PgliteDatabase(worker, this.options);
  }
  /** A new cluster (PGlite runs initdb: about two seconds). */
  empty() {
    return this.open();
  }
  async snapshot(db) {
    const reply = await db.worker.call({ op: "dump" });
    return { id: `image-${++images}`, bytes: reply.bytes };
  }
  /** An image from bytes kept on disk. */
  image(bytes) {
    return { id: `image-${++images}`, bytes };
  }
  async fromImage(image) {
    return this.open(image.bytes);
  }
  async discard(db) {
    const { worker } = db;
    this.workers.delete(worker);
    await worker.terminate();
  }
  async dispose() {
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
    return [];
  }
};
export {
  PgliteEngine,
  pgliteVersion
};
