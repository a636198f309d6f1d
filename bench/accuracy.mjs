// `lint` on the migration folders of public repositories, as a new user would run it: findings
// per rule, crashes, parse notices, and time beside squawk on the same SQL files. The repositories
// are never part of this project: they are read from local mirrors fetched beforehand (bare git
// directories under MIRROR_DIR, default /work/.mirror/<owner>+<name>/repo, as the fetch tool of
// the development environment leaves them); a repository that is not there is skipped and said.
// Each corpus is pinned to a commit, so the figures can be compared run to run.
//
//   node bench/accuracy.mjs                 print the results as Markdown
//   node bench/accuracy.mjs --write         also replace the results section of docs/accuracy.md
//   ONLY=kratos,cds node bench/accuracy.mjs  some corpora only
//   DETAIL=parse-error,empty-down-migration node bench/accuracy.mjs   also list those findings (stderr)
//
// Not part of `npm run bench` (its name does not end in .bench.mjs): it needs the mirrors.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { toolPath } from '../scripts/tools.mjs';
import { root } from './lib.mjs';

const MIRROR_DIR = process.env.MIRROR_DIR ?? '/work/.mirror';
const cli = process.env.RR_CLI ?? join(root, 'dist/cli.js');

/**
 * The corpora: a repository at a commit, its framework, the migration files linted (globs), and
 * `context`: files of the app a checkout has beside them that the readers look at (an app's
 * database config), exported but not linted.
 */
