import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import liquibase, { liquibaseFormat, liquibaseToPieces } from '../../../src/core/frameworks/liquibase';
import { parseXml } from '../../../src/core/frameworks/dsl/xml';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';
import { dbmsTarget, preconditionDbms, type Precondition } from '../../../src/core/frameworks/liquibase/dbms';
import type { Dialect } from '../../../src/core/sql/dialect';

const FIX = 'test/fixtures/frameworks/liquibase';
const analyse = (content: string, path: string) => liquibase.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('liquibase.analyse', () => {
  it('XML: synthesises change types, lints <sql>, flags changesets without a rollback', async () => {
    const a = await fixture('err/db/changelog/changelog-1.xml');
    expect(a.down).toBe('forward-only');
    expect(a.changesData).toBe(true);
    expect(hits(a)).toEqual([
      [7, 'forward-only-migration'],
      [8, 'drop-column'],
      [12, 'set-not-null'],
      [15, 'forward-only-migration'],
      [17, 'data-backfill'],
      [22, 'drop-table'],
    ]);
  });

  it('YAML: change types and block-scalar SQL keep their lines', async () => {
    const a = await fixture('err/db/changelog/changelog-2.yaml');
    expect(hits(a)).toEqual([
      [7, 'rename-column'],
      [11, 'forward-only-migration'],
      [15, 'change-column-type'],
      [21, 'delete-without-where'],
    ]);
  });

  it('formatted SQL: --rollback makes a changeset reversible', async () => {
    const a = await fixture('err/db/changelog/changelog-3.sql');
    expect(hits(a)).toEqual([
      [3, 'forward-only-migration'],
      [4, 'drop-column'],
    ]);
  });

  it('formatted SQL: a multi-line /* liquibase rollback */ block makes a changeset reversible, and its SQL is not linted', async () => {
    const sql = [
      '--liquibase formatted sql',
      '--changeset ana:1',
      'ALTER TABLE users ADD COLUMN nickname text;',
      '/* liquibase rollback',
      'ALTER TABLE users DROP COLUMN nickname;',
      'DROP TABLE audit;',
      '*/',
      '--changeset ana:2',
      'ALTER TABLE users DROP COLUMN legacy;',
      '',
    ].join('\n');
    const a = await analyse(sql, 'db/changelog/changelog-5.sql');
    expect(hits(a)).toEqual([
      [8, 'forward-only-migration'],
      [9, 'drop-column'],
    ]);
  });

  it('passes auto-rollbackable changes and sql with a rollback', async () => {
    const a = await fixture('ok/db/changelog/changelog-4.yaml');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it('renameView breaks old code like renameTable; mergeColumns drops both columns it merges', async () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">',
      '  <changeSet id="1" author="me">',
      '    <renameView oldViewName="active_users" newViewName="live_users"/>',
      '  </changeSet>',
      '  <changeSet id="2" author="me">',
      '    <mergeColumns tableName="person" column1Name="first_name" column2Name="last_name" finalColumnName="full_name" finalColumnType="varchar(255)" joinString=" "/>',
      '  </changeSet>',
      '</databaseChangeLog>',
    ].join('\n');
    const a = await analyse(xml, 'db/changelog/changelog.xml');
    expect(hits(a)).toEqual([
      [4, 'rename-table'],
      [6, 'forward-only-migration'],
      // The merged column is new: filling it rewrites nothing; the two drops lose the data.
      [7, 'drop-column'],
      [7, 'drop-column'],
    ]);
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => h.message)).toEqual([
      expect.stringContaining('"first_name"'),
      expect.stringContaining('"last_name"'),
    ]);
  });

  it('JSON changelogs read like YAML', async () => {
    const json = JSON.stringify({ databaseChangeLog: [{ changeSet: { id: '1', author: 'a', changes: [{ dropTable: { tableName: 'users' } }] } }] }, null, 2);
    const a = await analyse(json, 'db/changelog.json');
    expect(hits(a)).toEqual([
      [4, 'forward-only-migration'],
      [9, 'drop-table'],
    ]);
    expect(a.down).toBe('forward-only');
  });

  it('malformed XML is read as far as possible with a parse-error', async () => {
    const a = await analyse('<databaseChangeLog>\n<changeSet id="1" author="a">\n<dropColumn tableName="t" columnName="c"/>\n', 'db/changelog.xml');
    expect(hits(a)).toEqual([
      [2, 'parse-error'],
      [2, 'forward-only-migration'],
      [3, 'drop-column'],
    ]);
  });
});

