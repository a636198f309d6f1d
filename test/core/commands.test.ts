import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/commands';
import { applyDecision, currentDecisions, decodeDecisions, encodeDecisions } from '../../src/runner/decisions';

describe('parseCommand', () => {
  it.each([
    ['/rollback help', { kind: 'help' }],
    ['/rollback', { kind: 'help' }],
    ['  /rollback check\nplease', { kind: 'check' }],
    ['/Rollback TEMPLATE', { kind: 'template' }],
    ['/rollback override hotfix for the outage', { kind: 'override', reason: 'hotfix for the outage' }],
    ['/rollback ack drop-column never read since v3', { kind: 'ack', rule: 'drop-column', reason: 'never read since v3' }],
    ['/rollback template --apply', { kind: 'template', apply: true }],
    ['/rollback risk HIGH touches the billing tables', { kind: 'risk', level: 'high', reason: 'touches the billing tables' }],
    ['/rollback risk low only a config default', { kind: 'risk', level: 'low', reason: 'only a config default' }],
  ])('%j', (body, command) => {
    expect(parseCommand(body)).toEqual(command);
  });

  it('is not a command unless the first line starts with /rollback', () => {
    expect(parseCommand('LGTM\n/rollback check')).toBeUndefined();
    expect(parseCommand('/rollbacks')).toBeUndefined();
    expect(parseCommand(null)).toBeUndefined();
  });

  it('explains what is wrong with a bad command', () => {
    expect(parseCommand('/rollback override')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('needs a reason') });
    expect(parseCommand('/rollback ack drop-colum x')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('Unknown rule `drop-colum`') });
    expect(parseCommand('/rollback ack truncate')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('needs a reason') });
    expect(parseCommand('/rollback merge')).toMatchObject({ kind: 'invalid', message: 'Unknown command `merge`.' });
    expect(parseCommand('/rollback risk extreme because')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('<low|medium|high>') });
    expect(parseCommand('/rollback risk high')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('needs a reason') });
    expect(parseCommand('/rollback template --force')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('--apply') });
  });
});

describe('decisions marker', () => {
  it('round-trips, replaces an ack of the same rule, and drops an override from an earlier head', () => {
    let d = applyDecision({ acks: [] }, { kind: 'ack', by: 'a', rule: 'truncate', reason: 'r1' }, 'h1', 't1');
    d = applyDecision(d, { kind: 'ack', by: 'b', rule: 'truncate', reason: 'r2' }, 'h1', 't2');
    d = applyDecision(d, { kind: 'override', by: 'c', reason: 'why' }, 'h1', 't3');
    const body = `<!-- rollback-ready:comment -->\ntext\n${encodeDecisions(d)}`;
    const back = decodeDecisions(body);
    expect(back.acks).toEqual([{ rule: 'truncate', by: 'b', reason: 'r2', at: 't2' }]);
    expect(currentDecisions(back, 'h1').override?.by).toBe('c');
    expect(currentDecisions(back, 'h2').override).toBeUndefined();
    expect(decodeDecisions('<!-- rollback-ready:decisions !!! -->')).toEqual({ acks: [] });
    expect(encodeDecisions({ acks: [] })).toBeUndefined();
  });
});
