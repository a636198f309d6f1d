import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  loadWasm
} from "./chunk-ASTGNKGX.js";

// src/core/sql/pg.ts
var compilePgWasm = (bytes) => WebAssembly.compile(bytes);
var PgSyntaxError = class extends Error {
  constructor(message, cursor) {
    super(message);
    this.cursor = cursor;
  }
  cursor;
};
var loading;
var loaded;
function loadedPgParser() {
  if (!loaded) throw new Error("the Postgres parser is not loaded yet: await loadPgParser() first");
  return loaded;
}
function loadPgParser(compiled) {
  loading ??= (async () => {
    const [imported, wasmBinary] = await Promise.all([
      import("./chunk-PMQIZVFG.js"),
      compiled ? void 0 : loadWasm("libpg-query/wasm/libpg-query.wasm")
    ]);
    let factory = imported;
    while (typeof factory !== "function" && factory && typeof factory === "object" && "default" in factory) factory = factory.default;
    const module = await (compiled ?? compilePgWasm(wasmBinary));
    let fail = () => void 0;
    const failed = new Promise((_, reject) => fail = reject);
    const instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(module, imports).then(receive, fail);
      return {};
    };
    loaded = wrap(await Promise.race([factory({ instantiateWasm }), failed]));
    return loaded;
  })();
  const attempt = loading;
  attempt.catch(() => {
    if (loading === attempt) loading = void 0;
  });
  return loading;
}
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function wrap(m) {
  const toPtr = (sql) => {
    const max = sql.length * 3 + 1;
    const ptr = m._malloc(max);
    if (!ptr) throw new Error("Failed to parse query: memory allocation failed");
    const heap = m.HEAPU8;
    const { written } = encoder.encodeInto(sql, heap.subarray(ptr, ptr + max - 1));
    heap[ptr + written] = 0;
    return ptr;
  };
  const fromPtr = (ptr) => {
    if (!ptr) return "";
    const heap = m.HEAPU8;
    const end = heap.indexOf(0, ptr);
    return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
  };
  const u32 = (ptr) => m.HEAPU32[ptr >>> 2];
  return {
    parse(sql) {
      if (sql === "") throw new Error("Query cannot be empty");
      const queryPtr = toPtr(sql);
      let resultPtr = 0;
      try {
        resultPtr = m._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) throw new Error("Failed to parse query: memory allocation failed");
        const treePtr = u32(resultPtr);
        const errorPtr = u32(resultPtr + 8);
        if (errorPtr) {
          const messagePtr = u32(errorPtr);
          const cursorpos = m.HEAPU32[errorPtr + 16 >>> 2] ?? 0;
          throw new PgSyntaxError(messagePtr ? fromPtr(messagePtr) : "Unknown error", cursorpos > 0 ? cursorpos - 1 : void 0);
        }
        if (!treePtr) throw new Error("No parse tree generated");
        return JSON.parse(fromPtr(treePtr));
      } finally {
        m._free(queryPtr);
        if (resultPtr) m._wasm_free_parse_result(resultPtr);
      }
    },
    parsePlpgsql(sql) {
      const queryPtr = toPtr(sql);
      let resultPtr = 0;
      try {
        resultPtr = m._wasm_parse_plpgsql(queryPtr);
        const text = fromPtr(resultPtr);
        if (!text.startsWith("{")) throw new Error(text);
        return JSON.parse(text);
      } finally {
        m._free(queryPtr);
        if (resultPtr) m._wasm_free_string(resultPtr);
      }
    },
    scan(sql) {
      const queryPtr = toPtr(sql);
      let resultPtr = 0;
      try {
        resultPtr = m._wasm_scan(queryPtr);
        const text = fromPtr(resultPtr);
        if (!text.startsWith("{")) throw new Error(text);
        return JSON.parse(text);
      } finally {
        m._free(queryPtr);
        if (resultPtr) m._wasm_free_string(resultPtr);
      }
    }
  };
}

// src/core/sql/line-map.ts
var encoder2 = new TextEncoder();
var decoder2 = new TextDecoder();
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
    this.bytes ??= encoder2.encode(this.text);
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
    return decoder2.decode(this.utf8().subarray(start, end));
  }
};

export {
  PgSyntaxError,
  loadedPgParser,
  loadPgParser,
  LineMap
};