describe('liquibase: XML a parser rejects', () => {
  // The hand-written reader this replaced threw a RangeError on a character reference past
  // U+10FFFF, although it promised never to throw: the file then had no finding at all.
  it('a character reference out of range (&#99999999;) is a parse-error finding on its line, and the rest is still read', async () => {
    const xml =
      '<databaseChangeLog>\n<changeSet id="1" author="a">\n<comment>bad &#99999999; char</comment>\n<dropColumn tableName="t" columnName="c"/>\n</changeSet>\n</databaseChangeLog>\n';
    expect(() => parseXml(xml)).not.toThrow();
    expect(parseXml(xml).errorLine).toBe(3);
    const a = await analyse(xml, 'db/changelog.xml');
    expect(hits(a)).toEqual([
      [2, 'forward-only-migration'],
      [3, 'parse-error'],
      [4, 'drop-column'],
    ]);
    expect(a.hits.find((h) => h.rule === 'parse-error')?.message).toContain('malformed near this line');
  });

  it('an undefined entity and a stray end tag are parse errors too, with the elements before them kept', () => {
    const entity = parseXml('<a>\n<b x="&nbsp;"/>\n</a>');
    expect(entity.errorLine).toBe(2);
    expect(entity.root.children[0]!.children.map((c) => c.name)).toEqual(['b']);
    const stray = parseXml('<a>\n<b/>\n</c>\n</a>');
    expect(stray.errorLine).toBe(3);
    expect(stray.root.children[0]!.children.map((c) => [c.name, c.line])).toEqual([['b', 2]]);
  });
});

describe('liquibase helpers', () => {
  it('recognises the three formats by content', () => {
    expect(liquibaseFormat('db/changelog.sql', '--liquibase formatted sql\n')).toBe('sql');
    expect(liquibaseFormat('db/changelog.sql', 'DROP TABLE x;')).toBeUndefined();
    expect(liquibaseFormat('db/changelog.yaml', 'databaseChangeLog: []')).toBe('yaml');
    expect(liquibaseFormat('db/changelog.xml', '<databaseChangeLog/>')).toBe('xml');
  });

  it('the XML reader skips comments and decodes entities and CDATA', () => {
    const { root, errorLine } = parseXml('<a>\n<!-- <b/> -->\n<c x="1 &lt; 2"><![CDATA[<raw>]]></c>\n</a>');
    expect(errorLine).toBeUndefined();
    const a = root.children[0]!;
    expect(a.children.map((c) => [c.name, c.line])).toEqual([['c', 3]]);
    expect(a.children[0]!.attrs.get('x')).toBe('1 < 2');
    expect(a.children[0]!.text).toBe('<raw>');
  });

  it('pieces of a changelog are synthetic except sql, each in the unit of its changeset', () => {
    const t = liquibaseToPieces('--liquibase formatted sql\n--changeset a:1\nSELECT 1;\n--changeset a:2\nSELECT 2;\n', 'changelog.sql');
    expect(t.up).toEqual([
      { sql: 'SELECT 1;', line: 3, unit: 0 },
      { sql: 'SELECT 2;\n', line: 5, unit: 1 },
    ]);
  });
});

