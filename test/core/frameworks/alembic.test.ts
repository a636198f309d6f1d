import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import alembic, { alembicToPieces } from '../../../src/core/frameworks/alembic';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/alembic';
const analyse = (content: string, path = 'alembic/versions/x.py') => alembic.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'));
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('alembicToPieces', () => {
  it('reads SQL named before it runs, SQLAlchemy Core writes, and says when a type is its own (PrefectHQ/prefect @ ce79dd3d)', async () => {
    const a = await analyse(`"""x"""
import sqlalchemy as sa
from alembic import op
import prefect

revision = "2b6c2b548f95"
down_revision = "1"

DROP = "ALTER TABLE users DROP COLUMN b"
BLOCK_TYPE = sa.table("block_type", sa.column("id"), sa.column("slug"))


def upgrade():
    op.execute(sa.text(DROP))
    update_state_name = """UPDATE flow_run SET state_name = 'x' WHERE state_name IS NULL"""
    connection = op.get_bind()
    connection.execute(sa.text(update_state_name))
    connection.execute(sa.update(BLOCK_TYPE).where(BLOCK_TYPE.c.id == 1).values(slug="x"))
    connection.execute(sa.text("UPDATE work_queue SET priority = :p").params(p=1))
    with op.batch_alter_table("automation", schema=None) as batch_op:
        batch_op.alter_column("created", existing_type=sa.TIMESTAMP(), type_=prefect.server.utilities.database.Timestamp(timezone=True))


def downgrade():
    op.add_column("users", sa.Column("b", sa.Integer()))
`);
    expect(hits(a)).toEqual([
      [14, 'drop-column'],
      [17, 'data-backfill'],
      [18, 'data-backfill'],
      [19, 'data-backfill'],
      [21, 'not-analysed'],
    ]);
    expect(a.hits.find((h) => h.rule === 'data-backfill' && h.line === 18)!.message).toContain('UPDATE "block_type"');
  });

  it("reads writes through a table object and through the ORM, not a dict's update (getredash/redash @ ca79fe98)", async () => {
    const a = await analyse(`"""x"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session
from sqlalchemy.sql import table

revision = "640888ce445d"
down_revision = "1"


def upgrade():
    queries = table("queries", sa.Column("schedule", sa.String(length=10)))
    op.execute(queries.update().values({"old_schedule": queries.c.schedule}))
    op.execute(queries.delete().where(queries.c.schedule == None))
    session = Session(bind=op.get_bind())
    session.query(User).filter(User.active == False).delete()
    session.query(models.Query).update({"version": 1})
    options = {"a": 1}
    options.update({"b": 2})
    other = table("other", sa.Column("x", sa.Integer))
    other = table("elsewhere", sa.Column("x", sa.Integer))
    op.execute(other.update().values(x=1))


def downgrade():
    pass
`);
    expect(hits(a).filter(([, rule]) => rule === 'data-backfill')).toEqual([
      [13, 'data-backfill'],
      [14, 'data-backfill'],
      [16, 'data-backfill'],
      [17, 'data-backfill'],
    ]);
    const messages = a.hits.filter((h) => h.rule === 'data-backfill').map((h) => h.message);
    expect(messages[0]).toContain('UPDATE "queries"');
    expect(messages[1]).toContain('DELETE FROM "queries"');
    expect(messages[2]).toContain('DELETE FROM "User"');
    expect(messages[3]).toContain('UPDATE models.Query');
  });

  it('maps op.* and batch_op.* calls to SQL', async () => {
    const t = await alembicToPieces(readFileSync(`${FIX}/err/versions/a1b2c3_drop_email.py`, 'utf8'));
    expect(t.up.filter((p) => p.synthetic).map((p) => [p.line, p.sql])).toEqual([
      [14, 'ALTER TABLE users DROP COLUMN email;'],
      [15, 'ALTER TABLE users ALTER COLUMN team_id SET NOT NULL;'],
      [16, 'ALTER TABLE users ALTER COLUMN age TYPE bigint;'],
      [17, 'ALTER TABLE users ADD COLUMN plan character varying(20) NOT NULL;'],
      [18, 'CREATE INDEX ix_users_plan ON users (plan);'],
      [20, 'ALTER TABLE orders DROP COLUMN note;'],
      [21, 'ALTER TABLE orders RENAME TO purchases;'],
    ]);
    expect(t.up.find((p) => !p.synthetic)?.line).toBe(23);
  });

  it('reads sa.text(), conn.execute and autocommit blocks', async () => {
    const t = await alembicToPieces(`from alembic import op
import sqlalchemy as sa


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM audit"))
    with op.get_context().autocommit_block():
        op.create_index("ix", "users", ["a"], postgresql_concurrently=True)


def downgrade():
    op.drop_index("ix")
`);
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [7, 'DELETE FROM audit'],
      [9, 'CREATE INDEX CONCURRENTLY ix ON users (a);'],
    ]);
  });
});

