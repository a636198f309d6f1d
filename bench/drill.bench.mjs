// The rollback drill on PGlite: a 50-migration pull request drilled end to end (`node dist/cli.js
// drill`, a new process, no cache), beside a floor measured in the same run: a process that starts
// PGlite and applies the same statements raw (the base, then each migration's up, down and up
// again), with no seeding, snapshots, comparison or measuring. Then the time to build a
// 500-migration base, first and reused from the cache. Prints figures; never fails on time.
//
//   npm run bench -- drill            (RUNS=n)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeGitRepo, median, root } from './lib.mjs';
import { mb, runMeasured } from './measure.mjs';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const cli = join(root, 'dist/cli.js');
const pad = (n) => String(n).padStart(6, '0');

// ---- the 50-migration pull request ------------------------------------------------------------
const base = {
  'db/migrations/000001_init.up.sql': `CREATE TABLE accounts (id bigserial PRIMARY KEY, name text NOT NULL, plan text NOT NULL DEFAULT 'free', created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE users (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), email text NOT NULL UNIQUE, name varchar(120), balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), state order_state NOT NULL DEFAULT 'new', total numeric(12,2) NOT NULL CHECK (total >= 0), placed_at timestamptz);
CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders (id), sku text NOT NULL, qty int NOT NULL CHECK (qty > 0), PRIMARY KEY (order_id, sku));
CREATE TABLE events (id uuid PRIMARY KEY, payload jsonb NOT NULL, at timestamptz NOT NULL);
`,
  'db/migrations/000001_init.down.sql': 'DROP TABLE events, order_items, orders, users, accounts;\nDROP TYPE order_state;\n',
};
const tables = ['accounts', 'users', 'orders', 'order_items', 'events'];
const pr = {};
for (let i = 0; i < 50; i++) {
  const n = pad(i + 2);
  const t = tables[i % tables.length];
  let up;
  let down;
  switch (i % 5) {
    case 0:
      up = `ALTER TABLE ${t} ADD COLUMN c${i} text;`;
      down = `ALTER TABLE ${t} DROP COLUMN c${i};`;
      break;
    case 1:
      up = `ALTER TABLE ${t} ADD COLUMN c${i} integer;\nCREATE INDEX ${t}_c${i}_idx ON ${t} (c${i});`;
      down = `DROP INDEX ${t}_c${i}_idx;\nALTER TABLE ${t} DROP COLUMN c${i};`;
      break;
    case 2:
      up = `CREATE TABLE t${i} (id bigserial PRIMARY KEY, ${t}_ref text, note text NOT NULL DEFAULT '');`;
      down = `DROP TABLE t${i};`;
      break;
    case 3:
      up = `ALTER TABLE ${t} ADD COLUMN c${i} boolean NOT NULL DEFAULT false;`;
      down = `ALTER TABLE ${t} DROP COLUMN c${i};`;
      break;
    default:
      up = `CREATE INDEX CONCURRENTLY ${t}_idx_${i} ON ${t} (id);`;
      down = `DROP INDEX CONCURRENTLY ${t}_idx_${i};`;
  }
  pr[`db/migrations/${n}_m${i}.up.sql`] = `${up}\n`;
  pr[`db/migrations/${n}_m${i}.down.sql`] = `${down}\n`;
}

// The floor: start PGlite, apply the same SQL raw (CONCURRENTLY removed, as the drill does on PGlite).
const floorScript = join(mkdtempSync(join(tmpdir(), 'rr-drill-floor-')), 'floor.mjs');
const plain = (sql) => sql.replace(/ CONCURRENTLY/g, '');
const steps = [base['db/migrations/000001_init.up.sql']];
for (let i = 0; i < 50; i++) {
  const n = pad(i + 2);
  steps.push(plain(pr[`db/migrations/${n}_m${i}.up.sql`]), plain(pr[`db/migrations/${n}_m${i}.down.sql`]), plain(pr[`db/migrations/${n}_m${i}.up.sql`]));
}
writeFileSync(
  floorScript,
  `import { PGlite } from ${JSON.stringify(join(root, 'node_modules/@electric-sql/pglite/dist/index.js'))};
const db = await PGlite.create();
for (const sql of ${JSON.stringify(steps)}) await db.exec(sql);
await db.close();
`,
);

