// A Liquibase changelog's column changes judged against the changelogs that run before it
// (src/core/frameworks/liquibase/history.ts), shaped like apache/fineract's
// fineract-provider/src/main/resources/db/changelog at 4198b0bc: db.changelog-master.xml includes
// tenant/initial-switch-changelog-tenant.xml (parts/0001_initial_schema.xml) and
// tenant/changelog-tenant.xml (parts/0003… onwards).
import { describe, expect, it } from 'vitest';
import liquibase from '../../../src/core/frameworks/liquibase';
import { changelogEntries, mayInclude } from '../../../src/core/frameworks/liquibase/includes';
import { pathCandidates, relativePath, resourceRoot } from '../../../src/core/frameworks/liquibase/history';
import { liquibaseType } from '../../../src/core/frameworks/liquibase/types';
import type { MigrationInput } from '../../../src/core/frameworks/framework';

const xml = (...lines: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">',
    ...lines,
    '</databaseChangeLog>',
    '',
  ].join('\n');

/** A repository in memory: files by path; folders are listed from them. */
function repo(files: Record<string, string>, fail: (path: string) => Error | undefined = () => undefined) {
  const read: string[] = [];
  const entries = (dir: string) => Object.keys(files).filter((p) => p.startsWith(dir) && p.length > dir.length);
  return {
    read,
    input: (path: string): MigrationInput => ({
      path,
      content: files[path]!,
      siblings: {},
      readFile: async (p: string) => {
        read.push(p);
        const error = fail(p);
        if (error) throw error;
        return files[p];
      },
      listDir: async (dir: string) => {
        const names = entries(dir)
          .map((p) => p.slice(dir.length))
          .filter((n) => !n.includes('/'));
        // As git lists a folder: its files, none (undefined) for a folder of folders.
        return names.length ? names : undefined;
      },
      listFolders: async (dir: string) => [
        ...new Set(entries(dir).flatMap((p) => (p.slice(dir.length).includes('/') ? [p.slice(dir.length).split('/')[0]!] : []))),
      ],
    }),
  };
}

const R = 'fineract-provider/src/main/resources/db/changelog/';
const TENANT = `${R}tenant/`;

/** fineract's tree, trimmed: the master, the two tenant masters, the initial schema, and `parts`. */
function fineract(parts: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  // fineract's 0146 is included by final-changelog-tenant.xml, after the module masters.
  const names = Object.keys(parts)
    .filter((n) => !n.startsWith('0146'))
    .sort();
  return {
    [`${R}db.changelog-master.xml`]: xml(
      '    <include file="tenant/initial-switch-changelog-tenant.xml" relativeToChangelogFile="true" context="tenant_db AND initial_switch"/>',
      '    <include file="tenant/changelog-tenant.xml" relativeToChangelogFile="true" context="tenant_db AND !initial_switch"/>',
      '    <include file="db/changelog/tenant/module/loan/module-changelog-master.xml" context="tenant_db AND !initial_switch"/>',
      '    <include file="tenant/final-changelog-tenant.xml" relativeToChangelogFile="true" context="tenant_db AND !initial_switch"/>',
    ),
    [`${TENANT}initial-switch-changelog-tenant.xml`]: xml(
      '    <include file="parts/0001_initial_schema.xml" relativeToChangelogFile="true" context="initial_switch"/>',
    ),
    [`${TENANT}changelog-tenant.xml`]: xml(...names.map((n) => `    <include file="parts/${n}" relativeToChangelogFile="true"/>`)),
    [`${TENANT}final-changelog-tenant.xml`]: xml('    <include file="parts/0146_add_final_constraints.xml" relativeToChangelogFile="true"/>'),
    [`${TENANT}parts/0001_initial_schema.xml`]: xml(
      '    <changeSet author="fineract" id="1">',
      '        <createTable tableName="m_holiday">',
      '            <column autoIncrement="true" name="id" type="BIGINT"/>',
      '            <column name="from_date" type="datetime"/>',
      '            <column name="created_date" type="datetime"/>',
      '        </createTable>',
      '        <createTable tableName="interop_identifier">',
      '            <column autoIncrement="true" name="id" type="BIGINT"/>',
      '            <column defaultValueComputed="current_timestamp()" name="created_on" type="timestamp"/>',
      '        </createTable>',
      '        <createTable tableName="m_client">',
      '            <column autoIncrement="true" name="id" type="BIGINT"/>',
      '            <column name="fullname" type="VARCHAR(100)"/>',
      '        </createTable>',
      '    </changeSet>',
    ),
    ...Object.fromEntries(Object.entries(parts).map(([n, c]) => [`${TENANT}parts/${n}`, c])),
    ...extra,
  };
}

