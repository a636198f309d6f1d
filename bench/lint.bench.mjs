// `lint` on two generated 2,000-file golang-migrate corpora (1,000 up/down pairs, about 1 MB of
// SQL each): one whose migrations change column types (every such change looks back through the
// folder's earlier migrations) and one without. Each is timed side by side with squawk and with
// the parser floor in the same run: all as new processes, end to end, alternating, median of
// several runs; then one more run of each under /usr/bin/time for peak memory (max RSS).
// rollback-ready is timed as a user runs it (on two threads when the machine has a core to spare,
// see docs/cli.md), on one thread (ROLLBACK_READY_LINT_THREADS=1) and under Node 24 (the Action's
// runtime, installed by scripts/tools.mjs); the load average is printed
// beside the figures. Both tools print JSON in the timed runs (the findings are counted from it);
// each tool's default text output is timed too. Then, to show where lint's time beyond the floor
// goes, one process lints the same files four times over (and parses them as often): the first
// pass is what a cold run pays, the last what the same analysis costs once V8 has optimised it.
// Beside the parser floor, a floor for lint itself: the parse and the rule catalogue alone (no
// classification, no down files or history, no output), on one thread and on two: what any lint
// running these rules in Node pays cold, whatever else it does.
// Prints figures; never fails on time.
//
//   npm run bench -- lint            (RR_CLI=path/to/cli.js to time another build; RUNS=n)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolPath } from '../scripts/tools.mjs';
import { bundleLikeDist, median, ms, root } from './lib.mjs';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
// The floor under any lint built on libpg-query in Node: a process that only starts, loads the
// parser and parses every file (WASM parse and JSON.parse of its tree, through the same glue as
// the lint), with no rules, no classification and no output. Bundled as dist/ is (libpg-query
// inside, its WASM beside), so it loads the parser the way the CLI does.
const floorScript = await bundleLikeDist(
  'parse-floor',
  `
import { readFileSync } from 'node:fs';
import { loadPgParser } from './src/core/sql/pg';
import { useNodeWasm } from './src/node/wasm';
useNodeWasm(); // and WebAssembly on the baseline compiler, as every face sets it
const pg = await loadPgParser();
let statements = 0;
for (const file of process.argv.slice(2)) statements += (pg.parse(readFileSync(file, 'utf8')).stmts ?? []).length;
console.log(statements);
`,
  ['libpg-query/wasm/libpg-query.wasm'],
);
// A second floor, for lint as a whole: the parse and the rule catalogue and nothing else. Each
// file is parsed and run through every rule check (lintSql, the per-statement analysis every SQL
// reader ends in), with no classification, no framework reading (down files, history, dialect),
// no findings kept and no output; on one thread, and on two as the CLI runs a large lint (a worker
// started first thing, the parser's WebAssembly compiled once and shared, files taken one at a
// time from a shared counter so neither thread waits, V8's optimiser off). The parse alone on two
// threads too: what a second thread buys before any rule runs.
const rulesFloorScript = await bundleLikeDist(
  'rules-floor',
  `
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { compilePgWasm, loadPgParser } from './src/core/sql/pg';
import { locateWasm, useNodeWasm } from './src/node/wasm';
const rules = process.env.FLOOR_RULES === '1';
const files = isMainThread ? process.argv.slice(2) : workerData.files;
const worker = isMainThread && process.env.FLOOR_THREADS === '2'
  ? new Worker(new URL(import.meta.url), { workerData: { files }, resourceLimits: { maxYoungGenerationSizeMb: 48 } })
  : undefined;
setFlagsFromString('--no-opt');
if (worker) setFlagsFromString('--no-parallel-scavenge');
useNodeWasm();
let next;
let wasm;
if (isMainThread) {
  next = new Int32Array(new SharedArrayBuffer(4));
  wasm = await compilePgWasm(readFileSync(locateWasm('libpg-query/wasm/libpg-query.wasm')));
  worker?.postMessage({ next: next.buffer, wasm });
} else {
  const start = await new Promise((resolve) => parentPort.once('message', resolve));
  next = new Int32Array(start.next);
  wasm = start.wasm;
}
const pg = await loadPgParser(Promise.resolve(wasm));
const lintSql = rules ? (await import('./src/core/sql/lint-sql')).lintSql : undefined;
let count = 0;
for (let i; (i = Atomics.add(next, 0, 1)) < files.length; ) {
  const sql = readFileSync(files[i], 'utf8');
  count += rules ? (await lintSql([{ sql, line: 1 }])).hits.length : (pg.parse(sql).stmts ?? []).length;
}
if (!isMainThread) parentPort.postMessage(count);
else console.log(count + (worker ? await new Promise((resolve) => worker.once('message', resolve)) : 0));
`,
  ['libpg-query/wasm/libpg-query.wasm'],
);
// Where lint's time beyond the floor goes: one process lints the same files several times over on
// one thread (as the CLI's worker and main thread run lintOutcome), and parses them as many times,
// timing each pass. The first pass is the cold run a user gets; the later ones run the same code
// after V8 has compiled and optimised it. Run once as the CLI runs SQL lints (V8's optimising
// compiler off, see runLint in src/cli/main.ts) and once with it on.
const WARM_PASSES = 4;
const warmScript = await bundleLikeDist(
  'lint-warm-up',
  `
import { readFileSync } from 'node:fs';
import { FileCache, lintOutcome } from './src/cli/lint-files';
import { DEFAULT_CONFIG } from './src/core/config-defaults';
import { loadPgParser } from './src/core/sql/pg';
import { useNodeWasm } from './src/node/wasm';
useNodeWasm();
const pg = await loadPgParser();
const files = process.argv.slice(2);
const lint = [];
const parse = [];
for (let pass = 0; pass < ${WARM_PASSES}; pass++) {
  const cache = new FileCache();
  let t = performance.now();
  for (const file of files) await lintOutcome(file, DEFAULT_CONFIG, cache, 'json');
  lint.push(performance.now() - t);
  t = performance.now();
  for (const file of files) pg.parse(readFileSync(file, 'utf8'));
  parse.push(performance.now() - t);
}
console.log(JSON.stringify({ lint, parse }));
`,
  ['libpg-query/wasm/libpg-query.wasm'],
);
const PAIRS = 1000;
const cli = process.env.RR_CLI ?? join(root, 'dist/cli.js');
// squawk is installed by scripts/tools.mjs (from the npm registry, on first use), not by npm ci.
let squawk;
try {
  squawk = toolPath('squawk');
} catch (error) {
  console.log(`squawk could not be installed (${error.message.split('\n')[0]}): timing rollback-ready and the parser floor alone`);
}
// Node 24 (the Action's runtime), installed the same way: its V8 once ignored a flag the CLI sets
// and lint took 3x as long there (docs/cli.md), which a run on this Node alone did not show.
let node24;
try {
  node24 = toolPath('node24');
} catch (error) {
  console.log(`Node 24 could not be installed (${error.message.split('\n')[0]}): timing lint on ${process.version} only`);
}
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

