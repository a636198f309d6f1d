// Liquibase changelogs shaped like apache/fineract's (fineract-provider/src/main/resources/db/changelog):
// MySQL and PostgreSQL variants as changeset twins told apart by their context.
import { describe, expect, it } from 'vitest';
import liquibase from '../../../src/core/frameworks/liquibase';
import { contextDbms } from '../../../src/core/frameworks/liquibase/context';
import { liquibaseType } from '../../../src/core/frameworks/liquibase/types';
import { countedTable } from '../../../src/core/frameworks/liquibase/empty-table';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const analyse = (content: string, path = 'db/changelog/tenant/parts/0024_add_audit_entries.xml', base?: { content?: string }) =>
  liquibase.analyse({ path, content, siblings: {}, ...(base ? { base } : {}) });
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);
const xml = (...lines: string[]) =>
  ['<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">', ...lines, '</databaseChangeLog>', ''].join('\n');

describe('liquibase: a context that names a database', () => {
  it('is read as that database, in the simple forms', () => {
    expect(contextDbms('mysql')).toBe('mysql');
    expect(contextDbms('PostgreSQL')).toBe('postgresql');
    expect(contextDbms('postgres')).toBe('postgresql');
    expect(contextDbms('mysql, h2')).toBe('mysql,h2');
    expect(contextDbms('mysql or mariadb')).toBe('mysql,mariadb');
    expect(contextDbms('mysql and !test')).toBe('mysql');
    expect(contextDbms('tenant_db AND mysql')).toBe('mysql');
    expect(contextDbms('!mysql')).toBe('!mysql');
    expect(contextDbms('constructor')).toBeUndefined(); // a member of every JavaScript object, no database
    expect(contextDbms('db2')).toBe('db2');
    // Labels that name no database, a database or-ed with another label, parentheses: left as today.
    expect(contextDbms('tenant_db AND !initial_switch')).toBeUndefined();
    expect(contextDbms('mysql or test')).toBeUndefined();
    expect(contextDbms('mysql and postgresql')).toBeUndefined();
    expect(contextDbms('(mysql or h2) and test')).toBeUndefined();
    expect(contextDbms('!mysql, h2')).toBeUndefined();
    expect(contextDbms(undefined)).toBeUndefined();
  });

  it('XML twins: the MySQL one is read as MySQL, the PostgreSQL one as the changelog, each with its own findings', async () => {
    // fineract-provider …/tenant/parts/0024_add_audit_entries.xml at 8a6b8fb: changeset client-4 twice.
    const a = await analyse(
      xml(
        '  <changeSet id="client-4" author="fineract" context="mysql">',
        '    <addNotNullConstraint tableName="m_client" columnName="created_on_utc" columnDataType="DATETIME"/>',
        '  </changeSet>',
        '  <changeSet id="client-4" author="fineract" context="postgresql">',
        '    <addNotNullConstraint tableName="m_client" columnName="created_on_utc" columnDataType="TIMESTAMP WITH TIME ZONE"/>',
        '  </changeSet>',
      ),
    );
    // Before, both were read as Postgres: the MySQL one's SET NOT NULL hid the PostgreSQL one's.
    expect(hits(a)).toEqual([
      [3, 'set-not-null'],
      [6, 'set-not-null'],
    ]);
    expect(a.hits[0]!.message).not.toContain('exclusive lock'); // MySQL: no Postgres locking advice
    expect(a.hits[1]!.message).toContain('exclusive lock');
  });

  it('a context for a database not read here is not linted; a context naming no database is', async () => {
    const a = await analyse(
      xml(
        '  <changeSet id="1" author="x" context="db2">',
        '    <dropColumn tableName="t" columnName="a"/>',
        '  </changeSet>',
        '  <changeSet id="2" author="x" context="tenant_db AND !initial_switch">',
        '    <dropColumn tableName="t" columnName="b"/>',
        '  </changeSet>',
      ),
    );
    expect(hits(a)).toEqual([
      [2, 'not-analysed'],
      [2, 'forward-only-migration'],
      [5, 'forward-only-migration'],
      [6, 'drop-column'],
    ]);
    expect(a.hits[0]!.message).toContain('runs only on db2 (`context: db2`)');
  });

  it('YAML context and formatted SQL context: read like a dbms', async () => {
    const yaml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: 1',
      '      author: x',
      '      context: mysql',
      '      changes:',
      '        - createIndex:',
      '            tableName: t',
      '            indexName: t_a',
      '            columns:',
      '              - column:',
      '                  name: a',
      '',
    ].join('\n');
    expect(hits(await analyse(yaml, 'db/changelog/changes.yaml'))).toEqual([]);
    const sql = ['--liquibase formatted sql', '--changeset x:1 context:mysql', 'CREATE INDEX t_a ON t (a);', '--rollback DROP INDEX t_a ON t;', ''].join('\n');
    expect(hits(await analyse(sql, 'db/changelog/changes.sql'))).toEqual([]);
  });

  it("another database's changes are read after the changes for every database: what those create is new there too", async () => {
    // fineract-loan …/parts/1002_add_payment_allocation_rule.xml: a table created for every
    // database, then its audit columns added NOT NULL per database.
    const a = await analyse(
      xml(
        '  <changeSet id="1002-1" author="fineract">',
        '    <createTable tableName="m_rule"><column name="id" type="BIGINT"/></createTable>',
        '  </changeSet>',
        '  <changeSet id="1002-2" author="fineract" context="mysql">',
        '    <addColumn tableName="m_rule"><column name="created_on_utc" type="DATETIME(6)"><constraints nullable="false"/></column></addColumn>',
        '  </changeSet>',
        '  <changeSet id="1002-3" author="fineract" dbms="mysql">',
        '    <addColumn tableName="m_rule"><column name="created_by" type="BIGINT"><constraints nullable="false"/></column></addColumn>',
        '  </changeSet>',
        '  <changeSet id="1002-2" author="fineract" context="postgresql">',
        '    <addColumn tableName="m_rule"><column name="created_on_utc" type="TIMESTAMP WITH TIME ZONE"><constraints nullable="false"/></column></addColumn>',
        '  </changeSet>',
      ),
      undefined,
      // The PR adds the file: its changesets are deployed together, the table is new to all of them.
      {},
    );
    expect(hits(a)).toEqual([]);
  });
});

