// What every robustness test checks: `lint` on a file gives findings that the report contract
// allows (catalogue rule ids, severities, 1-based lines inside the file), whatever the file holds.
import { expect } from 'vitest';
import { frameworkFor } from '../../src/cli/main';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyseDeploy, deployFormatOf } from '../../src/core/deploy/index';
import { finalizeFindings } from '../../src/core/findings';
import { RULE_IDS } from '../../src/core/rules/index';
import type { Finding } from '../../src/core/types';

/**
 * `lint` of one file through the core APIs, as the CLI does it for a file on disk: the framework
 * from path and content, its analysis with the given siblings (down files…), or the deploy
 * analyser, then severities, inline ignores and doc links.
 */
export async function lintContent(path: string, content: string, siblings: Record<string, string | undefined> = {}): Promise<Finding[]> {
  const fw = frameworkFor(path, content, DEFAULT_CONFIG);
  if (fw) {
    const wanted: Record<string, string | undefined> = {};
    for (const p of fw.counterparts?.(path) ?? []) wanted[p] = siblings[p];
    const analysis = await fw.analyse({ path, content, siblings: wanted });
    return finalizeFindings(path, content, analysis.hits, { config: DEFAULT_CONFIG });
  }
  if (deployFormatOf(path, content) !== 'unknown') {
    const { hits } = await analyseDeploy(path, content);
    return finalizeFindings(path, content, hits, { config: DEFAULT_CONFIG });
  }
  return [];
}

/** Lines of a text as editors and the analysers count them (LF-separated). */
export const lineCount = (content: string): number => content.split('\n').length;

/** Every finding is one the report contract allows, pointing inside `content`. */
export function expectValidFindings(findings: Finding[], path: string, content: string): void {
  const lines = lineCount(content);
  for (const f of findings) {
    expect(RULE_IDS, `unknown rule id ${f.rule}`).toContain(f.rule);
    expect(['error', 'warning', 'notice']).toContain(f.severity);
    expect(f.path).toBe(path);
    expect(Number.isInteger(f.line), `line ${f.line} of ${f.rule} is not an integer`).toBe(true);
    expect(f.line, `${f.rule} at line ${f.line}`).toBeGreaterThanOrEqual(1);
    expect(f.line, `${f.rule} at line ${f.line} of a ${lines}-line file`).toBeLessThanOrEqual(lines);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.docs).toMatch(new RegExp(`/${f.rule}\\.md$`));
  }
}

/** Realistic Postgres migration SQL of about `bytes` bytes, on many lines. */
export function bigSql(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const chunk =
      `-- step ${i}: DROP TABLE in a comment is not a statement\n` +
      `CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL DEFAULT 'DROP TABLE x;', created_at timestamptz DEFAULT now());\n` +
      `CREATE INDEX t${i}_name ON t${i} (name);\n` +
      `ALTER TABLE t${i} ADD COLUMN note text;\n` +
      `CREATE FUNCTION f${i}() RETURNS void AS $$ BEGIN DELETE FROM t${i}; END $$ LANGUAGE plpgsql;\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}