// ---- corpus ---------------------------------------------------------------------------------

/** Deterministic PRNG (mulberry32): the same corpus every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = rng(20261122);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

const NOUNS = [
  'account',
  'invoice',
  'order',
  'customer',
  'product',
  'shipment',
  'payment',
  'session',
  'audit_event',
  'subscription',
  'coupon',
  'warehouse',
  'tenant',
  'webhook',
  'report',
];
const COLUMNS = [
  ['name', 'text NOT NULL'],
  ['email', 'varchar(320)'],
  ['status', "text NOT NULL DEFAULT 'pending'"],
  ['amount_cents', 'bigint NOT NULL DEFAULT 0'],
  ['currency', "char(3) NOT NULL DEFAULT 'EUR'"],
  ['metadata', "jsonb NOT NULL DEFAULT '{}'::jsonb"],
  ['notes', 'text'],
  ['external_ref', 'uuid'],
  ['quantity', 'integer CHECK (quantity >= 0)'],
  ['price', 'numeric(12,2)'],
  ['is_active', 'boolean NOT NULL DEFAULT true'],
  ['deleted_at', 'timestamptz'],
  ['tags', "text[] NOT NULL DEFAULT '{}'"],
  ['score', 'double precision'],
];

/**
 * Type changes as real folders write them: widenings (varchar → text, longer varchar, wider
 * numeric), same-type restatements, and real conversions. Each names a column the corpus creates.
 */