describe('liquibase: types as Liquibase writes them for each database', () => {
  it('liquibaseType: DATETIME and TIMESTAMP per database', () => {
    expect(liquibaseType('DATETIME', 'postgres')).toBe('timestamp');
    expect(liquibaseType('datetime(6)', 'postgres')).toBe('timestamp(6)');
    expect(liquibaseType('TIMESTAMP WITH TIME ZONE', 'postgres')).toBe('timestamp with time zone');
    expect(liquibaseType('timestamptz', 'postgres')).toBe('timestamp with time zone');
    expect(liquibaseType('timestamp(6) without time zone', 'postgres')).toBe('timestamp(6)');
    expect(liquibaseType('java.sql.Types.TIMESTAMP', 'postgres')).toBe('timestamp');
    expect(liquibaseType('DATETIME', 'mysql')).toBe('DATETIME');
    expect(liquibaseType('datetime(6)', 'mysql')).toBe('datetime(6)');
    expect(liquibaseType('timestamp(6) NULL', 'mysql')).toBe('timestamp(6) NULL');
    expect(liquibaseType('datetime(6)', 'h2')).toBe('timestamp');
    expect(liquibaseType('timestamp(3)', 'sqlserver')).toBe('datetime2(3)');
    expect(liquibaseType('VARCHAR(50)', 'postgres')).toBe('VARCHAR(50)');
    expect(liquibaseType('${type.uuid}', 'postgres')).toBe('text');
  });

  it('modifyDataType to datetime(6) or timestamp(6) after DATETIME or timestamp is no change, on Postgres and on MySQL', async () => {
    // fineract-provider …/tenant/parts/0117_set_datetime_precision.xml (context="mysql") and
    // 0096_modify_created_and_sent_at_date_external_events.xml, with the columns created in the same changelog.
    const a = await analyse(
      xml(
        '  <changeSet id="1" author="x">',
        '    <addColumn tableName="t1"><column name="ts" type="DATETIME"/><column name="at" type="timestamp"/></addColumn>',
        '  </changeSet>',
        '  <changeSet id="2" author="x">',
        '    <modifyDataType tableName="t1" columnName="ts" newDataType="datetime(6)"/>',
        '    <modifyDataType tableName="t1" columnName="at" newDataType="timestamp(6)"/>',
        '    <rollback><modifyDataType tableName="t1" columnName="ts" newDataType="DATETIME"/><modifyDataType tableName="t1" columnName="at" newDataType="timestamp"/></rollback>',
        '  </changeSet>',
        '  <changeSet id="3" author="x" context="mysql">',
        '    <modifyDataType tableName="t1" columnName="ts" newDataType="datetime(6)"/>',
        '    <rollback><modifyDataType tableName="t1" columnName="ts" newDataType="DATETIME"/></rollback>',
        '  </changeSet>',
      ),
    );
    expect(hits(a)).toEqual([]);
  });
});

