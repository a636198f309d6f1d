// Every glob the code itself defines, for scripts/glob-sources.mjs (which writes their regexes to
// src/core/glob-sources.ts) and its test. Not imported at run time.
import picomatch from 'picomatch';
import { DEFAULT_CONFIG_GLOBS, DEFAULT_DEPENDENCY_GLOBS, GLOB_OPTIONS, UNREAD_MIGRATION_GLOBS } from './classify';
import { DEFAULT_DEPLOY_GLOBS } from './deploy/globs';
import { FRAMEWORKS } from './frameworks/index';

export function builtInGlobs(): string[] {
  return [...FRAMEWORKS.flatMap((f) => f.globs), ...DEFAULT_DEPLOY_GLOBS, ...DEFAULT_DEPENDENCY_GLOBS, ...DEFAULT_CONFIG_GLOBS, ...UNREAD_MIGRATION_GLOBS];
}

/** The regex source picomatch makes of a glob, as `compileGlobs` would compile it. */
export const globSource = (glob: string): string => picomatch.makeRe(glob, GLOB_OPTIONS).source;
