import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import django, { djangoToPieces } from '../../../src/core/frameworks/django';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/django';
const analyse = (content: string, path = 'shop/migrations/0009_x.py') => django.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel.slice(rel.indexOf('/') + 1));
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

const wrap = (ops: string, extra = '') => `from django.db import migrations, models


class Migration(migrations.Migration):
${extra}    operations = [
${ops}
    ]
`;

describe('djangoToPieces', () => {
  it('maps operations to SQL on <app>_<model> tables', async () => {
    const t = await djangoToPieces(readFileSync(`${FIX}/err/shop/migrations/0002_remove_email.py`, 'utf8'), 'shop/migrations/0002_remove_email.py');
    expect(t.up.filter((p) => p.synthetic).map((p) => [p.line, p.sql])).toEqual([
      [13, 'ALTER TABLE shop_customer DROP COLUMN email;'],
      [14, 'ALTER TABLE shop_customer RENAME COLUMN "name" TO full_name;'],
      [15, 'ALTER TABLE shop_customer ADD COLUMN plan character varying(20) NOT NULL;'],
      [20, 'ALTER TABLE shop_customer ALTER COLUMN age TYPE bigint;'],
      [21, 'DROP TABLE shop_coupon;'],
      [22, 'ALTER TABLE shop_order RENAME TO shop_purchase;'],
      [23, 'CREATE INDEX customer_plan_idx ON shop_customer (plan);'],
    ]);
    const raw = t.up.find((p) => !p.synthetic);
    expect(raw?.line).toBe(28);
    expect(raw?.sql.trim()).toBe("UPDATE shop_customer SET plan = 'free', status = 'active';");
  });

  it('reads RunSQL lists, (sql, params) pairs and SeparateDatabaseAndState database operations', async () => {
    const t = await djangoToPieces(
      wrap(
        `        migrations.RunSQL([("UPDATE shop_a SET b = %s", [1]), "DROP TABLE shop_c"], reverse_sql=migrations.RunSQL.noop),
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RemoveField("a", "x")],
            state_operations=[migrations.RemoveField("a", "y")],
        ),`,
        '    atomic = False\n',
      ),
      'shop/migrations/0004_x.py',
    );
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => p.sql)).toEqual(['UPDATE shop_a SET b = NULL', 'DROP TABLE shop_c', 'ALTER TABLE shop_a DROP COLUMN x;']);
    expect(t.hits).toEqual([]);
  });

  it('maps ForeignKey fields to a column, an index and a constraint', async () => {
    const t = await djangoToPieces(
      wrap(`        migrations.AddField("order", "customer", models.ForeignKey(null=True, on_delete=models.CASCADE, to="shop.customer")),`),
      'shop/migrations/0005_x.py',
    );
    expect(t.up.map((p) => p.sql)).toEqual([
      'ALTER TABLE shop_order ADD COLUMN customer_id bigint;',
      'CREATE INDEX index_shop_order_on_customer_id ON shop_order (customer_id);',
      'ALTER TABLE shop_order ADD CONSTRAINT shop_order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop_customer (id);',
    ]);
  });
});

describe('GeneratedField (paperless-ngx)', () => {
  // Shape from paperless-ngx/paperless-ngx src/documents/migrations/0006_document_content_length.py.
  const generated = (persist: string) =>
    wrap(`        migrations.AddField(
            model_name="document",
            name="content_length",
            field=models.GeneratedField(
                db_persist=${persist},
                expression=django.db.models.functions.text.Length("content"),
                null=False,
                output_field=models.PositiveIntegerField(default=0),
            ),
        ),`);

  it('a stored one is computed for every row: a table rewrite, not a required column without a default', async () => {
    const t = await djangoToPieces(generated('True'), 'documents/migrations/0006_x.py');
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE documents_document ADD COLUMN content_length integer NOT NULL GENERATED ALWAYS AS (NULL) STORED;']);
    expect(hits(await analyse(generated('True'), 'documents/migrations/0006_x.py'))).toEqual([[6, 'volatile-default']]);
  });

  it('a virtual one is computed when read: nothing to fill', async () => {
    expect(hits(await analyse(generated('False'), 'documents/migrations/0006_x.py'))).toEqual([]);
  });
});