describe('liquibase: a changeset that runs only on an empty table', () => {
  it('countedTable reads `select count(*) from T` and nothing looser', async () => {
    expect(await countedTable('select count(*) from m_loan_charge')).toBe('m_loan_charge');
    expect(await countedTable('SELECT COUNT(*) FROM public.M_Client;')).toBe('m_client');
    expect(await countedTable('select count(*) from m_client where office_id = 1')).toBeUndefined();
    expect(await countedTable('select count(id) from m_client')).toBeUndefined();
    expect(await countedTable('select max(id) from m_client')).toBeUndefined();
    expect(await countedTable('select count(*) from a, b')).toBeUndefined();
    expect(await countedTable('not sql at all')).toBeUndefined();
  });

  it('XML: no set-not-null or add-required-column on the table its sqlCheck MARK_RAN precondition finds empty', async () => {
    // fineract-loan …/parts/1001_add_audit_fields_to_loan_charge.xml (changeSet 1001-5) and
    // fineract-provider …/parts/0024_add_audit_entries.xml (floating-rate-4 counts another table).
    const a = await analyse(
      xml(
        '  <changeSet id="1001-5" author="fineract">',
        '    <preConditions onFail="MARK_RAN">',
        '      <sqlCheck expectedResult="0">select count(*) from m_loan_charge</sqlCheck>',
        '    </preConditions>',
        '    <addNotNullConstraint tableName="m_loan_charge" columnName="created_by" columnDataType="BIGINT"/>',
        '    <addColumn tableName="m_loan_charge"><column name="c" type="BIGINT"><constraints nullable="false"/></column></addColumn>',
        '  </changeSet>',
        '  <changeSet id="floating-rate-4" author="fineract">',
        '    <preConditions onFail="MARK_RAN">',
        '      <sqlCheck expectedResult="0">select count(*) from m_client_transaction</sqlCheck>',
        '    </preConditions>',
        '    <addNotNullConstraint tableName="m_floating_rates" columnName="created_by" columnDataType="BIGINT"/>',
        '  </changeSet>',
        '  <changeSet id="halts" author="x">',
        '    <preConditions>',
        '      <sqlCheck expectedResult="0">select count(*) from m_note</sqlCheck>',
        '    </preConditions>',
        '    <addNotNullConstraint tableName="m_note" columnName="created_by" columnDataType="BIGINT"/>',
        '  </changeSet>',
      ),
    );
    expect(hits(a)).toEqual([
      [13, 'set-not-null'],
      [19, 'set-not-null'],
    ]);
  });

  it('YAML: the same precondition as a sqlCheck item', async () => {
    const yaml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: 1',
      '      author: x',
      '      preConditions:',
      '        - onFail: CONTINUE',
      '        - sqlCheck:',
      '            expectedResult: 0',
      '            sql: select count(*) from m_note',
      '      changes:',
      '        - addNotNullConstraint:',
      '            tableName: m_note',
      '            columnName: created_by',
      '',
    ].join('\n');
    expect(hits(await analyse(yaml, 'db/changelog/changes.yaml'))).toEqual([]);
  });
});

describe('liquibase: addColumn with a value and nullable="false"', () => {
  it('is added, filled, then made NOT NULL, as Liquibase runs it: no failure on existing rows', async () => {
    // fineract-provider …/parts/0118_add_submitted_on_date_to_savings_transaction.xml.
    const a = await analyse(
      xml(
        '  <changeSet author="fineract" id="1">',
        '    <addColumn tableName="m_savings_account_transaction">',
        '      <column name="submitted_on_date" type="DATE" valueComputed="created_date">',
        '        <constraints nullable="false"/>',
        '      </column>',
        '    </addColumn>',
        '  </changeSet>',
      ),
    );
    expect(hits(a)).toEqual([[3, 'set-not-null']]);
    expect(a.hits[0]!.message).not.toContain('fails on existing rows');
  });
});
