import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, configJsonSchema, configSchema, parseConfig } from '../../src/core/config';
import { loadConfig } from '../../src/core/config-defaults';

const fail = (text: string): ConfigError => {
  try {
    parseConfig(text, '.github/rollback-ready.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('gives working defaults with no file or an empty file', () => {
    expect(parseConfig(undefined)).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('  \n# only a comment\n')).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.gates['rollback-plan']).toBe(true);
    expect(DEFAULT_CONFIG.gates.drill).toBe(false);
    expect(DEFAULT_CONFIG.plan.sections.high).toContain('point-of-no-return');
    expect(DEFAULT_CONFIG.checklist.map((i) => i.id)).toContain('rollback-tested');
  });

  it('writes out exactly the schema defaults in the zod-free module', async () => {
    expect(configSchema.parse({})).toEqual(DEFAULT_CONFIG);
    expect(await loadConfig(undefined)).toBe(DEFAULT_CONFIG);
    expect((await loadConfig('labels:\n  enabled: true\n')).labels.enabled).toBe(true);
    await expect(loadConfig('gates: [', 'x.yml')).rejects.toThrow(/^x\.yml:1: invalid YAML/);
  });

  it('merges a partial file over the defaults', () => {
    const config = parseConfig('rules:\n  drop-column: warning\ngates:\n  checklist: false\n');
    expect(config.rules['drop-column']).toBe('warning');
    expect(config.gates.checklist).toBe(false);
    expect(config.gates['rollback-plan']).toBe(true);
  });

  it('names file, line and the problem for an unknown rule', () => {
    const error = fail('gates:\n  findings: true\nrules:\n  drop-colum: error\n');
    expect(error.line).toBe(4);
    expect(error.message).toBe('.github/rollback-ready.yml:4: "rules.drop-colum": unknown rule "drop-colum"');
  });

  it('names the line of a wrong type', () => {
    const error = fail('gates:\n  findings: "yes please"\n');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/"gates\.findings": .*boolean/);
  });

  it('reports unknown keys at their line', () => {
    const error = fail('labels:\n  enabled: true\ngatez:\n  x: 1\n');
    expect(error.message).toContain('unknown setting "gatez"');
  });

  it('reports YAML syntax errors with a line', () => {
    const error = fail('gates:\n  findings: [true\nrules: {}\n');
    expect(error.message).toMatch(/^\.github\/rollback-ready\.yml:\d+: invalid YAML/);
    expect(error.line).toBeGreaterThan(0);
  });

  it('rejects a scalar document', () => {
    expect(fail('just a string').message).toContain('must be a mapping');
  });

  it('produces a JSON schema that lists every top-level setting', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['paths', 'gates', 'plan', 'checklist', 'rules', 'overrides']));
  });
});
