// The rollback drill end to end, as a user runs it: `node dist/cli.js drill` on temporary git
// repositories (main holds the base migrations, a branch the pull request's), on the embedded
// engine (PGlite, drill-pglite.test.ts) and on a real PostgreSQL server (a throwaway cluster on a
// loopback port, drill-postgres.test.ts). The same cases run on both engines; they live here so
// the two engines' files run in parallel workers instead of one after the other.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';
import { startPostgres, type TestPostgres } from '../helpers/postgres';

// golang-migrate layout; the base is a small application schema with an enum, a CHECK, a
// foreign key and a varchar, so the seeder has something to respect.
export const BASE = {
  'db/migrations/000001_init.up.sql': `CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'banned')),
  balance numeric(10,2) NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE posts (
  id serial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  title varchar(80) NOT NULL,
  mood mood,
  body text
);
CREATE INDEX posts_user_id_idx ON posts (user_id);
`,
  'db/migrations/000001_init.down.sql': 'DROP TABLE posts;\nDROP TYPE mood;\nDROP TABLE users;\n',
};

export interface DrillJson {
  verdict: string;
  findings: Array<{ rule: string; path: string; line: number; message: string; severity: string }>;
  gates: Array<{ id: string; status: string; message: string }>;
  drill: {
    engine: string;
    migrations: Array<{
      path: string;
      result: string;
      notes: string[];
      lostOnRollback: string[];
      statements: Array<{
        step: string;
        line: number;
        locks?: Array<{ relation: string; mode: string }>;
        rewrites: Array<{ relation: string }>;
        note?: string;
      }>;
    }>;
    notices: string[];
  };
}

export function pair(name: string, up: string, down: string): Record<string, string> {
  return { [`db/migrations/${name}.up.sql`]: up, [`db/migrations/${name}.down.sql`]: down };
}

/** Temporary repositories and a drill cache for one test file, removed after it. */
export function drillFixtures() {
  const repos: TempRepo[] = [];
  let cacheDir = '';
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'rr-drill-cache-'));
  });
  afterAll(() => {
    for (const r of repos) r.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });
  /** A repository whose main holds `base` and whose `feature` branch adds `pr`. */
  function prRepo(pr: Record<string, string>, base: Record<string, string> = BASE): TempRepo {
    const repo = makeRepo();
    repos.push(repo);
    repo.write(base);
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write(pr);
    repo.commit('pull request');
    return repo;
  }
  return { prRepo, cacheDir: () => cacheDir };
}

