import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

// End to end on real git repositories: what the author is told to do next, and only that.
// Shapes of the migrations follow public projects: Prisma's `prisma/migrations/<ts>_<name>/migration.sql`
// with a `-- AlterTable` header (as `prisma migrate dev` writes it), a Django data migration
// with a RunPython and no reverse (as Django's docs show before adding `reverse_code`).

let repo: TempRepo;
let baseSha: string;
const short = () => baseSha.slice(0, 12);

const DONE = `
- [x] A backup is taken before the deploy and its restore is known to work
- [x] Rollback tested (in staging, or by the rollback drill)
- [x] Monitoring and alerts will show quickly if something breaks
- [x] The on-call engineer knows this is being deployed
`;

const file = (name: string, text: string) => {
  const path = join(repo.dir, '.git', name);
  writeFileSync(path, text);
  return path;
};
const check = (head: string, body: string, format = 'json') =>
  runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', head, '--body', file(`${head}-${format}.md`, body), '--format', format]);
const report = (head: string, body: string) => JSON.parse(check(head, body).stdout) as Report;
const gates = (r: Report) => Object.fromEntries(r.gates.map((g) => [g.id, g.status]));
/** The skeleton in the comment: the fenced block inside the <details>. */
const skeleton = (markdown: string) => /```markdown\n([\s\S]*?)\n```\n\n<\/details>/.exec(markdown)?.[1] ?? '';
const nextSteps = (markdown: string) => /\*\*Next steps\*\*\n\n((?:\d+\. .*\n?)+)/.exec(markdown)?.[1]?.trimEnd().split('\n') ?? [];

beforeAll(() => {
  repo = makeRepo();
  repo.write({
    'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
    'prisma/migrations/20240101000000_init/migration.sql':
      '-- CreateTable\nCREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n',
    'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
    'shop/__init__.py': '',
    'shop/migrations/__init__.py': '',
    'shop/migrations/0001_initial.py':
      'from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n\n    operations = [\n        migrations.CreateModel(name="Customer", fields=[("id", models.BigAutoField(primary_key=True)), ("plan", models.CharField(max_length=20, null=True))]),\n    ]\n',
    'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy text);\n',
    'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
  });
  baseSha = repo.commit('base');

  repo.git('checkout', '-q', '-b', 'prisma', 'main');
  repo.write({ 'prisma/migrations/20240301000000_add_name/migration.sql': '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "name" TEXT;\n' });
  repo.commit('prisma: add name');

  repo.git('checkout', '-q', '-b', 'django', 'main');
  repo.write({
    'shop/migrations/0002_backfill_plan.py':
      'from django.db import migrations\n\n\ndef set_free(apps, schema_editor):\n    Customer = apps.get_model("shop", "Customer")\n    Customer.objects.filter(plan__isnull=True).update(plan="free")\n\n\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "0001_initial")]\n\n    operations = [\n        migrations.RunPython(set_free),\n    ]\n',
  });
  repo.commit('django: backfill plan');

  repo.git('checkout', '-q', '-b', 'golang', 'main');
  repo.write({
    'db/migrations/000002_drop_legacy.up.sql': "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN legacy;\n",
    'db/migrations/000002_drop_legacy.down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n',
  });
  repo.commit('drop legacy');

  repo.git('checkout', '-q', '-b', 'placeholder', 'main');
  repo.write({
    'db/migrations/000002_drop_legacy.up.sql':
      "SET lock_timeout = '2s';\n-- rollback-ready-ignore drop-column: <why this is safe here>\nALTER TABLE users DROP COLUMN legacy;\n",
    'db/migrations/000002_drop_legacy.down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n',
  });
  repo.commit('drop legacy, placeholder reason');
  repo.git('checkout', '-q', 'main');
});
afterAll(() => repo.cleanup());

const mediumPlan = (extra: string) => `Adds a nullable name column.

## Rollback plan

Revert SHA: \`${short()}\`

### Rollback trigger
Error rate above 2x baseline for 5 minutes.

### Rollback steps
1. Redeploy the revert SHA.
2. Drop the column by hand: \`ALTER TABLE "User" DROP COLUMN "name";\`

### Rollback verification
- [x] /health returns 200
${extra}${DONE}`;

const BACKUP = `
### Backup and restore
A pg_dump snapshot is taken before the deploy; restore it with pg_restore into a fresh database.
`;