describe('django.analyse', () => {
  it('flags risky operations and operations without a reverse', async () => {
    const a = await fixture('err/shop/migrations/0002_remove_email.py');
    expect(a.down).toBe('irreversible');
    expect(a.changesData).toBe(true);
    expect(hits(a)).toEqual([
      [13, 'drop-column'],
      [14, 'rename-column'],
      [15, 'add-required-column'],
      [20, 'change-column-type'],
      [21, 'drop-table'],
      [22, 'rename-table'],
      [23, 'non-concurrent-index'],
      [27, 'irreversible-operation'],
      [29, 'data-backfill'],
      [32, 'irreversible-operation'],
    ]);
  });

  it('AlterField synthesises only the type change, not an assumed SET NOT NULL', async () => {
    const t = await djangoToPieces(wrap('        migrations.AlterField("customer", "name", models.CharField(max_length=80)),'), 'shop/migrations/0006_x.py');
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE shop_customer ALTER COLUMN "name" TYPE character varying(80);']);
  });

  it('passes additive migrations whose RunSQL/RunPython have reverses (noop included)', async () => {
    const a = await fixture('ok/shop/migrations/0003_add_nickname.py');
    expect(a.down).toBe('present');
    expect(a.changesData).toBe(true);
    expect(hits(a)).toEqual([]);
  });

  it('never throws on broken or empty files', async () => {
    const broken = await analyse(wrap('        migrations.RemoveField("a", "x"),\n        migrations.AddField("a", ('));
    expect(broken.hits.some((h) => h.rule === 'parse-error')).toBe(true);
    expect(broken.hits.some((h) => h.rule === 'drop-column' && h.line === 6)).toBe(true);
    const empty = await analyse('');
    expect(empty.hits).toEqual([]);
    expect(empty.down).toBe('present');
  });
});

describe("AddField's default: Django fills the rows with it, then drops it (base/schema.py add_field)", () => {
  const added = (field: string) => wrap(`        migrations.AddField("customer", "score", ${field}),`);

  it('adds the column with the effective default and drops it after; db_default= stays', async () => {
    const sqlOf = async (field: string) => (await djangoToPieces(added(field), 'shop/migrations/0009_x.py')).up.map((p) => p.sql);
    expect(await sqlOf('models.IntegerField(default=0)')).toEqual([
      'ALTER TABLE shop_customer ADD COLUMN score integer NOT NULL DEFAULT 0;',
      'ALTER TABLE shop_customer ALTER COLUMN score DROP DEFAULT;',
    ]);
    // Shape from saleor/saleor: a CharField with blank=True and no default is filled with ''.
    expect(await sqlOf('models.CharField(blank=True, max_length=255)')).toEqual([
      "ALTER TABLE shop_customer ADD COLUMN score character varying(255) NOT NULL DEFAULT '';",
      'ALTER TABLE shop_customer ALTER COLUMN score DROP DEFAULT;',
    ]);
    expect(await sqlOf('models.DateTimeField(auto_now_add=True)')).toEqual([
      "ALTER TABLE shop_customer ADD COLUMN score timestamp with time zone NOT NULL DEFAULT 'now';",
      'ALTER TABLE shop_customer ALTER COLUMN score DROP DEFAULT;',
    ]);
    expect(await sqlOf('models.IntegerField(db_default=0)')).toEqual(['ALTER TABLE shop_customer ADD COLUMN score integer NOT NULL DEFAULT 0;']);
    // Neither blank nor a default: nothing fills the rows.
    expect(await sqlOf('models.IntegerField(blank=True)')).toEqual(['ALTER TABLE shop_customer ADD COLUMN score integer NOT NULL;']);
  });

  it('a NOT NULL field is add-required-column that says Django drops the default it filled the rows with', async () => {
    const one = async (field: string) => (await analyse(added(field))).hits.filter((h) => h.rule !== 'missing-lock-timeout');
    const withDefault = await one('models.BooleanField(default=False)');
    expect(withDefault.map((h) => [h.line, h.rule])).toEqual([[6, 'add-required-column']]);
    expect(withDefault[0]!.message).toMatch(/^Django adds NOT NULL field "score" to "shop_customer" filling the existing rows with its default, then drops/);
    expect(withDefault[0]!.message).toMatch(/`db_default=`/);
    const blank = await one('models.TextField(blank=True)');
    expect(blank.map((h) => h.rule)).toEqual(['add-required-column']);
    expect(blank[0]!.message).toMatch(/filling the existing rows with '' \(`blank=True`, no default\)/);
    expect(blank[0]!.message).not.toMatch(/fails on existing rows/);
    expect((await one('models.DateTimeField(auto_now_add=True)'))[0]!.message).toMatch(/the current time .*`db_default=Now\(\)`/);
    // Kept in the database, nullable, or on a table the migration creates: nothing.
    expect(await one('models.IntegerField(db_default=0)')).toEqual([]);
    expect(await one('models.IntegerField(null=True, default=0)')).toEqual([]);
    const created = wrap(
      [
        '        migrations.CreateModel(name="Badge", fields=[("id", models.BigAutoField(primary_key=True))]),',
        '        migrations.AddField("badge", "score", models.IntegerField(default=0)),',
      ].join('\n'),
    );
    expect(hits(await analyse(created))).toEqual([]);
    // No default at all: the rows cannot be filled, as the SQL check says.
    const bare = await one('models.IntegerField()');
    expect(bare[0]!.message).toMatch(/fails on existing rows/);
  });
});