const TYPE_CHANGES = [
  ['email', 'text'],
  ['email', 'varchar(512)'],
  ['notes', 'varchar(2000)'],
  ['external_ref', 'uuid'],
  ['price', 'numeric(14,2)'],
  ['quantity', 'bigint'],
  ['score', 'numeric'],
];

/** One up/down pair: realistic, mostly safe, with the occasional risky statement. */
function pair(i, tables, withTypes) {
  const table = `${pick(NOUNS)}_${i}`;
  const up = [];
  const down = [];
  up.push(`-- Migration ${i}: introduce ${table} (ticket OPS-${1000 + i}).`);
  up.push('-- Reviewed by the data team; safe to run during business hours.');
  const cols = [];
  const n = 3 + Math.floor(rand() * 5);
  const used = new Set();
  while (cols.length < n) {
    const c = pick(COLUMNS);
    if (used.has(c[0])) continue;
    used.add(c[0]);
    cols.push(c);
  }
  const parent = tables.length && chance(0.5) ? pick(tables) : undefined;
  up.push(`CREATE TABLE IF NOT EXISTS ${table} (`);
  up.push('    id bigserial PRIMARY KEY,');
  if (parent) up.push(`    ${parent}_id bigint NOT NULL REFERENCES ${parent} (id) ON DELETE CASCADE,`);
  for (const [name, type] of cols) up.push(`    ${name} ${type},`);
  up.push('    created_at timestamptz NOT NULL DEFAULT now(),');
  up.push('    updated_at timestamptz NOT NULL DEFAULT now()');
  up.push(');');
  up.push(`COMMENT ON TABLE ${table} IS 'Rows of ${table}; DROP TABLE is never run here.';`);
  up.push(`CREATE INDEX IF NOT EXISTS ${table}_created_at_idx ON ${table} (created_at);`);
  if (parent) up.push(`CREATE INDEX IF NOT EXISTS ${table}_${parent}_idx ON ${table} (${parent}_id);`);
  down.unshift(`DROP TABLE IF EXISTS ${table};`);

  if (tables.length && chance(0.6)) {
    const other = pick(tables);
    const col = `${pick(['region', 'source', 'channel', 'locale', 'owner'])}_${i}`;
    up.push('');
    up.push(`/* Expand step: nullable first, backfilled below, NOT NULL in a later release. */`);
    up.push(`ALTER TABLE ${other} ADD COLUMN IF NOT EXISTS ${col} text;`);
    if (chance(0.4)) {
      up.push(`UPDATE ${other} SET ${col} = 'unknown' WHERE ${col} IS NULL AND created_at < now() - interval '1 day';`);
    }
    if (chance(0.3)) up.push(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${other}_${col}_idx ON ${other} (${col});`);
    down.unshift(`ALTER TABLE ${other} DROP COLUMN IF EXISTS ${col};`);
  }
  if (chance(0.15)) {
    up.push('');
    up.push(`CREATE OR REPLACE FUNCTION ${table}_touch() RETURNS trigger AS $$`);
    up.push('BEGIN');
    up.push('    -- not a statement of the migration: DROP TABLE inside a function body is text');
    up.push('    NEW.updated_at := now();');
    up.push('    RETURN NEW;');
    up.push('END;');
    up.push('$$ LANGUAGE plpgsql;');
    up.push(`CREATE TRIGGER ${table}_touch BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_touch();`);
    down.unshift(`DROP FUNCTION IF EXISTS ${table}_touch();`);
    down.unshift(`DROP TRIGGER IF EXISTS ${table}_touch ON ${table};`);
  }
  if (tables.length > 3 && chance(0.05)) up.push(`ALTER TABLE ${pick(tables)} DROP COLUMN legacy_flag;`);
  if (tables.length > 3 && chance(0.05)) up.push(`ALTER TABLE ${pick(tables)} ALTER COLUMN notes SET NOT NULL;`);
  if (tables.length > 3 && chance(0.03)) up.push(`ALTER TABLE ${pick(tables)} RENAME COLUMN notes TO remarks;`);
  if (withTypes && tables.length > 3 && chance(0.5)) {
    const [column, type] = pick(TYPE_CHANGES);
    const other = pick(tables);
    up.push(`ALTER TABLE ${other} ALTER COLUMN ${column} TYPE ${type};`);
  }
  tables.push(table);
  down.unshift(`-- Undo migration ${i}.`);
  return { up: up.join('\n') + '\n', down: down.join('\n') + '\n' };
}

// CORPUS_DIR=dir keeps the corpora there (for profiling) instead of a removed temp dir.
const keep = process.env.CORPUS_DIR;
const base = keep ?? mkdtempSync(join(tmpdir(), 'rr-lint-bench-'));

function writeCorpus(name, withTypes) {
  rand = rng(20261122);
  const dir = join(base, name);
  const migrations = join(dir, 'db', 'migrations');
  mkdirSync(migrations, { recursive: true });
  const files = [];
  let bytes = 0;
  let typeChanges = 0;
  const tables = [];
  for (let i = 1; i <= PAIRS; i++) {
    const { up, down } = pair(i, tables, withTypes);
    typeChanges += (up.match(/ ALTER COLUMN \S+ TYPE /g) ?? []).length;
    const stem = `db/migrations/${String(i).padStart(6, '0')}_create_${tables[tables.length - 1]}`;
    for (const [path, text] of [
      [`${stem}.up.sql`, up],
      [`${stem}.down.sql`, down],
    ]) {
      writeFileSync(join(dir, path), text);
      files.push(path);
      bytes += Buffer.byteLength(text);
    }
  }
  return { name, dir, files, bytes, typeChanges };
}

// ---- runs ------------------------------------------------------------------------------------

function run(dir, cmd, args, env) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, ...(env ? { env: { ...process.env, ...env } } : {}) });
  const elapsed = performance.now() - t;
  if (r.error) throw r.error;
  return { elapsed, ...r };
}

/** Peak resident memory (MiB) of one run of `cmd`, from /usr/bin/time; undefined without it. */
function peakMemory(dir, cmd, args) {
  if (!haveTime) return undefined;
  const out = join(base, 'time.out');
  const r = spawnSync(TIME, ['-f', '%M', '-o', out, cmd, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) return undefined;
  const kib = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
  return Number.isFinite(kib) ? kib / 1024 : undefined;
}

function parseJson(name, r, accept) {
  if (!accept.includes(r.status)) throw new Error(`${name} exited ${r.status} (signal ${r.signal}): ${r.stderr.slice(0, 2000)}`);
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`${name} printed no JSON: ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
  }
}

const byRule = (findings, key) => {
  const counts = {};
  for (const f of findings) counts[f[key]] = (counts[f[key]] ?? 0) + 1;
  return Object.entries(counts)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
};
const mib = (x) => (x === undefined ? 'n/a' : `${x.toFixed(0)} MiB`);

function benchCorpus({ name, dir, files, bytes, typeChanges }) {
  const mb = bytes / 1e6;
  const argBytes = files.reduce((n, f) => n + f.length + 1, 0);
  console.log(
    `\n## ${name}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB of SQL (${mb.toFixed(2)} MB), ${typeChanges} ALTER COLUMN … TYPE, argv ${(argBytes / 1024).toFixed(0)} KiB`,
  );
  const rrTimes = [];
  const oneTimes = [];
  const sqTimes = [];
  const parseTimes = [];
  // Each tool's default output too (text, as printed to a terminal or a CI log): squawk's text
  // report renders every finding with its source excerpt and is slower than its JSON.
  const rrTextTimes = [];
  const sqTextTimes = [];
  const sqPairTimes = [];
  const node24Times = [];
  const parseTwoTimes = [];
  const rulesOneTimes = [];
  const rulesTwoTimes = [];
  const floors = [
    [parseTwoTimes, { FLOOR_THREADS: '2' }],
    [rulesOneTimes, { FLOOR_RULES: '1' }],
    [rulesTwoTimes, { FLOOR_RULES: '1', FLOOR_THREADS: '2' }],
  ];
  let rrReport;
  let sqReport;
  let haveSquawk = squawk !== undefined;
  for (let i = 0; i < RUNS; i++) {
    const a = run(dir, process.execPath, [cli, 'lint', ...files, '--format', 'json']);
    rrReport = parseJson('rollback-ready lint', a, [0, 1]);
    rrTimes.push(a.elapsed);
    const o = run(dir, process.execPath, [cli, 'lint', ...files, '--format', 'json'], { ROLLBACK_READY_LINT_THREADS: '1' });
    if (o.stdout !== a.stdout) throw new Error('rollback-ready on one thread reported differently from the default run');
    oneTimes.push(o.elapsed);
    if (node24) {
      const n = run(dir, node24, [cli, 'lint', ...files, '--format', 'json']);
      if (n.stdout !== a.stdout) throw new Error('rollback-ready on Node 24 reported differently from this Node');
      node24Times.push(n.elapsed);
    }
    const p = run(dir, process.execPath, [floorScript, ...files]);
    if (p.status !== 0) throw new Error(`parse floor exited ${p.status}: ${p.stderr.slice(0, 2000)}`);
    parseTimes.push(p.elapsed);
    for (const [times, env] of floors) {
      const f = run(dir, process.execPath, [rulesFloorScript, ...files], env);
      if (f.status !== 0) throw new Error(`floor ${JSON.stringify(env)} exited ${f.status}: ${f.stderr.slice(0, 2000)}`);
      times.push(f.elapsed);
    }
    if (!haveSquawk) continue;
    const b = run(dir, squawk, ['--reporter', 'json', ...files]);
    if (b.status === null || b.error) {
      haveSquawk = false;
      console.log(`squawk did not run: ${b.error?.message ?? b.signal}`);
      continue;
    }
    sqReport = parseJson('squawk', b, [0, 1]);
    sqTimes.push(b.elapsed);
    // Two squawks at once: what this machine's second core buys for this kind of work (squawk runs
    // on one thread), against which lint's two threads can be read.
    const pairRun = run(dir, 'sh', ['-c', '"$0" "$@" > /dev/null & "$0" "$@" > /dev/null & wait', squawk, '--reporter', 'json', ...files]);
    if (pairRun.status === 0) sqPairTimes.push(pairRun.elapsed);
    rrTextTimes.push(run(dir, process.execPath, [cli, 'lint', ...files]).elapsed);
    sqTextTimes.push(run(dir, squawk, files).elapsed);
  }
  const load = loadavg()[0];
  const memory = {
    rr: peakMemory(dir, process.execPath, [cli, 'lint', ...files, '--format', 'json']),
    floor: peakMemory(dir, process.execPath, [floorScript, ...files]),
    squawk: haveSquawk ? peakMemory(dir, squawk, ['--reporter', 'json', ...files]) : undefined,
  };
  const rrMedian = median(rrTimes);
  const floorMedian = median(parseTimes);
  const rate = (t) => `${(mb / (t / 1000)).toFixed(1)} MB/s`;
  const oneMedian = median(oneTimes);
  console.log(
    `lint, ${RUNS} runs each, alternating, new process each time (median; min–max; peak memory); load average ${load.toFixed(2)} on ${availableParallelism()} cores:`,
  );
  console.log(`  rollback-ready  ${ms(rrMedian)}  ${rate(rrMedian)}  (${ms(Math.min(...rrTimes))}–${ms(Math.max(...rrTimes))})  peak ${mib(memory.rr)}`);
  console.log(
    `    one thread    ${ms(oneMedian)}  ${rate(oneMedian)}  (${ms(Math.min(...oneTimes))}–${ms(Math.max(...oneTimes))})  (ROLLBACK_READY_LINT_THREADS=1)`,
  );
  if (node24Times.length) {
    const m = median(node24Times);
    console.log(
      `    on Node 24    ${ms(m)}  ${rate(m)}  (${ms(Math.min(...node24Times))}–${ms(Math.max(...node24Times))})  (the Action's runtime; the others run on ${process.version})`,
    );
  }
  console.log(
    `  parser floor    ${ms(floorMedian)}  ${rate(floorMedian)}  (${ms(Math.min(...parseTimes))}–${ms(Math.max(...parseTimes))})  peak ${mib(memory.floor)}` +
      '  (a process that only loads libpg-query and parses every file: no rules, no classification, no output)',
  );
  const spread = (times) => `${ms(median(times))}  (${ms(Math.min(...times))}–${ms(Math.max(...times))})`;
  console.log(`    on two threads ${spread(parseTwoTimes)}  (the same, a worker taking files as the CLI's do)`);
  console.log(
    `  parse + rules   ${spread(rulesOneTimes)}  one thread; ${spread(rulesTwoTimes)} two threads` +
      '  (every file parsed and run through every rule check, nothing else: no classification, no down files or history, no output)',
  );
  if (sqTimes.length) {
    const sqMedian = median(sqTimes);
    console.log(`  squawk          ${ms(sqMedian)}  ${rate(sqMedian)}  (${ms(Math.min(...sqTimes))}–${ms(Math.max(...sqTimes))})  peak ${mib(memory.squawk)}`);
    console.log(
      `  ratio rollback-ready / squawk: ${(rrMedian / sqMedian).toFixed(2)}x (target <= 1.30x; one thread ${(oneMedian / sqMedian).toFixed(2)}x); parser floor / squawk: ${(floorMedian / sqMedian).toFixed(2)}x;` +
        ` lint spends ${ms(rrMedian - floorMedian)} beyond the floor`,
    );
    const rulesTwo = median(rulesTwoTimes);
    console.log(
      `  parse + rules on two threads / squawk: ${(rulesTwo / sqMedian).toFixed(2)}x (one thread ${(median(rulesOneTimes) / sqMedian).toFixed(2)}x);` +
        ` the target leaves ${ms(1.3 * sqMedian - rulesTwo)} for everything else lint does, which takes ${ms(rrMedian - rulesTwo)}`,
    );
    if (sqPairTimes.length) {
      // Each of two processes at once does one run's work: one core's worth of throughput is 2x.
      const pair = median(sqPairTimes);
      console.log(
        `  a second core here: two squawks at once take ${ms(pair)}, ${(pair / sqMedian).toFixed(2)}x one (two full cores: 1.00x);` +
          ` parse + rules gain ${((median(rulesOneTimes) / rulesTwo - 1) * 100).toFixed(0)}% from a second thread, lint ${((oneMedian / rrMedian - 1) * 100).toFixed(0)}%`,
      );
    }
    const [rrText, sqText] = [median(rrTextTimes), median(sqTextTimes)];
    console.log(
      `  default output (text, as each prints to a terminal or CI log): rollback-ready ${ms(rrText)}, squawk ${ms(sqText)}; ratio ${(rrText / sqText).toFixed(2)}x`,
    );
  }
  // The warm-up passes (one process each, as the CLI runs SQL lints and with V8's optimiser on).
  const warm = (flags) => {
    const r = run(dir, process.execPath, [...flags, warmScript, ...files]);
    if (r.status !== 0) throw new Error(`lint warm-up exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    return JSON.parse(r.stdout);
  };
  const perFile = (t) => `${((t / files.length) * 1000).toFixed(0)} µs`;
  for (const [label, flags] of [
    ['as the CLI runs (optimiser off)', ['--no-opt']],
    ['optimiser on', []],
  ]) {
    const { lint, parse } = warm(flags);
    const beyond = lint.map((t, i) => t - parse[i]);
    console.log(
      `  one process, one thread, the same files ${WARM_PASSES} times, ${label}: lint ${lint.map((t) => t.toFixed(0)).join(', ')} ms;` +
        ` parse alone ${parse.map((t) => t.toFixed(0)).join(', ')} ms; lint beyond the parse per file: ${perFile(beyond[0])} on the first pass, ${perFile(beyond[beyond.length - 1])} on the last`,
    );
  }
  console.log(`  findings: rollback-ready ${rrReport.findings.length} (${byRule(rrReport.findings, 'rule') || 'none'})`);
  if (sqReport) console.log(`            squawk ${sqReport.length} (${byRule(sqReport, 'rule_name') || 'none'})`);
  return { dir, file: files[1] };
}

const corpora = [writeCorpus('with-type-changes', true), writeCorpus('without-type-changes', false)];
let one;
for (const corpus of corpora) one = benchCorpus(corpus);

// Fixed costs, to read the figures above: a bare node process, and both tools on one file.
const floor = { node: [], rr: [], squawk: [] };
for (let i = 0; i < RUNS; i++) {
  floor.node.push(run(one.dir, process.execPath, ['-e', '0']).elapsed);
  floor.rr.push(run(one.dir, process.execPath, [cli, 'lint', one.file, '--format', 'json']).elapsed);
  if (squawk) floor.squawk.push(run(one.dir, squawk, ['--reporter', 'json', one.file]).elapsed);
}
if (!keep) rmSync(base, { recursive: true, force: true });
console.log(
  `\nfixed costs (medians): node -e 0 ${ms(median(floor.node))}; one file: rollback-ready ${ms(median(floor.rr))}` +
    (floor.squawk.length ? `, squawk ${ms(median(floor.squawk))}` : ''),
);