/** The cases every engine must pass, as `drill on <engine>`. */
export function drillCases(engine: 'pglite' | 'postgres', { prRepo, cacheDir }: ReturnType<typeof drillFixtures>): void {
  describe(`drill on ${engine}`, () => {
    let pg: TestPostgres | undefined;
    beforeAll(async () => {
      if (engine === 'postgres') pg = await startPostgres();
    }, 60_000);
    afterAll(() => pg?.stop());

    function drill(repo: TempRepo, extra: string[] = []) {
      const args = ['drill', '--base', 'main', '--format', 'json', '--cache-dir', cacheDir(), ...extra];
      if (pg) args.push('--database-url', pg.url);
      const result = runCli(args, { cwd: repo.dir });
      let json: DrillJson | undefined;
      try {
        json = JSON.parse(result.stdout) as DrillJson;
      } catch {
        throw new Error(`drill did not print JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
      }
      return { ...result, json };
    }

    const rules = (json: DrillJson) => json.findings.map((f) => f.rule).sort();

    it('passes an additive pair and says what a rollback would lose', () => {
      const repo = prRepo(
        pair(
          '000002_nickname',
          'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX users_nickname_idx ON users (nickname);\n',
          'DROP INDEX users_nickname_idx;\nALTER TABLE users DROP COLUMN nickname;\n',
        ),
      );
      const { status, json } = drill(repo);
      expect(json.findings).toEqual([]);
      expect(status).toBe(0);
      expect(json.verdict).toBe('pass');
      expect(json.gates).toEqual([expect.objectContaining({ id: 'drill', status: 'pass' })]);
      expect(json.drill.engine).toBe(engine);
      const [m] = json.drill.migrations;
      expect(m).toMatchObject({ path: 'db/migrations/000002_nickname.up.sql', result: 'pass' });
      expect(m!.lostOnRollback).toEqual(['values written to column users.nickname (the down drops it)']);
      // Measured, not predicted: ADD COLUMN takes an ACCESS EXCLUSIVE lock on the existing table.
      const add = m!.statements.find((s) => s.step === 'up' && s.line === 1)!;
      expect(add.locks).toContainEqual({ relation: 'users', mode: 'AccessExclusiveLock' });
      const index = m!.statements.find((s) => s.step === 'up' && s.line === 2)!;
      expect(index.locks).toContainEqual({ relation: 'users', mode: 'ShareLock' });
      expect(m!.statements.map((s) => s.step)).toEqual(['up', 'up', 'down', 'down', 'reapply', 'reapply']);
    });

    it('finds the index a down forgets', () => {
      const repo = prRepo(
        pair(
          '000002_slug',
          'ALTER TABLE posts ADD COLUMN slug text;\nCREATE INDEX posts_slug_idx ON posts (slug);\nCREATE INDEX posts_title_idx ON posts (title);\n',
          'DROP INDEX posts_slug_idx;\nALTER TABLE posts DROP COLUMN slug;\n',
        ),
      );
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(rules(json)).toEqual(['drill-schema-drift']);
      const drift = json.findings[0]!;
      expect(drift.path).toBe('db/migrations/000002_slug.down.sql');
      expect(drift.message).toContain('index posts_title_idx exists after the down but did not before the up');
      // Only the forgotten index: the column and index the down does drop are not listed.
      expect(drift.message).not.toMatch(/^- .*slug/m);
    });

    it('finds a down whose DROP … IF EXISTS names the wrong object', () => {
      const repo = prRepo(pair('000002_title_idx', 'CREATE INDEX posts_title_idx ON posts (title);\n', 'DROP INDEX IF EXISTS post_title_idx;\n'));
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(rules(json)).toEqual(['drill-schema-drift']);
      expect(json.findings[0]!.message).toContain('index posts_title_idx');
    });

    it('reports a dropped column restored empty as data loss, and its new position as a notice only', () => {
      const repo = prRepo(pair('000002_drop_name', 'ALTER TABLE users DROP COLUMN name;\n', 'ALTER TABLE users ADD COLUMN name text;\n'));
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(rules(json)).toEqual(['drill-data-loss']);
      expect(json.findings[0]!.message).toMatch(/column users\.name: 3 of 3 values \(e\.g\. \(\d+\): '\d+Øre Zoë — 日本 ✓ Row' → NULL\)/);
      expect(json.drill.migrations[0]!.notes.join('\n')).toMatch(/column users\.name is back at position \d+ .*not drift/);
    });

    it('reports an UPDATE whose down does nothing as data loss', () => {
      const repo = prRepo(pair('000002_lower_email', 'UPDATE users SET email = lower(email);\n', 'SELECT 1;\n'));
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(rules(json)).toEqual(['drill-data-loss']);
      expect(json.findings[0]!.message).toContain('column users.email');
      expect(json.findings[0]!.message).toContain('→');
    });

    it('fails an up that touches a missing table, naming the file and line', () => {
      const repo = prRepo(
        pair('000002_accounts', '-- accounts come later\nALTER TABLE accounts ADD COLUMN plan text;\n', 'ALTER TABLE accounts DROP COLUMN plan;\n'),
      );
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', path: 'db/migrations/000002_accounts.up.sql', line: 2 })]);
      expect(json.findings[0]!.message).toContain('relation "accounts" does not exist');
    });

    it("fails a down that names a wrong column, with Postgres' error", () => {
      const repo = prRepo(pair('000002_age', 'ALTER TABLE users ADD COLUMN age int;\n', '\nALTER TABLE users DROP COLUMN agee;\n'));
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-down-failed', path: 'db/migrations/000002_age.down.sql', line: 2 })]);
      expect(json.findings[0]!.message).toContain('column "agee" of relation "users" does not exist');
    });

    it('finds an enum value a no-op down leaves behind', () => {
      const repo = prRepo(pair('000002_meh', "ALTER TYPE mood ADD VALUE 'meh';\n", 'SELECT 1;\n'));
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(rules(json)).toEqual(['drill-schema-drift']);
      expect(json.findings[0]!.message).toContain("enum type mood: labels was 'happy', 'sad', is 'happy', 'sad', 'meh'");
    });

    it('passes a rename and back, and a type change and back', () => {
      const repo = prRepo({
        ...pair('000002_rename', 'ALTER TABLE users RENAME COLUMN name TO full_name;\n', 'ALTER TABLE users RENAME COLUMN full_name TO name;\n'),
        ...pair('000003_title_text', 'ALTER TABLE posts ALTER COLUMN title TYPE text;\n', 'ALTER TABLE posts ALTER COLUMN title TYPE varchar(80);\n'),
      });
      const { status, json } = drill(repo);
      expect(json.findings).toEqual([]);
      expect(status).toBe(0);
      expect(json.drill.migrations.map((m) => m.result)).toEqual(['pass', 'pass']);
      const lost = json.drill.migrations[1]!.lostOnRollback;
      expect(lost).toEqual(['values written to column posts.title as text are converted back to character varying(80) (the down may fail or truncate them)']);
    });

    it('loads the contrib extension a migration creates', () => {
      const repo = prRepo(
        pair(
          '000002_citext',
          'CREATE EXTENSION IF NOT EXISTS citext;\nALTER TABLE users ADD COLUMN handle citext;\n',
          'ALTER TABLE users DROP COLUMN handle;\nDROP EXTENSION citext;\n',
        ),
      );
      const { status, json } = drill(repo);
      expect(json.findings).toEqual([]);
      expect(status).toBe(0);
    });

    it('passes a CONCURRENTLY index pair', () => {
      const repo = prRepo(pair('000002_name_idx', 'CREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n', 'DROP INDEX CONCURRENTLY users_name_idx;\n'));
      const { status, json } = drill(repo);
      expect(json.findings).toEqual([]);
      expect(status).toBe(0);
      const m = json.drill.migrations[0]!;
      expect(m.result).toBe('pass');
      const up = m.statements.find((s) => s.step === 'up')!;
      if (engine === 'pglite') {
        expect(m.notes.join('\n')).toContain('run without CONCURRENTLY on PGlite');
        expect(up.locks).toContainEqual({ relation: 'users', mode: 'ShareLock' });
      } else {
        expect(m.notes.join('\n')).not.toContain('without CONCURRENTLY');
        expect(up.locks).toBeUndefined();
        expect(up.note).toContain('outside a transaction');
      }
    });

    it('catches a broken first down that an all-up, all-down run would hide', () => {
      // Up 2 then 3, down 3 then 2 would pass (Liquibase's update-testing-rollback order): 3's down
      // drops the column 2's down forgets. Rehearsed one by one, 2's down is caught on its own, and
      // 3's down is caught dropping a column it did not create.
      const repo = prRepo({
        ...pair('000002_add_a', 'ALTER TABLE users ADD COLUMN a int;\n', 'SELECT 1;\n'),
        ...pair('000003_add_b', 'ALTER TABLE users ADD COLUMN b int;\n', 'ALTER TABLE users DROP COLUMN b;\nALTER TABLE users DROP COLUMN IF EXISTS a;\n'),
      });
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      const first = json.findings.filter((f) => f.path === 'db/migrations/000002_add_a.down.sql');
      expect(first.map((f) => f.rule)).toEqual(['drill-schema-drift']);
      expect(first[0]!.message).toContain('column users.a exists after the down but did not before the up');
      // The drift explains why 2's up then fails again: said in the same finding, not a second one.
      expect(first[0]!.message).toContain('applying the up again fails too');
      expect(
        json.findings
          .filter((f) => f.path === 'db/migrations/000003_add_b.down.sql')
          .map((f) => f.rule)
          .sort(),
      ).toEqual(['drill-data-loss', 'drill-schema-drift']);
      expect(json.drill.migrations.map((m) => m.result)).toEqual(['fail', 'fail']);
    });

    it('rehearses a goose migration (one file, Up and Down sections) in its own folder', () => {
      const base = {
        'db/goose/20240101000000_init.sql': '-- +goose Up\nCREATE TABLE teams (id int PRIMARY KEY, name text NOT NULL);\n\n-- +goose Down\nDROP TABLE teams;\n',
      };
      const repo = prRepo(
        {
          'db/goose/20240201000000_add_slug.sql':
            '-- +goose Up\n-- +goose StatementBegin\nALTER TABLE teams ADD COLUMN slug text\n-- +goose StatementEnd\n\n-- +goose Down\nALTER TABLE teams DROP COLUMN slug;\nALTER TABLE teams DROP COLUMN name;\n',
        },
        base,
      );
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(json.drill.migrations).toEqual([expect.objectContaining({ path: 'db/goose/20240201000000_add_slug.sql', result: 'fail' })]);
      expect(rules(json)).toEqual(['drill-data-loss', 'drill-schema-drift']);
      expect(json.findings.every((f) => f.path === 'db/goose/20240201000000_add_slug.sql' && f.line === 7)).toBe(true);
    });

    it("creates the schema a placeholder names (pop's namespace, Flyway's ${schema}) before the base, and says so", () => {
      // supabase/auth migrations/ at bc32168e: every file names its schema `{{ index .Options
      // "Namespace" }}`, which the operator creates; Flyway's `${schema}` the same way.
      const ns = '{{ index .Options "Namespace" }}';
      const base = {
        'migrations/20210101000000_init.up.sql': `CREATE TABLE IF NOT EXISTS ${ns}.users (id uuid PRIMARY KEY, email text);\n`,
        'db/migration/V1__init.sql': 'CREATE TABLE ${schema}.teams (id int PRIMARY KEY);\n',
        'db/migration/U1__init.sql': 'DROP TABLE ${schema}.teams;\n',
      };
      const repo = prRepo(
        {
          'migrations/20210201000000_phone.up.sql': `{{ if .IsMySQL }}\nALTER TABLE ${ns}.users ADD COLUMN phone varchar(15);\n{{ else }}\nALTER TABLE ${ns}.users ADD COLUMN phone text;\n{{ end }}\n`,
          'migrations/20210201000000_phone.down.sql': `ALTER TABLE ${ns}.users DROP COLUMN phone;\n`,
          'db/migration/V2__slug.sql': 'ALTER TABLE ${schema}.teams ADD COLUMN slug text;\n',
          'db/migration/U2__slug.sql': 'ALTER TABLE ${schema}.teams DROP COLUMN slug;\n',
        },
        base,
      );
      const { status, json, stdout } = drill(repo);
      expect(json.drill.migrations.map((m) => [m.path, m.result]).sort()).toEqual([
        ['db/migration/V2__slug.sql', 'pass'],
        ['migrations/20210201000000_phone.up.sql', 'pass'],
      ]);
      expect(status, stdout).toBe(0);
      expect(json.drill.notices.join('\n')).toContain('Created schema _namespace_');
      expect(json.drill.notices.join('\n')).toContain('Created schema _schema_');
    });

    it('rehearses a Prisma migration up only and says there is no down', () => {
      const base = {
        'prisma/migrations/20240101000000_init/migration.sql':
          'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n',
      };
      const repo = prRepo({ 'prisma/migrations/20240201000000_name/migration.sql': 'ALTER TABLE "User" ADD COLUMN "name" TEXT;\n' }, base);
      const { status, json } = drill(repo);
      expect(status).toBe(0);
      expect(json.drill.migrations).toEqual([expect.objectContaining({ result: 'up-only' })]);
      expect(json.drill.migrations[0]!.notes.join('\n')).toContain('Prisma migrations have no down');
      expect(json.drill.migrations[0]!.statements.map((s) => s.step)).toEqual(['up']);
    });

    it('stops an up that hangs at the statement timeout and names the statement', () => {
      const repo = prRepo(pair('000002_sleep', 'ALTER TABLE users ADD COLUMN z int;\nSELECT pg_sleep(3600);\n', 'ALTER TABLE users DROP COLUMN z;\n'));
      const { status, json } = drill(repo, ['--statement-timeout', '2s']);
      expect(status).toBe(1);
      expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', line: 2 })]);
      expect(json.findings[0]!.message).toContain('stopped after the statement timeout (2.0 s)');
      expect(json.findings[0]!.message).toContain('pg_sleep(3600)');
    });

    describe("COPY … FROM stdin: a script's inline rows (pg_dump's shape)", () => {
      const plan = '%syntax-version=1.0.0\n%project=geo\n\nschema 2024-01-01T00:00:00Z G <g@x> # schema\n';
      const rows = "de\tGermany\nci\tCôte d'Ivoire\n";
      const deploy = [
        'BEGIN;',
        'CREATE TABLE geo.countries (code text PRIMARY KEY, name text NOT NULL);',
        'COPY geo.countries (code, name) FROM stdin;',
        rows.trimEnd(),
        '\\.',
        "DO $$ BEGIN IF (SELECT count(*) FROM geo.countries) <> 2 THEN RAISE EXCEPTION 'rows not loaded'; END IF; END $$;",
        'COMMIT;',
        '',
      ].join('\n');

      it("rehearses a Sqitch deploy as psql runs it: the rows are the COPY's data", () => {
        const repo = prRepo(
          {
            'db/sqitch.plan': `${plan}countries [schema] 2024-01-02T00:00:00Z G <g@x> # countries\n`,
            'db/deploy/countries.sql': deploy,
            'db/revert/countries.sql': 'BEGIN;\nDROP TABLE geo.countries;\nCOMMIT;\n',
          },
          {
            ...BASE,
            'db/sqitch.conf': '[core]\n\tengine = pg\n',
            'db/sqitch.plan': plan,
            'db/deploy/schema.sql': 'BEGIN;\nCREATE SCHEMA geo;\nCOMMIT;\n',
            'db/revert/schema.sql': 'BEGIN;\nDROP SCHEMA geo;\nCOMMIT;\n',
          },
        );
        const { status, json } = drill(repo);
        expect(json.findings).toEqual([]);
        expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([['db/deploy/countries.sql', 'pass']]);
        expect(status).toBe(0);
      });

      it("fails at the row that does not fit, with Postgres' error", () => {
        const repo = prRepo(
          {
            'db/sqitch.plan': `${plan}countries [schema] 2024-01-02T00:00:00Z G <g@x> # countries\n`,
            'db/deploy/countries.sql': deploy.replace('de\tGermany', 'de'),
            'db/revert/countries.sql': 'BEGIN;\nDROP TABLE geo.countries;\nCOMMIT;\n',
          },
          {
            ...BASE,
            'db/sqitch.conf': '[core]\n\tengine = pg\n',
            'db/sqitch.plan': plan,
            'db/deploy/schema.sql': 'BEGIN;\nCREATE SCHEMA geo;\nCOMMIT;\n',
            'db/revert/schema.sql': 'BEGIN;\nDROP SCHEMA geo;\nCOMMIT;\n',
          },
        );
        const { status, json } = drill(repo);
        expect(status).toBe(1);
        expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', path: 'db/deploy/countries.sql', line: 4 })]);
        expect(json.findings[0]!.message).toContain('missing data for column "name"');
      });

      it('fails a golang-migrate up at the COPY for the reason golang-migrate fails it: its driver sends the rows as SQL', () => {
        const up = deploy.replace('BEGIN;\n', 'CREATE SCHEMA geo;\n').replace('COMMIT;\n', '');
        const repo = prRepo(pair('000002_countries', up, 'DROP SCHEMA geo CASCADE;\n'));
        const { status, json } = drill(repo);
        expect(status).toBe(1);
        expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', path: 'db/migrations/000002_countries.up.sql', line: 3 })]);
        expect(json.findings[0]!.message).toContain('golang-migrate sends the file through a database driver, not psql');
        expect(json.findings[0]!.message).toContain('INSERT … VALUES');
      });
    });

    it('reports a syntax error with its file and line', () => {
      const repo = prRepo(pair('000002_typo', 'ALTER TABLE users ADD COLUMN t int;\n', 'SELECT 1;\nALTER TABLE users DROPP COLUMN t;\n'));
      const { status, json } = drill(repo);
      expect(status).toBe(1);
      expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-down-failed', path: 'db/migrations/000002_typo.down.sql', line: 2 })]);
      expect(json.findings[0]!.message).toContain('syntax error');
    });
  });
}
