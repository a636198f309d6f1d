// `check` on a pull request that appends changesets to a Liquibase changelog that holds every
// migration (Mixeway/MixewayBackend's src/main/resources/db/changelog/db.changelog-master.sql):
// the changesets the base already had are deployed history, those the PR adds are the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

const PATH = 'src/main/resources/db/changelog/db.changelog-master.sql';
const BASE = [
  '--liquibase formatted sql',
  '',
  '--changeset siewer:39',
  'create table vulnhistory(',
  '  id serial primary key,',
  '  name text,',
  '  vulnnumber int,',
  '  inserted text);',
  '--rollback drop table vulnhistory;',
  '',
  '--changeset siewer:40',
  'drop table legacy;',
  '',
].join('\n');

let repo: TempRepo;
const findings = (branch: string) => {
  const result = runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', branch, '--format', 'json']);
  return (JSON.parse(result.stdout) as Report).findings.filter((f) => f.rule !== 'missing-lock-timeout').map((f) => [f.line, f.rule]);
};

beforeAll(() => {
  repo = makeRepo();
  repo.write({ [PATH]: BASE });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr-drop', 'main');
  repo.write({
    [PATH]: `${BASE}--changeset siewer:85\nalter table vulnhistory drop column vulnnumber;\n--rollback alter table vulnhistory add column vulnnumber int;\n`,
  });
  repo.commit('drop a column');
  repo.git('checkout', '-q', '-b', 'pr-add', 'main');
  repo.write({ [PATH]: `${BASE}--changeset siewer:86\nalter table vulnhistory add column note text;\n--rollback alter table vulnhistory drop column note;\n` });
  repo.commit('add a column');
});

afterAll(() => repo.cleanup());

describe('check: changesets appended to a Liquibase changelog', () => {
  it('a column of a table a base changeset created is dropped from a table with rows', () => {
    expect(findings('pr-drop')).toEqual([[14, 'drop-column']]);
  });

  it("the base's changesets are not the PR's: no finding on them, their missing rollback does not count", () => {
    expect(findings('pr-add')).toEqual([]);
  });

  it('lint reads the file as a pull request that adds it: its changesets are deployed together', () => {
    const result = runCli(['lint', '--format', 'json', `${repo.dir}/${PATH}`]);
    expect((JSON.parse(result.stdout) as Report).findings.map((f) => [f.line, f.rule])).toEqual([
      [11, 'forward-only-migration'],
      [12, 'drop-table'],
    ]);
  });
});
