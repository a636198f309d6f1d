// Where Sqitch finds a deploy folder's plan and config (src/core/frameworks/sqitch-layout.ts), as
// App::Sqitch::Target resolves top_dir, deploy_dir and plan_file (sqitchers/sqitch@0ab857e3
// lib/App/Sqitch/Target.pm: target section, then engine section, then core).
import { describe, expect, it } from 'vitest';
import { joinPath, sqitchConfLayout, sqitchLayout } from '../../../src/core/frameworks/sqitch-layout';
import sqitch from '../../../src/core/frameworks/sqitch';

const reader = (files: Record<string, string>) => async (path: string) => files[path];

describe('sqitch layout', () => {
  it('joins paths as Path::Class cleans them', () => {
    expect(joinPath('', 'db', true)).toBe('db/');
    expect(joinPath('app/', './db/../sql/', true)).toBe('app/sql/');
    expect(joinPath('', '.', true)).toBe('');
    expect(joinPath('', '../x', true)).toBeUndefined();
    expect(joinPath('', '/abs/sqitch.plan', false)).toBeUndefined();
  });

  it('reads top_dir and plan_file from the target, the engine or core, in that order', () => {
    // `sqitch init app --engine pg --top-dir db --plan-file sqitch.plan` writes them under [core].
    expect(sqitchConfLayout('[core]\n\tengine = pg\n\ttop_dir = db\n\tplan_file = sqitch.plan\n', '', 'db/deploy/')).toEqual({
      conf: 'sqitch.conf',
      plan: 'sqitch.plan',
    });
    // top_dir alone: the plan is in it.
    expect(sqitchConfLayout('[core]\n\tengine = pg\n\ttop_dir = db\n', '', 'db/deploy/')?.plan).toBe('db/sqitch.plan');
    // The engine's section over core's, the target's over both.
    const layered = '[core]\n\tengine = pg\n\ttop_dir = core\n[engine "pg"]\n\ttop_dir = pg\n\ttarget = prod\n[target "prod"]\n\tplan_file = plans/prod.plan\n';
    expect(sqitchConfLayout(layered, '', 'pg/deploy/')).toEqual({ conf: 'sqitch.conf', plan: 'plans/prod.plan' });
    expect(sqitchConfLayout(layered, '', 'core/deploy/')).toBeUndefined();
    // deploy_dir named outright.
    expect(sqitchConfLayout('[core]\n\tdeploy_dir = migrations/deploy\n', '', 'migrations/deploy/')?.plan).toBe('sqitch.plan');
  });

  it('finds the sqitch.conf above the scripts whose top_dir is theirs; else the files beside them, as before', async () => {
    const files = { 'sqitch.conf': '[core]\n\tengine = mysql\n\ttop_dir = db\n\tplan_file = sqitch.plan\n' };
    expect(await sqitchLayout('db/', reader(files))).toEqual({ conf: 'sqitch.conf', plan: 'sqitch.plan' });
    expect(await sqitchLayout('other/', reader(files))).toEqual({ conf: 'other/sqitch.conf', plan: 'other/sqitch.plan' });
    expect(await sqitchLayout('', reader({ 'sqitch.conf': '[core]\n\tengine = pg\n' }))).toEqual({ conf: 'sqitch.conf', plan: 'sqitch.plan' });
  });

  it("lints a script with the engine and plan the project's top_dir sqitch.conf names", async () => {
    const files = {
      'sqitch.conf': '[core]\n\tengine = mysql\n\ttop_dir = db\n\tplan_file = sqitch.plan\n',
      'sqitch.plan': '%project=app\n\nusers 2024-01-01T00:00:00Z A <a@x>\n',
    };
    // MySQL's backticks: read as MySQL (no parse-error notice) when the root's sqitch.conf is found.
    const content = 'BEGIN;\nCREATE INDEX `users_name` ON `users` (`name`);\nCOMMIT;\n';
    const hits = (
      await sqitch.analyse({
        path: 'db/deploy/users.sql',
        content,
        siblings: { 'db/revert/users.sql': 'DROP INDEX `users_name` ON `users`;\n' },
        readFile: reader(files),
      })
    ).hits;
    expect(hits.map((h) => h.rule)).toEqual([]);
  });
});
