// Bad input through the built CLI, as a user runs it: exit 0 or 1, JSON that parses, findings the
// report contract allows; unreadable paths are input errors (exit 2, one line on stderr).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types';
import { runCli } from '../helpers/git-repo';
import { badFiles, type BadFile } from './bad-input';
import { expectValidFindings } from './lint-helpers';

let dir: string;
const files = badFiles();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rr-robust-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(paths: string[]): { status: number; findings: Finding[]; stderr: string } {
  const result = runCli(['lint', ...paths, '--format', 'json'], { cwd: dir });
  expect(result.stderr, 'nothing on stderr').toBe('');
  expect([0, 1], `exit ${result.status}`).toContain(result.status);
  const report = JSON.parse(result.stdout) as { schemaVersion: number; findings: Finding[] };
  expect(report.schemaVersion).toBe(1);
  expect(Array.isArray(report.findings)).toBe(true);
  expect(result.status).toBe(report.findings.some((f) => f.severity === 'error' && !f.suppressed) ? 1 : 0);
  return { ...result, findings: report.findings };
}

function checkFile(file: BadFile, findings: Finding[]): void {
  const mine = findings.filter((f) => f.path === file.path);
  expectValidFindings(mine, file.path, file.bytes.toString('utf8'));
  // Binary: never analysed. A binary migration says so in one notice; any other binary file is skipped.
  if (file.binary) {
    // A binary migration cannot be read; any other binary file lint is given is not analysed: both are said.
    const expected = [{ rule: file.path.endsWith('.sql') ? 'parse-error' : 'not-analysed', severity: 'notice', line: 1 }];
    expect(
      mine.map(({ rule, severity, line }) => ({ rule, severity, line })),
      file.path,
    ).toEqual(expected);
  }
  for (const rule of file.expectRules ?? [])
    expect(
      mine.map((f) => f.rule),
      file.path,
    ).toContain(rule);
}

// One process per group keeps the suite quick; a crash still names its group.
const groups: [string, (f: BadFile) => boolean][] = [
  ['empty and binary files', (f) => f.binary === true || f.bytes.length === 0 || /blank|goose|noise/.test(f.path)],
  ['invalid UTF-8', (f) => /latin1|bytes/.test(f.path)],
  ['a 5 MB file and huge single lines', (f) => /huge|one_line|one-line|long/.test(f.path)],
  ['SQL no parser accepts', (f) => /mysql|template|unterminated|psql|deep\.up/.test(f.path)],
  ['YAML with anchors, aliases and many documents', (f) => f.path.endsWith('.yaml') && !f.path.includes('empty') && !f.path.includes('blob')],
  ['HCL with syntax errors and broken DSL files', (f) => /broken|garbage|deep\.tf/.test(f.path)],
];

describe('rollback-ready lint on bad input (built CLI)', () => {
  it('groups cover every bad file', () => {
    for (const f of files)
      expect(
        groups.some(([, pick]) => pick(f)),
        f.path,
      ).toBe(true);
  });

  const byGroup = new Map<string, Finding[]>();

  it.each(groups)('%s: a report, never a crash', (name, pick) => {
    const chosen = files.filter(pick);
    expect(chosen.length).toBeGreaterThan(0);
    const { findings } = lint(chosen.map((f) => f.path));
    for (const f of chosen) checkFile(f, findings);
    byGroup.set(name, findings);
  });

  it('every bad file at once: the same findings as group by group (nothing leaks between files)', () => {
    const all = lint(files.map((f) => f.path)).findings;
    for (const f of files) checkFile(f, all);
    expect(byGroup.size).toBe(groups.length);
    const key = (f: Finding) => `${f.path}:${f.line}:${f.rule}:${f.message}`;
    expect(new Set(all.map(key))).toEqual(new Set([...byGroup.values()].flat().map(key)));
  });

  it('a missing file or a directory is an input error: exit 2, one line on stderr, nothing on stdout', () => {
    for (const path of ['db/migrations/does-not-exist.up.sql', 'db/migrations']) {
      const result = runCli(['lint', 'k8s/laughs.yaml', path, '--format', 'json'], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(path);
    }
  });

  it('text output on bad input prints file:line for each finding', () => {
    const result = runCli(['lint', 'db/migrations/mysql/000010_mysql.up.sql', 'infra/broken.tf'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^db\/migrations\/mysql\/000010_mysql\.up\.sql:\d+:\d+ /m);
    expect(result.stdout).toMatch(/^infra\/broken\.tf:2:\d+ +error +deletion-protection-removed/m);
  });
});