const typeChanges = (hits: { rule: string; line: number; severity?: string; message: string }[]) =>
  hits.filter((h) => h.rule === 'change-column-type').map((h) => [h.line, h.severity ?? 'error', h.message]);

describe('liquibase: column changes judged against the changelogs that run before', () => {
  it("fineract's 0117: MySQL DATETIME → DATETIME(6) and TIMESTAMP → TIMESTAMP(6) keep every value; on PostgreSQL datetime(6) is timestamp(6)", async () => {
    const r = repo(
      fineract({
        '0117_set_datetime_precision.xml': xml(
          '    <changeSet author="fineract" id="1" context="mysql">',
          '        <modifyDataType tableName="m_holiday" columnName="created_date" newDataType="datetime(6)"/>',
          '        <modifyDataType tableName="interop_identifier" columnName="created_on" newDataType="timestamp(6)"/>',
          '        <rollback/>',
          '    </changeSet>',
          '    <changeSet author="fineract" id="2" context="postgresql">',
          '        <modifyDataType tableName="m_holiday" columnName="created_date" newDataType="datetime(6)"/>',
          '        <rollback/>',
          '    </changeSet>',
        ),
      }),
    );
    // Before: each an error (its earlier type unknown).
    expect(typeChanges((await liquibase.analyse(r.input(`${TENANT}parts/0117_set_datetime_precision.xml`))).hits)).toEqual([]);
  });

  it("fineract's 0023: DATETIME → DATE is a change from timestamp, named with the changelog that set it", async () => {
    const r = repo(
      fineract({
        '0023_use_the_proper_date_or_datetime_type.xml': xml(
          '    <changeSet author="fineract" id="1">',
          '        <modifyDataType tableName="m_holiday" columnName="from_date" newDataType="date"/>',
          '        <rollback/>',
          '    </changeSet>',
        ),
      }),
    );
    expect(typeChanges((await liquibase.analyse(r.input(`${TENANT}parts/0023_use_the_proper_date_or_datetime_type.xml`))).hits)).toEqual([
      [4, 'error', expect.stringContaining('from timestamp (0001_initial_schema.xml) to date') as unknown],
    ]);
  });

  it('a widening of a column an earlier changelog created withdraws the warning; an unrelated column keeps it, saying how many were read', async () => {
    const r = repo(
      fineract({
        '0127_client_name_length.xml': xml(
          '    <changeSet id="1" author="fineract">',
          '        <modifyDataType tableName="m_client" columnName="fullname" newDataType="VARCHAR(160)"/>',
          '        <modifyDataType tableName="m_client" columnName="display_name" newDataType="VARCHAR(160)"/>',
          '        <rollback/>',
          '    </changeSet>',
        ),
      }),
    );
    const found = typeChanges((await liquibase.analyse(r.input(`${TENANT}parts/0127_client_name_length.xml`))).hits);
    expect(found).toEqual([[5, 'warning', expect.stringContaining('not in this migration or the 1 earlier one read') as unknown]]);
  });

  it('follows the include order, not the names: a changelog included first runs first', async () => {
    const files = {
      'db/changelog/db.changelog-master.yaml': [
        'databaseChangeLog:',
        '  - include:',
        '      file: db/changelog/changes/schema.xml',
        '  - include:',
        '      file: changes/alter.xml',
        '      relativeToChangelogFile: true',
        '',
      ].join('\n'),
      'db/changelog/changes/schema.xml': xml(
        '  <changeSet id="1" author="a">',
        '    <createTable tableName="orders"><column name="note" type="VARCHAR(100)"/></createTable>',
        '  </changeSet>',
      ),
      'db/changelog/changes/alter.xml': xml(
        '  <changeSet id="2" author="a">',
        '    <modifyDataType tableName="orders" columnName="note" newDataType="VARCHAR(200)"/>',
        '    <rollback/>',
        '  </changeSet>',
      ),
    };
    const r = repo(files);
    // By name (includeAll's order) `alter.xml` runs before `schema.xml`: the widening would be unknown.
    expect(typeChanges((await liquibase.analyse(r.input('db/changelog/changes/alter.xml'))).hits)).toEqual([]);
  });

  it('includeAll: the folder and its subfolders sorted by path (a folder of folders too), YAML changelogs among them', async () => {
    const files = {
      'src/main/resources/db/master.xml': xml('  <includeAll path="db/changes/"/>'),
      'src/main/resources/db/changes/001/create.yaml': [
        'databaseChangeLog:',
        '  - changeSet:',
        '      id: 1',
        '      author: a',
        '      changes:',
        '        - createTable:',
        '            tableName: orders',
        '            columns:',
        '              - column: {name: qty, type: INT}',
        '',
      ].join('\n'),
      'src/main/resources/db/changes/002/alter.xml': xml(
        '  <changeSet id="2" author="a">',
        '    <modifyDataType tableName="orders" columnName="qty" newDataType="BIGINT"/>',
        '    <rollback/>',
        '  </changeSet>',
      ),
    };
    const r = repo(files);
    expect(typeChanges((await liquibase.analyse(r.input('src/main/resources/db/changes/002/alter.xml'))).hits)).toEqual([
      [4, 'error', expect.stringMatching(/from integer \(\.\.\/001\/create\.yaml\) to bigint keeps every value/) as unknown],
    ]);
  });

  it('without a master, the folder in alphabetical order (includeAll), after the earlier changeSets of the same changelog', async () => {
    const files = {
      'db/changes/a-create.xml': xml(
        '  <changeSet id="1" author="a">',
        '    <createTable tableName="orders"><column name="placed" type="DATETIME"/></createTable>',
        '  </changeSet>',
      ),
      'db/changes/b-alter.xml': xml(
        '  <changeSet id="1" author="a">',
        '    <modifyDataType tableName="orders" columnName="placed" newDataType="DATE"/>',
        '    <rollback/>',
        '  </changeSet>',
        '  <changeSet id="2" author="a">',
        '    <modifyDataType tableName="orders" columnName="placed" newDataType="timestamp"/>',
        '    <rollback/>',
        '  </changeSet>',
      ),
    };
    const r = repo(files);
    expect(typeChanges((await liquibase.analyse(r.input('db/changes/b-alter.xml'))).hits)).toEqual([
      [4, 'error', expect.stringContaining('from timestamp (a-create.xml) to date rewrites') as unknown],
      // The changeset before it in the same changelog is the nearer definition.
      [8, 'error', expect.stringContaining('from date to timestamp keeps every value') as unknown],
    ]);
  });

  it('an include for another database is not in this database’s history', async () => {
    const files = {
      'db/master.xml': xml(
        '  <include file="mysql/create.xml" relativeToChangelogFile="true" context="mysql"/>',
        '  <include file="alter.xml" relativeToChangelogFile="true"/>',
      ),
      'db/mysql/create.xml': xml(
        '  <changeSet id="1" author="a">',
        '    <createTable tableName="orders"><column name="note" type="VARCHAR(10)"/></createTable>',
        '  </changeSet>',
      ),
      'db/alter.xml': xml(
        '  <changeSet id="2" author="a">',
        '    <modifyDataType tableName="orders" columnName="note" newDataType="VARCHAR(20)"/>',
        '    <rollback/>',
        '  </changeSet>',
      ),
    };
    const r = repo(files);
    expect(typeChanges((await liquibase.analyse(r.input('db/alter.xml'))).hits)).toEqual([
      [4, 'warning', expect.stringContaining('its earlier type is not in this migration or the folder') as unknown],
    ]);
  });

  it('an earlier changelog’s sqlFile is part of what it did', async () => {
    const files = {
      'db/master.xml': xml('  <include file="1.xml" relativeToChangelogFile="true"/>', '  <include file="2.xml" relativeToChangelogFile="true"/>'),
      'db/1.xml': xml('  <changeSet id="1" author="a">', '    <sqlFile path="1.sql" relativeToChangelogFile="true"/>', '  </changeSet>'),
      'db/1.sql': 'CREATE TABLE orders (qty integer);\n',
      'db/2.xml': xml(
        '  <changeSet id="2" author="a">',
        '    <modifyDataType tableName="orders" columnName="qty" newDataType="text"/>',
        '    <rollback/>',
        '  </changeSet>',
      ),
    };
    expect(typeChanges((await liquibase.analyse(repo(files).input('db/2.xml'))).hits)).toEqual([
      [4, 'error', expect.stringContaining('from integer (1.xml) to text') as unknown],
    ]);
    const missing = Object.fromEntries(Object.entries(files).filter(([p]) => p !== 'db/1.sql'));
    // Unread, the sqlFile may have done anything to the column: the look back stops there.
    expect(typeChanges((await liquibase.analyse(repo(missing).input('db/2.xml'))).hits)).toEqual([
      [4, 'warning', expect.stringContaining('to text: the earlier migration 1.xml could not be read (its sqlFile `1.sql` could not be read') as unknown],
    ]);
  });
});

