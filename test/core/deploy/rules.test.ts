// Behaviour of each deploy reader beyond the fixtures: messages, edge cases, base comparison.
import { describe, expect, it } from 'vitest';
import { analyseDeploy } from '../../../src/core/deploy/index';
import { readInstructions } from '../../../src/core/deploy/dockerfile';
import { mutableReason, parseImageRef } from '../../../src/core/deploy/image-ref';

const lines = (hits: { rule: string; line: number }[]): string[] => hits.map((h) => `${h.rule} ${h.line}`);

describe('image references', () => {
  it.each([
    ['nginx', 'untagged'],
    ['nginx:latest', 'latest'],
    ['library/nginx:', 'untagged'],
    ['localhost:5000/app', 'untagged'],
    ['localhost:5000/app:latest', 'latest'],
    ['localhost:5000/app:1.2', undefined],
    ['nginx:1.27', undefined],
    ['nginx@sha256:abc', undefined],
    ['nginx:latest@sha256:abc', undefined],
    ['ghcr.io/a/b:${TAG}', undefined],
    ['{{ .Values.image }}', undefined],
    ['', undefined],
    ['nginx:Latest', undefined], // tags are case-sensitive: "Latest" is a tag someone chose
  ])('%s → %s', (ref, want) => {
    expect(mutableReason(ref)).toBe(want);
  });

  it('splits registry port, tag and digest', () => {
    expect(parseImageRef('reg:5000/a/b:1.0@sha256:ff')).toEqual({ name: 'reg:5000/a/b', tag: '1.0', digest: 'sha256:ff' });
  });
});

describe('Kubernetes messages', () => {
  it('names the resource and the container, and says what to do', async () => {
    const src =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  revisionHistoryLimit: 0\n  strategy:\n    type: Recreate\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n';
    const { hits } = await analyseDeploy('k8s/api.yaml', src);
    expect(lines(hits)).toEqual(['rollback-history-disabled 6', 'recreate-strategy 8', 'mutable-image-tag 13']);
    const [history, recreate, image] = hits;
    expect(image!.message).toContain('Deployment/api container "web"');
    expect(image!.message).toContain('pin a version tag');
    expect(image!.message).toContain('digest');
    expect(history!.message).toContain('Deployment/api');
    expect(history!.message).toContain('revisionHistoryLimit ≥ 2');
    expect(recreate!.message).toContain('RollingUpdate');
  });

  it('reads kubectl List output', async () => {
    const src =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p}\n    spec:\n      containers:\n        - {name: c, image: "busybox:latest"}\n';
    const { hits } = await analyseDeploy('k8s/list.yaml', src);
    expect(lines(hits)).toEqual(['mutable-image-tag 9']);
    expect(hits[0]!.message).toContain('Pod/p container "c"');
  });

  it('accepts revisionHistoryLimit 1 and above', async () => {
    const src = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  revisionHistoryLimit: 1\n';
    expect((await analyseDeploy('k8s/a.yaml', src)).hits).toEqual([]);
  });

  it('ignores kinds it does not know, even with familiar fields', async () => {
    const src =
      'apiVersion: example.com/v1\nkind: Widget\nspec:\n  revisionHistoryLimit: 0\n  strategy: {type: Recreate}\n  template:\n    spec:\n      containers: [{name: a, image: nginx}]\n';
    expect((await analyseDeploy('k8s/w.yaml', src)).hits).toEqual([]);
  });
});

