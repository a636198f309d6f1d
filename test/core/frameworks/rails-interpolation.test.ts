// `#{…}` in a Rails migration's strings: a name the reader knows (a loop's element, a method's
// parameter given a literal, a constant or local given a literal once) is written in, as Ruby
// renders it; anything else stays "named at run time" (issue #9).
import { describe, expect, it } from 'vitest';
import rails from '../../../src/core/frameworks/rails';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const analyse = (content: string) => rails.analyse({ path: 'db/migrate/1_x.rb', content, siblings: {} });
const up = (body: string) => `class X < ActiveRecord::Migration[7.0]
  TABLE = "events"
  LIMIT = 3

  def up
${body}
  end

  def down
  end
end
`;
const said = (a: MigrationAnalysis, rule: string) =>
  a.hits.filter((h) => h.rule === rule).map((h) => [h.line, h.message.match(/"[^"]*" from "[^"]*"|table "[^"]*"/)?.[0]]);

describe('#{…} of a name the reader knows', () => {
  it('a loop element in a table name (openstreetmap-website `"current_#{tbl}"`) and in SQL', async () => {
    const a = await analyse(
      up(`    [:nodes, :ways].each do |tbl|
      remove_column "current_#{tbl}", :visible
    end
    %i[users posts].each do |t|
      execute "ALTER TABLE #{t.to_s} DROP COLUMN legacy"
    end`),
    );
    expect(said(a, 'drop-column')).toEqual([
      [7, '"visible" from "current_nodes"'],
      [7, '"visible" from "current_ways"'],
      [10, '"legacy" from "users"'],
      [10, '"legacy" from "posts"'],
    ]);
  });

  it("a helper's parameter given a literal, a constant, a local assigned once (also in a heredoc), an integer", async () => {
    const a = await analyse(
      up(`    drop_legacy(:accounts)
    execute "DROP TABLE #{TABLE}"
    name = "audits"
    execute <<~SQL
      ALTER TABLE #{name} DROP COLUMN old
    SQL
    execute "DROP TABLE part_#{LIMIT}"
  end

  def drop_legacy(table)
    execute %Q(ALTER TABLE #{table} DROP COLUMN gone)`),
    );
    expect(said(a, 'drop-column')).toEqual([
      [10, '"old" from "audits"'],
      [16, '"gone" from "accounts"'],
    ]);
    expect(said(a, 'drop-table')).toEqual([
      [7, 'table "events"'],
      [12, 'table "part_3"'],
    ]);
  });

  it('a method call, an expression, a local assigned twice or shadowed by a block parameter stays "named at run time"', async () => {
    const a = await analyse(
      up(`    execute "DROP TABLE #{table_name}"
    execute "DROP TABLE #{TABLE + 's'}"
    t = "a"
    t = "b" if cond
    execute "DROP TABLE #{t}"
    n = "x"
    tables.each do |n|
      execute "DROP TABLE #{n}"
    end`),
    );
    expect(said(a, 'drop-table')).toEqual([
      [6, 'table "…"'],
      [7, 'table "…"'],
      [10, 'table "…"'],
      [13, 'table "…"'],
    ]);
  });
});

describe("a class method's loop over a list the class body gives its own variable (openstreetmap-website 021_move_to_innodb)", () => {
  const klass = (method: string) => `class MoveToInnodb < ActiveRecord::Migration[4.2]
  @ver_tbl = %w[nodes ways]

  def ${method}
    @ver_tbl.each do |tbl|
      add_column "current_#{tbl}", "version", :bigint, :null => false
    end
  end
end
`;
  const tables = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule === 'add-required-column').map((h) => h.message.match(/to "([^"]*)"/)?.[1]);

  it('`def self.up` runs over the list', async () => {
    expect(tables(await analyse(klass('self.up')))).toEqual(['current_nodes', 'current_ways']);
  });

  it('an instance method does not see it: named at run time, as before', async () => {
    expect(tables(await analyse(klass('up')))).toEqual(['current_…']);
  });
});