describe('liquibase sqlFile changes', () => {
  const changelog = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="ana">
    <sqlFile path="sql/cleanup.sql" relativeToChangelogFile="true"/>
    <rollback>SELECT 1;</rollback>
  </changeSet>
  <changeSet id="2" author="ana">
    <sqlFile path="db/sql/missing.sql"/>
  </changeSet>
</databaseChangeLog>
`;
  const files: Record<string, string> = {
    'db/changelog/sql/cleanup.sql': "SET lock_timeout = '2s';\n-- tidy up\nALTER TABLE users DROP COLUMN legacy;\n",
  };
  const asked: string[] = [];
  const readFile = async (path: string) => {
    asked.push(path);
    return files[path];
  };

  it('lints the referenced SQL on the sqlFile line, naming the file and its line; an unreadable file is said so', async () => {
    const a = await liquibase.analyse({ path: 'db/changelog/changelog-6.xml', content: changelog, siblings: {}, readFile });
    expect(hits(a)).toEqual([
      [4, 'drop-column'],
      [7, 'forward-only-migration'],
      [8, 'parse-error'],
    ]);
    expect(a.hits.find((h) => h.rule === 'drop-column')!.message).toMatch(/^In `db\/changelog\/sql\/cleanup\.sql` line 3: /);
    expect(a.hits.find((h) => h.rule === 'parse-error')!.message).toContain('`db/sql/missing.sql`');
    expect(asked).toEqual(['db/changelog/sql/cleanup.sql', 'db/sql/missing.sql', 'src/main/resources/db/sql/missing.sql', 'db/changelog/db/sql/missing.sql']);
  });

  it('without a way to read files, the sqlFile is reported as not checked', async () => {
    const a = await liquibase.analyse({ path: 'db/changelog/changelog-6.xml', content: changelog, siblings: {} });
    expect(hits(a).filter(([, r]) => r === 'parse-error')).toEqual([
      [4, 'parse-error'],
      [8, 'parse-error'],
    ]);
  });
});

describe('dbms: each change read for the database it runs on', () => {
  it('names Liquibase gives databases: here, another dialect read here, or elsewhere', () => {
    const run = (dbms: string | undefined, here: Dialect = 'postgres') => {
      const t = dbmsTarget(dbms, here);
      return t.run === 'as' ? `as ${t.dialect.dialect}` : t.run === 'elsewhere' ? `elsewhere: ${t.on}` : 'here';
    };
    expect(run(undefined)).toBe('here');
    expect(run('all')).toBe('here');
    expect(run('postgresql')).toBe('here');
    expect(run('mysql, postgresql')).toBe('here'); // runs on this database too
    expect(run('EDB')).toBe('here');
    expect(run('mysql,mariadb')).toBe('as mysql');
    expect(run('h2')).toBe('as h2');
    expect(run('mssql')).toBe('as sqlserver');
    expect(run('db2,mysql')).toBe('as mysql');
    // A member of every JavaScript object names no database.
    expect(run('constructor')).toBe('elsewhere: constructor');
    expect(run('!constructor')).toBe('here');
    expect(run('db2')).toBe('elsewhere: db2');
    expect(run('!h2')).toBe('here');
    expect(run('!postgresql')).toBe('elsewhere: every database but postgresql');
    expect(run('mysql', 'mysql')).toBe('here'); // a changelog configured as MySQL
    expect(run('postgresql', 'mysql')).toBe('as postgres');
  });

  it('formatted SQL: a dbms:mysql changeset gets what holds on every database, no Postgres locking advice', async () => {
    const sql = [
      '--liquibase formatted sql',
      '--changeset shop:1 dbms:mysql',
      'CREATE INDEX orders_customer_idx ON orders (customer_id);',
      'ALTER TABLE orders DROP COLUMN legacy_ref;',
      '--rollback SELECT 1;',
      '--changeset shop:2',
      'CREATE INDEX orders_created_idx ON orders (created_at);',
      '--rollback DROP INDEX orders_created_idx;',
      '',
    ].join('\n');
    expect(hits(await analyse(sql, 'db/changelog/changes/orders.sql'))).toEqual([
      [4, 'drop-column'],
      [7, 'non-concurrent-index'],
    ]);
  });

  it('XML: <modifySql> is no change of its own, and its literal replacements are applied', async () => {
    // Shape from openmrs/openmrs-core liquibase-update-to-latest-2.0.x.xml at 4d92b490: MySQL's `\'`
    // in a where clause, replaced by the standard `''` for every database; a SQL Server-only `||`.
    const xml = [
      '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">',
      '  <changeSet id="200910271049-2" author="example">',
      '    <update tableName="person_attribute_type"><column name="uuid" value="8d871d18"/>',
      "      <where>person_attribute_type_id= '4' and name = 'Mother\\'s Name'</where></update>",
      '    <modifySql><replace replace="\\\'" with="\'\'"/></modifySql>',
      '    <modifySql dbms="mssql"><replace replace="||" with="+"/></modifySql>',
      '  </changeSet>',
      '  <changeSet id="20090414-0806" author="example">',
      '    <createTable tableName="cohort_member"><column name="cohort_id" type="int"/></createTable>',
      '    <modifySql dbms="mysql"><append value=" ENGINE=InnoDB"/></modifySql>',
      '  </changeSet>',
      '</databaseChangeLog>',
      '',
    ].join('\n');
    const a = await analyse(xml, 'db/changelog/db.changelog-2.0.xml');
    // The update is data, with no rollback: forward-only for that; no parse error on the quote; the
    // createTable is rolled back by Liquibase (its modifySql is no change that cannot be).
    expect(hits(a)).toEqual([
      [2, 'forward-only-migration'],
      [3, 'data-backfill'],
    ]);
    expect(a.hits.find((h) => h.rule === 'forward-only-migration')!.message).not.toContain('modifySql');
  });

  it('YAML: a dbms on a changeset or a change, and a change only for a database not read here', async () => {
    const yaml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: 1',
      '      author: example',
      '      dbms: mysql,mariadb',
      '      changes:',
      '        - createIndex:',
      '            tableName: task_history',
      '            indexName: idx_started',
      '            columns:',
      '              - column:',
      '                  name: started_at',
      '  - changeSet:',
      '      id: 2',
      '      author: example',
      '      changes:',
      '        - sql:',
      '            dbms: db2',
      '            sql: DROP TABLE legacy',
      '      rollback:',
      '        - sql:',
      '            sql: SELECT 1',
      '',
    ].join('\n');
    const a = await analyse(yaml, 'resources/migrations/001_update_migrations.yaml');
    expect(hits(a)).toEqual([[17, 'not-analysed']]);
    expect(a.hits[0]!.message).toContain('runs only on db2 (`dbms: db2`)');
  });

  it('preconditions that skip a changeset elsewhere limit it like a dbms', () => {
    const dbms = (type: string): Precondition => ({ name: 'dbms', type, children: [] });
    const of = (name: string, ...children: Precondition[]): Precondition => ({ name, children });
    const table = of('tableExists');
    expect(preconditionDbms('MARK_RAN', [of('or', dbms('mysql'), dbms('oracle'))])).toBe('mysql,oracle');
    expect(preconditionDbms('CONTINUE', [of('not', dbms('mssql, hsql'))])).toBe('!mssql,!hsql');
    expect(preconditionDbms('MARK_RAN', [table, dbms('postgresql')])).toBe('postgresql');
    expect(preconditionDbms('MARK_RAN', [of('and', table, of('or', dbms('h2'), dbms('mysql')))])).toBe('h2,mysql');
    // HALT (the default) stops the update where it fails: no filter. An `or` with another branch may hold anywhere.
    expect(preconditionDbms(undefined, [dbms('mysql')])).toBeUndefined();
    expect(preconditionDbms('HALT', [dbms('mysql')])).toBeUndefined();
    expect(preconditionDbms('MARK_RAN', [of('or', dbms('mysql'), table)])).toBeUndefined();
    expect(preconditionDbms('MARK_RAN', [table])).toBeUndefined();
  });

  it('XML and YAML: a changeset its preconditions keep to MySQL and Oracle is read as MySQL', async () => {
    // Shape from openmrs/openmrs-core liquibase-update-to-latest-2.0.x.xml at 4d92b490 (56 such changeSets).
    const xml = [
      '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">',
      '  <changeSet id="20090402-1519" author="example">',
      '    <preConditions onFail="MARK_RAN"><or><dbms type="mysql" /><dbms type="oracle" /></or></preConditions>',
      '    <createIndex tableName="concept_word" indexName="word_in_concept_name"><column name="word"/></createIndex>',
      '  </changeSet>',
      '  <changeSet id="20090402-1520" author="example">',
      '    <preConditions><dbms type="mysql" /></preConditions>',
      '    <createIndex tableName="concept_word" indexName="word_locale"><column name="locale"/></createIndex>',
      '  </changeSet>',
      '</databaseChangeLog>',
      '',
    ].join('\n');
    // The second one halts the update elsewhere rather than skipping: read as the changelog.
    expect(hits(await analyse(xml, 'db/changelog/db.changelog-2.0.xml'))).toEqual([[8, 'non-concurrent-index']]);
    const yaml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: 1',
      '      author: example',
      '      preConditions:',
      '        - onFail: MARK_RAN',
      '        - dbms:',
      '            type: mysql',
      '      changes:',
      '        - createIndex:',
      '            tableName: report_card',
      '            indexName: idx_report_card_created',
      '            columns:',
      '              - column:',
      '                  name: created_at',
      '',
    ].join('\n');
    expect(hits(await analyse(yaml, 'resources/migrations/001_update_migrations.yaml'))).toEqual([]);
  });
});

