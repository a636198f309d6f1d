import { describe, expect, it } from 'vitest';
import { compileGlobs } from '../../src/core/classify';
import { GLOB_SOURCES } from '../../src/core/glob-sources';
import { builtInGlobs, globSource } from '../../src/core/glob-sources-list';

describe('the built-in globs made at build time (src/core/glob-sources.ts)', () => {
  it('holds exactly the regex picomatch makes of every built-in glob (else: node scripts/glob-sources.mjs)', () => {
    const globs = [...new Set(builtInGlobs())].sort();
    expect(globs.length).toBeGreaterThan(50);
    expect([...GLOB_SOURCES.keys()].sort()).toEqual(globs);
    for (const glob of globs) expect(GLOB_SOURCES.get(glob), glob).toBe(globSource(glob));
  });

  it('matches as picomatch does, for built-in and other globs alike', () => {
    const match = compileGlobs(['**/migrations/**/*.up.sql', '**/V*__*.sql', 'custom/**/*.{sql,ddl}']);
    expect(match('db/migrations/000001_init.up.sql')).toBe(true);
    expect(match('db/migrations/000001_init.down.sql')).toBe(false);
    expect(match('sql/V2__add.sql')).toBe(true);
    expect(match('custom/a/b.ddl')).toBe(true);
    expect(match('other/a/b.ddl')).toBe(false);
  });
});