export const CORPORA = [
  { id: 'cds', repo: 'ovh/cds', commit: 'ea9589f42f2b30dcffac20d676097a5fd931a80e', framework: 'sql-migrate', include: ['engine/sql/api/*.sql'] },
  {
    id: 'kratos',
    repo: 'ory/kratos',
    commit: 'b86338da04a040247a07f46100a86dcfb3875909',
    framework: 'ory/pop (numbered parts, 4 dialects)',
    include: ['persistence/sql/migrations/sql/*.sql'],
  },
  {
    id: 'kratos-fizz',
    repo: 'ory/kratos',
    commit: 'b86338da04a040247a07f46100a86dcfb3875909',
    framework: 'pop (fizz)',
    include: ['oryx/popx/stub/migrations/source/*.fizz', 'oryx/networkx/migrations/templates/*.fizz'],
  },
  {
    id: 'supabase-auth',
    repo: 'supabase/auth',
    commit: 'bc32168e13fdc928c98b449fc76bc3fdb9a293c5',
    framework: 'pop (Go templates, no down files)',
    include: ['migrations/*.sql'],
  },
  {
    id: 'unleash',
    repo: 'Unleash/unleash',
    commit: 'ceeb5a9ca6d0beb0cabf041d6a27ffd2d6501859',
    framework: 'db-migrate (JS)',
    include: ['src/migrations/*.js'],
  },
  {
    id: 'republik',
    repo: 'republik/plattform',
    commit: '11a1a82aa734f4ca9cd444aa4fbb8b8fcf31835d',
    framework: 'db-migrate (--sql-file)',
    include: ['packages/backend-modules/*/migrations/**/*.{js,sql}'],
  },
  {
    id: 'gophish',
    repo: 'gophish/gophish',
    commit: '95618469799295e2c0fec980805a2dfbb818816b',
    framework: 'goose (mysql/ and sqlite3/ folders)',
    include: ['db/db_mysql/migrations/*.sql', 'db/db_sqlite3/migrations/*.sql'],
  },
  {
    id: 'flipt',
    repo: 'flipt-io/flipt',
    commit: '3664b73603336e3bb105632ea82ff60c4e67e3a3',
    framework: 'golang-migrate (a folder per dialect)',
    include: ['config/migrations/{postgres,mysql,sqlite3,cockroachdb}/*.sql'],
  },
  {
    id: 'harbor',
    repo: 'goharbor/harbor',
    commit: 'c50c7ddd6ea4e335a480b49c618281882ab7eec9',
    framework: 'golang-migrate (DO blocks)',
    include: ['make/migrations/postgresql/*.sql'],
  },
  {
    id: 'goose',
    repo: 'pressly/goose',
    commit: '520411a16119bd3b332613d1ff8312c4cc249673',
    framework: 'goose (SQL and Go)',
    include: [
      'examples/sql-migrations/*',
      'examples/go-migrations/*',
      'internal/testing/integration/testdata/migrations/{postgres,mysql}/*',
      'tests/gomigrations/*/testdata/*',
    ],
  },
  {
    id: 'saleor',
    repo: 'saleor/saleor',
    commit: '723cd4eba87dfc72822ade45dc08a3caa548428d',
    framework: 'Django',
    include: ['saleor/**/migrations/[0-9]*.py'],
    // Its database: manage.py names saleor.settings, whose DATABASES reads a postgres:// URL.
    context: ['manage.py', 'saleor/settings.py'],
  },
  {
    id: 'lobsters',
    repo: 'lobsters/lobsters',
    commit: '57268d762e1c2c95b7a8e64ee8deb259cddd8cc0',
    framework: 'Rails (SQLite, named by config/database.yml.sample)',
    include: ['db/migrate/*.rb'],
    context: ['config/database.yml.sample'],
  },
  {
    id: 'osm',
    repo: 'openstreetmap/openstreetmap-website',
    commit: '9da0fa5ecbff8adc5e6e91c7cf22546755a91f77',
    framework: 'Rails',
    include: ['db/migrate/*.rb'],
    context: ['config/example.database.yml'],
  },
  {
    id: 'openmrs',
    repo: 'openmrs/openmrs-core',
    commit: '4d92b490aaa25fbd255be0d08a04da4772a03e3b',
    framework: 'Liquibase (XML)',
    include: ['api/src/main/resources/org/openmrs/liquibase/updates/*.xml'],
    // Its database: the Hibernate properties and the api module's drivers (src/core/frameworks/jvm-dialect.ts).
    context: ['pom.xml', 'api/pom.xml', 'api/src/main/resources/hibernate.default.properties'],
  },
  {
    id: 'lemmy',
    repo: 'LemmyNet/lemmy',
    commit: '439734dd638a2c06a2f907beab7dcf4646e88f86',
    framework: 'Diesel (a folder per migration: up.sql, down.sql)',
    include: ['migrations/*/*.sql'],
  },
  {
    id: 'conductor',
    repo: 'conductor-oss/conductor',
    commit: 'b54f0d4ee546c1053367e1c14405c5396c17bfb1',
    framework: 'Flyway (a folder per database, placeholders)',
    include: [
      'postgres-persistence/src/main/resources/db/migration*/*.sql',
      'postgres-external-storage/src/main/resources/db/migration*/*.sql',
      'mysql-persistence/src/main/resources/db/migration*/*.sql',
      'sqlite-persistence/src/main/resources/db/migration*/*.sql',
      'scheduler/*/src/main/resources/db/migration*/*.sql',
    ],
  },
  // Probed 2026-12-02 (the false findings and silences they showed are in docs/accuracy.md).
  {
    id: 'dispatch',
    repo: 'Netflix/dispatch',
    commit: 'dd2837e82a0bf5565b1b4b4b91ea30b7262d4061',
    framework: 'Alembic (two version folders)',
    include: ['src/dispatch/database/revisions/*/versions/*.py'],
  },
  {
    id: 'prefect',
    repo: 'PrefectHQ/prefect',
    commit: 'ce79dd3d6cfa2b7337265498210dbc4d25bcdc98',
    framework: 'Alembic (postgresql/ and sqlite/ folders)',
    include: ['src/prefect/server/database/_migrations/versions/{postgresql,sqlite}/*.py'],
  },
  {
    id: 'hexpm',
    repo: 'hexpm/hexpm',
    commit: 'dee4f9b235f21e17149c504155ba1f9fb468bb01',
    framework: 'Ecto',
    include: ['priv/repo/migrations/*.exs'],
    // Its database: mix.exs depends on postgrex.
    context: ['mix.exs'],
  },
  {
    id: 'papercups',
    repo: 'papercups-io/papercups',
    commit: '6a6f5adc7f0cef5813b2c2f1c0659922defaf976',
    framework: 'Ecto',
    include: ['priv/repo/migrations/*.exs'],
    context: ['mix.exs'],
  },
  {
    id: 'bookstack',
    repo: 'BookStackApp/BookStack',
    commit: '6f1c54d018f7d55301eb4c31055b04769f5924d7',
    framework: 'Laravel (MySQL, named by app/Config/database.php)',
    include: ['database/migrations/*.php'],
    context: ['.env.example', 'app/Config/database.php'],
  },
  {
    id: 'firefly',
    repo: 'firefly-iii/firefly-iii',
    commit: 'a95b82b14cb01b6e40491f2a94c53b47b71766e7',
    framework: 'Laravel (MySQL, named by .env.example)',
    include: ['database/migrations/*.php'],
    context: ['.env.example', 'config/database.php'],
  },
  {
    id: 'pingvin',
    repo: 'stonith404/pingvin-share',
    commit: '4f9a502e40360a062ced981010566744e05a1c33',
    framework: 'Prisma (SQLite, named by migration_lock.toml)',
    include: ['backend/prisma/migrations/*/migration.sql'],
  },
  {
    id: 'documenso',
    repo: 'documenso/documenso',
    commit: '75330166cc00b29c14399bc2e391e4b4d8080c00',
    framework: 'Prisma',
    include: ['packages/prisma/migrations/*/migration.sql'],
  },
  {
    id: 'uptime-kuma',
    repo: 'louislam/uptime-kuma',
    commit: '6398a9581d1c3c427a7536559f47ccf45dac08b4',
    framework: 'Knex (db/knex_migrations)',
    include: ['db/knex_migrations/*.js'],
  },
  {
    id: 'jellyseerr',
    repo: 'Fallenbagel/jellyseerr',
    commit: '3b4d6bf5b8f3df295a4f204c56126aadd278e22f',
    framework: 'TypeORM (postgres/ and sqlite/ folders)',
    include: ['server/migration/{postgres,sqlite}/*.ts'],
  },
  {
    id: 'umami',
    repo: 'umami-software/umami',
    commit: 'c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1',
    framework: 'ClickHouse SQL, and Prisma',
    include: ['db/clickhouse/migrations/*.sql', 'prisma/migrations/*/migration.sql'],
  },
  // Probed in the session before (restated nullability): kept here so their figures are re-run.
  {
    id: 'outline',
    repo: 'outline/outline',
    commit: 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68',
    framework: 'Sequelize',
    include: ['server/migrations/*.js'],
    // Its database: .sequelizerc points sequelize-cli at server/config/database.js (dialect "postgres").
    context: ['.sequelizerc', 'server/config/database.js'],
  },
  { id: 'redash', repo: 'getredash/redash', commit: 'ca79fe988d81cdac9675b412f3dfcab107bc1fbc', framework: 'Alembic', include: ['migrations/versions/*.py'] },
  {
    id: 'koel',
    repo: 'koel/koel',
    commit: '41cab99feeaf59b139699403fdfd41f0a280fb39',
    framework: 'Laravel (MySQL, named by .env.example)',
    include: ['database/migrations/*.php'],
    context: ['.env.example', 'config/database.php'],
  },
  {
    id: 'redmine',
    repo: 'redmine/redmine',
    commit: '890812e49cc60e96c7c252b7dedbd881a4edba55',
    framework: 'Rails (MySQL, named by config/database.yml.example)',
    include: ['db/migrate/*.rb'],
    context: ['config/database.yml.example'],
  },
  {
    id: 'netbox',
    repo: 'netbox-community/netbox',
    commit: '43fe81f9e833228c9869f7ddadb67e6c5f145060',
    framework: 'Django (squashed migrations, proxy models)',
    include: ['netbox/*/migrations/[0-9]*.py'],
  },
  {
    id: 'pixelfed',
    repo: 'pixelfed/pixelfed',
    commit: '8aae92d75b4881e5cd6a4e2c83ca52046e5b3d66',
    framework: 'Laravel 10 (MySQL, named by config/database.php)',
    include: ['database/migrations/*.php'],
    context: ['composer.json', 'config/database.php'],
  },
  {
    id: 'monica',
    repo: 'monicahq/monica',
    commit: 'e08e91734170b6bbd582cb578532c3948196124e',
    framework: 'Laravel 12 (SQLite, named by .env.example)',
    include: ['database/migrations/*.php'],
    context: ['composer.json', '.env.example', 'config/database.php'],
  },
  {
    id: 'ctfd',
    repo: 'CTFd/CTFd',
    commit: '91ced62d44d3ec3142a0948ee96ed19947cfc979',
    framework: 'Alembic (branches per database)',
    include: ['migrations/versions/*.py'],
  },
  {
    id: 'mealie',
    repo: 'mealie-recipes/mealie',
    commit: 'b5643a9399465d8b4ea339e7a6639df2d697741b',
    framework: 'Alembic (Postgres and SQLite branches)',
    include: ['alembic/versions/*.py'],
  },
  {
    id: 'stacks',
    repo: 'hirosystems/stacks-blockchain-api',
    commit: '759c4a586b3f0cba330426a525d543d7d8fa2d9f',
    framework: 'node-pg-migrate (TypeScript)',
    include: ['migrations/*.ts'],
  },
  {
    id: 'e1',
    repo: 'pmantra/e1',
    commit: '991cb840226edc9a7598c0807ba3d9e7cd783490',
    framework: 'dbmate',
    include: ['db/migrations/*.sql'],
  },
  {
    id: 'realtime',
    repo: 'supabase/realtime',
    commit: '833cf36c3a3603fff5ae5a8a0ce473a21d5fedd4',
    framework: 'Ecto (priv/ and tenant migrations in lib/)',
    include: ['priv/repo/migrations/*.exs', 'lib/realtime/tenants/repo/migrations/*.ex'],
  },
  {
    id: 'grist',
    repo: 'gristlabs/grist-core',
    commit: 'f98cda95ac9a39d27c976c9db84ca131bf020f84',
    framework: 'TypeORM',
    include: ['app/gen-server/migration/*.ts'],
  },
  {
    id: 'shipping-backend',
    repo: 'CamiloArias12/ShippingBackend',
    commit: '1f7d29b9a247652c0fec7b9d61a5d8add02ee3ca',
    framework: 'TypeORM (MySQL DataSource)',
    include: ['packages/backend/src/database/migrations/*.ts'],
    // Its database: the TypeORM DataSource the package's scripts name (src/core/frameworks/typeorm-dialect.ts).
    context: ['packages/backend/package.json', 'packages/backend/src/database/data-source.ts', 'packages/backend/src/database/migration-config.ts'],
  },
  {
    id: 'maybe',
    repo: 'maybe-finance/maybe',
    commit: '77b5469832758d1cbee1a940f3012a1ae1c74cd3',
    framework: 'Rails',
    include: ['db/migrate/*.rb'],
    context: ['config/database.yml'],
  },
  {
    id: 'cratesio',
    repo: 'rust-lang/crates.io',
    commit: '57fa000662f511321daa61e6769f190ea0e80771',
    framework: 'Diesel (a folder per migration, two version spellings)',
    include: ['migrations/*/up.sql', 'migrations/*/down.sql'],
  },
  {
    id: 'teslamate',
    repo: 'teslamate-org/teslamate',
    commit: '8a692e29346d19cf5786fd1c8682f1628a4a60e0',
    framework: 'Ecto (helper modules, .formatter.exs)',
    include: ['priv/repo/migrations/*.exs'],
    context: ['mix.exs'],
  },
  {
    id: 'quay',
    repo: 'quay/quay',
    commit: 'ffba0c70e2d8d522290a4fbbaa704dbf2fc37f34',
    framework: 'Alembic (autogenerated tables, built SQL)',
    include: ['data/migrations/versions/*.py'],
  },
  {
    id: 'snipeit',
    repo: 'snipe/snipe-it',
    commit: '5aa5c48018f25ae5eb8671bc278469e85d0ac054',
    framework: 'Laravel 11 (MySQL, named by .env.example)',
    include: ['database/migrations/*.php'],
    context: ['composer.json', '.env.example', 'config/database.php'],
  },
  {
    id: 'fineract',
    repo: 'apache/fineract',
    commit: '4198b0bcf9a94e1c7aa0f386317ba71f40ceb1d9',
    framework: 'Liquibase (XML, changesets per database context)',
    include: ['**/db/changelog/**/*.xml'],
  },
  {
    id: 'opencollective',
    repo: 'opencollective/opencollective-api',
    commit: 'e3f35f58970e39eeaa678a8990dfd72d0e71a9ce',
    framework: 'Sequelize',
    include: ['migrations/*.js', 'migrations/*.ts'],
  },
  {
    id: 'healthchecks',
    repo: 'healthchecks/healthchecks',
    commit: '29b5ec251059034b79e0120e2ff0c3e35d7bd9f8',
    framework: 'Django',
    include: ['hc/*/migrations/[0-9]*.py'],
    context: ['manage.py', 'hc/settings.py'],
  },
  // Fourteenth probe (2026-12-03, ninth session): one engineer per reader, new repositories.
  {
    id: 'casa',
    repo: 'rubyforgood/casa',
    commit: '5ad2d6ae14d4561b59919dd983aff6b28e5a7735',
    framework: 'Rails (strong_migrations)',
    include: ['db/migrate/*.rb'],
  },
  {
    id: 'hcb',
    repo: 'hackclub/hcb',
    commit: 'c1c2006347f1175def973025767d5a0332a77462',
    framework: 'Rails (strong_migrations, fx functions)',
    include: ['db/migrate/*.rb'],
  },
  {
    id: 'rubygems',
    repo: 'rubygems/rubygems.org',
    commit: '3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c',
    framework: 'Rails (strong_migrations)',
    include: ['db/migrate/*.rb'],
  },
  {
    id: 'wagtail',
    repo: 'wagtail/wagtail',
    commit: 'c2ae43b9265d085c95142cd1a1f8563ad2eb4de9',
    framework: 'Django (AppConfig labels)',
    include: ['wagtail/**/migrations/[0-9]*.py'],
    context: [
      'wagtail/admin/apps.py',
      'wagtail/contrib/forms/apps.py',
      'wagtail/contrib/redirects/apps.py',
      'wagtail/contrib/search_promotions/apps.py',
      'wagtail/contrib/simple_translation/apps.py',
      'wagtail/documents/apps.py',
      'wagtail/embeds/apps.py',
      'wagtail/images/apps.py',
      'wagtail/apps.py',
      'wagtail/project_template/home/apps.py',
      'wagtail/search/apps.py',
      'wagtail/test/basepage/apps.py',
      'wagtail/test/demosite/apps.py',
      'wagtail/test/i18n/apps.py',
      'wagtail/test/routablepage/apps.py',
      'wagtail/test/snippets/apps.py',
      'wagtail/test/streamfield_migrations/apps.py',
      'wagtail/test/testapp/apps.py',
      'wagtail/users/apps.py',
    ],
  },
  {
    id: 'readthedocs',
    repo: 'readthedocs/readthedocs.org',
    commit: '7937196123747181054d4c2361ec81f93c37f8f2',
    framework: 'Django',
    include: ['readthedocs/**/migrations/[0-9]*.py'],
    context: ['readthedocs/builds/apps.py'],
  },
  {
    id: 'indico',
    repo: 'indico/indico',
    commit: 'b8f1fde8b81b199341cc84a75909cb0ed362d44e',
    framework: 'Alembic (schema= on every operation)',
    include: ['indico/migrations/versions/*.py'],
  },
  {
    id: 'wikijs',
    repo: 'requarks/wiki',
    commit: '6f042e97cc2d3acda6b6ff611de8e0faacce91c1',
    framework: 'Knex (branches on the database type)',
    include: ['server/db/migrations/*.js', 'server/db/migrations-sqlite/*.js'],
  },
  {
    id: 'flowise',
    repo: 'FlowiseAI/Flowise',
    commit: 'ababf4c8ebc0263e03aeeb917832251d3fd785e4',
    framework: 'TypeORM (mysql/, mariadb/, postgres/, sqlite/ folders)',
    include: ['packages/server/src/database/migrations/*/*.ts', 'packages/server/src/enterprise/database/migrations/*/*.ts'],
  },
  {
    id: 'linkwarden',
    repo: 'linkwarden/linkwarden',
    commit: '7550ebb8907e0cd22e8b3e0785bf3da03ab96e3a',
    framework: 'Prisma',
    include: ['packages/prisma/migrations/*/migration.sql'],
  },
  {
    id: 'temporal',
    repo: 'temporalio/temporal',
    commit: '6805caea59e35d0611ed96be69641b8d86bff11c',
    framework: 'temporal-sql-tool (versioned/ folders, 3 dialects)',
    include: ['schema/{postgresql/v12,mysql/v8,sqlite/v3}/*/versioned/*/*.sql'],
  },
  {
    id: 'authelia',
    repo: 'authelia/authelia',
    commit: '23572030b4048922a377ca40d59e804e0ed25fd7',
    framework: 'golang-migrate style (a folder per dialect)',
    include: ['internal/storage/migrations/*/*.sql'],
  },
  {
    id: 'killbill',
    repo: 'killbill/killbill',
    commit: 'cb60779c171391be558cd7aebb1eafea60ad2b82',
    framework: "Flyway (MySQL, named by the server's Maven build)",
    include: ['*/src/main/resources/**/migration/*.sql'],
    // The modules' DDL has no database config; profiles/killbill/pom.xml, which bundles them, ships
    // the MySQL and MariaDB drivers (src/core/frameworks/maven-dialect.ts).
    context: [
      'pom.xml',
      'account/pom.xml',
      'api/pom.xml',
      'beatrix/pom.xml',
      'catalog/pom.xml',
      'currency/pom.xml',
      'entitlement/pom.xml',
      'invoice/pom.xml',
      'jaxrs/pom.xml',
      'junction/pom.xml',
      'overdue/pom.xml',
      'payment/pom.xml',
      'profiles/pom.xml',
      'profiles/killbill/pom.xml',
      'profiles/killpay/pom.xml',
      'subscription/pom.xml',
      'tenant/pom.xml',
      'usage/pom.xml',
      'util/pom.xml',
    ],
  },
  {
    id: 'dataease',
    repo: 'dataease/dataease',
    commit: '09e05f8425bc9e854bc9025ca3df18f9f3501118',
    framework: 'Flyway (MySQL, H2 desktop)',
    include: ['core/core-backend/src/main/resources/db/{migration,desktop}/*.sql'],
    context: [
      'core/core-backend/src/main/resources/application.yml',
      'core/core-backend/src/main/resources/application-desktop.yml',
      'core/core-backend/src/main/resources/application-standalone.yml',
      'core/core-backend/src/main/resources/application-distributed.yml',
    ],
  },
  {
    id: '1000meal',
    repo: '9oormthonUniv-SCH/1000meal-be',
    commit: '0de97a80f1495dfb7c13e6df6f444b962fab035b',
    framework: 'Flyway (Spring Boot, MySQL named by application.yml)',
    include: ['src/main/resources/db/migration/*.sql'],
    context: ['src/main/resources/application.yml'],
  },
  {
    id: 'rd-professional',
    repo: 'hmcts/rd-professional-api',
    commit: '8d3f39c37b9b66f4c577c4dbe4a317e6e7a918d7',
    framework: 'Flyway (Spring Boot, Postgres named by application.yaml)',
    include: ['src/main/resources/db/{migration,postgres}/*.sql'],
    context: ['src/main/resources/application.yaml'],
  },
  {
    id: 'datart',
    repo: 'running-elephant/datart',
    commit: '1af9c5d3ea46db2366d9daedc76e4d97881738b7',
    framework: 'Flyway (Spring Boot, H2 in MySQL mode)',
    include: ['server/src/main/resources/db/migration/*.sql'],
    context: ['server/src/main/resources/application.yml', 'server/src/main/resources/application-demo.yml'],
  },
  {
    id: 'maevsi',
    repo: 'maevsi/sqitch',
    commit: '4002054541273010481cbe4c622ff4edd3b29595',
    framework: 'Sqitch (psql scripts)',
    include: ['src/deploy/*.sql', 'src/revert/*.sql'],
    context: ['src/sqitch.conf', 'src/sqitch.plan'],
  },
  {
    id: 'chef-server',
    repo: 'chef/chef-server',
    commit: '9df4f56e51411b48330651c0ad57e3706555f216',
    framework: 'Sqitch (3 projects, reworked changes)',
    include: [
      'src/oc_erchef/schema/deploy/*.sql',
      'src/oc_erchef/schema/revert/*.sql',
      'src/oc_bifrost/schema/deploy/*.sql',
      'src/oc_bifrost/schema/revert/*.sql',
      'src/bookshelf/schema/deploy/*.sql',
      'src/bookshelf/schema/revert/*.sql',
    ],
    context: [
      'src/oc_erchef/schema/sqitch.conf',
      'src/oc_erchef/schema/sqitch.plan',
      'src/oc_bifrost/schema/sqitch.conf',
      'src/oc_bifrost/schema/sqitch.plan',
      'src/bookshelf/schema/sqitch.conf',
      'src/bookshelf/schema/sqitch.plan',
    ],
  },
  {
    id: 'opinion-sqitch',
    repo: 'inqwise-opinion/opinion-sqitch-mysql',
    commit: '68f5f7e9f6a13ebbac5496736798dc568eefae86',
    framework: 'Sqitch (MySQL engine)',
    include: ['deploy/*.sql', 'revert/*.sql'],
    context: ['sqitch.conf', 'sqitch.plan'],
  },
  {
    id: 'navidrome',
    repo: 'navidrome/navidrome',
    commit: '295886cb9a432d375afa796ed8a32db0775464af',
    framework: 'goose (SQLite by go.mod; SQL and Go)',
    include: ['db/migrations/*.sql', 'db/migrations/2*.go'],
    context: ['go.mod'],
  },
  {
    id: 'hatchet',
    repo: 'hatchet-dev/hatchet',
    commit: '89d130f303c9561442804c9c32b8748e699d5139',
    framework: 'goose (SQL and Go)',
    include: ['cmd/hatchet-migrate/migrate/migrations/*'],
    context: ['go.mod'],
  },
  {
    id: 'permify',
    repo: 'Permify/permify',
    commit: 'e00d0522e2e5d9ccadac42625a3d40a9ba905360',
    framework: 'goose (NO TRANSACTION)',
    include: ['internal/storage/postgres/migrations/*.sql'],
    context: ['go.mod'],
  },
  {
    id: 'openfga',
    repo: 'openfga/openfga',
    commit: 'da9354f7e6704cef47e620ffa2e08212c08d5ad3',
    framework: 'goose (postgres/mysql/sqlite folders)',
    include: ['assets/migrations/*/*.sql'],
    context: ['go.mod'],
  },
  {
    id: 'supabase-postgres',
    repo: 'supabase/postgres',
    commit: '7db7e1a9e34b9ffb9b0e3372ccf08eb4fa772f4b',
    framework: 'dbmate',
    include: ['migrations/db/migrations/*.sql'],
  },
  {
    id: 'tabnews',
    repo: 'filipedeschamps/tabnews.com.br',
    commit: '5e35f6fae64debe5bbfd5854d700992ed1d0ef40',
    framework: 'node-pg-migrate (JavaScript)',
    include: ['infra/migrations/*.js'],
  },
  {
    id: 'ordinals',
    repo: 'hirosystems/ordinals-api',
    commit: '939286e3a036063835206c533ce7f9a66cee0ba7',
    framework: 'node-pg-migrate (TypeScript)',
    include: ['migrations/*.ts'],
  },
  {
    id: 'gravitee',
    repo: 'gravitee-io/gravitee-api-management',
    commit: '2b94b4c9f09374d5692a3467efc03fb05a352983',
    framework: 'Liquibase (YAML, per-database twins, ${parameters})',
    include: ['gravitee-apim-repository/gravitee-apim-repository-jdbc/src/main/resources/liquibase/**/*.yml'],
  },
  {
    id: 'mixeway',
    repo: 'Mixeway/MixewayBackend',
    commit: '89118796cae4cb48658daa9bc2ed4b779046500c',
    framework: 'Liquibase (formatted SQL, one master file)',
    include: ['src/main/resources/db/changelog/*.sql'],
  },
  // The eighteenth probe (thirteenth session): new repositories in the ecosystems with the fewest corpora.
  {
    id: 'hoppscotch',
    repo: 'hoppscotch/hoppscotch',
    commit: 'afc2cf181c16e56647b099e5d18cfe55710c6cdd',
    framework: 'Prisma',
    include: ['packages/hoppscotch-backend/prisma/migrations/*/migration.sql'],
  },
  {
    id: 'vaultwarden',
    repo: 'dani-garcia/vaultwarden',
    commit: '46d71107f5094460dd5ecbe1dbac6e6c71e5189a',
    framework: 'Diesel (postgresql/, mysql/, sqlite/ folders)',
    include: ['migrations/{postgresql,mysql,sqlite}/*/*.sql'],
  },
  {
    id: 'kutt',
    repo: 'thedevs-network/kutt',
    commit: 'fc832d7e7243d5472714e17abfe84b908901e1a7',
    framework: 'Knex (helpers in server/models)',
    include: ['server/migrations/*.js'],
    context: ['knexfile.js'],
  },
  {
    id: 'codimd',
    repo: 'hackmdio/codimd',
    commit: 'b1188a5648a23d970b9ad58612376e6602431f6f',
    framework: 'Sequelize',
    include: ['lib/migrations/*.js'],
  },
  {
    id: 'chirpstack',
    repo: 'chirpstack/chirpstack',
    commit: 'd77207cd362d6b18d35712750c41d6a8a1efbad5',
    framework: 'Diesel (migrations_postgres/ and migrations_sqlite/)',
    include: ['chirpstack/migrations_postgres/*/*.sql', 'chirpstack/migrations_sqlite/*/*.sql'],
  },
  {
    id: 'river',
    repo: 'riverqueue/river',
    commit: 'fdf6cdf12567a5b70c003f5ff850273f09e7efcf',
    framework: 'golang-migrate style (river migration lines, DO blocks)',
    include: ['riverdriver/riverpgxv5/migration/main/*.sql'],
  },
  {
    id: 'id3c',
    repo: 'seattleflu/id3c',
    commit: '6c3c1a940264a0ff87bd47ee243c6099056900b1',
    framework: 'Sqitch (psql :"DBNAME")',
    include: ['schema/deploy/**/*.sql', 'schema/revert/**/*.sql'],
    context: ['schema/sqitch.plan'],
  },
  {
    id: 'karakeep',
    repo: 'karakeep-app/karakeep',
    commit: '7ca5ee236b96cd659096b1530c5be3fdcd8e4470',
    framework: 'drizzle-kit (SQLite, named by meta/_journal.json)',
    include: ['packages/db/drizzle/*.sql'],
    context: ['packages/db/drizzle/meta/_journal.json'],
  },
  {
    id: 'sanbase2',
    repo: 'santiment/sanbase2',
    commit: '61cfd7a777a6b51eb4e04057316a23e67313d750',
    framework: 'Ecto (repo adapter; ClickHouse repo in config)',
    include: ['priv/repo/migrations/*.exs'],
    context: ['mix.exs', 'lib/sanbase/repo.ex', 'config/config.exs', 'config/dev.exs', 'config/prod.exs'],
  },
  {
    id: 'xivo',
    repo: 'wazo-platform/xivo-manage-db',
    commit: '0344a3c97200331be13500f53b36ec947fbf8113',
    framework: 'Alembic (loops over module-level lists)',
    include: ['alembic/versions/*.py'],
  },
];