describe('AlterField with the earlier migrations at hand', () => {
  const migration = (deps: string[], ops: string) => wrap(ops, `    dependencies = [${deps.map((d) => `("shop", "${d}")`).join(', ')}]\n\n`);
  const history: Record<string, string> = {
    'shop/migrations/0001_initial.py': migration(
      [],
      `        migrations.CreateModel(
            name="Order",
            fields=[
                ("id", models.BigAutoField(primary_key=True)),
                ("quantity", models.IntegerField(help_text="how many")),
                ("note", models.TextField(null=True)),
                ("placed", models.DateTimeField()),
            ],
        ),`,
    ),
    'shop/migrations/0002_rename.py': migration(['0001_initial'], '        migrations.RenameField("order", "placed", "placed_at"),'),
    'shop/migrations/0003_unrelated.py': migration(
      ['0002_rename'],
      [
        '        migrations.AddField("order", "coupon", models.CharField(max_length=20, null=True)),',
        // Shape from saleor/saleor account/migrations: a third-party CharField subclass, a length given by name.
        '        migrations.AddField("order", "country", models.CharField(max_length=2, null=True)),',
        '        migrations.AddField("order", "currency", models.CharField(max_length=settings.CURRENCY_LENGTH, null=True)),',
        // Shape from healthchecks/healthchecks hc/api/migrations/0040_auto_20180517_1336.py.
        '        migrations.AddField("order", "failed", models.NullBooleanField(default=False)),',
        '        migrations.AddField("order", "customer", models.ForeignKey(null=True, on_delete=models.CASCADE, to="shop.customer")),',
      ].join('\n'),
    ),
  };
  const reads: string[] = [];
  const readFile = async (path: string) => {
    reads.push(path);
    return history[path];
  };
  const analyseAt = (ops: string, deps = ['0003_unrelated']) =>
    django.analyse({ path: 'shop/migrations/0004_alter.py', content: migration(deps, ops), siblings: {}, readFile });
  const rules = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => h.rule);

  it('a help_text change is no type change: nothing is flagged (the file alone would say change-column-type)', async () => {
    const op = '        migrations.AlterField("order", "quantity", models.IntegerField(help_text="how many items")),';
    expect(rules(await analyse(migration(['0003_unrelated'], op), 'shop/migrations/0004_alter.py'))).toEqual(['change-column-type']);
    reads.length = 0;
    expect(rules(await analyseAt(op))).toEqual([]);
    // The earlier migrations, newest first (besides the project's manage.py, looked for once for its database).
    expect(reads.filter((p) => p.includes('/migrations/'))).toEqual([
      'shop/migrations/0003_unrelated.py',
      'shop/migrations/0002_rename.py',
      'shop/migrations/0001_initial.py',
    ]);
  });

  it('a real type change is still flagged, and nullability changes become SET / DROP NOT NULL', async () => {
    expect(rules(await analyseAt('        migrations.AlterField("order", "quantity", models.BigIntegerField(help_text="how many")),'))).toEqual([
      'change-column-type',
    ]);
    expect(rules(await analyseAt('        migrations.AlterField("order", "note", models.TextField()),'))).toEqual(['set-not-null']);
    expect(rules(await analyseAt('        migrations.AlterField("order", "quantity", models.IntegerField(null=True)),'))).toEqual(['drop-not-null']);
  });

  it('a NullBooleanField is a nullable boolean, whatever `null=` says (Django sets it in its __init__)', async () => {
    // Shape from healthchecks/healthchecks hc/api/migrations/0075_auto_20200805_1004.py: Django ran
    // UPDATE … WHERE "failed" IS NULL, then SET NOT NULL.
    expect(rules(await analyseAt('        migrations.AlterField("order", "failed", models.BooleanField(default=False)),'))).toEqual([
      'data-backfill',
      'set-not-null',
    ]);
    expect(rules(await analyseAt('        migrations.AlterField("order", "failed", models.BooleanField(default=False, null=True)),'))).toEqual([]);
    expect(rules(await analyseAt('        migrations.AlterField("order", "note", models.NullBooleanField()),'))).toEqual(['change-column-type']);
  });

  it("made NOT NULL with a default, Django sets the NULL rows to it before SET NOT NULL (_alter_field's 4 steps)", async () => {
    // Shape from saleor/saleor and healthchecks/healthchecks: AlterField from null=True to a field with default=.
    const a = await analyseAt('        migrations.AlterField("order", "note", models.TextField(default="")),');
    expect(rules(a)).toEqual(['data-backfill', 'set-not-null']);
    expect(a.hits.find((h) => h.rule === 'data-backfill')?.message).toMatch(/^UPDATE "shop_order" rewrites existing rows/);
    expect(rules(await analyseAt('        migrations.AlterField("order", "note", models.TextField(db_default="")),'))).toEqual([
      'data-backfill',
      'set-not-null',
    ]);
    // Without a default Django runs SET NOT NULL alone; blank=True's '' is no default here.
    expect(rules(await analyseAt('        migrations.AlterField("order", "note", models.TextField(blank=True)),'))).toEqual(['set-not-null']);
  });

  it("an added positive field checks every row: Django's Postgres backend writes its CHECK in the column", async () => {
    // django/db/backends/postgresql/base.py data_type_check_constraints: `"%(column)s" >= 0` for the
    // three positive fields, put in the column by BaseDatabaseSchemaEditor.add_field, so
    // `ADD COLUMN "quantity_left" integer NULL CHECK ("quantity_left" >= 0)` scans the table under its lock.
    const added = await analyseAt('        migrations.AddField("order", "quantity_left", models.PositiveIntegerField(null=True)),');
    expect(rules(added)).toEqual(['constraint-not-valid-missing']);
    expect(added.hits[0]?.message).toMatch(/^Adding column "quantity_left" with a CHECK constraint to "shop_order" scans every row/);
    expect(rules(await analyseAt('        migrations.AddField("order", "quantity_left", models.IntegerField(null=True)),'))).toEqual([]);
    // AlterField to a positive field: Django adds the check after altering the column, also without NOT VALID.
    expect(rules(await analyseAt('        migrations.AlterField("order", "quantity", models.PositiveIntegerField()),'))).toEqual([
      'constraint-not-valid-missing',
    ]);
    // A new table's check reads no rows.
    const created = [
      '        migrations.CreateModel(name="Line", fields=[("id", models.BigAutoField(primary_key=True)), ("quantity", models.PositiveSmallIntegerField(default=1))]),',
    ].join('\n');
    expect(rules(await analyseAt(created))).toEqual([]);
  });

  it("a ForeignKey altered in the database gets its constraint back, validated under lock (Django's _alter_field)", async () => {
    // Shape from healthchecks/healthchecks hc/api/migrations/0056_auto_20190114_0857.py: Django 3.2 ran
    // DROP CONSTRAINT, SET NOT NULL, then ADD CONSTRAINT … FOREIGN KEY without NOT VALID.
    const fk = (kw: string) => `        migrations.AlterField("order", "customer", models.ForeignKey(${kw}on_delete=models.CASCADE, to="shop.customer")),`;
    expect(rules(await analyseAt(fk('')))).toEqual(['set-not-null', 'constraint-not-valid-missing']);
    expect(rules(await analyseAt(fk('null=True, default=1, ')))).toEqual(['constraint-not-valid-missing']);
    // What the database does not hold (on_delete, related_name, help_text) leaves the constraint alone.
    expect(rules(await analyseAt(fk('null=True, related_name="orders", help_text="who ordered", ')))).toEqual([]);
    // No constraint after: nothing to validate.
    expect(rules(await analyseAt(fk('db_constraint=False, ')))).toEqual(['set-not-null']);
  });

  it('follows renames back to the definition', async () => {
    expect(rules(await analyseAt('        migrations.AlterField("order", "placed_at", models.DateTimeField(help_text="UTC")),'))).toEqual([]);
  });

  it("reads this migration's own operations before the AlterField first, in the order they run", async () => {
    // Shape from saleor/saleor order/migrations/0037_auto_20180228_0450.py: a RenameField just before the AlterField.
    const renamed = [
      '        migrations.RenameField("order", "quantity", "amount"),',
      '        migrations.AlterField("order", "amount", models.IntegerField(help_text="how many items")),',
    ].join('\n');
    expect(rules(await analyseAt(renamed))).toEqual(['rename-column']);
    // Shape from saleor/saleor menu/migrations/0019_menu_slug.py: added nullable, filled, then NOT NULL.
    const filled = [
      '        migrations.AddField("order", "slug", models.SlugField(max_length=255, null=True)),',
      '        migrations.RunPython(fill_slugs, migrations.RunPython.noop),',
      '        migrations.AlterField("order", "slug", models.SlugField(max_length=255)),',
    ].join('\n');
    expect(rules(await analyseAt(filled))).toEqual(['set-not-null']);
    // Shape from saleor/saleor attribute/migrations/0037_remove_assignedpageattribute.py: a
    // `state_operations` list written above `operations` runs at its end (its RemoveField too).
    const later = migration(
      ['0003_unrelated'],
      [
        '        migrations.AlterField("order", "note", models.TextField()),',
        '        migrations.SeparateDatabaseAndState(state_operations=state_operations),',
      ].join('\n'),
    ).replace('    operations = [', '    state_operations = [migrations.RemoveField("order", "note")]\n\n    operations = [');
    const a = await django.analyse({ path: 'shop/migrations/0004_alter.py', content: later, siblings: {}, readFile });
    expect(rules(a)).toEqual(['set-not-null']);
  });

  it('what else an AlterField changes in the database: the column name, a unique constraint, an index', async () => {
    // A new db_column renames the column; a RenameField before it already did (the column follows the field).
    expect(rules(await analyseAt('        migrations.AlterField("order", "coupon", models.CharField(max_length=20, null=True, db_column="code")),'))).toEqual([
      'rename-column',
    ]);
    expect(rules(await analyseAt('        migrations.AlterField("order", "placed_at", models.DateTimeField(help_text="UTC")),'))).toEqual([]);
    // Shape from saleor/saleor order/migrations/0132_rewrite_order_relations.py: a UUIDField made a
    // ForeignKey of the same name moves to the `<name>_id` column (Django renames it), and gets the FK's index.
    expect(
      rules(await analyseAt('        migrations.AlterField("order", "coupon", models.ForeignKey(null=True, on_delete=models.CASCADE, to="shop.coupon")),')),
    ).toEqual(['rename-column', 'change-column-type', 'non-concurrent-index', 'constraint-not-valid-missing']);
    // Shape from saleor/saleor account/migrations/0070_alter_user_uuid.py and page/migrations/0027_alter_page_created_at.py.
    expect(rules(await analyseAt('        migrations.AlterField("order", "coupon", models.CharField(max_length=20, null=True, unique=True)),'))).toEqual([
      'unique-constraint',
    ]);
    expect(rules(await analyseAt('        migrations.AlterField("order", "coupon", models.CharField(max_length=20, null=True, db_index=True)),'))).toEqual([
      'non-concurrent-index',
    ]);
    expect(rules(await analyseAt('        migrations.AlterIndexTogether(name="order", index_together={("coupon", "country")}),'))).toEqual([
      'non-concurrent-index',
    ]);
  });

  it('stays conservative when the history cannot be read', async () => {
    const op = '        migrations.AlterField("order", "quantity", models.IntegerField(help_text="x")),';
    expect(rules(await analyseAt(op, ['0009_missing']))).toEqual(['change-column-type']);
    expect(rules(await analyseAt(op, []))).toEqual(['change-column-type']);
  });

  it('a provisional finding names the read that failed and what else the restatement may change', async () => {
    const message = async (op: string, deps: string[], read = readFile) =>
      (await django.analyse({ path: 'shop/migrations/0004_alter.py', content: migration(deps, op), siblings: {}, readFile: read })).hits.find(
        (h) => h.rule === 'change-column-type',
      )!.message;
    const notNull = '        migrations.AlterField("order", "title", models.CharField(max_length=500)),';
    // A link of the chain missing: named; the field is NOT NULL (no null=True), which with the history at hand would be set-not-null.
    const missing = await message(notNull, ['0009_missing']);
    expect(missing).toContain('shop/migrations/0009_missing.py, a migration it depends on, is not in the repository');
    expect(missing).toContain('restates the column as NOT NULL');
    expect(missing).not.toContain('its earlier type is not in this migration');
    // A read that fails (the App's HTTP 502, its read budget spent): named with its error.
    const failing = async (p: string) => (p.endsWith('0002_rename.py') ? Promise.reject(new Error('HTTP 502 Bad Gateway')) : readFile(p));
    expect(await message(notNull, ['0003_unrelated'], failing)).toContain('shop/migrations/0002_rename.py could not be read (HTTP 502 Bad Gateway)');
    // The whole chain read and the field in none of it.
    expect(await message(notNull, ['0003_unrelated'])).toContain('it is not in the 3 earlier migrations this one depends on');
    // A nullable, unique restatement says so instead.
    const nullableUnique = await message('        migrations.AlterField("order", "code", models.CharField(max_length=9, null=True, unique=True)),', [
      '0009_missing',
    ]);
    expect(nullableUnique).toContain('restates the column as nullable');
    expect(nullableUnique).toContain('restates the column as UNIQUE');
    expect(nullableUnique).not.toContain('restates the column as NOT NULL');
  });

  it('a CharField subclass with max_length is a varchar of that length; a length given by name is not a type change', async () => {
    expect(rules(await analyseAt('        migrations.AlterField("order", "country", django_countries.fields.CountryField(max_length=2, null=True)),'))).toEqual(
      [],
    );
    expect(rules(await analyseAt('        migrations.AlterField("order", "country", django_countries.fields.CountryField(max_length=1, null=True)),'))).toEqual(
      ['change-column-type'],
    );
    expect(rules(await analyseAt('        migrations.AlterField("order", "currency", models.CharField(max_length=3, null=True)),'))).toEqual([]);
  });
});

