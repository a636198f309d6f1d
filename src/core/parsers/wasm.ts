// How the core gets the WASM files its parsers run on (libpg-query, web-tree-sitter and its
// grammars). The core reads nothing from disk: each face (CLI, Action, App, Lambda, the drill,
// tests, benches) passes in a loader at start-up — src/node/wasm.ts is the one for Node.

/** Gives the bytes of a WASM file a package ships; `spec` is `<package>/<file>.wasm`. */
export interface WasmLoader {
  load(spec: string): Promise<Uint8Array>;
}

let current: WasmLoader | undefined;

/** Installs `loader` (undefined removes it); returns the one it replaces, so a test can restore it. */
export function setWasmLoader(loader: WasmLoader | undefined): WasmLoader | undefined {
  const previous = current;
  current = loader;
  return previous;
}

/** The bytes of `spec`, through the loader the face installed. */
export function loadWasm(spec: string): Promise<Uint8Array> {
  if (!current) {
    return Promise.reject(
      new Error(`cannot load ${spec}: no WASM loader installed (a face must call setWasmLoader, e.g. useNodeWasm() from src/node/wasm.ts)`),
    );
  }
  return current.load(spec);
}