const mirrorOf = (repo) => join(MIRROR_DIR, repo.replace('/', '+'), 'repo');

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The corpus's files at its commit, copied out of the mirror into a temporary folder. */
function checkout(corpus) {
  const git = mirrorOf(corpus.repo);
  const dir = mkdtempSync(join(tmpdir(), `rr-accuracy-${corpus.id}-`));
  // The folders the globs start in (their literal prefix), exported with git archive, and the
  // files beside them a user's checkout has that the readers look at (an app's database config).
  const roots = [
    ...(corpus.context ?? []),
    ...new Set(
      corpus.include.map((g) =>
        g
          .split('/')
          .filter((_, i, parts) => !/[*{[]/.test(parts.slice(0, i + 1).join('/')))
          .join('/'),
      ),
    ),
  ];
  const match = picomatch(corpus.include, { dot: true });
  const archive = spawnSync('git', ['-C', git, 'archive', '--format=tar', corpus.commit, ...roots], { maxBuffer: 1 << 30 });
  if (archive.status === 0) execFileSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 1 << 30 });
  // A mirror without some large file elsewhere in the tree (git archive reads the whole tree):
  // the files wanted, one by one.
  else if (!copyFiles(git, corpus, dir, match))
    throw new Error(`git archive ${corpus.repo}@${corpus.commit.slice(0, 8)}: ${archive.stderr.toString().split('\n')[0]}`);
  return { dir, files: listFiles(dir).filter((f) => match(f)) };
}

