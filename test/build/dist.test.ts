// What dist/ holds and why: every file in it is run by some bundle, and each face's bundle holds
// only what that face runs (scripts/dist-inventory.mjs follows esbuild's metafile of the build).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distInventory } from '../../scripts/dist-inventory.mjs';
import { ensureDist } from '../helpers/built';

type Inventory = Awaited<ReturnType<typeof distInventory>>;
let inventory: Inventory;
let dist: string[];

beforeAll(async () => {
  ensureDist();
  inventory = await distInventory();
  dist = readdirSync(resolve('dist')).filter((f) => f !== 'package.json');
});

const holding = (name: string, pattern: RegExp) => inventory[name]!.inputs.filter((i: string) => pattern.test(i));

describe('dist/', () => {
  it('holds nothing that no bundle runs', () => {
    const used = new Set(Object.values(inventory).flatMap((e) => e.files));
    expect(dist.filter((f) => !used.has(f))).toEqual([]);
    for (const entry of Object.values(inventory)) expect(entry.files.filter((f: string) => !dist.includes(f))).toEqual([]);
  });

  it('carries no test support: the GitHub API emulator and its OpenAPI validator stay out', () => {
    expect(dist.some((f) => f.startsWith('emulator'))).toBe(false);
    for (const name of Object.keys(inventory)) expect(holding(name, /^test\/|node_modules\/(ajv|ajv-formats|@octokit\/openapi)\//)).toEqual([]);
  });

  it("the Action's bundle holds none of the App's server (Probot, its logger, webhooks, app auth)", () => {
    expect(holding('action', /node_modules\/(probot|pino|pino-http|pino-pretty|@octokit\/webhooks|@octokit\/auth-app)\//)).toEqual([]);
    expect(holding('action', /^src\/(app|lambda)/)).toEqual([]);
    // …and does hold what it runs: the runner, the port, the parsers and the drill.
    expect(holding('action', /^src\/(runner|github|drill)\//).length).toBeGreaterThan(3);
    expect(inventory.action!.files).toEqual(expect.arrayContaining(['action.js', 'libpg-query.wasm', 'drill-worker.js', 'pglite.wasm']));
  });

  it("the App's and the Lambda's bundles hold neither the Action toolkit nor the CLI", () => {
    for (const name of ['app', 'lambda']) {
      expect(holding(name, /node_modules\/@actions\//)).toEqual([]);
      expect(holding(name, /^src\/(action|cli)\//)).toEqual([]);
    }
  });

  it("the drill worker leaves out PGlite's browser (OPFS) file systems", () => {
    expect(holding('drill-worker', /node_modules\/.*opfs/)).toEqual([]);
    expect(holding('drill-worker', /^browser-only:/)).toEqual(['browser-only:./fs/memfs2opfs.js', 'browser-only:./fs/opfs-ahp.js']);
  });
});
