// The Action's folder (dist/action/) holds only what the Action loads, seen from real runs: the
// built Action under Node 24, from a copy of action.yml and that folder alone, traced
// (test/build/trace-opens.mjs) while it checks a pull request touching every migration language
// it parses and drills one that creates a Postgres extension. Everything it opened is in the folder
// and in what esbuild's metafile says it loads (scripts/dist-inventory.mjs); what it did not open
// in these runs is only what it loads on demand. test/build/dist.test.ts proves, from the metafile,
// that the folder holds nothing else.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionFiles, distInventory } from '../../scripts/dist-inventory.mjs';
import { actionMain, runShippedAction, shipAction } from '../helpers/action-runner';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { makeServiceRepo, pullRequestPayload, type ServiceRepo } from '../runner/fixture';

const fixture = (path: string) => readFileSync(resolve('test/fixtures/frameworks', path), 'utf8');

/** A migration in each language the Action parses with tree-sitter (and SQL with libpg-query). */
const POLYGLOT: Record<string, string> = {
  'db/migrate/20240201000000_add_nullable.rb': fixture('rails/ok/20240201000000_add_nullable.rb'),
  'shop/migrations/0003_add_nickname.py': fixture('django/ok/shop/migrations/0003_add_nickname.py'),
  'database/migrations/2024_02_01_000000_add_nickname.php': fixture('laravel/ok/database/migrations/2024_02_01_000000_add_nickname.php'),
  'priv/repo/migrations/20240201000000_add_nickname.exs': fixture('ecto/ok/priv/repo/migrations/20240201000000_add_nickname.exs'),
  'migrations/1700000000001-AddNickname.ts': fixture('typeorm/ok/migrations/1700000000001-AddNickname.ts'),
  'migrations/20240201_add_nickname.js': fixture('knex/ok/migrations/20240201_add_nickname.js'),
  'db/migrations/20231208182311_add_discs_to_album.go': readFileSync(
    resolve('test/fixtures/patterns/goose-go/ok/navidrome/db/migrations/20231208182311_add_discs_to_album.go'),
    'utf8',
  ),
  'infra/main.tf': 'resource "aws_db_instance" "main" {\n  deletion_protection = false\n}\n',
  'db/migrations/000002_nickname.up.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n',
  'db/migrations/000002_nickname.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\n',
};

let repo: ServiceRepo;
let emu: Emulator;
let shipped: { dir: string; cleanup(): void };
let trace: string;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('polyglot', 'main', POLYGLOT);
  repo.branch('citext', 'main', {
    'db/migrations/000002_citext.up.sql': 'CREATE EXTENSION IF NOT EXISTS citext;\nALTER TABLE users ADD COLUMN handle citext;\n',
    'db/migrations/000002_citext.down.sql': 'ALTER TABLE users DROP COLUMN handle;\nDROP EXTENSION citext;\n',
  });
  emu = await startEmulator({ repoDir: repo.dir, botLogin: 'github-actions[bot]' });
  shipped = shipAction();
  trace = join(shipped.dir, 'trace.log');
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
  shipped?.cleanup();
});

async function runTraced(head: string, inputs: Record<string, string>) {
  const pr = emu.createPullRequest({ head, base: 'main', body: `Change ${head}.` });
  const payload = pullRequestPayload(
    'synchronize',
    { number: pr.number, head, base: 'main', headSha: repo.sha(head), baseSha: repo.sha('main') },
    { owner: emu.owner, repo: emu.repo },
  );
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(resolve('test/build/trace-opens.mjs')).href}`, RR_TRACE: trace, WRITE_SPACING_MS: '0' };
  return runShippedAction(shipped.dir, { url: emu.url, owner: emu.owner, repo: emu.repo }, 'pull_request', payload, inputs, env);
}

describe("the Action's folder, seen from the Action's runs", () => {
  it('holds every file the Action opened, each one the build says it loads; the rest it loads on demand', async () => {
    rmSync(trace, { force: true });
    const check = await runTraced('polyglot', { mode: 'check' });
    expect(check.outputs.verdict, check.stdout + check.stderr).toBeDefined();
    const drill = await runTraced('citext', { mode: 'drill', 'working-directory': repo.dir });
    expect(drill.stdout, drill.stdout + drill.stderr).toContain('Rehearsed 1 migration on PGlite');

    const lines = readFileSync(trace, 'utf8').trim().split('\n');
    const paths = new Set(lines.map((l) => l.slice(l.indexOf(' ') + 1)));
    // Nothing from the project (its node_modules, the other faces' bundles): only the shipped copy.
    expect([...paths].filter((p) => p.startsWith(resolve('.') + sep))).toEqual([]);
    const dist = join(shipped.dir, 'dist');
    const opened = [...paths].filter((p) => p.startsWith(dist + sep)).map((p) => relative(dist, p).split(sep).join('/'));
    const folder = readdirSync(join(dist, 'action')).map((f) => `action/${f}`);

    expect(opened.filter((f) => !folder.includes(f))).toEqual([]);
    const inventory = await distInventory();
    expect(opened.filter((f) => !actionFiles(inventory).includes(f))).toEqual([]);
    // What a check and a drill must load: its entry, the parsers, PGlite and the extension asked for.
    const main = actionMain().replace(/^dist\//, '');
    const needed = ['libpg-query.wasm', 'web-tree-sitter.wasm', 'drill-worker.js', 'pglite.wasm', 'pglite.data', 'initdb.wasm', 'citext.tar.gz'];
    const grammars = ['ruby', 'python', 'php_only', 'elixir', 'typescript', 'javascript', 'terraform'].map((g) => `tree-sitter-${g}.wasm`);
    expect(opened).toEqual(expect.arrayContaining([main, ...[...needed, ...grammars].map((f) => `action/${f}`)]));
    // Every chunk the entry and the drill worker import statically was loaded…
    const eager = [...inventory['action/index']!.eager, ...inventory['action/drill-worker']!.eager];
    expect(eager.filter((f) => !opened.includes(f))).toEqual([]);
    // …so what these two runs did not open is only what the Action loads on demand: chunks behind
    // an import() of a path they did not take, extensions they did not create, and package.json
    // (read by Node's own loader, which no fs hook sees).
    const unopened = folder.filter((f) => !opened.includes(f));
    expect(unopened.filter((f) => !/^action\/(chunk-[A-Z0-9]+\.js|[\w-]+\.tar\.gz|package\.json)$/.test(f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dist, 'action', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    console.log(`the Action opened ${opened.length} of the ${folder.length} files in dist/action/; not in these runs: ${unopened.join(' ')}`);
  });
});
