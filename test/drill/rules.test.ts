// Each drill rule's ok and err fixtures (test/fixtures/rules/drill-*/{ok,err}/{base,pr}/), rehearsed
// in one drill run: every fixture is a migrations folder of its own in one repository, so the run
// builds a base and rehearses the pull request's migrations per folder. An err fixture yields its
// rule and nothing else; an ok fixture yields nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

const DRILL_RULES = RULES.filter((r) => r.category === 'drill').map((r) => r.id);
const FIXTURES = 'test/fixtures/rules';

interface Finding {
  rule: string;
  path: string;
}

let repo: TempRepo;
let findings: Finding[];
let results: Array<{ path: string; result: string }>;

const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const folder = (rule: string, kind: string) => `${rule}/${kind}/migrations`;

beforeAll(() => {
  repo = makeRepo();
  for (const rule of DRILL_RULES)
    for (const kind of ['ok', 'err']) {
      const base = files(join(FIXTURES, rule, kind, 'base'));
      repo.write(Object.fromEntries(Object.entries(base).map(([f, c]) => [`${folder(rule, kind)}/${f}`, c])));
    }
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const rule of DRILL_RULES)
    for (const kind of ['ok', 'err']) {
      const pr = files(join(FIXTURES, rule, kind, 'pr'));
      repo.write(Object.fromEntries(Object.entries(pr).map(([f, c]) => [`${folder(rule, kind)}/${f}`, c])));
    }
  repo.commit('pull request');
  // A cache of its own: the folders share one base, built once and reused by the others.
  const cache = mkdtempSync(join(tmpdir(), 'rr-drill-rules-'));
  const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', cache], { cwd: repo.dir });
  rmSync(cache, { recursive: true, force: true });
  const json = JSON.parse(run.stdout) as { findings: Finding[]; drill: { migrations: Array<{ path: string; result: string }> } };
  findings = json.findings;
  results = json.drill.migrations;
}, 300_000);

afterAll(() => repo?.cleanup());

describe.each(DRILL_RULES)('%s fixtures', (rule) => {
  it('err: the rule, and nothing else', () => {
    const here = findings.filter((f) => f.path.startsWith(`${rule}/err/`));
    expect(here.map((f) => f.rule)).toEqual([rule]);
  });
  it('ok: nothing', () => {
    expect(findings.filter((f) => f.path.startsWith(`${rule}/ok/`))).toEqual([]);
    expect(results.filter((m) => m.path.startsWith(`${rule}/ok/`)).map((m) => m.result)).toEqual(['pass']);
  });
});