/** The corpus's files and context at its commit, written into `dir` blob by blob; false when none could be. */
function copyFiles(git, corpus, dir, match) {
  const listed = spawnSync('git', ['-C', git, 'ls-tree', '-r', '--name-only', corpus.commit], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (listed.status !== 0) return false;
  const context = new Set(corpus.context ?? []);
  const wanted = listed.stdout.split('\n').filter((f) => f && (match(f) || context.has(f)));
  for (const f of wanted) {
    const blob = spawnSync('git', ['-C', git, 'cat-file', 'blob', `${corpus.commit}:${f}`], { maxBuffer: 1 << 30 });
    if (blob.status !== 0) return false;
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), blob.stdout);
  }
  return wanted.length > 0;
}

function timed(cmd, args, cwd) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ...r, ms: performance.now() - t };
}

function lint(files, cwd) {
  const r = timed(process.execPath, [cli, 'lint', ...files, '--format', 'json'], cwd);
  let findings;
  try {
    findings = JSON.parse(r.stdout).findings;
  } catch {
    findings = undefined;
  }
  // A crash: exit 2 with a message, no JSON, or a Node stack trace.
  const crashed = r.status === 2 || findings === undefined || /\n\s+at /.test(r.stderr);
  return { ms: r.ms, findings: findings ?? [], crashed, stderr: r.stderr };
}

