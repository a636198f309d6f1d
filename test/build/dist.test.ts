// What dist/ holds and why: every file in it is run by some bundle, each face's bundle holds only
// what that face runs, and the Action's folder (dist/action/, action.yml's `runs.main`) holds exactly
// what the Action loads (scripts/dist-inventory.mjs follows esbuild's metafiles of the build; the
// Action's runs in test/build/action-files.test.ts check it from what the Action opens).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionFiles, distInventory } from '../../scripts/dist-inventory.mjs';
import { actionMain } from '../helpers/action-runner';
import { ensureDist } from '../helpers/built';

type Inventory = Awaited<ReturnType<typeof distInventory>>;
let inventory: Inventory;
/** Every file in dist/, relative to it, but the package.json files that mark each folder as ES modules. */
let dist: string[];

beforeAll(async () => {
  ensureDist();
  inventory = await distInventory();
  dist = readdirSync(resolve('dist'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'package.json')
    .map((e) => resolve(e.parentPath, e.name).slice(resolve('dist').length + 1))
    .sort();
});

const holding = (name: string, pattern: RegExp) => inventory[name]!.inputs.filter((i: string) => pattern.test(i));

describe('dist/', () => {
  it('holds nothing that no bundle runs', () => {
    const used = new Set(Object.values(inventory).flatMap((e) => e.files));
    expect(dist.filter((f) => !used.has(f))).toEqual([]);
    for (const entry of Object.values(inventory)) expect(entry.files.filter((f: string) => !dist.includes(f))).toEqual([]);
  });

  it("the Action's folder holds exactly what the Action loads: its entry, the drill worker, their chunks, the WASM/data", () => {
    const folder = dirname(actionMain()).replace(/^dist\//, '');
    expect(folder).toBe('action');
    const held = dist.filter((f) => f.startsWith(`${folder}/`));
    expect(held).toEqual(actionFiles(inventory));
    // …and everything the Action loads is in it: it reaches nothing beside it (no other face's chunk).
    expect(actionFiles(inventory).filter((f: string) => !f.startsWith(`${folder}/`))).toEqual([]);
    expect(held).toEqual(
      expect.arrayContaining(['action/index.js', 'action/drill-worker.js', 'action/libpg-query.wasm', 'action/pglite.wasm', 'action/btree_gin.tar.gz']),
    );
    expect(held.some((f) => /^action\/(cli|app|lambda|lint-worker)\.js$/.test(f))).toBe(false);
    expect(JSON.parse(readFileSync(resolve('dist/action/package.json'), 'utf8'))).toEqual({ type: 'module' });
  });

  it("keeps one copy of the WASM/data: the other faces read the Action's", () => {
    expect(dist.filter((f) => /\.(wasm|data|tar\.gz)$/.test(f) && !f.startsWith('action/'))).toEqual([]);
    for (const name of ['cli', 'app', 'lambda', 'lint-worker']) {
      expect(inventory[name]!.files.filter((f: string) => f.endsWith('.wasm') && !f.startsWith('action/'))).toEqual([]);
      expect(inventory[name]!.files).toEqual(expect.arrayContaining(['action/libpg-query.wasm']));
    }
    // The CLI drills with the Action's worker (PGlite's files sit beside it).
    expect(inventory.cli!.files).toEqual(expect.arrayContaining(['action/drill-worker.js', 'action/pglite.wasm']));
  });

  it('carries no test support: the GitHub API emulator and its OpenAPI validator stay out', () => {
    expect(dist.some((f) => /(^|\/)emulator/.test(f))).toBe(false);
    for (const name of Object.keys(inventory)) expect(holding(name, /^test\/|node_modules\/(ajv|ajv-formats|@octokit\/openapi)\//)).toEqual([]);
  });

  it("the Action's bundle holds none of the App's server (Probot, its logger, webhooks, app auth)", () => {
    expect(holding('action/index', /node_modules\/(probot|pino|pino-http|pino-pretty|@octokit\/webhooks|@octokit\/auth-app)\//)).toEqual([]);
    expect(holding('action/index', /^src\/(app|lambda)/)).toEqual([]);
    // …and does hold what it runs: the runner, the port, the parsers and the drill.
    expect(holding('action/index', /^src\/(runner|github|drill)\//).length).toBeGreaterThan(3);
    expect(actionFiles(inventory)).toEqual(
      expect.arrayContaining(['action/index.js', 'action/libpg-query.wasm', 'action/drill-worker.js', 'action/pglite.wasm']),
    );
  });

  it("the App's and the Lambda's bundles hold neither the Action toolkit nor the CLI", () => {
    for (const name of ['app', 'lambda']) {
      expect(holding(name, /node_modules\/@actions\//)).toEqual([]);
      expect(holding(name, /^src\/(action|cli)\//)).toEqual([]);
    }
  });

  it("the drill worker leaves out PGlite's browser (OPFS) file systems", () => {
    expect(holding('action/drill-worker', /node_modules\/.*opfs/)).toEqual([]);
    expect(holding('action/drill-worker', /^browser-only:/)).toEqual(['browser-only:./fs/memfs2opfs.js', 'browser-only:./fs/opfs-ahp.js']);
  });
});