describe('liquibase: each changeset is its own migration', () => {
  // Mixeway/MixewayBackend src/main/resources/db/changelog/changelog.sql: one master changelog
  // holds every changeset; a later one changes tables the first ones created.
  const log = [
    '--liquibase formatted sql',
    '',
    '--changeset mixeway:1',
    'CREATE TABLE scanner (id bigserial PRIMARY KEY, name text, api_key text);',
    '--rollback DROP TABLE scanner;',
    '',
    '--changeset mixeway:2',
    'ALTER TABLE scanner DROP COLUMN api_key;',
    '--rollback ALTER TABLE scanner ADD COLUMN api_key text;',
    '',
  ].join('\n');
  const withBase = (content: string, base: { content?: string }) => liquibase.analyse({ path: 'db/changelog/changelog.sql', content, siblings: {}, base });

  it('a column of a table an earlier changeset created is dropped from a table with rows', async () => {
    expect(hits(await analyse(log, 'db/changelog/changelog.sql'))).toEqual([[8, 'drop-column']]);
  });

  it('what the earlier changesets gave a column stays known: a widening is no finding', async () => {
    const widen = log.replace('DROP COLUMN api_key;', 'ALTER COLUMN name TYPE text;');
    expect(hits(await analyse(widen, 'db/changelog/changelog.sql'))).toEqual([]);
  });

  it('in a PR that adds the changelog, its changesets are deployed together: the table is new to all of them', async () => {
    expect(hits(await withBase(log, {}))).toEqual([]);
  });

  it("in a PR that appends a changeset, the base's changesets are deployed history", async () => {
    const base = log.split('\n').slice(0, 6).join('\n') + '\n';
    expect(hits(await withBase(log, { content: base }))).toEqual([[8, 'drop-column']]);
    // A finding of a changeset the base had is not the PR's; nor is its missing rollback. The two
    // changesets the PR adds are deployed together.
    const old = '--liquibase formatted sql\n--changeset mixeway:0\nDROP TABLE legacy;\n';
    const a = await withBase(old + log.split('\n').slice(1).join('\n'), { content: old });
    expect(hits(a)).toEqual([]);
    expect(a.down).toBe('present');
    expect(hits(await analyse(old, 'db/changelog/changelog.sql'))).toEqual([
      [2, 'forward-only-migration'],
      [3, 'drop-table'],
    ]);
  });
});