describe('liquibase: fail closed when the changelogs before cannot be read', () => {
  it('an earlier include that cannot be found stops the look back, and the finding says so', async () => {
    const r = repo(
      fineract({
        '0146_add_final_constraints.xml': xml(
          '    <changeSet author="fineract" id="1">',
          '        <modifyDataType tableName="m_holiday" columnName="from_date" newDataType="date"/>',
          '        <rollback/>',
          '    </changeSet>',
        ),
      }),
    );
    // Before it, the master includes fineract-loan's module master from the classpath (another Maven module).
    const hits = typeChanges((await liquibase.analyse(r.input(`${TENANT}parts/0146_add_final_constraints.xml`))).hits);
    expect(hits).toEqual([[4, 'error', expect.stringContaining('(The old type could not be looked up: the earlier migration') as unknown]]);
    expect(hits[0]![2]).toContain(
      'module-changelog-master.xml could not be read (it was not found (`db/changelog/tenant/module/loan/module-changelog-master.xml`',
    );
  });

  it('an earlier changelog that cannot be read stops the look back there, and the finding says why', async () => {
    const r = repo(
      fineract({
        '0023_use_the_proper_date_or_datetime_type.xml': xml(
          '    <changeSet author="fineract" id="1">',
          '        <modifyDataType tableName="m_holiday" columnName="from_date" newDataType="date"/>',
          '        <rollback/>',
          '    </changeSet>',
        ),
      }),
      (p) => (p.endsWith('0001_initial_schema.xml') ? new Error('the budget of 60 history reads per evaluation is spent') : undefined),
    );
    expect(typeChanges((await liquibase.analyse(r.input(`${TENANT}parts/0023_use_the_proper_date_or_datetime_type.xml`))).hits)).toEqual([
      [
        4,
        'error',
        expect.stringContaining(
          '(The old type could not be looked up: the earlier migration 0001_initial_schema.xml could not be read (the budget of 60 history reads per evaluation is spent).)',
        ) as unknown,
      ],
    ]);
  });

  it('a master that cannot be read: the order is unknown, and the finding says why', async () => {
    const r = repo(
      fineract({
        '0127_client_name_length.xml': xml(
          '    <changeSet id="1" author="fineract">',
          '        <modifyDataType tableName="m_client" columnName="fullname" newDataType="VARCHAR(160)"/>',
          '        <rollback/>',
          '    </changeSet>',
        ),
      }),
      (p) => (p.endsWith('changelog-tenant.xml') ? new Error('the budget of 60 history reads per evaluation is spent') : undefined),
    );
    expect(typeChanges((await liquibase.analyse(r.input(`${TENANT}parts/0127_client_name_length.xml`))).hits)).toEqual([
      [
        4,
        'warning',
        expect.stringContaining("the order of the folder's migrations could not be read (the budget of 60 history reads per evaluation is spent)") as unknown,
      ],
    ]);
  });
});

