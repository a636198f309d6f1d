// Shapes of gravitee-io/gravitee-api-management's YAML changelogs
// (gravitee-apim-repository/gravitee-apim-repository-jdbc/src/main/resources/liquibase, commit 2b94b4c9).
import { describe, expect, it } from 'vitest';
import liquibase, { loadYaml } from '../../../src/core/frameworks/liquibase';
import { changelogEntries } from '../../../src/core/frameworks/liquibase/includes';
import { liquibaseType } from '../../../src/core/frameworks/liquibase/types';

const analyse = (content: string, path = 'liquibase/changelogs/v1_0_0/schema.yml') => liquibase.analyse({ path, content, siblings: {} });
const rules = (a: { hits: { rule: string; line: number }[] }) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);
const yml = (...lines: string[]) => lines.join('\n') + '\n';

describe('liquibase YAML as gravitee writes it', () => {
  it('changelog parameters (${gravitee_prefix}) are expanded, so sql changes parse and name the same table as change types', async () => {
    const a = await analyse(
      yml(
        'databaseChangeLog:',
        '  - changeSet:',
        '      id: 1.25.0-applications-migration',
        '      author: GraviteeSource Team',
        '      changes:',
        '        - sql:',
        "            sql: update ${gravitee_prefix}applications set type='SIMPLE'",
        '      rollback:',
        '        - sql:',
        '            sql: select 1',
      ),
    );
    expect(rules(a)).toEqual([[7, 'data-backfill']]);
    expect(a.hits[0]!.message).toContain('"_gravitee_prefix_applications"');
  });

  it('preConditions written as a map (onFail: MARK_RAN, dbms: {type: mssql}) keep the changeset to SQL Server', async () => {
    const a = await analyse(
      yml(
        'databaseChangeLog:',
        '    - changeSet:',
        '        id: 1.18.0-pageconfiguration-mssql',
        '        author: GraviteeSource Team',
        '        preConditions:',
        '            onFail: MARK_RAN',
        '            dbms:',
        '               type: mssql',
        '        changes:',
        '        - createIndex:',
        '            tableName: ${gravitee_prefix}pages',
        '            indexName: idx_${gravitee_prefix}pages_parent',
        '            columns:',
        '              - column: {name: parent_id}',
      ),
    );
    // Read as SQL Server: no Postgres-only advice (CREATE INDEX CONCURRENTLY).
    expect(rules(a)).toEqual([]);
  });

  it('dbms: postgres is not a Liquibase name: the change never runs, and the finding says to write postgresql', async () => {
    const a = await analyse(
      yml(
        'databaseChangeLog:',
        '  - changeSet:',
        '      id: 3.5.0',
        '      author: GraviteeSource Team',
        '      changes:',
        '        - sql:',
        '            dbms: postgres',
        '            sql: update ${gravitee_prefix}parameters set "key" = \'x\'',
        '      rollback:',
        '        - sql:',
        '            sql: select 1',
      ),
    );
    expect(rules(a)).toEqual([[6, 'not-analysed']]);
    expect(a.hits[0]!.message).toContain('not a Liquibase database name');
    expect(a.hits[0]!.message).toContain('Write `postgresql`');
  });

  it('modifyDataType from nvarchar(64) to nvarchar(256) is a varchar widening on PostgreSQL, not a rewrite', async () => {
    const a = await analyse(
      yml(
        'databaseChangeLog:',
        '  - changeSet:',
        '      id: 1.0.0',
        '      author: GraviteeSource Team',
        '      changes:',
        '        - createTable:',
        '            tableName: ${gravitee_prefix}flows',
        '            columns:',
        '              - column: {name: id, type: nvarchar(64), constraints: { nullable: false, primaryKey: true } }',
        '              - column: {name: condition, type: nvarchar(64)}',
        '  - changeSet:',
        '      id: 3.18.0',
        '      author: GraviteeSource Team',
        '      changes:',
        '        - modifyDataType:',
        '            tableName: ${gravitee_prefix}flows',
        '            columnName: condition',
        '            newDataType: nvarchar(256)',
      ),
    );
    expect(rules(a).filter(([, r]) => r === 'change-column-type')).toEqual([]);
    expect(liquibaseType('nvarchar(64)', 'postgres')).toBe('varchar(64)');
    expect(liquibaseType('nclob', 'postgres')).toBe('text');
    expect(liquibaseType('nvarchar(64)', 'sqlserver')).toBe('nvarchar(64)');
  });

  it('a master changelog whose include is a list of maps (- include: / - file: …) is read in order', async () => {
    await loadYaml();
    expect(
      changelogEntries(
        yml(
          'databaseChangeLog:',
          '    - include:',
          '          - file: liquibase/changelogs/v1_14_0/schema.yml',
          '    - include:',
          '          - file: liquibase/changelogs/v1_15_0/schema.yml',
          '          - relativeToChangelogFile: false',
        ),
        'liquibase/master.yml',
      ),
    ).toEqual([
      { kind: 'include', file: 'liquibase/changelogs/v1_14_0/schema.yml', relative: false, optional: false },
      { kind: 'include', file: 'liquibase/changelogs/v1_15_0/schema.yml', relative: false, optional: false },
    ]);
  });
});
