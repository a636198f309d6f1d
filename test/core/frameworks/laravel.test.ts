import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import laravel, { laravelToPieces } from '../../../src/core/frameworks/laravel';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/laravel';
const analyse = (content: string, path = 'database/migrations/2024_x.php') => laravel.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('laravelToPieces', () => {
  it('maps Blueprint calls (columns NOT NULL unless nullable) and DB::statement heredocs', async () => {
    const t = await laravelToPieces(readFileSync(`${FIX}/err/database/migrations/2024_01_01_000000_drop_email.php`, 'utf8'));
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [14, 'ALTER TABLE users DROP COLUMN email;'],
      [15, 'ALTER TABLE users RENAME COLUMN "name" TO full_name;'],
      [16, 'ALTER TABLE users ADD COLUMN plan character varying(20) NOT NULL;'],
      [17, 'ALTER TABLE users ALTER COLUMN age TYPE bigint;'],
      [17, 'ALTER TABLE users ALTER COLUMN age DROP NOT NULL;'],
      [18, 'CREATE INDEX users_plan_index ON users (plan);'],
      [20, 'DROP TABLE IF EXISTS sessions;'],
      [21, "UPDATE users SET plan = 'free', status = 'active'"],
    ]);
  });

  it("reads ->nullable(false)->change() as SET NOT NULL, as Laravel's modifyNullable writes it", async () => {
    const t = await laravelToPieces(
      "<?php\nreturn new class extends Migration {\n  public function up(): void {\n    Schema::table('jobs', function (Blueprint $table) {\n      $table->integer('count')->nullable(false)->change();\n      $table->integer('size')->nullable()->change();\n    });\n  }\n};\n",
    );
    expect(t.up.map((p) => p.sql.trim())).toEqual([
      'ALTER TABLE jobs ALTER COLUMN count TYPE integer;',
      'ALTER TABLE jobs ALTER COLUMN count SET NOT NULL;',
      'ALTER TABLE jobs ALTER COLUMN size TYPE integer;',
      'ALTER TABLE jobs ALTER COLUMN size DROP NOT NULL;',
    ]);
  });

  it('reads $withinTransaction and Schema::create', async () => {
    const t = await laravelToPieces(`<?php
return new class extends Migration {
    public $withinTransaction = false;
    public function up(): void
    {
        Schema::create('posts', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->constrained();
            $table->string('title');
        });
    }
    public function down(): void
    {
        Schema::drop('posts');
    }
};
`);
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => p.sql)).toEqual([
      'CREATE TABLE posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL, title character varying(255) NOT NULL);',
      'ALTER TABLE posts ADD CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id);',
    ]);
    expect(t.downStatus).toBe('present');
  });

  it('takes a method named like an Object.prototype member for no column type', async () => {
    const t = await laravelToPieces(`<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('users', function (Blueprint $table) {
            $table->toString('x');
            $table->constructor('y');
            $table->string('nick');
        });
    }
};
`);
    expect(t.up.map((p) => p.sql)).toEqual(['ALTER TABLE users ADD COLUMN nick character varying(255) NOT NULL;']);
  });
});

describe('laravel.analyse', () => {
  it('flags risky operations and an empty down()', async () => {
    const a = await fixture('err/database/migrations/2024_01_01_000000_drop_email.php');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [14, 'drop-column'],
      [15, 'rename-column'],
      [16, 'add-required-column'],
      [17, 'change-column-type'],
      [17, 'drop-not-null'],
      [18, 'non-concurrent-index'],
      [20, 'drop-table'],
      [22, 'data-backfill'],
      [26, 'empty-down-migration'],
    ]);
  });

  it('flags a missing down()', async () => {
    const a = await fixture('err/database/migrations/2024_01_02_000000_no_down.php');
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([
      [8, 'missing-down-migration'],
      [10, 'rename-table'],
    ]);
  });

  it('passes a safe migration', async () => {
    const a = await fixture('ok/database/migrations/2024_02_01_000000_add_nickname.php');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it('never throws on broken or empty files', async () => {
    const broken = await analyse("<?php\nSchema::drop('users'\n");
    expect(broken.hits.some((h) => h.rule === 'parse-error')).toBe(true);
    expect((await analyse('')).down).toBe('missing');
  });
});