describe('RunPython writes through a model the function does not bind with apps.get_model', () => {
  it("name the model's conventional table: this app's, or the app its models are imported from", async () => {
    const a = await analyse(`from django.db import migrations
from billing.models import Invoice as Inv


def forwards(apps, schema_editor):
    OrderLine.objects.all().delete()
    Inv.objects.filter(paid=False).delete()
    for model in [OrderLine]:
        model.objects.filter(x=1).update(x=2)


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
`);
    const messages = a.hits.map((h) => `${h.rule} ${h.message.split(' ').slice(0, 3).join(' ')}`);
    expect(messages).toContain('delete-without-where DELETE FROM "shop_orderline"');
    expect(messages).toContain('data-backfill DELETE FROM "billing_invoice"');
    // A loop's variable is no class: named as written.
    expect(messages).toContain('data-backfill UPDATE "model" rewrites');
  });
});

describe('RunPython writes through a queryset kept in a variable (healthchecks)', () => {
  it('follows the name to the queryset it holds where it is used', async () => {
    // Shapes from healthchecks/healthchecks hc/api/migrations/0051_auto_20190104_0908.py and
    // hc/accounts/migrations/0049_convert_email_lowercase.py.
    const t = await djangoToPieces(
      `from django.db import migrations


def forwards(apps, schema_editor):
    Ping = apps.get_model("api", "Ping")
    User = apps.get_model("auth", "User")
    q = Ping.objects.filter(start=True)
    q.update(kind="start")
    problematic = User.objects.exclude(email="x")
    for u in problematic:
        other = User.objects.exclude(id=u.id)
        other.first()
    problematic.update(email="y")
    flips = Ping.objects.all()
    for f in flips:
        f.save()
    old = Ping.objects.all()
    old = old.filter(kind="old")
    old.delete()
    everything = Ping.objects.all()
    everything.delete()


class Migration(migrations.Migration):
    dependencies = [("api", "0050_ping_kind")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
`,
      'api/migrations/0051_x.py',
    );
    // Loops first, then the calls, in the order they are written.
    expect(t.up.map((p) => p.sql)).toEqual([
      'UPDATE api_ping SET id = id;',
      'UPDATE api_ping SET id = id WHERE true;',
      'UPDATE auth_user SET id = id WHERE true;',
      'DELETE FROM api_ping WHERE true;',
      'DELETE FROM api_ping;',
    ]);
  });
});