let squawk;
try {
  squawk = toolPath('squawk');
} catch {
  squawk = undefined;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = Number(process.env.RUNS ?? 3);

const only = process.env.ONLY?.split(',');
const results = [];
for (const corpus of CORPORA.filter((c) => !only || only.includes(c.id))) {
  if (!existsSync(mirrorOf(corpus.repo))) {
    results.push({ corpus, skipped: `no mirror at ${mirrorOf(corpus.repo)} (fetch ${corpus.repo} first)` });
    continue;
  }
  let co;
  try {
    co = checkout(corpus);
  } catch (error) {
    results.push({ corpus, skipped: error.message });
    continue;
  }
  const all = lint(co.files, co.dir);
  const sql = co.files.filter((f) => f.endsWith('.sql'));
  let timing;
  if (sql.length) {
    // The same SQL files through both tools, new processes, alternating.
    const rr = [];
    const sq = [];
    for (let i = 0; i < RUNS; i++) {
      rr.push(lint(sql, co.dir).ms);
      if (squawk) sq.push(timed(squawk, ['--reporter', 'json', ...sql], co.dir).ms);
    }
    timing = { files: sql.length, rr: median(rr), squawk: sq.length ? median(sq) : undefined };
  }
  rmSync(co.dir, { recursive: true, force: true });
  results.push({ corpus, files: co.files.length, ...all, timing });
  const detail = process.env.DETAIL?.split(',');
  for (const f of detail ? all.findings.filter((x) => detail.includes(x.rule)) : []) {
    console.error(`${corpus.id} ${f.path}:${f.line} ${f.severity} ${f.rule}: ${f.message.slice(0, Number(process.env.DETAIL_WIDTH ?? 200))}`);
  }
}

// ---- report ----------------------------------------------------------------------------------

const count = (findings, pred) => findings.filter(pred).length;
const ms = (x) => (x === undefined ? 'n/a' : `${Math.round(x)} ms`);
const lines = [];
lines.push(
  `Run on ${new Date().toISOString().slice(0, 10)} with \`${relative(root, cli)}\`${squawk ? ' and squawk-cli 2.66.0' : ' (squawk not installed: no peer times)'}.`,
);
lines.push('');
lines.push(
  '| corpus | repository @ commit | framework | files | errors | warnings | notices (parse-error / not-analysed) | crashes | lint, all files | SQL files: rollback-ready / squawk |',
);
lines.push('|---|---|---|---:|---:|---:|---|---:|---:|---|');
for (const r of results) {
  const c = r.corpus;
  const where = `[${c.repo}](https://github.com/${c.repo}/tree/${c.commit}) @ \`${c.commit.slice(0, 8)}\``;
  if (r.skipped) {
    lines.push(`| ${c.id} | ${where} | ${c.framework} | – | – | – | skipped: ${r.skipped} | – | – | – |`);
    continue;
  }
  const f = r.findings;
  const notices = `${count(f, (x) => x.severity === 'notice')} (${count(f, (x) => x.rule === 'parse-error')} / ${count(f, (x) => x.rule === 'not-analysed')})`;
  const t = r.timing;
  const peer = t ? `${t.files} files: ${ms(t.rr)} / ${ms(t.squawk)}${t.squawk ? ` (${(t.rr / t.squawk).toFixed(2)}x)` : ''}` : 'no SQL files';
  lines.push(
    `| ${c.id} | ${where} | ${c.framework} | ${r.files} | ${count(f, (x) => x.severity === 'error')} | ${count(f, (x) => x.severity === 'warning')} | ${notices} | ${r.crashed ? 1 : 0} | ${ms(r.ms)} | ${peer} |`,
  );
}
lines.push('');
lines.push('Findings per rule (all severities, suppressed ones included):');
lines.push('');
const rules = [...new Set(results.flatMap((r) => (r.findings ?? []).map((f) => f.rule)))].sort();
const done = results.filter((r) => !r.skipped);
lines.push(`| rule | ${done.map((r) => r.corpus.id).join(' | ')} |`);
lines.push(`|---|${done.map(() => '---:').join('|')}|`);
for (const rule of rules) lines.push(`| \`${rule}\` | ${done.map((r) => count(r.findings, (f) => f.rule === rule) || '').join(' | ')} |`);
for (const r of done.filter((x) => x.crashed)) lines.push('', `**${r.corpus.id} crashed**: ${r.stderr.split('\n').slice(0, 3).join(' ')}`);

const markdown = lines.join('\n');
console.log(markdown);

if (process.argv.includes('--write')) {
  const doc = join(root, 'docs/accuracy.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- results:start (written by node bench/accuracy.mjs --write) -->';
  const end = '<!-- results:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/accuracy.md has no results markers`);
  // Formatted as lint's format:check wants the docs (prettier pads the tables' cells).
  const { format, resolveConfig } = await import('prettier');
  const options = { ...(await resolveConfig(doc)), filepath: doc };
  writeFileSync(doc, await format(`${text.slice(0, a + start.length)}\n\n${markdown}\n\n${text.slice(b)}`, options));
  console.error('docs/accuracy.md: results section replaced');
}
