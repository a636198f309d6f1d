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
var NEAR = /^[^"]*? at or near "([\s\S]*)"$/;
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
function readPgJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/[\u0000-\u001f]/.test(text)) throw error;
    let out = "";
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      const code = c.charCodeAt(0);
      if (inString && code < 32) out += `\\u${code.toString(16).padStart(4, "0")}`;
      else {
        out += c;
        if (c === '"') inString = !inString;
        else if (c === "\\" && inString) out += text[++i] ?? "";
      }
    }
    return JSON.parse(out);
  }
}
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
        return readPgJson(fromPtr(treePtr));
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
        return readPgJson(text);
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
        return readPgJson(text);
      } finally {
        m._free(queryPtr);
        if (resultPtr) m._wasm_free_string(resultPtr);
      }
    }
  };
}

export {
  NEAR,
  PgSyntaxError,
  loadedPgParser,
  loadPgParser
};