describe('RunPython functions that run SQL themselves', () => {
  it('reads schema_editor.execute and cursor.execute strings as SQL; SQL built at run time is a notice', async () => {
    const source = `from django.db import connection, migrations


def forwards(apps, schema_editor: Any):
    schema_editor.execute("DROP TABLE shop_legacy")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("ALTER TABLE shop_order DROP COLUMN note")
        cursor.execute("UPDATE shop_order SET total = %s WHERE total IS NULL", [0])
    c = connection.cursor()
    rename = "ALTER TABLE shop_item RENAME TO shop_line"
    c.execute(rename)
    schema_editor.execute("DROP TABLE %s" % old_table)
    connection.cursor().execute(f"TRUNCATE {name}")
    helper.execute("DROP TABLE not_sql_we_know")
    if schema_editor.connection.vendor == "mysql":
        schema_editor.execute("ALTER TABLE \`shop_order\` DROP COLUMN \`status\`")
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute('ALTER TABLE "shop_order" DROP COLUMN IF EXISTS "status"')


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
`;
    const t = await djangoToPieces(source, 'shop/migrations/0002_x.py');
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [5, 'DROP TABLE shop_legacy'],
      [7, 'ALTER TABLE shop_order DROP COLUMN note'],
      [8, 'UPDATE shop_order SET total = NULL WHERE total IS NULL'],
      [10, 'ALTER TABLE shop_item RENAME TO shop_line'],
      [13, 'TRUNCATE __interp__'],
      // The MySQL branch is Django's only on MySQL.
      [18, 'ALTER TABLE "shop_order" DROP COLUMN IF EXISTS "status"'],
    ]);
    expect(t.up[4]!.inexact).toBe(true);
    expect(t.hits.map((h) => [h.line, h.rule, h.message])).toEqual([
      [
        12,
        'not-analysed',
        '`schema_editor.execute("DROP TABLE %s" % old_table)` runs SQL built at run time, so what it does was not judged: review it by hand.',
      ],
    ]);
    const a = await analyse(source, 'shop/migrations/0002_x.py');
    expect(hits(a)).toEqual([
      [5, 'drop-table'],
      [7, 'drop-column'],
      [8, 'data-backfill'],
      [10, 'rename-table'],
      [12, 'not-analysed'],
      [13, 'truncate'],
      [18, 'drop-column'],
    ]);
  });
});

