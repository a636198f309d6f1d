// Every fixture of the four deploy rules, and the Terraform base/head pairs: exact rule ids and lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDeploy } from '../../../src/core/deploy/index';

const ROOT = join(import.meta.dirname, '../../..');
const RULE_IDS = ['mutable-image-tag', 'rollback-history-disabled', 'recreate-strategy', 'deletion-protection-removed'];

/** `# expect: <rule> <line>` lines at the top of a fixture (read as fixture metadata, not as the file's language). */
function expectations(content: string): string[] {
  const out: string[] = [];
  for (const line of content.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('# expect:')) break;
    const [rule, at] = t.slice('# expect:'.length).trim().split(/\s+/);
    out.push(`${rule} ${Number(at)}`);
  }
  return out.sort();
}

const listed = (hits: { rule: string; line: number }[]): string[] => hits.map((h) => `${h.rule} ${h.line}`).sort();

describe.each(RULE_IDS)('fixtures of %s', (id) => {
  const dir = join(ROOT, 'test/fixtures/rules', id);
  for (const kind of ['ok', 'err'] as const) {
    const files = readdirSync(join(dir, kind), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(join(dir, kind), join(e.parentPath, e.name)));
    it(`has ${kind} fixtures`, () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
      const path = relative(ROOT, join(dir, kind, file));
      it(`${kind}/${file}`, async () => {
        const content = readFileSync(join(ROOT, path), 'utf8');
        const want = expectations(content);
        if (kind === 'err') {
          expect(want.length).toBeGreaterThan(0);
          expect(want.every((w) => w.startsWith(`${id} `))).toBe(true);
        } else {
          // An ok fixture has none of its rule's findings; a notice may say what it could not read.
          expect(want.every((w) => w.startsWith('parse-error '))).toBe(true);
        }
        const { format, hits } = await analyseDeploy(path, content);
        expect(format).not.toBe('unknown');
        expect(listed(hits)).toEqual(want);
        for (const h of hits) expect(h.message.length).toBeGreaterThan(20);
      });
    }
  }
});

describe('Terraform compared with the base branch', () => {
  const dir = join(ROOT, 'test/fixtures/deploy/terraform');
  const cases = readdirSync(dir);
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
  for (const name of cases) {
    it(name, async () => {
      const head = readFileSync(join(dir, name, 'head.tf'), 'utf8');
      const basePath = join(dir, name, 'base.tf');
      const base = existsSync(basePath) ? readFileSync(basePath, 'utf8') : undefined;
      const { format, hits } = await analyseDeploy(`infra/${name}/main.tf`, head, base);
      expect(format).toBe('terraform');
      expect(listed(hits)).toEqual(expectations(head));
    });
  }
});
