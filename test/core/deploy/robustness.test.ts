// Bad and odd input: always a result, never a throw; one broken YAML document never hides the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDeploy, deployFormatOf, type DeployFormat } from '../../../src/core/deploy/index';

const deployment = (name: string, image: string, extra = ''): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    extra,
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${image}`,
  ]
    .filter((l) => l !== '')
    .join('\n');

describe('many documents with anchors', () => {
  it('reads 500 documents, following anchors, aliases and merge keys in each', async () => {
    const docs: string[] = [];
    for (let i = 0; i < 500; i++) {
      docs.push(
        [
          `x-common: &common${i}`,
          `  image: acme/app${i % 2 === 0 ? ':latest' : ':1.0.' + i}`,
          `  name: app`,
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          `  name: d${i}`,
          'spec:',
          '  revisionHistoryLimit: 0',
          '  template:',
          '    spec:',
          '      containers:',
          `        - <<: *common${i}`,
        ].join('\n'),
      );
    }
    const src = docs.join('\n---\n');
    const { format, hits } = await analyseDeploy('k8s/all.yaml', src);
    expect(format).toBe('kubernetes');
    const images = hits.filter((h) => h.rule === 'mutable-image-tag');
    const history = hits.filter((h) => h.rule === 'rollback-history-disabled');
    expect(images).toHaveLength(250);
    expect(history).toHaveLength(500);
    // Each document is 13 lines plus its `---`: the image key of document i sits on line 14*i + 2.
    expect(images[0]!.line).toBe(2);
    expect(images[1]!.line).toBe(14 * 2 + 2);
    expect(images[0]!.message).toContain('Deployment/d0 container "app"');
  });
});

describe('invalid YAML', () => {
  it('keeps the hits of the documents around a broken one', async () => {
    const src = [deployment('before', 'nginx:latest'), 'kind: [unclosed', deployment('after', 'redis')].join('\n---\n');
    const { format, hits } = await analyseDeploy('k8s/app.yaml', src);
    expect(format).toBe('kubernetes');
    const names = hits.map((h) => h.message.slice(0, h.message.indexOf(' ')));
    expect(names).toContain('Deployment/before');
    expect(names).toContain('Deployment/after');
    const afterHit = hits.find((h) => h.message.startsWith('Deployment/after'))!;
    expect(afterHit.line).toBe(10 + 1 + 1 + 1 + 10); // first doc, ---, broken doc, ---, then the image key
  });

  it('gives a result for a file that is nothing but a syntax error', async () => {
    for (const src of ['a: b: c: [', '{{{{', ': : :', '- [\n- {', '\t\tkind: Deployment\n  x']) {
      const r = await analyseDeploy('k8s/broken.yaml', src);
      expect(Array.isArray(r.hits)).toBe(true);
    }
  });

  it('does not loop on a recursive alias', async () => {
    const src = 'kind: Deployment\napiVersion: apps/v1\nspec: &s\n  template: *s\n  strategy: {type: Recreate}\n';
    const r = await analyseDeploy('k8s/rec.yaml', src);
    expect(r.hits.map((h) => h.rule)).toEqual(['recreate-strategy']);
  });

  it('does not expand a billion-laughs document', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    lines.push('kind: Pod', 'apiVersion: v1', 'spec:', '  containers: *j');
    const r = await analyseDeploy('k8s/laughs.yaml', lines.join('\n'));
    expect(r.format).toBe('kubernetes');
    expect(r.hits).toEqual([]);
  });
});

describe('Terraform with syntax errors', () => {
  it('still reads the well-formed blocks around an error', async () => {
    const src = [
      'resource "aws_db_instance" "a" {',
      '  deletion_protection = false',
      '}',
      'resource "broken" {',
      '  = = = {{',
      '}',
      'resource "aws_db_instance" "b" {',
      '  deletion_protection = true',
      '}',
    ].join('\n');
    const r = await analyseDeploy('infra/main.tf', src);
    expect(r.format).toBe('terraform');
    expect(r.hits.map((h) => `${h.rule} ${h.line}`)).toContain('deletion-protection-removed 2');
  });

  it('gives a result for unterminated blocks and strings', async () => {
    for (const src of ['resource "x" "y" {', 'locals { a = "', '}}}}', 'variable "deletion_protection" { default = ']) {
      const r = await analyseDeploy('main.tf', src, 'resource "x" "y" { deletion_protection = true }');
      expect(Array.isArray(r.hits)).toBe(true);
    }
  });
});

describe('binary junk and empty files', () => {
  const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const paths = ['k8s/app.yaml', 'values.yaml', 'docker-compose.yml', 'Dockerfile', 'main.tf', '.github/workflows/deploy.yml', 'fly.toml'];
  it.each(paths)('%s: empty and whitespace give no hits; junk and a NUL byte at most a parse-error notice', async (path) => {
    for (const src of ['', '\n\n', '   ', '\uFEFF']) {
      const r = await analyseDeploy(path, src, src);
      expect(r.hits).toEqual([]);
    }
    for (const src of [junk, '\u0000']) {
      const r = await analyseDeploy(path, src, src);
      expect(r.hits.every((h) => h.rule === 'parse-error')).toBe(true);
    }
  });
});

describe('property: never throws on arbitrary text', () => {
  const formats: [DeployFormat, string][] = [
    ['kubernetes', 'k8s/deployment.yaml'],
    ['kubernetes', 'kustomization.yaml'],
    ['helm-values', 'charts/app/values.yaml'],
    ['compose', 'docker-compose.yml'],
    ['terraform', 'infra/main.tf'],
    ['dockerfile', 'Dockerfile'],
    ['workflow', '.github/workflows/deploy.yml'],
  ];
  // Text biased toward the syntax each reader cares about, plus anything at all.
  const tokens = fc.constantFrom(
    'kind: Deployment\n',
    'apiVersion: apps/v1\n',
    'image: nginx:latest\n',
    'services:\n',
    '  web:\n',
    '---\n',
    '&a ',
    '*a ',
    '<<: ',
    'FROM ',
    'AS ',
    '\\\n',
    '# escape=`\n',
    'RUN <<EOF\n',
    'EOF\n',
    'resource "a" "b" {\n',
    'deletion_protection = false\n',
    'lifecycle {\n',
    '}\n',
    '{{ .Values }}',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ':',
    '- ',
    '  ',
    '\t',
    '\n',
    '\u0000',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(tokens, { maxLength: 60 }).map((t) => t.join('')),
  );

  it.each(formats)('%s (%s)', async (_format, path) => {
    await fc.assert(
      fc.asyncProperty(text, fc.option(text, { nil: undefined }), async (head, base) => {
        const r = await analyseDeploy(path, head, base);
        expect(typeof r.format).toBe('string');
        for (const h of r.hits) {
          expect(Number.isInteger(h.line) && h.line >= 1).toBe(true);
          expect(h.line).toBeLessThanOrEqual(head.split('\n').length);
        }
        expect(() => deployFormatOf(path, head)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
