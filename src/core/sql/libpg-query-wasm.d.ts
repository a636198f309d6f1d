// libpg-query's Emscripten factory (CommonJS, untyped): driven directly by ./pg.ts.
declare module 'libpg-query/wasm/libpg-query.js' {
  const factory: (moduleArg?: object) => Promise<unknown>;
  export default factory;
}
