export interface BundleInventory {
  /** the files of dist/ it may load, relative to dist/: its JavaScript (entry and chunks) and the WASM/data and drill worker it reads from the Action's folder */
  files: string[];
  /** the JavaScript it loads at start (entry and static imports), before any import() on demand */
  eager: string[];
  /** the source files and packages bundled into it (esbuild's metafile inputs) */
  inputs: string[];
  /** bytes of output per package (or src/ folder) */
  packages: Record<string, number>;
  /** bytes of its JavaScript */
  bytes: number;
}
/** Per bundle (action/index, action/drill-worker, cli, app, lambda, lint-worker): what it holds, from esbuild's metafiles. */
export declare function distInventory(): Promise<Record<string, BundleInventory>>;
export interface BuildMetafile {
  metafile: unknown;
  entries: Record<string, string>;
  folder: string;
  assets: string;
}
export declare function inventoryOf(builds: BuildMetafile[]): Record<string, BundleInventory>;
/** The files the Action may load (its entry's inventory, with the drill worker it starts). */
export declare function actionFiles(inventory: Record<string, BundleInventory>): string[];