describe('alembic.analyse', () => {
  it('flags risky operations and a downgrade that only passes', async () => {
    const a = await fixture('err/versions/a1b2c3_drop_email.py');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [14, 'drop-column'],
      [15, 'set-not-null'],
      [16, 'change-column-type'],
      [17, 'add-required-column'],
      [18, 'non-concurrent-index'],
      [20, 'drop-column'],
      [21, 'rename-table'],
      [24, 'data-backfill'],
      [29, 'empty-down-migration'],
    ]);
  });

  it('flags a missing downgrade', async () => {
    const a = await fixture('err/versions/d4e5f6_no_downgrade.py');
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([
      [4, 'missing-down-migration'],
      [5, 'drop-table'],
    ]);
  });

  it('a downgrade that raises is empty', async () => {
    const a = await analyse(`def upgrade():
    op.add_column("users", sa.Column("bio", sa.Text()))


def downgrade():
    """Irreversible."""
    raise NotImplementedError()
`);
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([[5, 'empty-down-migration']]);
  });

  it('passes a safe revision', async () => {
    const a = await fixture('ok/versions/f7a8b9_add_nickname.py');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it("SQL run with parameters holds SQLAlchemy's :name bind parameters: no parse error of the migration", async () => {
    // Shape from getredash/redash migrations/versions/969126bd800f_.py at ca79fe98.
    const src = [
      'revision = "969126bd800f"',
      'down_revision = "6b5be7e0a0ef"',
      'from alembic import op',
      'def upgrade():',
      '    widgets = db.session.execute(',
      '        "SELECT id, options, width FROM widgets WHERE dashboard_id=:dashboard_id",',
      '        {"dashboard_id": 1},',
      '    )',
      '    op.execute("UPDATE widgets SET width = :w WHERE id = :id", parameters={"w": 1, "id": 2})',
      '    op.execute("SELECT 1 FROM widgets WHERE id = :id")',
      'def downgrade():',
      '    op.execute("UPDATE widgets SET width = 2")',
      '',
    ].join('\n');
    // Without parameters, `:id` is a syntax error Postgres would report too.
    expect(hits(await analyse(src))).toEqual([
      [9, 'data-backfill'],
      [10, 'parse-error'],
    ]);
  });

  it('never throws on broken or empty files', async () => {
    const broken = await analyse('def upgrade(:\n    op.drop_column("users", "email")\n');
    expect(broken.hits.some((h) => h.rule === 'parse-error')).toBe(true);
    expect(broken.hits.some((h) => h.rule === 'drop-column' && h.line === 2)).toBe(true);
    const empty = await analyse('');
    expect(empty.down).toBe('missing');
  });
});

