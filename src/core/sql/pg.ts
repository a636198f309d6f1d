// The Postgres parser (libpg-query, WASM), loaded on first use: importing it reads a 1 MB WASM
// file, which a run that never meets SQL should not pay for.
//
// The Emscripten module is driven directly rather than through libpg-query's `parseSync`: its
// string marshalling walks every character in JavaScript (UTF-8 length, then encode, then a byte
// loop to find the result's end), which cost about a fifth of parsing on a 1 MB migration corpus.
// Here the SQL is encoded with `TextEncoder.encodeInto` and the result found with a native
// `indexOf(0)`. The calls and struct layout are the ones `parseSync`/`scanSync` use (libpg-query 18).
import type { ParseResult, ScanResult } from 'libpg-query';
import { loadWasm } from '../parsers/wasm';

export interface PgParser {
  parse(sql: string): ParseResult;
  scan(sql: string): ScanResult;
  /** The PL/pgSQL trees of the DO blocks and functions in `sql` (libpg-query's PL/pgSQL parser). */
  parsePlpgsql(sql: string): { plpgsql_funcs?: unknown[] };
}

interface PgModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(ptr: number): number;
  _wasm_free_parse_result(ptr: number): void;
  _wasm_scan(ptr: number): number;
  _wasm_parse_plpgsql(ptr: number): number;
  _wasm_free_string(ptr: number): void;
}

type Factory = (moduleArg?: object) => Promise<PgModule>;

/** The parser's compiled WebAssembly module (a `WebAssembly.Module`: threads can share one). */
export type PgWasm = { readonly __brand: 'WebAssembly.Module' };

// The project's TypeScript libraries (ES2023, node) do not declare WebAssembly; what is used of it.
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<PgWasm>;
  instantiate(module: PgWasm, imports: object): Promise<object>;
};

/** Compiles the parser's WebAssembly (`libpg-query.wasm`, as read by the caller) for `loadPgParser`. */
export const compilePgWasm = (bytes: Uint8Array): Promise<PgWasm> => WebAssembly.compile(bytes);

