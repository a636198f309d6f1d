// The Postgres parser (libpg-query, WASM), loaded on first use: importing it reads a 1 MB WASM
// file, which a run that never meets SQL should not pay for.
import type { ParseResult, ScanResult } from 'libpg-query';

export interface PgParser {
  parse(sql: string): ParseResult;
  scan(sql: string): ScanResult;
}

let loading: Promise<PgParser> | undefined;

export function loadPgParser(): Promise<PgParser> {
  loading ??= (async () => {
    const imported = await import('libpg-query');
    // Bundled from its CommonJS entry the exports sit under `default`.
    const mod = ('loadModule' in imported ? imported : (imported as { default: typeof imported }).default) as typeof imported;
    await mod.loadModule();
    return { parse: mod.parseSync, scan: mod.scanSync };
  })();
  return loading;
}