describe('liquibase: a rollback that does nothing', () => {
  const sql = (body: string, rollback: string) => `--liquibase formatted sql\n--changeset a:1\n${body}\n${rollback}\n`;
  const lint = (content: string, path = 'db/changelog/changelog.sql') => analyse(content, path);

  it('formatted SQL: `--rollback empty` or `not required` on a schema change is empty-down-migration', async () => {
    for (const rb of ['--rollback empty', '--rollback not required', '--rollback empty ;', '--rollback']) {
      const a = await lint(sql('CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', rb));
      expect(hits(a)).toEqual([[4, 'empty-down-migration']]);
      expect(a.down).toBe('empty');
    }
  });

  it('formatted SQL: on a changeset that only writes rows it is the author declaring nothing to undo', async () => {
    const a = await lint(
      sql(
        "WITH x AS (UPDATE gravesites SET name = 'a' WHERE id = 1 RETURNING id) UPDATE headstones SET gravesite_uuid = NULL FROM x WHERE headstones.id = x.id;",
        '--rollback empty',
      ),
    );
    expect(hits(a).filter(([, r]) => r === 'empty-down-migration')).toEqual([]);
    expect(a.down).toBe('present');
  });

  it('XML `<rollback/>` and YAML `rollback:` with nothing in them', async () => {
    const xml = [
      '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">',
      '  <changeSet id="1" author="a">',
      '    <createTable tableName="t"><column name="id" type="int"/></createTable>',
      '    <rollback/>',
      '  </changeSet>',
      '  <changeSet id="2" author="a">',
      '    <insert tableName="t"><column name="id" valueNumeric="1"/></insert>',
      '    <rollback/>',
      '  </changeSet>',
      '</databaseChangeLog>',
      '',
    ].join('\n');
    expect(hits(await lint(xml, 'db/changelog/changelog.xml'))).toEqual([[4, 'empty-down-migration']]);
    const yml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: 1',
      '      author: a',
      '      changes:',
      '        - dropColumn:',
      '            tableName: t',
      '            columnName: c',
      '      rollback:',
      '',
    ].join('\n');
    expect(hits(await lint(yml, 'db/changelog/changelog.yaml'))).toEqual([
      [6, 'drop-column'],
      [9, 'empty-down-migration'],
    ]);
  });
});