describe("the app's Laravel version (composer.json)", () => {
  it('reads the highest major a laravel/framework constraint allows', async () => {
    const { laravelMajor } = await import('../../../src/core/frameworks/laravel');
    const composer = (c: string) => JSON.stringify({ require: { php: '^8.1', 'laravel/framework': c } });
    expect(laravelMajor(composer('^10.0'))).toBe(10);
    expect(laravelMajor(composer('^9.19|^10.0'))).toBe(10);
    expect(laravelMajor(composer('^10.0|^11.0'))).toBe(11);
    expect(laravelMajor(composer('5.8.*'))).toBe(5);
    expect(laravelMajor(composer('>=10.0 <11.0'))).toBe(10);
    expect(laravelMajor(composer('v12.1.0'))).toBe(12);
    expect(laravelMajor(composer('dev-master'))).toBeUndefined();
    expect(laravelMajor(JSON.stringify({ require: {} }))).toBeUndefined();
    expect(laravelMajor('not json')).toBeUndefined();
  });

  it('Laravel 10 keeps the NULL that ->change() does not restate; 11 restates it (pixelfed)', async () => {
    const files: Record<string, string> = {
      'composer.json': JSON.stringify({ require: { 'laravel/framework': '^10.0' } }),
      'database/migrations/2018_04_16_005848_create_statuses_table.php': `<?php
return new class extends Migration {
    public function up() { Schema::create('statuses', function (Blueprint $table) { $table->bigIncrements('id'); $table->string('caption')->nullable(); }); }
    public function down() { Schema::dropIfExists('statuses'); }
};`,
      'database/migrations/2018_08_12_042648_change_caption.php': `<?php
return new class extends Migration {
    public function up() { Schema::table('statuses', function ($table) { $table->text('caption')->change(); $table->bigInteger('id')->unsigned()->change(); }); }
    public function down() { Schema::table('statuses', function ($table) { $table->text('caption')->change(); }); }
};`,
    };
    const run = (composer: string | undefined) => {
      const all: Record<string, string | undefined> = { ...files, 'composer.json': composer };
      const path = 'database/migrations/2018_08_12_042648_change_caption.php';
      return laravel.analyse({
        path,
        content: all[path]!,
        siblings: {},
        readFile: async (p) => all[p],
        listDir: async (d) =>
          d === 'database/migrations/'
            ? Object.keys(files)
                .filter((f) => f.startsWith(d))
                .map((f) => f.slice(d.length))
            : undefined,
      });
    };
    expect(hits(await run(files['composer.json']))).toEqual([]);
    // Laravel 11 (or no composer.json): the column is restated NOT NULL.
    expect(hits(await run(JSON.stringify({ require: { 'laravel/framework': '^11.0' } })))).toEqual([[3, 'set-not-null']]);
    expect(hits(await run(undefined))).toEqual([[3, 'set-not-null']]);
  });
});

describe('Eloquent writes one record at a time over a model query (pixelfed, monica)', () => {
  it('are data changes on the model table', async () => {
    const up = (body: string) => `<?php
return new class extends Migration {
    public function up(): void
    {
${body}
    }

    public function down(): void
    {
        // nothing
    }
};`;
    const writes = async (body: string) =>
      (await laravelToPieces(up(body))).up.filter((p) => /^(UPDATE|DELETE)/.test(p.sql)).map((p) => `${p.line} ${p.sql.split(' WHERE')[0]}`);
    expect(
      await writes(`        User::chunk(100, function ($users) {
            foreach ($users as $user) {
                $user->locale = 'en';
                $user->save();
            }
        });`),
    ).toEqual(['8 UPDATE users SET id = id']);
    expect(await writes(`        StatusHashtag::doesntHave('status')->lazyById(200)->each->deleteQuietly();`)).toEqual(['5 DELETE FROM status_hashtags']);
    expect(await writes(`        foreach (Status::whereNull('entities')->get() as $status) { $status->saveQuietly(); }`)).toEqual([
      '5 UPDATE statuses SET id = id',
    ]);
    // A collection held in a variable before the loop (snipe-it).
    expect(
      await writes(`        $customfields = CustomField::where('format', 'LIKE', '%&%')->get();

        foreach($customfields as $customfield){
            $customfield->update(['format' => html_entity_decode($customfield->format)]);
        }
        $bad = Actionlog::where('item_id', '=', 0)->whereNull('target_type')->get();
        foreach ($bad as $b) {
            $b->delete();
        }`),
    ).toEqual(['8 UPDATE custom_fields SET id = id', '12 DELETE FROM actionlogs']);
    // Rows of the query builder, or of a variable given something else: not a model's.
    expect(
      await writes(`        $rows = DB::table('assets')->get();
        foreach ($rows as $row) { $row->save(); }
        $fields = CustomField::all();
        $fields = config('fields');
        foreach ($fields as $field) { $field->save(); }`),
    ).toEqual([]);
    // A record that is not one of a model query's: not read as a table write.
    expect(
      await writes(`        $settings = config('app');
        $settings->save();`),
    ).toEqual([]);
  });
});

