import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

// The OASIS SARIF 2.1.0 schema (see test/fixtures/sarif/README.md for where it comes from).
const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8')) as object;
// unicodeRegExp off: rtm.5's pattern for `language` has a stray ']' that only non-unicode regexes accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValidSarif(stdout: string): Log {
  const log = JSON.parse(stdout) as Log;
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  // A schema that accepts everything would pass too: it must reject a broken log.
  expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  return log;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rr-sarif-'));
  mkdirSync(join(dir, 'db', 'migrations'), { recursive: true });
  writeFileSync(join(dir, 'db/migrations/000002_drop_legacy.up.sql'), "SET lock_timeout = '2s';\n\n  ALTER TABLE users DROP COLUMN legacy;\n");
  writeFileSync(
    join(dir, 'db/migrations/000003_rename.up.sql'),
    '-- rollback-ready-ignore rename-table: no code reads the old name since v4.2\nALTER TABLE things RENAME TO items;\n',
  );
  writeFileSync(join(dir, 'db/migrations/000003_rename.down.sql'), 'ALTER TABLE items RENAME TO things;\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a migration\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint --format sarif', () => {
  it('is valid SARIF 2.1.0 with rules, doc links, regions, suppressions and the skipped file', () => {
    const files = ['db/migrations/000002_drop_legacy.up.sql', 'db/migrations/000003_rename.up.sql', 'notes.txt'];
    const result = runCli(['lint', ...files, '--format', 'sarif'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const log = expectValidSarif(result.stdout);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run!.tool.driver.name).toBe('rollback-ready');
    expect(run!.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`${pathToFileURL(dir).href}/`);

    const rules = run!.tool.driver.rules!;
    const dropColumn = rules.find((r) => r.id === 'drop-column')!;
    expect(dropColumn.helpUri).toMatch(/docs\/rules\/drop-column\.md$/);
    expect(dropColumn.defaultConfiguration?.level).toBe('error');

    const results = run!.results!;
    const drop = results.find((r) => r.ruleId === 'drop-column')!;
    expect(drop.level).toBe('error');
    expect(rules[drop.ruleIndex!]!.id).toBe('drop-column');
    expect(drop.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'db/migrations/000002_drop_legacy.up.sql', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 3 },
    });
    // An inline ignore is a suppression GitHub code scanning understands, not a missing result.
    const renamed = results.find((r) => r.ruleId === 'rename-table')!;
    expect(renamed.level).toBe('note');
    expect(renamed.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'ignored inline: no code reads the old name since v4.2' }]);

    const skipped = run!.invocations![0]!.toolExecutionNotifications!;
    expect(skipped.map((n) => n.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual(['notes.txt']);
    expect(skipped[0]!.message.text).toContain('not a migration or deploy file');
  });

  it('is valid SARIF with no results, and for a file outside the current folder (an absolute file URI)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'rr-sarif-out-'));
    try {
      const file = join(outside, 'V2__drop.sql');
      writeFileSync(file, 'DROP TABLE audit;\n');
      const clean = runCli(['lint', 'db/migrations/000003_rename.down.sql', '--format', 'sarif'], { cwd: dir });
      expect(expectValidSarif(clean.stdout).runs[0]!.results).toEqual([]);
      const far = runCli(['lint', file, '--format', 'sarif'], { cwd: dir });
      const log = expectValidSarif(far.stdout);
      const location = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
      expect(location).toEqual({ uri: pathToFileURL(file).href });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('check --format sarif', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.write({
      'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
      'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'db/migrations/000002_drop.up.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' });
    repo.commit('drop');
  });
  afterAll(() => repo.cleanup());

  it('is valid SARIF with repository-relative locations and the verdict and gates as run properties', () => {
    const result = runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--format', 'sarif']);
    expect(result.status).toBe(1);
    const log = expectValidSarif(result.stdout);
    const run = log.runs[0]!;
    expect(
      run.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.locations![0]!.physicalLocation!.region!.startLine]),
    ).toEqual(
      expect.arrayContaining([
        ['drop-column', 'db/migrations/000002_drop.up.sql', 1],
        ['missing-down-migration', 'db/migrations/000002_drop.up.sql', 1],
      ]),
    );
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run.properties).toMatchObject({ verdict: 'fail', risk: 'high' });
    expect((run.properties!.gates as { id: string; status: string }[]).find((g) => g.id === 'rollback-plan')!.status).toBe('fail');
  });
});
