import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRule } from '../../../src/core/rules/index';

const IDS = ['mutable-image-tag', 'rollback-history-disabled', 'recreate-strategy', 'deletion-protection-removed'];
const SECTIONS = ['## What it flags', '## Why it matters for rollback', '## Do this instead', '## Example', '## Ignoring it'];

describe.each(IDS)('docs/rules/%s.md', (id) => {
  const text = readFileSync(`docs/rules/${id}.md`, 'utf8');
  const lines = text.split('\n');

  it('starts with the id and states severity and category from the rule file', () => {
    const rule = getRule(id)!;
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]).toBe(`Severity: ${rule.defaultSeverity} · Category: ${rule.category}`);
  });

  it('has every section, in order', () => {
    const at = SECTIONS.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('shows the inline ignore form with a reason', () => {
    expect(text).toContain(`# rollback-ready-ignore ${id}: `);
  });
});