describe('alembic autogenerate shapes', () => {
  it('judges alter_column by the existing_type and existing_nullable autogenerate writes beside it', async () => {
    // Autogenerate's shape (getredash/redash migrations/versions, superset's): the state before
    // the change is written with it.
    const up = (args: string) => `from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column('queries', 'name', ${args})


def downgrade():
    op.alter_column('queries', 'name', existing_type=sa.Text())
`;
    const rules = async (args: string) => (await analyse(up(args))).hits.map((h) => h.rule).filter((r) => r !== 'missing-lock-timeout');
    expect(await rules('existing_type=sa.VARCHAR(length=255), type_=sa.Text()')).toEqual([]);
    expect(await rules('existing_type=sa.VARCHAR(length=255), type_=sa.VARCHAR(length=255)')).toEqual([]);
    const narrowed = await analyse(up('existing_type=sa.Text(), type_=sa.VARCHAR(length=20)'));
    expect(narrowed.hits.find((h) => h.rule === 'change-column-type')?.message).toContain('from text to varchar(20)');
    // Without the old type a widening stays a warning.
    expect((await analyse(up('type_=sa.Text()'))).hits.find((h) => h.rule === 'change-column-type')?.severity).toBe('warning');
    expect(await rules('existing_type=sa.Text(), nullable=True, existing_nullable=True')).toEqual([]);
    expect(await rules('existing_type=sa.Text(), nullable=True, existing_nullable=False')).toEqual(['drop-not-null']);
    expect(await rules('existing_type=sa.Text(), nullable=True')).toEqual(['drop-not-null']);
  });

  it('reads op.f() names and table-level constraints in create_table', async () => {
    const t = await alembicToPieces(`def upgrade():
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_posts_user_id"), "posts", ["user_id"], unique=False)
    op.drop_index(op.f("ix_users_email"), table_name="users")


def downgrade():
    op.drop_table("posts")
`);
    expect(t.up.map((p) => p.sql)).toEqual([
      'CREATE TABLE posts (id integer PRIMARY KEY, user_id integer);',
      'ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
      'CREATE INDEX ix_posts_user_id ON posts (user_id);',
      'DROP INDEX ix_users_email;',
    ]);
  });
});

describe('branches on the dialect (CTFd, mealie)', () => {
  const src = `from alembic import op


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_column("users", "pg_only")
    elif bind.dialect.name in ("mysql", "mariadb"):
        op.drop_column("users", "mysql_only")
    else:
        op.drop_column("users", "sqlite_only")
    if some_flag:
        op.drop_column("users", "either")


def downgrade():
    pass
`;
  const dropped = async (dialect?: 'postgres' | 'mysql' | 'sqlite') =>
    (await alembicToPieces(src, dialect)).up.map((p) => /DROP COLUMN (\w+)/.exec(p.sql)?.[1]).filter(Boolean);
  it("reads the branch the revision's database runs; a test of anything else reads every branch", async () => {
    expect(await dropped()).toEqual(['pg_only', 'either']);
    expect(await dropped('mysql')).toEqual(['mysql_only', 'either']);
    expect(await dropped('sqlite')).toEqual(['sqlite_only', 'either']);
  });
});

describe("the module's own functions, read where upgrade() calls them (mealie)", () => {
  it('a DELETE inside a helper is a data change at its own line', async () => {
    const t = await alembicToPieces(`import sqlalchemy as sa
from alembic import op


def populate_shopping_list_users():
    session = op.get_bind()
    session.execute(sa.text("DELETE FROM shopping_lists WHERE id=:id"), {"id": 1})


def unused():
    op.drop_table("users")


def upgrade():
    op.add_column("shopping_lists", sa.Column("user_id", sa.Integer(), nullable=True))
    populate_shopping_list_users()


def downgrade():
    op.drop_column("shopping_lists", "user_id")
`);
    const sqls = t.up.map((p) => [p.line, p.sql.split(' ').slice(0, 3).join(' ')]);
    expect(sqls).toEqual([
      [15, 'ALTER TABLE shopping_lists'],
      [7, 'DELETE FROM shopping_lists'],
    ]);
  });
});

describe('a table named only at run time (CTFd)', () => {
  it('is a not-analysed notice, never silence', async () => {
    const t = await alembicToPieces(`from alembic import op


def upgrade():
    for table_name in get_tables():
        op.drop_column(table_name, "legacy")
    op.drop_column("users", "legacy")


def downgrade():
    pass
`);
    expect(t.hits.map((h) => [h.line, h.rule])).toEqual([
      [6, 'not-analysed'],
      [10, 'empty-down-migration'],
    ]);
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE users DROP COLUMN legacy;']);
  });
});