describe('Helm values', () => {
  it('points at the tag key, or at image when the tag is missing', async () => {
    const src = 'image:\n  repository: a/b\n  tag: latest\nother:\n  image:\n    repository: c/d\n';
    const { hits } = await analyseDeploy('values.yaml', src);
    expect(lines(hits)).toEqual(['mutable-image-tag 3', 'mutable-image-tag 5']);
    expect(hits[1]!.message).toContain('other.image');
  });

  it('accepts a digest next to an empty tag, and a repository that carries its own tag', async () => {
    const src = 'image:\n  repository: a/b\n  tag: ""\n  digest: sha256:abc\nworker:\n  image:\n    repository: a/w:2.0\n';
    expect((await analyseDeploy('values.yaml', src)).hits).toEqual([]);
  });

  it('follows aliases and merge keys into image maps', async () => {
    const src = 'common: &img\n  repository: a/b\n  tag: latest\napi:\n  image: *img\nworker:\n  image:\n    <<: *img\n    tag: "1.0"\n';
    const { hits } = await analyseDeploy('values.yaml', src);
    // `api.image` aliases the anchored map: the hit points at the tag to fix (line 3) and names api.image;
    // `worker.image` merges it but overrides the tag.
    expect(lines(hits)).toEqual(['mutable-image-tag 3']);
    expect(hits[0]!.message).toContain('api.image');
  });
});

describe('compose', () => {
  it('names the service and skips built images', async () => {
    const src = 'services:\n  web:\n    image: nginx\n  app:\n    build: .\n    image: acme/app\n';
    const { hits } = await analyseDeploy('docker-compose.yml', src);
    expect(lines(hits)).toEqual(['mutable-image-tag 3']);
    expect(hits[0]!.message).toContain('compose service "web"');
  });
});

describe('Dockerfile reader', () => {
  it('joins continuation lines and skips comments inside them', () => {
    const ins = readInstructions('FROM \\\n  # a comment\n  node:20 \\\n  AS build\nRUN echo hi\n');
    expect(ins.map((i) => [i.keyword, i.line])).toEqual([
      ['FROM', 1],
      ['RUN', 5],
    ]);
    expect(ins[0]!.args.split(/\s+/).filter(Boolean)).toEqual(['node:20', 'AS', 'build']);
  });

  it('honours the escape directive', () => {
    const ins = readInstructions('# escape=`\nFROM `\n  nginx\nRUN dir c:\\\nCOPY a b\n');
    expect(ins.map((i) => [i.keyword, i.line])).toEqual([
      ['FROM', 2],
      ['RUN', 4],
      ['COPY', 5],
    ]);
  });

  it('flags lowercase instructions, points at the first line of a continued FROM', async () => {
    const { hits } = await analyseDeploy('Dockerfile', 'from \\\n  node\nRUN true\n');
    expect(lines(hits)).toEqual(['mutable-image-tag 1']);
  });

  it('does not flag ARG-based, stage and scratch bases', async () => {
    const src = 'ARG BASE=node:latest\nFROM $BASE AS a\nFROM a\nFROM scratch\nCOPY --from=a /x /x\n';
    expect((await analyseDeploy('Dockerfile', src)).hits).toEqual([]);
  });
});

describe('Terraform', () => {
  it('compares with the base branch and says what it was', async () => {
    const base = 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n';
    const head = 'resource "aws_db_instance" "main" {\n  deletion_protection = false\n}\n';
    const { hits } = await analyseDeploy('infra/db.tf', head, base);
    expect(lines(hits)).toEqual(['deletion-protection-removed 2']);
    expect(hits[0]!.message).toContain('resource "aws_db_instance" "main"');
    expect(hits[0]!.message).toContain('it was true on the base branch');
    expect(hits[0]!.message).toContain('keep it true');
  });

  it('leaves unchanged settings alone', async () => {
    const src = 'resource "aws_s3_bucket" "tmp" {\n  force_destroy = true\n}\n';
    expect((await analyseDeploy('infra/tmp.tf', src, src)).hits).toEqual([]);
  });

  it('does not treat disable_/skip_ prefixes as the setting', async () => {
    const src = 'locals {\n  disable_deletion_protection = false\n  db_deletion_protection = false\n}\n';
    expect(lines((await analyseDeploy('infra/locals.tf', src)).hits)).toEqual(['deletion-protection-removed 3']);
  });

  it('ignores prevent_destroy outside a lifecycle block', async () => {
    const src = 'module "m" {\n  prevent_destroy = false\n}\n';
    expect((await analyseDeploy('infra/m.tf', src)).hits).toEqual([]);
  });
});

