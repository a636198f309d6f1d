import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../support/emulator/index';
import { client } from './client';
import { makeFixtureRepo, type FixtureRepo } from './fixture';

let fx: FixtureRepo;
const o = { owner: 'acme', repo: 'widgets' };

beforeAll(() => {
  fx = makeFixtureRepo();
});
afterAll(() => fx?.cleanup());

describe('emulator options', () => {
  it('omits the patch of a diff larger than maxPatchBytes, like GitHub does for very large diffs', async () => {
    const emu = await startEmulator({ repoDir: fx.dir, validate: false, maxPatchBytes: 40 });
    try {
      emu.createPullRequest({ head: 'pr', base: 'main' });
      const files = (await client(emu.url).rest.pulls.listFiles({ ...o, pull_number: 1 })).data;
      const byName = new Map(files.map((f) => [f.filename, f]));
      expect(byName.get('README.md')?.patch).toBeUndefined(); // a 60-byte hunk
      expect(byName.get('docs/with space.md')?.patch).toBe('@@ -0,0 +1 @@\n+spaced');
      expect(byName.get('README.md')?.additions).toBe(1);
    } finally {
      await emu.close();
    }
  });

  it('runs without validation and says so when the OpenAPI description is missing', async () => {
    const emu = await startEmulator({
      repoDir: fx.dir,
      openapiPath: '/nonexistent/api.github.com.json',
      owner: 'o',
      repo: 'r',
      botLogin: 'other-bot[bot]',
      defaultBranch: 'pr',
    });
    try {
      expect(emu.validationAvailable).toBe(false);
      const gh = client(emu.url);
      expect((await gh.rest.repos.get({ owner: 'o', repo: 'r' })).data.default_branch).toBe('pr');
      emu.createPullRequest({ head: 'pr', base: 'main' });
      const c = await gh.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'hi' });
      expect(c.data.user?.login).toBe('other-bot[bot]');
      // the default branch is the default ref for contents
      const readme = await gh.rest.repos.getContent({ owner: 'o', repo: 'r', path: 'docs/new-name.md' });
      expect(Array.isArray(readme.data)).toBe(false);
    } finally {
      await emu.close();
    }
  });
});