describe("a lone integer PrimaryKeyConstraint is SQLAlchemy's autoincrement column (quay)", () => {
  // Shape from quay/quay data/migrations/versions/414c5e2fc487_add_organization_contact_email.py.
  const revision = (id: string, pk = 'sa.PrimaryKeyConstraint("id", name=op.f("pk_contact"))') => `from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table(
        "contact",
        ${id},
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=True),
        ${pk},
    )
    op.execute("INSERT INTO contact (organization_id, email) SELECT id, email FROM users")


def downgrade():
    op.drop_table("contact")
`;
  const rules = async (id: string, pk?: string) =>
    (await analyse(revision(id, pk))).hits.map((h) => h.rule).filter((r) => !['missing-lock-timeout', 'data-backfill'].includes(r));
  it('an INSERT … SELECT that leaves it out is numbered by the database, as with primary_key=True', async () => {
    expect(await rules('sa.Column("id", sa.Integer(), nullable=False)')).toEqual([]);
    expect(await rules('sa.Column("id", sa.BigInteger(), nullable=False)')).toEqual([]);
    expect(await rules('sa.Column("id", sa.Integer(), primary_key=True)', 'sa.Index("x", "email")')).toEqual([]);
  });
  it('a key SQLAlchemy does not number still has to be filled', async () => {
    expect(await rules('sa.Column("id", sa.String(length=36), nullable=False)')).toEqual(['add-required-column']);
    expect(await rules('sa.Column("id", sa.Integer(), autoincrement=False, nullable=False)')).toEqual(['add-required-column']);
    expect(await rules('sa.Column("id", sa.Integer(), server_default="0", nullable=False)')).toEqual([]);
    expect(await rules('sa.Column("id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False)')).toEqual(['add-required-column']);
    expect(await rules('sa.Column("id", sa.Integer(), nullable=False)', 'sa.PrimaryKeyConstraint("id", "organization_id")')).toEqual(['add-required-column']);
  });
});

