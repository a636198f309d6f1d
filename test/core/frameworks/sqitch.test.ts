import { describe, expect, test } from 'vitest';
import sqitch from '../../../src/core/frameworks/sqitch';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

describe('sqitch', () => {
  test('deploy scripts pair with revert scripts', () => {
    expect(detectSqlFramework('db/deploy/users.sql', '')).toBe('sqitch');
    expect(sqitch.counterparts?.('db/deploy/users.sql')).toEqual(['db/revert/users.sql']);
    expect(sqitch.counterparts?.('deploy/app/users.sql')).toEqual(['revert/app/users.sql']);
  });

  test('missing, empty and present revert scripts', async () => {
    const content = 'BEGIN;\nCREATE TABLE users (id bigint);\nCOMMIT;\n';
    const missing = await sqitch.analyse({ path: 'deploy/users.sql', content, siblings: {} });
    expect(missing.down).toBe('missing');
    expect(missing.hits.map((h) => h.rule)).toEqual(['missing-down-migration']);
    const empty = await sqitch.analyse({ path: 'deploy/users.sql', content, siblings: { 'revert/users.sql': '-- Revert app:users\n\nBEGIN;\nCOMMIT;\n' } });
    expect(empty.down).toBe('empty');
    const present = await sqitch.analyse({ path: 'deploy/users.sql', content, siblings: { 'revert/users.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;' } });
    expect(present).toMatchObject({ down: 'present', hits: [] });
  });

  test('a revert script alone is a down: its drops are expected', async () => {
    const a = await sqitch.analyse({ path: 'revert/users.sql', content: "SET lock_timeout = '1s';\nDROP TABLE users;", siblings: {} });
    expect(a).toMatchObject({ role: 'down', hits: [] });
  });
});