/** The parser's rejection, with where it stopped: `cursor` is a 0-based character index, if known. */
/** The quoted text of a Postgres scanner error: `unterminated quoted string at or near "'abc"`. */
export const NEAR = /^[^"]*? at or near "([\s\S]*)"$/;

export class PgSyntaxError extends Error {
  constructor(
    message: string,
    readonly cursor?: number,
  ) {
    super(message);
  }
}

let loading: Promise<PgParser> | undefined;
let loaded: PgParser | undefined;

/** The parser, once `loadPgParser()` has resolved (for synchronous callers); throws before. */
export function loadedPgParser(): PgParser {
  if (!loaded) throw new Error('the Postgres parser is not loaded yet: await loadPgParser() first');
  return loaded;
}

/**
 * Loads the parser (once; later calls return the first load, unless it failed: then they try again). `compiled`: the parser's WebAssembly
 * module, already compiled (a `lint` over several threads compiles it once and shares it with each
 * of them); by default the bytes come through the face's WASM loader and are compiled here.
 */
export function loadPgParser(compiled?: Promise<PgWasm>): Promise<PgParser> {
  loading ??= (async () => {
    // The Emscripten factory is CommonJS; bundled or imported, it may sit under `default`.
    // The WASM comes compiled (a multi-threaded lint shares one module) or as bytes through the
    // face's loader (the core reads no files), read while the glue is imported.
    const [imported, wasmBinary] = await Promise.all([
      import('libpg-query/wasm/libpg-query.js') as Promise<unknown>,
      compiled ? undefined : loadWasm('libpg-query/wasm/libpg-query.wasm'),
    ]);
    let factory: unknown = imported;
    while (typeof factory !== 'function' && factory && typeof factory === 'object' && 'default' in factory) factory = (factory as { default: unknown }).default;
    // Always instantiated through Emscripten's hook, never left to the glue: given only
    // `wasmBinary`, this glue still reads libpg-query.wasm from beside itself, which in dist/ is
    // not where the CLI and the App keep it (they read the Action's folder, dist/action/).
    const module = await (compiled ?? compilePgWasm(wasmBinary!));
    // The hook: the imports in, the instance out (a failure would leave the factory waiting: it
    // rejects the load instead).
    let fail: (error: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    const instantiateWasm = (imports: object, receive: (instance: object) => void) => {
      WebAssembly.instantiate(module, imports).then(receive, fail);
      return {};
    };
    loaded = wrap(await Promise.race([(factory as Factory)({ instantiateWasm }), failed]));
    return loaded;
  })();
  // A load that failed (a read error, a WASM that would not compile) is tried again by the next
  // caller: the long-running App must not stay without a parser after one bad moment.
  const attempt = loading;
  attempt.catch(() => {
    if (loading === attempt) loading = undefined;
  });
  return loading;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * JSON from libpg-query, read even where it copies a control character raw into a string: its
 * scanner writes each token's text unescaped, so one form feed or U+0001 in a comment, a quoted
 * name or a dollar-quoted body made the whole scan unreadable (`Bad control character in string
 * literal`). Every reader of tokens then lost the file (the tolerant reading, the dialect from
 * content, the drill's statement split). The text is repaired only when it fails: each character
 * below U+0020 inside a string is escaped as `\u00XX`, which is what JSON would have held.
 */
export function readPgJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Only a raw control character inside a string is repaired; any other failure stands.
    if (!/[\u0000-\u001f]/.test(text)) throw error;
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      const code = c.charCodeAt(0);
      if (inString && code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else {
        out += c;
        if (c === '"') inString = !inString;
        else if (c === '\\' && inString) out += text[++i] ?? '';
      }
    }
    return JSON.parse(out);
  }
}

function wrap(m: PgModule): PgParser {
  /** Copies `sql` into WASM memory as a NUL-terminated UTF-8 string; the caller frees it. */
  const toPtr = (sql: string): number => {
    // UTF-8 never takes more than 3 bytes per UTF-16 unit.
    const max = sql.length * 3 + 1;
    const ptr = m._malloc(max);
    if (!ptr) throw new Error('Failed to parse query: memory allocation failed');
    const heap = m.HEAPU8; // read after malloc: a grown memory replaces the view
    const { written } = encoder.encodeInto(sql, heap.subarray(ptr, ptr + max - 1));
    heap[ptr + written] = 0;
    return ptr;
  };
  const fromPtr = (ptr: number): string => {
    if (!ptr) return '';
    const heap = m.HEAPU8;
    const end = heap.indexOf(0, ptr);
    return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
  };
  const u32 = (ptr: number): number => m.HEAPU32[ptr >>> 2]!;

  return {
    parse(sql) {
      if (sql === '') throw new Error('Query cannot be empty');
      const queryPtr = toPtr(sql);
      let resultPtr = 0;
      try {
        resultPtr = m._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) throw new Error('Failed to parse query: memory allocation failed');
        // PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
        const treePtr = u32(resultPtr);
        const errorPtr = u32(resultPtr + 8);
        if (errorPtr) {
          // PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; … }
          const messagePtr = u32(errorPtr);
          const cursorpos = m.HEAPU32[(errorPtr + 16) >>> 2] ?? 0; // 1-based characters, 0 = unknown
          throw new PgSyntaxError(messagePtr ? fromPtr(messagePtr) : 'Unknown error', cursorpos > 0 ? cursorpos - 1 : undefined);
        }
        if (!treePtr) throw new Error('No parse tree generated');
        return readPgJson(fromPtr(treePtr)) as ParseResult;
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
        // Success is a JSON object; anything else is the error message.
        if (!text.startsWith('{')) throw new Error(text);
        return readPgJson(text) as { plpgsql_funcs?: unknown[] };
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
        // A scanner error comes back as its message ("unterminated quoted string at or near …").
        if (!text.startsWith('{')) throw new Error(text);
        return readPgJson(text) as ScanResult;
      } finally {
        m._free(queryPtr);
        if (resultPtr) m._wasm_free_string(resultPtr);
      }
    },
  };
}
