import { describe, expect, it } from 'vitest';
import { prefetching } from '../../src/action/prefetch';
import type { GitHubPort } from '../../src/github/port';

function countingPort() {
  const calls: string[] = [];
  let n = 0;
  const port = {
    owner: 'o',
    repo: 'r',
    getContent: async (path: string, ref: string) => {
      calls.push(`getContent ${path} ${ref}`);
      return `answer ${++n}`;
    },
  } as unknown as GitHubPort;
  return { port, calls };
}

describe('prefetching port', () => {
  it('serves an early read once, to the first call with the same arguments', async () => {
    const { port, calls } = countingPort();
    const early = prefetching(port);
    early.prefetch('getContent', 'cfg.yml', 'base1');
    expect(calls).toEqual(['getContent cfg.yml base1']);
    expect(await early.port.getContent('cfg.yml', 'base1')).toBe('answer 1');
    expect(calls).toHaveLength(1);
    // A second call (a retry) asks again.
    expect(await early.port.getContent('cfg.yml', 'base1')).toBe('answer 2');
    expect(calls).toHaveLength(2);
  });

  it('does not serve an early read to a call with other arguments', async () => {
    const { port, calls } = countingPort();
    const early = prefetching(port);
    early.prefetch('getContent', 'cfg.yml', 'stale');
    expect(await early.port.getContent('cfg.yml', 'fresh')).toBe('answer 2');
    expect(calls).toEqual(['getContent cfg.yml stale', 'getContent cfg.yml fresh']);
  });

  it('hands a failed early read to the call that takes it', async () => {
    const port = { owner: 'o', repo: 'r', getContent: async () => Promise.reject(new Error('boom')) } as unknown as GitHubPort;
    const early = prefetching(port);
    early.prefetch('getContent', 'cfg.yml', 'b');
    await expect(early.port.getContent('cfg.yml', 'b')).rejects.toThrow('boom');
  });
});