describe('SQL built with the table prefix (snipe-it)', () => {
  const up = (body: string) => `<?php
return new class extends Migration {
    public function up(): void
    {
${body}
    }

    public function down(): void
    {
        Schema::dropIfExists('audits');
    }
};`;
  // Inexact: built from code, or run with bindings (read as values, then said when it still does not parse).
  const pieces = async (body: string) => (await laravelToPieces(up(body))).up.map((p) => [p.line, p.sql, !!(p.inexact || p.binds)]);

  it('reads DB::getTablePrefix() before a name as empty, and alone as a name set at run time', async () => {
    expect(await pieces(`        DB::update('UPDATE '.DB::getTablePrefix().'users SET username=email');`)).toEqual([
      [5, 'UPDATE users SET username=email', false],
    ]);
    expect(
      await pieces(`        DB::statement('ALTER TABLE \`'.DB::getTablePrefix().'assets\` DROP COLUMN foo');
        DB::delete("DELETE FROM " . DB::connection()->getTablePrefix() . "sessions WHERE id = ?", [1]);`),
    ).toEqual([
      [5, 'ALTER TABLE `assets` DROP COLUMN foo', false],
      [6, 'DELETE FROM sessions WHERE id = ?', true],
    ]);
    // A variable holding the prefix, concatenated or interpolated.
    expect(
      await pieces(`        $prefix = DB::getTablePrefix();
        DB::statement('DROP TABLE '.$prefix.'sessions');
        DB::statement("UPDATE {$prefix}users SET plan = 'free'");`),
    ).toEqual([
      [6, 'DROP TABLE sessions', false],
      [7, "UPDATE users SET plan = 'free'", false],
    ]);
    // The prefix standing alone, or a variable holding more than the prefix: named at run time.
    expect(
      await pieces(`        $t = DB::getTablePrefix().'x';
        DB::statement("DROP TABLE {$t}");
        DB::statement('DROP TABLE '.DB::getTablePrefix());`),
    ).toEqual([
      [6, 'DROP TABLE __interp__', true],
      [7, 'DROP TABLE __interp__', true],
    ]);
  });

  it('says SQL built from other code was not read, never passes it in silence', async () => {
    const t = await laravelToPieces(
      up(`        $table = config('audit.table');
        DB::statement('DROP TABLE '.$table);
        DB::unprepared($sql);`),
    );
    expect(t.up).toEqual([]);
    expect(t.hits.map((h) => [h.line, h.rule, h.message])).toEqual([
      [6, 'not-analysed', '`DB::statement(…)` runs SQL built from `$table`, so what it does was not read: review it by hand.'],
      [7, 'not-analysed', '`DB::unprepared(…)` runs SQL built from `$sql`, so what it does was not read: review it by hand.'],
    ]);
  });

  it('flags the data change it reads', async () => {
    const a = await analyse(up(`        DB::update('UPDATE '.DB::getTablePrefix().'users SET username=email');`));
    expect(hits(a)).toEqual([[5, 'data-backfill']]);
    expect(a.changesData).toBe(true);
  });
});