describe('RemoveField and RenameField by what the field was (netbox)', () => {
  const dir = 'dcim/migrations/';
  const initial = wrap(
    `        migrations.CreateModel(
            name='FrontPort',
            fields=[
                ('id', models.BigAutoField(primary_key=True, serialize=False)),
                ('rear_port', models.ForeignKey(on_delete=models.CASCADE, to='dcim.rearport')),
                ('label', models.CharField(max_length=64, db_column='port_label')),
                ('tags', models.ManyToManyField(to='extras.tag')),
            ],
        ),`,
  );
  const run = (ops: string) => {
    const files: Record<string, string> = { '0001_initial.py': initial, '0002_x.py': wrap(ops, "    dependencies = [('dcim', '0001_initial')]\n") };
    return django.analyse({
      path: `${dir}0002_x.py`,
      content: files['0002_x.py']!,
      siblings: {},
      readFile: async (p) => files[p.slice(dir.length)],
    });
  };
  const messages = (a: MigrationAnalysis) =>
    a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule}: ${h.message.split(' deletes')[0]!.split(' breaks')[0]}`);

  it("a ForeignKey's column is <name>_id; a many-to-many field's join table is dropped or renamed", async () => {
    expect(messages(await run("        migrations.RemoveField(model_name='frontport', name='rear_port'),"))).toEqual([
      'drop-column: Dropping column "rear_port_id" from "dcim_frontport"',
    ]);
    expect(messages(await run("        migrations.RemoveField(model_name='frontport', name='tags'),"))).toEqual([
      'drop-table: Dropping table "dcim_frontport_tags"',
    ]);
    expect(messages(await run("        migrations.RenameField(model_name='frontport', old_name='rear_port', new_name='rear'),"))).toEqual([
      'rename-column: Renaming column "rear_port_id" of "dcim_frontport" to "rear_id"',
    ]);
    expect(messages(await run("        migrations.RenameField(model_name='frontport', old_name='tags', new_name='labels'),"))).toEqual([
      'rename-table: Renaming table "dcim_frontport_tags" to "dcim_frontport_labels"',
    ]);
    // db_column names the column: renaming the field leaves it alone; removing it drops that column.
    expect(messages(await run("        migrations.RenameField(model_name='frontport', old_name='label', new_name='name'),"))).toEqual([]);
    expect(messages(await run("        migrations.RemoveField(model_name='frontport', name='label'),"))).toEqual([
      'drop-column: Dropping column "port_label" from "dcim_frontport"',
    ]);
  });

  it('a field the history does not show is taken as named', async () => {
    expect(messages(await analyse(wrap("        migrations.RemoveField(model_name='frontport', name='rear_port'),"), `${dir}0002_x.py`))).toEqual([
      'drop-column: Dropping column "rear_port" from "dcim_frontport"',
    ]);
  });
});

describe("the app's label from its AppConfig (wagtail)", () => {
  // Shapes from wagtail/wagtail wagtail/contrib/forms/apps.py and migrations/0002_add_verbose_names.py:
  // the folder is `forms`, the label `wagtailforms`; tables and dependencies use the label.
  const dir = 'wagtail/contrib/forms/migrations/';
  const appsPy = [
    'from django.apps import AppConfig',
    '',
    'class WagtailFormsAppConfig(AppConfig):',
    '    name = "wagtail.contrib.forms"',
    '    label = "wagtailforms"',
    '',
  ].join('\n');
  const initial = wrap(
    `        migrations.CreateModel(
            name="FormSubmission",
            fields=[
                ("id", models.AutoField(primary_key=True)),
                (
                    "submit_time",
                    # a comment inside the field's tuple (wagtail search_promotions/0001_initial.py)
                    models.DateTimeField(auto_now_add=True),
                ),
            ],
        ),`,
  );
  const files: Record<string, string> = {
    'wagtail/contrib/forms/apps.py': appsPy,
    [`${dir}0001_initial.py`]: initial,
  };
  const run = (ops: string, read: Record<string, string> = files) =>
    django.analyse({
      path: `${dir}0002_x.py`,
      content: wrap(ops, '    dependencies = [("wagtailforms", "0001_initial")]\n'),
      siblings: {},
      readFile: async (p) => read[p],
    });
  const rules = (a: MigrationAnalysis) =>
    a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule}: ${h.message.split(' rewrites')[0]!.split(' deletes')[0]}`);

  it('an AlterField restating the field is no change: the label leads to its earlier migrations', async () => {
    const op =
      '        migrations.AlterField(model_name="formsubmission", name="submit_time", field=models.DateTimeField(auto_now_add=True, verbose_name="Submit time")),';
    expect(rules(await run(op))).toEqual([]);
  });

  it('tables are named after the label', async () => {
    expect(rules(await run('        migrations.DeleteModel(name="FormSubmission"),'))).toEqual(['drop-table: Dropping table "wagtailforms_formsubmission"']);
    // No apps.py (or none that sets a label): the folder name, Django's default.
    expect(rules(await run('        migrations.DeleteModel(name="FormSubmission"),', {}))).toEqual(['drop-table: Dropping table "forms_formsubmission"']);
  });
});

