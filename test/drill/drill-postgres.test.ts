// The rollback drill on a real PostgreSQL server (a throwaway cluster on a loopback port), as a
// user runs it: the cases every engine passes (drill-cases.ts), then what a user sets up wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/git-repo';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { drillCases, drillFixtures, pair } from './drill-cases';

const fixtures = drillFixtures();
const { prRepo } = fixtures;
drillCases('postgres', fixtures);

describe('drill on a real server: what the user sets up wrong', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(() => pg?.stop());

  it('exits 2 with one line when the server cannot be reached', () => {
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'));
    const { status, stdout, stderr } = runCli(['drill', '--base', 'main', '--database-url', 'postgres://postgres:secret@127.0.0.1:1/postgres'], {
      cwd: repo.dir,
    });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rollback-ready: cannot connect to postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/postgres/);
    expect(stderr).not.toContain('secret');
  });

  it('exits 2 when the role may not create databases, and never touches the named database', () => {
    pg.psql('CREATE ROLE drill_reader LOGIN; CREATE TABLE keep_me (id int); INSERT INTO keep_me VALUES (1);');
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'));
    const url = pg.url.replace('postgres@', 'drill_reader@');
    const { status, stderr } = runCli(['drill', '--base', 'main', '--database-url', url], { cwd: repo.dir });
    expect(status).toBe(2);
    expect(stderr).toContain('may not create databases');
    expect(pg.psql('SELECT count(*) FROM keep_me').trim()).toBe('1');
  });

  it('leaves no database of its own behind', () => {
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'SELECT 1;\n'));
    const { status } = runCli(['drill', '--base', 'main', '--database-url', pg.url], { cwd: repo.dir });
    expect(status).toBe(1);
    expect(pg.psql("SELECT count(*) FROM pg_database WHERE datname LIKE 'rollback_ready_drill_%'").trim()).toBe('0');
  });
});