describe('SQL built with +, % or .format() (quay, rucio)', () => {
  it('is read, its run-time parts named as such; what cannot be read is a notice, never silence', async () => {
    const src = `from alembic import op
import sqlalchemy as sa

schema = "dev."


def upgrade():
    conn = op.get_bind()
    conn.execute(
        "insert into repositorysearchscore (repository_id, score) SELECT id, 0 FROM "
        + "repository WHERE id not in (select repository_id from repositorysearchscore)"
    )
    for table in get_tables():
        op.execute("DROP TABLE " + table)
    op.execute("ALTER TABLE %sreplicas DROP COLUMN lock_cnt" % schema)
    op.execute("ALTER TABLE {}.users DROP COLUMN {col}".format(get_schema(), col="email"))
    op.get_bind().execute(sa.text("UPDATE %(t)s SET x = 1" % {"t": "users"}))
    op.execute(prefix + suffix)
    op.execute("SELECT 100 %% 7")


def downgrade():
    pass
`;
    const t = await alembicToPieces(src);
    expect(t.up.map((p) => [p.line, p.sql, !!p.inexact])).toEqual([
      [
        10,
        'insert into repositorysearchscore (repository_id, score) SELECT id, 0 FROM repository WHERE id not in (select repository_id from repositorysearchscore)',
        false,
      ],
      [14, 'DROP TABLE __interp__', true],
      [15, 'ALTER TABLE dev.replicas DROP COLUMN lock_cnt', false],
      [16, 'ALTER TABLE __interp__.users DROP COLUMN email', true],
      [17, 'UPDATE users SET x = 1', false],
      [19, 'SELECT 100 %% 7', false],
    ]);
    const a = await analyse(src);
    expect(hits(a)).toEqual([
      [10, 'data-backfill'],
      [14, 'drop-table'],
      [15, 'drop-column'],
      [16, 'drop-column'],
      [17, 'data-backfill'],
      [18, 'not-analysed'],
      [22, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.line === 14)!.message).toContain('(named at run time)');
    expect(a.hits.find((h) => h.line === 18)!.message).toContain('`op.execute(prefix + suffix)` builds its SQL from parts known only at run time');
  });
});

describe("the types of sqlalchemy.dialects.mysql and .postgresql (quay's mysql.MEDIUMTEXT())", () => {
  const mysqlTypes = [
    'TINYINT()',
    'MEDIUMINT()',
    'TINYTEXT()',
    'MEDIUMTEXT()',
    'LONGTEXT()',
    'TINYBLOB()',
    'MEDIUMBLOB()',
    'LONGBLOB()',
    'BINARY(16)',
    'VARBINARY(16)',
    'NCHAR(3)',
    'YEAR()',
    'BIT(8)',
  ];
  const pgTypes = ['MACADDR8()', 'OID()', 'REGCLASS()', 'TSQUERY()', 'JSONPATH()', 'INT4RANGE()', 'TSTZRANGE()', 'DATEMULTIRANGE()', 'BIT(8)'];
  const revision = (module: string, types: string[]) => `from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import ${module}


def upgrade():
${types.map((t, i) => `    op.add_column("t", sa.Column("c${i}", ${module}.${t}, nullable=True))\n    op.alter_column("t", "c${i}", type_=${module}.${t})`).join('\n')}


def downgrade():
    op.drop_table("t")
`;
  it('are read as the SQL types they are, not as unknown types', async () => {
    const mysql = await alembic.analyse({
      path: 'alembic/versions/x.py',
      content: revision('mysql', mysqlTypes),
      siblings: {},
      dialect: { dialect: 'mysql', from: '.github/rollback-ready.yml' },
    });
    expect(mysql.hits.filter((h) => ['not-analysed', 'parse-error'].includes(h.rule))).toEqual([]);
    const pg = await analyse(revision('postgresql', pgTypes));
    expect(pg.hits.filter((h) => ['not-analysed', 'parse-error'].includes(h.rule))).toEqual([]);
    const t = await alembicToPieces(revision('mysql', ['MEDIUMTEXT()', 'TINYINT(1)', 'VARBINARY(16)']), 'mysql');
    expect(t.up.filter((p) => p.sql.includes('ADD COLUMN')).map((p) => p.sql)).toEqual([
      'ALTER TABLE t ADD COLUMN c0 mediumtext;',
      'ALTER TABLE t ADD COLUMN c1 boolean;',
      'ALTER TABLE t ADD COLUMN c2 varbinary(16);',
    ]);
  });
});

describe("a table in the schema the operation names (indico's schema='events')", () => {
  it('is schema-qualified, so same-named tables of two schemas stay apart', async () => {
    // Shape from indico/indico indico/migrations/versions/20210630_1349_5cbb0eb12eb3_add_last_used_ip_and_use_count_to_tokens.py.
    const t = await alembicToPieces(`from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column('tokens', sa.Column('use_count', sa.Integer(), nullable=False, server_default='0'), schema='users')
    op.create_foreign_key(None, 'tracks', 'sessions', ['default_session_id'], ['id'], source_schema='events',
                          referent_schema='events')
    op.drop_table('labels', schema='events')


def downgrade():
    op.create_table('labels', sa.Column('id', sa.Integer(), primary_key=True), schema='events')
`);
    expect(t.up.map((p) => p.sql)).toEqual([
      "ALTER TABLE users.tokens ADD COLUMN use_count integer NOT NULL DEFAULT '0';",
      'ALTER TABLE events.tracks ADD CONSTRAINT tracks_default_session_id_fkey FOREIGN KEY (default_session_id) REFERENCES events.sessions (id);',
      'DROP TABLE events.labels;',
    ]);
  });
});

describe('an op Alembic reads no SQL for is a notice, never silence', () => {
  it("a plugin's or the project's own operation (alembic_utils' op.replace_entity)", async () => {
    const t = await alembicToPieces(`from alembic import op


def upgrade():
    op.replace_entity(my_view)
    op.get_bind()
    op.create_table_comment('users', 'people')


def downgrade():
    op.replace_entity(old_view)
`);
    expect(t.hits.filter((h) => h.rule === 'not-analysed').map((h) => [h.line, h.message.split(' is ')[0]])).toEqual([[5, '`op.replace_entity`']]);
  });
});

describe('SQL with bind parameters or run-time parts', () => {
  it("reads SQLAlchemy's `:name` and the DB-API's `%s` as values, and says an f-string it cannot read (prefect, indico)", async () => {
    // Shapes from PrefectHQ/prefect (sa.text(…).params(…)) at ce79dd3d and indico/indico
    // (conn.execute('… %s', params), an f-string of a local) at b8f1fde8.
    const a = await analyse(`from alembic import op
import sqlalchemy as sa

revision = 'b'
down_revision = 'a'


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE work_queue SET work_pool_id = :pool WHERE work_pool_id IS NULL").params({"pool": 1}))
    conn.execute('UPDATE comments SET revision_id = %s WHERE id IN %s', (1, (2, 3)))
    conn.execute('UPDATE comments SET body = %(body)s', {'body': ''})
    op.execute(f'UPDATE blocks SET duration = 0 {where}')


def downgrade():
    pass
`);
    expect(hits(a)).toEqual([
      [10, 'data-backfill'],
      [11, 'data-backfill'],
      [12, 'data-backfill'],
      // Read for destructive operations only, and said.
      [13, 'not-analysed'],
      [13, 'data-backfill'],
      [16, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')?.message).toContain('add `# rollback-ready-ignore not-analysed: <reason>` above the call');
  });
});

describe('a loop over names the revision holds (issue #9)', () => {
  const rev = (body: string, head = '') => `"""x"""
from alembic import op
import sqlalchemy as sa

revision = "b1"
down_revision = "a1"
${head}

def upgrade():
${body}


def downgrade():
    op.execute("SELECT 1")
`;
  const rules = (a: MigrationAnalysis) => hits(a).filter(([, r]) => r !== 'empty-down-migration');
  const messages = (a: MigrationAnalysis, rule: string) => a.hits.filter((h) => h.rule === rule).map((h) => h.message);

  it('reads the body once per string of a list or tuple, the name bound to it (xivo-manage-db 18cb96cb384)', async () => {
    const a = await analyse(
      rev(`    for col in ("legacy_a", "legacy_b"):\n        op.drop_column("users", col)\n    for t in ["events", "sessions"]:\n        op.drop_table(t)`),
    );
    expect(rules(a)).toEqual([
      [11, 'drop-column'],
      [11, 'drop-column'],
      [13, 'drop-table'],
      [13, 'drop-table'],
    ]);
    expect(messages(a, 'drop-column').join('\n')).toMatch(/"legacy_a"[\s\S]*"legacy_b"/);
    expect(messages(a, 'drop-table').join('\n')).toMatch(/"events"[\s\S]*"sessions"/);
    const t = await alembicToPieces(rev(`    for t in ("a", "b"):\n        op.execute("DROP TABLE " + t)`));
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [11, 'DROP TABLE a'],
      [11, 'DROP TABLE b'],
    ]);
  });

  it('reads a module-level list and string constants, and tuples unpacked (xivo-manage-db 5381b673cf2c)', async () => {
    const a = await analyse(
      rev(
        `    for table_name in TABLE_NAMES:\n        op.drop_column(table_name, COLUMN_NAME)\n    for table, column in [("a", "x"), ("b", "y")]:\n        op.drop_column(table, column)`,
        `TABLE_NAMES = ['groupfeatures', 'queuefeatures']\nCOLUMN_NAME = 'ignore_forward'\n`,
      ),
    );
    expect(messages(a, 'drop-column')).toHaveLength(4);
    expect(messages(a, 'drop-column').join('\n')).toMatch(
      /"ignore_forward" from "groupfeatures"[\s\S]*"ignore_forward" from "queuefeatures"[\s\S]*"x" from "a"[\s\S]*"y" from "b"/,
    );
    expect(messages(a, 'not-analysed')).toEqual([]);
  });

  it('reads batch_alter_table inside such a loop, and says a batch table named at run time', async () => {
    const a = await analyse(
      rev(
        `    for t in ("events", "sessions"):\n        with op.batch_alter_table(t) as batch_op:\n            batch_op.drop_column("legacy")\n    for t in get_tables():\n        with op.batch_alter_table(t) as batch_op:\n            batch_op.drop_column("legacy")\n    with op.batch_alter_table("artifact") as batch_op:\n        batch_op.drop_index(batch_op.f("ix_artifact__task_run_state_id"))`,
      ),
    );
    expect(messages(a, 'drop-column').join('\n')).toMatch(/"legacy" from "events"[\s\S]*"legacy" from "sessions"/);
    // prefect's cleanup_artifact_migration: batch_op.f("…") is the name itself, not a name found at run time.
    expect(messages(a, 'not-analysed')).toEqual([
      '`batch_op.drop_column(…)` changes a table `op.batch_alter_table(t)` names only at run time, so what it changes was not judged: review it by hand.',
    ]);
  });

  it('says a column, index or constraint named at run time instead of passing it', async () => {
    const a = await analyse(
      rev(
        `    for col in find_columns():\n        op.drop_column("users", col)\n        op.alter_column("users", col, type_=sa.Text())\n    op.drop_constraint(fk_name(), "users")\n    COLS.append("c")\n    for c in COLS:\n        op.drop_column("users", c)`,
        `COLS = ["a", "b"]\n`,
      ),
    );
    expect(rules(a).filter(([, r]) => r !== 'not-analysed')).toEqual([]);
    expect(messages(a, 'not-analysed')).toEqual([
      '`op.drop_column(…)` names its column `col` only at run time, so what it changes was not judged: review it by hand.',
      '`op.alter_column(…)` names its column `col` only at run time, so what it changes was not judged: review it by hand.',
      '`op.drop_constraint(…)` names its constraint `fk_name()` only at run time, so what it changes was not judged: review it by hand.',
      '`op.drop_column(…)` names its column `c` only at run time, so what it changes was not judged: review it by hand.',
    ]);
  });

  it("reads the module's helper once per call given literals, its parameters bound (xivo-manage-db 148a96399123)", async () => {
    const a = await analyse(
      rev(
        `    _drop_legacy("events")\n    _drop_legacy(table="sessions", column="old")\n    _drop_all(["a", "b"])`,
        `def _drop_legacy(table, column="legacy"):\n    op.drop_column(table, column)\n\n\ndef _drop_all(tables):\n    for t in tables:\n        op.execute(f"DROP TABLE {t}")\n`,
      ),
    );
    expect(messages(a, 'drop-column')).toHaveLength(2);
    expect(messages(a, 'drop-column').join('\n')).toMatch(/"legacy" from "events"[\s\S]*"old" from "sessions"/);
    expect(messages(a, 'drop-table').join('\n')).toMatch(/"a"[\s\S]*"b"/);
    expect(messages(a, 'not-analysed')).toEqual([]);
  });

  it('reads an f-string field naming a loop variable or a module constant as its string; other fields stay run-time', async () => {
    const t = await alembicToPieces(
      rev(
        `    for t in TABLES:\n        op.execute(f"ALTER TABLE {t} DROP COLUMN {COL}")\n    op.execute(f"DROP TABLE {t!r}")`,
        `TABLES = ["events", "sessions"]\nCOL = "legacy"\n`,
      ),
    );
    expect(t.up.map((p) => [p.sql, !!p.inexact])).toEqual([
      ['ALTER TABLE events DROP COLUMN legacy', false],
      ['ALTER TABLE sessions DROP COLUMN legacy', false],
      ['DROP TABLE __interp__', true],
    ]);
  });

  it('reads a helper given run-time values (or calling itself) once, its parameters unbound: a notice, never silence', async () => {
    const a = await analyse(
      rev(
        `    _drop_legacy("events")\n    for t in find_tables():\n        _drop_legacy(t)\n    _rename("a")`,
        `def _drop_legacy(table):\n    op.drop_column(table, "legacy")\n\n\ndef _rename(name):\n    op.drop_table(name)\n    _rename(name + "_old")\n`,
      ),
    );
    expect(messages(a, 'drop-column').join('\n')).toMatch(/"legacy" from "events"/);
    expect(messages(a, 'drop-table').join('\n')).toMatch(/"a"/);
    expect(messages(a, 'not-analysed')).toEqual([
      '`op.drop_column(table, …)` names its table only at run time, so what it changes was not judged: review it by hand.',
      '`op.drop_table(name, …)` names its table only at run time, so what it changes was not judged: review it by hand.',
    ]);
  });
});