describe("Laravel's MySQL column types (snipe-it)", () => {
  const migration = `<?php
return new class extends Migration {
    public function up()
    {
        Schema::table('settings', function (Blueprint $table) {
            $table->mediumText('saml_idp_metadata')->nullable()->default(null)->change();
            $table->tinyInteger('flags');
        });
    }
    public function down()
    {
        Schema::table('settings', function (Blueprint $table) {
            $table->text('saml_idp_metadata')->nullable()->default(null)->change();
        });
    }
};`;
  const types = async (mysql: boolean) => (await laravelToPieces(migration, false, mysql)).up.map((p) => p.sql).filter((s) => / TYPE |ADD COLUMN/.test(s));

  it("are MySQL's types on a MySQL app, Postgres's otherwise", async () => {
    expect(await types(true)).toEqual([
      'ALTER TABLE settings ALTER COLUMN saml_idp_metadata TYPE mediumtext;',
      'ALTER TABLE settings ADD COLUMN flags tinyint NOT NULL;',
    ]);
    expect(await types(false)).toEqual([
      'ALTER TABLE settings ALTER COLUMN saml_idp_metadata TYPE text;',
      'ALTER TABLE settings ADD COLUMN flags smallint NOT NULL;',
    ]);
  });

  it('text → mediumText is a widening its down narrows back on MySQL', async () => {
    const run = (dialect: 'mysql' | 'postgres') =>
      laravel.analyse({ path: 'database/migrations/2023_07_05_x.php', content: migration, siblings: {}, dialect: { dialect, from: 'test' } });
    const mysql = (await run('mysql')).hits.filter((h) => h.rule === 'change-column-type');
    expect(mysql.map((h) => [h.line, h.severity])).toEqual([[6, 'warning']]);
    expect(mysql[0]!.message).toContain('changes it back to text, which holds less');
    // On Postgres both are text: the down changes nothing back (the old type, unknown here, is all it warns of).
    const postgres = (await run('postgres')).hits.filter((h) => h.rule === 'change-column-type');
    expect(postgres.map((h) => h.message)).not.toContainEqual(expect.stringContaining('changes it back'));
  });
});

