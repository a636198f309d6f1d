import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { ResilientOctokit, client } from './client';
import { makeFixtureRepo, type FixtureRepo } from './fixture';

let fx: FixtureRepo;
let emu: Emulator;
const o = { owner: 'acme', repo: 'widgets' };

beforeAll(async () => {
  fx = makeFixtureRepo();
  // no schema validation here: faults are not GitHub's documented answers, and the suite stays light
  emu = await startEmulator({ repoDir: fx.dir, owner: 'acme', repo: 'widgets', validate: false });
  emu.createPullRequest({ head: 'pr', base: 'main' });
});

afterAll(async () => {
  await emu?.close();
  fx?.cleanup();
});

async function outcomes(n: number): Promise<number[]> {
  const gh = client(emu.url);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    try {
      out.push((await gh.rest.pulls.get({ ...o, pull_number: 1 })).status);
    } catch (e) {
      out.push((e as { status: number }).status);
    }
  }
  return out;
}

describe('fault injection', () => {
  it('fails a seeded share of requests with the configured kinds, deterministically', async () => {
    expect(emu.validationAvailable).toBe(false);
    emu.injectFaults({ rate: 0.5, kinds: ['500', '502', 'secondary-rate-limit'], seed: 7 });
    emu.resetRequests();
    const first = await outcomes(40);
    const failed = first.filter((s) => s !== 200);
    expect(failed.length).toBeGreaterThan(5);
    expect(failed.length).toBeLessThan(35);
    expect(new Set(failed)).toEqual(new Set([500, 502, 403]));
    expect(emu.requests.filter((r) => r.fault).map((r) => r.status)).toEqual(failed);

    emu.injectFaults({ rate: 0.5, kinds: ['500', '502', 'secondary-rate-limit'], seed: 7 });
    expect(await outcomes(40)).toEqual(first);

    emu.injectFaults(null);
    expect(new Set(await outcomes(10))).toEqual(new Set([200]));
  });

  it('sends a GitHub-shaped secondary rate limit with a configurable retry-after', async () => {
    emu.injectFaults({ rate: 1, kinds: ['secondary-rate-limit'], retryAfter: 3 });
    const res = await fetch(`${emu.url}/repos/acme/widgets`);
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(((await res.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    emu.injectFaults(null);
  });

  it('limits faults to matching paths', async () => {
    emu.injectFaults({ rate: 1, kinds: ['500'], only: /\/issues\// });
    const gh = client(emu.url);
    expect((await gh.rest.pulls.get({ ...o, pull_number: 1 })).status).toBe(200);
    await expect(gh.rest.issues.listComments({ ...o, issue_number: 1 })).rejects.toMatchObject({ status: 500 });
    emu.injectFaults(null);
  });

  it('lets a client with the retry and throttling plugins recover', async () => {
    emu.injectFaults({ rate: 0.4, kinds: ['500', '502'], seed: 3 });
    emu.resetRequests();
    const gh = new ResilientOctokit({
      baseUrl: emu.url,
      auth: 'ghs_test',
      retry: { retries: 10, retryAfterBaseValue: 1 },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => true,
        onSecondaryRateLimit: () => true,
      },
    });
    // reads: the throttling plugin spaces writes a second apart, which would only slow the test down
    for (let i = 0; i < 10; i++) expect((await gh.rest.pulls.get({ ...o, pull_number: 1 })).data.number).toBe(1);
    expect(emu.requests.some((r) => r.fault)).toBe(true);
    expect(emu.requests.filter((r) => !r.fault)).toHaveLength(10);

    // secondary rate limit: the throttling plugin waits retry-after and tries again
    let limited = 0;
    emu.injectFaults({ rate: 1, kinds: ['secondary-rate-limit'], only: /\/pulls\/1$/ });
    const gh2 = new ResilientOctokit({
      baseUrl: emu.url,
      auth: 'ghs_test',
      retry: { enabled: false },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => false,
        onSecondaryRateLimit: () => {
          limited++;
          emu.injectFaults(null);
          return true;
        },
      },
    });
    expect((await gh2.rest.pulls.get({ ...o, pull_number: 1 })).status).toBe(200);
    expect(limited).toBe(1);
  });

  it('adds latency without failing', async () => {
    emu.injectFaults({ latencyMs: 20 });
    const gh = client(emu.url);
    const res = await gh.rest.repos.get(o);
    expect(res.status).toBe(200);
    emu.injectFaults(null);
  });
});
