// The Postgres parser's load is remembered, but not a failed one: the long-running App meets a
// read error once (a file system hiccup) and must parse again on the next delivery.
import { describe, expect, it } from 'vitest';
import { setWasmLoader, type WasmLoader } from '../../../src/core/parsers/wasm';
import { loadPgParser } from '../../../src/core/sql/pg';
import { nodeWasmLoader } from '../../../src/node/wasm';

describe('loadPgParser', () => {
  it('tries again after a failed load, then keeps the parser it loaded', async () => {
    let calls = 0;
    const flaky: WasmLoader = {
      load: (spec) => (++calls === 1 ? Promise.reject(new Error(`EIO: cannot read ${spec}`)) : nodeWasmLoader.load(spec)),
    };
    const previous = setWasmLoader(flaky);
    try {
      await expect(loadPgParser()).rejects.toThrow(/EIO/);
      const parser = await loadPgParser();
      expect(parser.parse('SELECT 1;').stmts).toHaveLength(1);
      expect(await loadPgParser()).toBe(parser);
      expect(calls).toBe(2);
    } finally {
      setWasmLoader(previous);
    }
  });
});