describe('operations and field classes rollback-ready does not know leave a notice (wagtail, readthedocs)', () => {
  it("a project's own operation is a not-analysed notice; Django's state-only operations are not", async () => {
    // Shape from wagtail/wagtail wagtail/search/migrations/0007_delete_editorspick.py.
    const a = await analyse(
      wrap(
        [
          '        DeleteModelIfExists("EditorsPick"),',
          '        migrations.AlterModelOptions(name="order", options={"ordering": ["id"]}),',
          '        migrations.RenameIndex(model_name="order", new_name="order_idx", old_name="order_old_idx"),',
          '        TrigramExtension(),',
        ].join('\n'),
      ),
    );
    expect(hits(a)).toEqual([[6, 'not-analysed']]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain('`DeleteModelIfExists`');
  });

  it('AlterOrderWithRespectTo adds the `_order` column Django fills with 0, or removes it', async () => {
    const add = await analyse(wrap('        migrations.AlterOrderWithRespectTo(name="item", order_with_respect_to="order"),'));
    expect(hits(add)).toEqual([[6, 'add-required-column']]);
    const remove = await analyse(wrap('        migrations.AlterOrderWithRespectTo(name="item", order_with_respect_to=None),'));
    expect(hits(remove)).toEqual([[6, 'drop-column']]);
  });

  describe('an AlterField to or from a field class that is not Django’s', () => {
    const dir = 'organizations/migrations/';
    const initial = wrap(
      `        migrations.CreateModel(
            name="Team",
            fields=[
                ("id", models.AutoField(primary_key=True)),
                ("slug", models.SlugField(max_length=255)),
                ("code", CountryField(max_length=2)),
            ],
        ),`,
    );
    const run = (op: string) =>
      django.analyse({
        path: `${dir}0002_x.py`,
        content: wrap(op, '    dependencies = [("organizations", "0001_initial")]\n'),
        siblings: {},
        readFile: async (p) => (p === `${dir}0001_initial.py` ? initial : undefined),
      });

    it('is a notice, not a type change read off a guessed type (readthedocs organizations/0001_squashed.py)', async () => {
      const a = await run(
        '        migrations.AlterField(model_name="team", name="slug", field=autoslug.fields.AutoSlugField(populate_from="name", unique=False)),',
      );
      expect(hits(a)).toEqual([[7, 'not-analysed']]);
      expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain('`AutoSlugField`');
    });

    it('the same class with its lengths given is compared as it stands', async () => {
      expect(hits(await run('        migrations.AlterField(model_name="team", name="code", field=CountryField(max_length=3)),'))).toEqual([
        [7, 'change-column-type'],
      ]);
      expect(hits(await run('        migrations.AlterField(model_name="team", name="code", field=CountryField(max_length=2, blank=True)),'))).toEqual([]);
    });
  });
});

describe('carried netbox shapes', () => {
  it('AlterModelTable(table=None) takes the table back to <app>_<model>', async () => {
    const a = await analyse(
      wrap(
        ['        migrations.AlterModelTable(name="order", table="legacy_order"),', '        migrations.AlterModelTable(name="order", table=None),'].join('\n'),
      ),
    );
    expect(a.hits.filter((h) => h.rule === 'rename-table').map((h) => [h.line, h.message.split(' breaks')[0]!.split(': ')[0]])).toEqual([
      [6, 'Renaming table "shop_order" to "legacy_order"'],
      [7, 'Renaming table "legacy_order" to "shop_order"'],
    ]);
  });

  it('a UniqueConstraint on expressions is the unique index Django builds (dcim Site, Lower("name"))', async () => {
    const a = await analyse(
      wrap('        migrations.AddConstraint(model_name="order", constraint=models.UniqueConstraint(Lower("name"), name="shop_order_unique_name")),'),
    );
    expect(hits(a)).toEqual([[6, 'non-concurrent-index']]);
  });
});

describe('operations built by code', () => {
  const file = (ops: string) =>
    `from django.db import migrations\n\nFIELDS = ["a", "b"]\n\n\nclass Migration(migrations.Migration):\n    dependencies = []\n    operations = ${ops}\n`;
  const read = (ops: string) => django.analyse({ path: 'app/migrations/0002_x.py', content: file(ops), siblings: {} });

  it('a comprehension over a list of names the file holds is read once per name', async () => {
    const drops = async (ops: string) => (await read(ops)).hits.filter((h) => h.rule === 'drop-column').map((h) => h.message.slice(0, 25));
    expect(await drops('[migrations.RemoveField(model_name="book", name=n) for n in FIELDS]')).toEqual([
      'Dropping column "a" from ',
      'Dropping column "b" from ',
    ]);
    expect(await drops('[\n        *[migrations.RemoveField(model_name="book", name=n) for n in ("c",)],\n    ]')).toEqual(['Dropping column "c" from ']);
  });

  it('a comprehension over anything else, or a call, that builds operations is a notice, not silence', async () => {
    const notices = async (ops: string) => (await read(ops)).hits.filter((h) => h.rule === 'not-analysed').map((h) => h.line);
    expect(await notices('[migrations.RemoveField(model_name="book", name=n) for n in get_fields()]')).toEqual([8]);
    expect(await notices('[migrations.RemoveField(model_name="book", name=n) for n in FIELDS if n != "a"]')).toEqual([8]);
    expect(await notices('build_operations()')).toEqual([8]);
  });
});