describe('liquibase run order: its pieces', () => {
  it('reads include and includeAll entries in document order, with the first of the changesets', async () => {
    expect(
      changelogEntries(
        xml(
          '  <include file="a.xml" relativeToChangelogFile="true" context="mysql"/>',
          '  <changeSet id="1" author="a"/>',
          '  <includeAll path="more/" errorIfMissingOrEmpty="false" endsWithFilter=".xml"/>',
          '  <changeSet id="2" author="a"/>',
        ),
        'db/master.xml',
      ),
    ).toEqual([
      { kind: 'include', file: 'a.xml', relative: true, optional: false, context: 'mysql' },
      { kind: 'changeSets' },
      { kind: 'includeAll', path: 'more/', relative: false, optional: true, endsWith: '.xml' },
    ]);
    // Only an include element or key counts: fineract's `include_in_borrower_cycle` column does not.
    expect(mayInclude('<column name="include_in_borrower_cycle" type="boolean"/>')).toBe(false);
    expect(mayInclude('  - include:\n      file: a.yaml')).toBe(true);
    expect(mayInclude('{"databaseChangeLog": [{"includeAll": {"path": "x/"}}]}')).toBe(true);
  });

  it('paths as Liquibase resolves them: beside the changelog, or from the classpath root of its module', () => {
    expect(resourceRoot(`${R}db.changelog-master.xml`)).toBe('fineract-provider/src/main/resources/');
    expect(pathCandidates(`${R}db.changelog-master.xml`, 'tenant/changelog-tenant.xml', true)).toEqual([`${R}tenant/changelog-tenant.xml`]);
    expect(pathCandidates(`${R}db.changelog-master.xml`, 'classpath:db/changelog/x.xml', false)).toEqual([
      `${R}x.xml`,
      'db/changelog/x.xml',
      'src/main/resources/db/changelog/x.xml',
      `${R}db/changelog/x.xml`,
    ]);
    expect(relativePath(`${TENANT}parts/`, `${TENANT}parts/0001.xml`)).toBe('0001.xml');
    expect(relativePath(`${TENANT}parts/`, `${R}tenant-store/parts/0001.xml`)).toBe('../../tenant-store/parts/0001.xml');
  });

  it('date-time types on MySQL as Liquibase writes them: DATETIME and TIMESTAMP keep their precision, the aliases their family', () => {
    expect(liquibaseType('datetime(6)', 'mysql')).toBe('datetime(6)');
    expect(liquibaseType('DATETIME', 'mysql')).toBe('DATETIME');
    expect(liquibaseType('datetime2', 'mysql')).toBe('datetime');
    expect(liquibaseType('java.sql.Types.TIMESTAMP', 'mysql')).toBe('timestamp');
    expect(liquibaseType('timestamptz', 'mysql')).toBe('timestamp');
    expect(liquibaseType('timestamp(6) NULL', 'mysql')).toBe('timestamp(6) NULL');
    expect(liquibaseType('datetime(9)', 'mysql')).toBe('datetime(6)');
  });
});