describe('SQL with bindings or interpolations', () => {
  it('reads bindings as values (`id=?` too), and says interpolated SQL that does not parse, on its call (snipe-it)', async () => {
    // database/migrations/2015_03_01_231912_update_accepted_at_to_acceptance_id.php of snipe/snipe-it at 5aa5c480.
    const a = await analyse(`<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Support\\Facades\\DB;

return new class extends Migration {
    public function up(): void
    {
        DB::update('update asset_logs set accepted_id=? where id=?', [$a, $b]);
        DB::statement("ALTER TABLE {$table} {$change}");
        DB::statement("DELETE FROM audits");
    }

    public function down(): void
    {
    }
};
`);
    expect(hits(a)).toEqual([
      [8, 'data-backfill'],
      [9, 'not-analysed'],
      [10, 'delete-without-where'],
      [13, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.line === 9)?.message).toContain('`DB::statement(…)` runs SQL built with `{$…}` parts known only at run time');
  });
});

describe('a loop over names the migration holds (issue #9)', () => {
  const mig = (body: string) => `<?php
return new class extends Migration {
    public function up(): void
    {
${body}
    }

    public function down(): void
    {
        Schema::create('x', function (Blueprint $table) { $table->id(); });
    }
};`;
  const dropped = async (body: string) => {
    const t = await laravelToPieces(mig(body));
    return { sql: t.up.map((p) => [p.line, p.sql]), notices: t.hits.filter((h) => h.rule === 'not-analysed').map((h) => [h.line, h.message]) };
  };

  it('reads the body once per name of a foreach over a literal list, inside and outside Schema::table', async () => {
    const r = await dropped(`        foreach (['events', 'sessions'] as $table) {
            Schema::dropIfExists($table);
        }
        Schema::table('users', function (Blueprint $table) {
            foreach (['legacy_a', 'legacy_b'] as $col) {
                $table->dropColumn($col);
            }
        });`);
    expect(r.sql).toEqual([
      [6, 'DROP TABLE IF EXISTS events;'],
      [6, 'DROP TABLE IF EXISTS sessions;'],
      [10, 'ALTER TABLE users DROP COLUMN legacy_a;'],
      [10, 'ALTER TABLE users DROP COLUMN legacy_b;'],
    ]);
    expect(r.notices).toEqual([]);
  });

  it('reads a local assigned once to a list or a string, and a Schema::table in such a loop', async () => {
    const r = await dropped(`        $cols = ['a', 'b'];
        $name = 'users';
        Schema::table($name, function (Blueprint $table) use ($cols) {
            $table->dropColumn($cols);
        });
        foreach ($cols as $col) {
            Schema::table('posts', function (Blueprint $table) use ($col) {
                $table->dropColumn($col);
            });
        }`);
    expect(r.sql).toEqual([
      [8, 'ALTER TABLE users DROP COLUMN a;'],
      [8, 'ALTER TABLE users DROP COLUMN b;'],
      [12, 'ALTER TABLE posts DROP COLUMN a;'],
      [12, 'ALTER TABLE posts DROP COLUMN b;'],
    ]);
  });

  it('says a drop or rename of names found at run time, never passes it', async () => {
    const r = await dropped(`        $cols = ['a'];
        $cols[] = 'b';
        Schema::table('users', function (Blueprint $table) use ($cols) {
            $table->dropColumn($cols);
            foreach ($this->legacy() as $col) {
                $table->dropColumn($col);
            }
            $table->renameColumn('a', $to);
        });
        Schema::dropColumns('users', $cols);`);
    expect(r.sql).toEqual([]);
    expect(r.notices).toEqual([
      [8, '`$table->dropColumn($cols)` on "users" names what it drops or renames only at run time, so it was not judged: review it by hand.'],
      [10, '`$table->dropColumn($col)` on "users" names what it drops or renames only at run time, so it was not judged: review it by hand.'],
      [12, '`$table->renameColumn($to)` on "users" names what it drops or renames only at run time, so it was not judged: review it by hand.'],
      [14, "`Schema::dropColumns('users', $cols)` names what it drops or renames only at run time, so it was not judged: review it by hand."],
    ]);
  });
});

describe("a method of the migration called with literals (issue #9: pterodactyl's, firefly's helpers)", () => {
  const mig = (body: string, methods: string) => `<?php
return new class extends Migration {
    public function up(): void
    {
${body}
    }

    public function down(): void
    {
        Schema::create('x', function (Blueprint $table) { $table->id(); });
    }

${methods}
};
`;
  const read = async (body: string, methods: string) => {
    const t = await laravelToPieces(mig(body, methods));
    return { sql: t.up.map((p) => p.sql), notices: t.hits.filter((h) => h.rule === 'not-analysed').map((h) => h.message) };
  };

  it('is read once per call, its parameters bound to the literals given (by position, name or default)', async () => {
    const r = await read(
      `        $this->dropLegacy('events');\n        $this->dropLegacy(name: 'sessions', column: 'old');\n        foreach (['a', 'b'] as $t) {\n            $this->dropLegacy($t);\n        }`,
      `    private function dropLegacy(string $name, string $column = 'legacy'): void
    {
        Schema::table($name, function (Blueprint $table) use ($column) {
            $table->dropColumn($column);
        });
    }`,
    );
    expect(r.sql).toEqual([
      'ALTER TABLE events DROP COLUMN legacy;',
      'ALTER TABLE sessions DROP COLUMN old;',
      'ALTER TABLE a DROP COLUMN legacy;',
      'ALTER TABLE b DROP COLUMN legacy;',
    ]);
    expect(r.notices).toEqual([]);
  });

  it('given a value known only at run time (or calling itself), is read once unbound: a notice, never silence', async () => {
    const r = await read(
      `        $this->dropLegacy('events');\n        $this->dropLegacy(config('tables.users'));`,
      `    private function dropLegacy(string $name): void
    {
        Schema::table($name, function (Blueprint $table) {
            $table->dropColumn('legacy');
        });
        $this->dropLegacy($name . '_old');
    }`,
    );
    expect(r.sql).toEqual(['ALTER TABLE events DROP COLUMN legacy;']);
    expect(r.notices).toEqual(['`Schema::table($name, …)` names its table only at run time, so what it does was not read: review it by hand.']);
  });

  it("does not read a parameter inside a closure that does not `use` it (PHP's closures see only what they use)", async () => {
    const r = await read(
      `        $this->drop('events', 'legacy');`,
      `    private function drop(string $name, string $column): void
    {
        Schema::table($name, function (Blueprint $table) {
            $table->dropColumn($column);
        });
    }`,
    );
    expect(r.sql).toEqual([]);
    expect(r.notices.join('\n')).toMatch(/dropColumn|\$column/);
  });
});