describe('YAML and Dockerfile rules compared with the base branch', () => {
  const deployment = (replicas: number, containers: string[]) =>
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: api',
      'spec:',
      `  replicas: ${replicas}`,
      '  template:',
      '    spec:',
      '      containers:',
      ...containers.flatMap((c) => [`        - name: ${c.split('=')[0]}`, `          image: ${c.split('=')[1]}`]),
      '',
    ].join('\n');

  it('a hazard the change only leaves in place (or moves) is not reported; one it adds is', async () => {
    const base = deployment(2, ['api=nginx:latest']);
    expect((await analyseDeploy('k8s/api.yaml', deployment(3, ['api=nginx:latest']), base)).hits).toEqual([]);
    const added = await analyseDeploy('k8s/api.yaml', deployment(3, ['sidecar=envoy:1.30', 'api=nginx:latest', 'cache=redis']), base);
    expect(lines(added.hits)).toEqual(['mutable-image-tag 15']);
    expect(added.hits[0]!.message).toContain('"cache"');
    // Without a base (a new file, or `lint`), everything is reported.
    expect(lines((await analyseDeploy('k8s/api.yaml', deployment(3, ['api=nginx:latest']))).hits)).toEqual(['mutable-image-tag 11']);
  });

  it('a tag the change turns mutable is reported', async () => {
    const { hits } = await analyseDeploy('k8s/api.yaml', deployment(2, ['api=nginx:latest']), deployment(2, ['api=nginx:1.27.3']));
    expect(lines(hits)).toEqual(['mutable-image-tag 11']);
  });

  it('Dockerfile: an unchanged FROM is not reported, a new one is', async () => {
    const base = 'FROM node:latest\nRUN npm ci\n';
    expect((await analyseDeploy('Dockerfile', 'FROM node:latest\nRUN npm ci --omit=dev\n', base)).hits).toEqual([]);
    expect(lines((await analyseDeploy('Dockerfile', 'FROM node:latest\nFROM nginx\n', base)).hits)).toEqual(['mutable-image-tag 2']);
  });
});

describe('fly.toml', () => {
  it('flags a mutable [build] image and strategy "immediate", on their keys; dotted keys and inline tables too', async () => {
    const src = 'app = "api"\n\n[build]\n  image = "flyio/api"\n\n[deploy]\n  strategy = "immediate"\n';
    const { format, hits } = await analyseDeploy('fly.toml', src);
    expect(format).toBe('fly');
    expect(lines(hits)).toEqual(['mutable-image-tag 4', 'recreate-strategy 7']);
    expect(lines((await analyseDeploy('fly.toml', 'build.image = "flyio/api:latest"\ndeploy = { strategy = "immediate" }\n')).hits)).toEqual([
      'mutable-image-tag 1',
      'recreate-strategy 2',
    ]);
  });

  it('compares with the base branch like the other deploy files, and never throws on broken TOML', async () => {
    const base = '[build]\n  image = "flyio/api:latest"\n';
    expect((await analyseDeploy('fly.toml', `app = "api"\n${base}`, base)).hits).toEqual([]);
    for (const src of ['[build\nimage = ', '= = =', '\u0000', '[[deploy]]\nstrategy = 1\n']) {
      expect(Array.isArray((await analyseDeploy('fly.toml', src)).hits)).toBe(true);
    }
  });
});

