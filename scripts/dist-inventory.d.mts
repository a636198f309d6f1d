export interface BundleInventory {
  /** the files of dist/ it runs: its JavaScript (entry and chunks) and what it loads beside it */
  files: string[];
  /** the source files and packages bundled into it (esbuild's metafile inputs) */
  inputs: string[];
  /** bytes of output per package (or src/ folder) */
  packages: Record<string, number>;
  /** bytes of its JavaScript */
  bytes: number;
}
/** Per bundle (cli, action, app, lambda, drill-worker): what it holds, from esbuild's metafile. */
export declare function distInventory(): Promise<Record<string, BundleInventory>>;
export declare function inventoryOf(metafile: unknown, entries: Record<string, string>): Record<string, BundleInventory>;