describe('Prisma: a framework with no down at all', () => {
  it('passes reversible with a filled "Backup and restore" and no forward-only phrase, and nothing is suggested', () => {
    const r = report('prisma', mediumPlan(BACKUP));
    expect(r.verdict).toBe('pass');
    expect(gates(r)).toMatchObject({ reversible: 'pass', findings: 'pass', checklist: 'pass' });
    expect(r.gates.find((g) => g.id === 'reversible')!.message).toContain('covered by the plan');
    // The forward-only-migration warning is answered by the plan, and says so.
    expect(r.findings.find((f) => f.rule === 'forward-only-migration')).toMatchObject({ severity: 'notice', suppressed: { by: 'plan' } });
    const markdown = check('prisma', mediumPlan(BACKUP), 'markdown').stdout;
    expect(markdown).not.toContain('Next steps');
    expect(markdown).not.toContain('skeleton');
  });

  it('without it: only "Backup and restore" is missing, in Prisma\'s words, and the suggested text names only that', () => {
    const r = report('prisma', mediumPlan(''));
    expect(r.gates.filter((g) => g.status === 'fail').map((g) => g.id)).toEqual(['reversible']);
    const message = r.gates.find((g) => g.id === 'reversible')!.message;
    expect(message).toContain('Prisma');
    expect(message).toContain('"Backup and restore"');
    expect(message).not.toMatch(/write the down migration|down\.sql/i);
    const markdown = check('prisma', mediumPlan(''), 'markdown').stdout;
    const text = skeleton(markdown);
    expect(text.match(/^#+ .*/gm)).toEqual(['### Backup and restore']);
    expect(text).toContain('prisma migrate deploy');
    const steps = nextSteps(markdown);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatch(/^1\. Prisma migration has no way back but a restore: fill in a "Backup and restore" subsection/);
  });
});

const highPlan = (opening: string, extra = '') => `Backfills plan = "free" for customers without one.

## Rollback plan

${opening}

Revert SHA: \`${short()}\`

### Rollback trigger
Checkout errors above 1% for 5 minutes.

### Rollback steps
1. Redeploy the revert SHA.
2. Restore shop_customer from the snapshot if the plan values are wrong.

### Rollback verification
- [x] Checkout smoke test passes
${extra}${DONE}`;

const HIGH_REST = `
### Rollback time estimate
15 minutes.

### Data considerations
Plans set by the backfill stay; customers who chose a plan since keep it.

### Point of no return
None: the snapshot restores the column.
`;

describe('Django: an operation it cannot reverse', () => {
  it('a forward-only plan with backup and restore passes reversible and answers the finding, so findings does not fail again', () => {
    const r = report('django', highPlan('This stage is forward-only: the backfill is not undone by a migration.', `${BACKUP}${HIGH_REST}`));
    expect(r.risk).toBe('high');
    expect(gates(r)).toMatchObject({ reversible: 'pass', findings: 'pass', 'plan-sections': 'pass', checklist: 'pass' });
    expect(r.verdict).toBe('pass');
    expect(r.findings.find((f) => f.rule === 'irreversible-operation')).toMatchObject({
      severity: 'notice',
      suppressed: { by: 'plan', reason: 'it covers this forward-only stage with a backup and restore' },
    });
  });

  it('with the high-risk sections missing, the suggested text names only them, in the order template uses', () => {
    const markdown = check('django', highPlan('This stage is forward-only.', BACKUP), 'markdown').stdout;
    const headings = skeleton(markdown).match(/^#+ .*/gm);
    expect(headings).toEqual(['### Rollback time estimate', '### Data considerations', '### Point of no return']);
    const template = runCli(['template', '--repo', repo.dir, '--base', 'main', '--head', 'django']).stdout;
    const order = template.match(/^### .*/gm)!.filter((h) => headings!.includes(h));
    expect(order).toEqual(headings);
    expect(nextSteps(markdown)).toEqual([
      '1. Add to the rollback plan: "Rollback time estimate", "Data considerations", "Point of no return" (in the skeleton below).',
    ]);
  });

  it("one cause fails one gate: without the plan covering it, reversible fails in Django's words and findings does not fail again", () => {
    const r = report('django', highPlan('We roll back by redeploying.', HIGH_REST));
    expect(gates(r)).toMatchObject({ reversible: 'fail', findings: 'pass' });
    const message = r.gates.find((g) => g.id === 'reversible')!.message;
    expect(message).toContain('give each `RunPython` a reverse function');
    expect(message).toContain('declare the stage forward-only');
    expect(message).toContain('"Backup and restore"');
    expect(r.findings.find((f) => f.rule === 'irreversible-operation')!.severity).toBe('error');
    // The checklist's "down migration" item waits on the reversible gate instead of failing too.
    expect(gates(r).checklist).toBe('pass');
  });

  it('a plan naming backup and restore but not declaring forward-only is told exactly that', () => {
    const r = report('django', highPlan('We roll back by redeploying.', `${BACKUP}${HIGH_REST}`));
    const message = r.gates.find((g) => g.id === 'reversible')!.message;
    expect(message).toContain('declare the stage forward-only in the plan ("This stage is forward-only"): it already names a backup and restore');
    expect(message).not.toContain('fill in');
  });
});

describe('plans in the shapes people write', () => {
  it('bold labels on consecutive lines pass plan-sections', () => {
    const body = `Drops the legacy column.\n\n**Rollback plan:** revert the deploy after rolling the migration back.\n**Rollback trigger:** error rate above 2x for 5 minutes\n**Rollback steps:** \`migrate -path db/migrations -database "$DATABASE_URL" down 1\`, then redeploy\n**Rollback verification:** /health returns 200\n**Rollback time estimate:** 10 minutes\n**Data considerations:** the legacy column's values are gone; nothing reads them since v3\n**Point of no return:** none\n\nRevert SHA: \`${short()}\`\n${DONE}`;
    const r = report('golang', body);
    expect(gates(r)).toMatchObject({ 'rollback-plan': 'pass', 'plan-sections': 'pass' });
  });

  it('a `**Rollback plan:**` paragraph followed by `**Trigger:**` paragraphs passes plan-sections', () => {
    const body = `**Rollback plan:** roll the migration back, then redeploy the revert SHA.\n\n**Trigger:** error rate above 2x for 5 minutes.\n\n**Steps:** \`migrate down 1\`, then redeploy.\n\n**Verification:** /health returns 200.\n\n**Time estimate:** 10 minutes.\n\n**Data considerations:** the legacy values are gone.\n\n**Point of no return:** none.\n\nRevert SHA: \`${short()}\`\n${DONE}`;
    expect(gates(report('golang', body))).toMatchObject({ 'rollback-plan': 'pass', 'plan-sections': 'pass' });
  });
});

describe('inline ignore reasons', () => {
  it('a placeholder reason is refused with a message, by check and by lint', () => {
    const r = report('placeholder', '');
    const drop = r.findings.find((f) => f.rule === 'drop-column')!;
    expect(drop.severity).toBe('error');
    expect(drop.suppressed).toBeUndefined();
    expect(drop.message).toContain(
      'the rollback-ready-ignore comment on line 2 gives "<why this is safe here>", a placeholder, not a reason, so it does not apply',
    );
    repo.git('checkout', '-q', 'placeholder');
    try {
      const lint = runCli(['lint', 'db/migrations/000002_drop_legacy.up.sql'], { cwd: repo.dir });
      expect(lint.status).toBe(1);
      expect(lint.stdout).toMatch(/000002_drop_legacy\.up\.sql:3:1 +error +drop-column .*a placeholder, not a reason/);
    } finally {
      repo.git('checkout', '-q', 'main');
    }
  });
});

describe('the comment opens with next steps, and the skeleton is pre-filled', () => {
  it('at most five steps, most important first, before the gate table', () => {
    const markdown = check('golang', 'Drops the legacy column.', 'markdown').stdout;
    const steps = nextSteps(markdown);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(5);
    expect(markdown.indexOf('**Next steps**')).toBeLessThan(markdown.indexOf('| | Gate | |'));
    expect(steps[0]).toMatch(/^1\. Add a "Rollback plan" section/);
    expect(steps[1]).toContain(`\`Revert SHA: ${short()}\``);
    expect(steps.some((s) => s.includes('/rollback ack drop-column'))).toBe(true);
    expect(steps.some((s) => /Tick \d checklist items?/.test(s) && s.includes('in the description') && s.includes('in the rollback-ready comment'))).toBe(true);
  });

  it("with the framework's rollback command for this change, the data a rollback loses, and the revert SHA", () => {
    const markdown = check('golang', 'Drops the legacy column.', 'markdown').stdout;
    const text = skeleton(markdown);
    expect(text).toContain(`Revert SHA: \`${short()}\``);
    expect(text).toContain('`migrate -path db/migrations -database "$DATABASE_URL" down 1`');
    expect(text).toContain(`2. Redeploy \`${short()}\`.`);
    expect(text).toMatch(
      /### Data considerations\n\nRolling back does not bring back:\n- `db\/migrations\/000002_drop_legacy\.up\.sql` line 2: Dropping column "legacy" from "users" deletes its data; a rollback cannot restore it\./,
    );
    expect(text).toContain('- [ ] A backup is taken before the deploy and its restore is known to work');
    expect(text).toContain('in the rollback-ready comment (anyone with write access)');
    // The skeleton is pasted from a fenced block: it must not open a fence of its own.
    expect(text).not.toContain('```');
    const template = runCli(['template', '--repo', repo.dir, '--base', 'main', '--head', 'golang']).stdout;
    expect(template).toContain('`migrate -path db/migrations -database "$DATABASE_URL" down 1`');
    expect(template).toContain('Rolling back does not bring back:');
  });

  it('Django and Prisma skeletons use their own commands', () => {
    expect(runCli(['template', '--repo', repo.dir, '--base', 'main', '--head', 'django']).stdout).toContain(
      '0002_backfill_plan.py: an operation Django cannot reverse; restore the backup',
    );
    expect(runCli(['template', '--repo', repo.dir, '--base', 'main', '--head', 'prisma']).stdout).toContain(
      '`npx prisma db execute --file down.sql --schema prisma/schema.prisma`',
    );
  });
});