describe('Terraform JSON syntax (.tf.json, .tfvars.json)', () => {
  const tfJson = (db: Record<string, unknown>, bucket: Record<string, unknown> = { bucket: 'acme-uploads' }) =>
    JSON.stringify({ resource: { aws_db_instance: { main: db }, aws_s3_bucket: { uploads: bucket } } }, null, 2) + '\n';

  it('reads the same settings as HCL, on the line of their key', async () => {
    const head = tfJson(
      { identifier: 'orders', deletion_protection: false, note: 'deletion_protection = false', lifecycle: { prevent_destroy: false } },
      { bucket: 'acme-uploads', force_destroy: true },
    );
    const { format, hits } = await analyseDeploy('infra/main.tf.json', head);
    expect(format).toBe('terraform');
    const at = (key: string) => head.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    expect(lines(hits)).toEqual([
      `deletion-protection-removed ${at('deletion_protection')}`,
      `deletion-protection-removed ${at('prevent_destroy')}`,
      `deletion-protection-removed ${at('force_destroy')}`,
    ]);
    expect(hits[0]!.message).toContain('resource "aws_db_instance" "main"');
    expect(hits[1]!.message).toContain('lifecycle');
  });

  it('compares with the base branch: turned off is flagged, already off or an expression is not', async () => {
    const base = tfJson({ deletion_protection: true });
    const off = await analyseDeploy('infra/main.tf.json', tfJson({ deletion_protection: false }), base);
    expect(lines(off.hits)).toEqual(['deletion-protection-removed 5']);
    expect(off.hits[0]!.message).toContain('it was true on the base branch');
    const same = tfJson({ deletion_protection: false });
    expect((await analyseDeploy('infra/main.tf.json', same, same)).hits).toEqual([]);
    expect((await analyseDeploy('infra/main.tf.json', tfJson({ deletion_protection: '${var.protect}' }), base)).hits).toEqual([]);
    const removed = await analyseDeploy('infra/main.tf.json', tfJson({ identifier: 'orders' }), base);
    expect(removed.hits.map((h) => h.rule)).toEqual(['deletion-protection-removed']);
    expect(removed.hits[0]!.message).toContain('was removed');
  });

  it('reads module inputs, variable defaults, repeated blocks and tfvars', async () => {
    const head = JSON.stringify(
      {
        module: { db: { source: './db', db_deletion_protection: false, disable_deletion_protection: false } },
        variable: { deletion_protection: { type: 'bool', default: false } },
        resource: { aws_db_instance: { main: [{ identifier: 'a', lifecycle: [{ prevent_destroy: false }] }] } },
      },
      null,
      2,
    );
    const { hits } = await analyseDeploy('infra/main.tf.json', head);
    const at = (key: string) => head.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    expect(lines(hits)).toEqual([
      `deletion-protection-removed ${at('db_deletion_protection')}`,
      `deletion-protection-removed ${at('default')}`,
      `deletion-protection-removed ${at('prevent_destroy')}`,
    ]);
    const vars = await analyseDeploy('env/prod.tfvars.json', '{\n  "region": "eu-west-1",\n  "db_deletion_protection": false\n}\n');
    expect(lines(vars.hits)).toEqual(['deletion-protection-removed 3']);
  });

  it('a broken or non-object JSON file gives a parse-error notice, never a throw or silence', async () => {
    for (const src of ['{"resource": {', '[]', 'null']) {
      expect((await analyseDeploy('infra/main.tf.json', src, src)).hits.map((h) => h.rule)).toEqual(['parse-error']);
    }
    for (const src of ['', '{"resource": "x"}']) expect((await analyseDeploy('infra/main.tf.json', src, src)).hits).toEqual([]);
  });
});

describe('Terraform removal with a broken head', () => {
  it('does not call a setting removed when the head cannot be fully read', async () => {
    const base = 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n';
    const head = 'resource "aws_db_instance" "main" {\n  deletion_protection = = true\n}\n';
    // Not a removal, but not silence either: the syntax error is said.
    expect((await analyseDeploy('infra/db.tf', head, base)).hits.map((h) => h.rule)).toEqual(['parse-error']);
  });

  it('does call it removed when the head is well formed', async () => {
    const base = 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n';
    const head = 'resource "aws_db_instance" "main" {\n  identifier = "x"\n}\n';
    const { hits } = await analyseDeploy('infra/db.tf', head, base);
    expect(lines(hits)).toEqual(['deletion-protection-removed 1']);
    expect(hits[0]!.message).toContain('was removed');
  });
});