const repo = makeGitRepo(base, pr);
const cacheDir = mkdtempSync(join(tmpdir(), 'rr-drill-bench-cache-'));
const drillRuns = [];
const floorRuns = [];
for (let i = 0; i < RUNS; i++) {
  // The floor gets the drill's V8 setting too (baseline WebAssembly compiler only): the best start-up.
  const f = runMeasured(floorScript, [], {}, ['--liftoff-only']);
  if (f.status !== 0) throw new Error(`floor failed: ${f.stderr}`);
  floorRuns.push(f);
  const d = runMeasured(cli, ['drill', '--base', 'main', '--no-cache', '--format', 'json'], { cwd: repo.dir });
  const report = JSON.parse(d.stdout);
  if (d.status !== 0 || report.drill.migrations.length !== 50)
    throw new Error(`drill failed (exit ${d.status}): ${d.stderr}\n${JSON.stringify(report.findings, null, 1).slice(0, 2000)}`);
  drillRuns.push(d);
}
const drill = median(drillRuns.map((r) => r.elapsed));
const floor = median(floorRuns.map((r) => r.elapsed));
const s = (x) => `${(x / 1000).toFixed(2)} s`;
console.log(`50-migration pull request on PGlite (median of ${RUNS}, each a new process):`);
console.log(
  `  drill (seed, snapshot, up, down, compare, up again, measured per statement): ${s(drill)}, peak ${mb(Math.max(...drillRuns.map((r) => r.maxRssMb)))}`,
);
console.log(
  `  floor (PGlite start + the same 151 scripts applied raw):                       ${s(floor)}, peak ${mb(Math.max(...floorRuns.map((r) => r.maxRssMb)))}`,
);
console.log(`  drill / floor: ${(drill / floor).toFixed(2)}x   (target: under 10 s and at most 3x the floor)`);

// ---- a 500-migration base ------------------------------------------------------------------------
const bigBase = {};
for (let i = 0; i < 500; i++) {
  const n = pad(i + 1);
  const table = `t${Math.floor(i / 5)}`;
  const up =
    i % 5 === 0
      ? `CREATE TABLE ${table} (id bigserial PRIMARY KEY, name text NOT NULL);`
      : `ALTER TABLE ${table} ADD COLUMN c${i} ${['integer', 'text', 'timestamptz', 'numeric(10,2)'][i % 4]};`;
  bigBase[`db/migrations/${n}_m${i}.up.sql`] = `${up}\n`;
  bigBase[`db/migrations/${n}_m${i}.down.sql`] = i % 5 === 0 ? `DROP TABLE ${table};\n` : `ALTER TABLE ${table} DROP COLUMN c${i};\n`;
}
const bigRepo = makeGitRepo(bigBase, {
  'db/migrations/000501_last.up.sql': 'ALTER TABLE t0 ADD COLUMN last text;\n',
  'db/migrations/000501_last.down.sql': 'ALTER TABLE t0 DROP COLUMN last;\n',
});
const first = runMeasured(cli, ['drill', '--base', 'main', '--cache-dir', cacheDir, '--format', 'json'], { cwd: bigRepo.dir });
const reused = runMeasured(cli, ['drill', '--base', 'main', '--cache-dir', cacheDir, '--format', 'json'], { cwd: bigRepo.dir });
for (const [name, r] of [
  ['first', first],
  ['reused', reused],
]) {
  const report = JSON.parse(r.stdout);
  if (r.status !== 0) throw new Error(`drill on the 500-migration base failed (${name}): ${r.stderr}`);
  const b = report.drill.base;
  console.log(
    `500-migration base, ${name.padEnd(6)}: whole drill ${s(r.elapsed)} (base ${b.reused ? 'reused from the cache' : `built in ${s(b.ms)}`}), peak ${mb(r.maxRssMb)}`,
  );
}
rmSync(cacheDir, { recursive: true, force: true });
rmSync(repo.dir, { recursive: true, force: true });
rmSync(bigRepo.dir, { recursive: true, force: true });
