import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOY_GLOBS, deployFormatOf } from '../../../src/core/deploy/index';

describe('deployFormatOf', () => {
  const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n';
  it.each([
    ['Dockerfile', '', 'dockerfile'],
    ['services/api/Dockerfile.prod', '', 'dockerfile'],
    ['build/api.dockerfile', '', 'dockerfile'],
    ['Containerfile', '', 'dockerfile'],
    ['infra/main.tf', '', 'terraform'],
    ['infra/prod.tfvars', '', 'terraform'],
    ['infra/main.tf.json', '{}', 'terraform'],
    ['infra/prod.tfvars.json', '{}', 'terraform'],
    ['docker-compose.yml', '', 'compose'],
    ['docker-compose.prod.yaml', '', 'compose'],
    ['compose.yaml', '', 'compose'],
    ['charts/api/values.yaml', '', 'helm-values'],
    ['charts/api/values-prod.yaml', '', 'helm-values'],
    ['charts/api/Chart.yaml', 'apiVersion: v2\nname: api\n', 'unknown'],
    ['charts/api/templates/deployment.yaml', '{{- if .Values.enabled }}\nkind: Deployment\n{{- end }}\n', 'kubernetes'],
    ['.github/workflows/deploy.yml', 'on: push\njobs: {}\n', 'workflow'],
    ['k8s/kustomization.yaml', 'resources: [a.yaml]\n', 'kubernetes'],
    ['k8s/app.yaml', k8s, 'kubernetes'],
    ['k8s/app.json', '{"apiVersion": "v1", "kind": "Pod"}', 'kubernetes'],
    ['k8s/list.yaml', `# comment\n---\n${k8s}`, 'kubernetes'],
    ['deploy/stack.yml', 'services:\n  web:\n    image: nginx:1.27\n', 'compose'],
    ['deploy/notes.yaml', 'hello: world\n', 'unknown'],
    ['fly.toml', 'app = "x"\n', 'fly'],
    ['deploy/fly.staging.toml', '', 'fly'],
  ])('%s → %s', (path, content, want) => {
    expect(deployFormatOf(path, content)).toBe(want);
  });

  it('does not mistake a workflow with `services:` for compose', () => {
    expect(deployFormatOf('ci/pipeline.yaml', 'jobs:\n  a: {}\nservices:\n  db:\n    image: postgres\n')).toBe('unknown');
  });
});

describe('DEFAULT_DEPLOY_GLOBS', () => {
  const match = picomatch(DEFAULT_DEPLOY_GLOBS, { dot: true });
  it.each([
    'k8s/deployment.yaml',
    'deploy/k8s/overlays/prod/kustomization.yaml',
    'kubernetes/api.yml',
    'manifests/app.json',
    'charts/api/Chart.yaml',
    'charts/api/values.yaml',
    'charts/api/templates/deployment.yaml',
    'charts/api/templates/_helpers.tpl',
    'values-prod.yaml',
    'templates/deployment.yaml',
    'kustomization.yaml',
    'infra/main.tf',
    'infra/env/prod.tfvars',
    'Dockerfile',
    'services/api/Dockerfile.prod',
    'docker-compose.yml',
    'docker-compose.override.yaml',
    'compose.yaml',
    '.github/workflows/deploy.yml',
    '.github/workflows/deploy-prod.yaml',
    '.github/workflows/release.yml',
    'rollout.yaml',
    'skaffold.yaml',
    'fly.toml',
  ])('matches %s', (path) => {
    expect(match(path)).toBe(true);
  });

  it.each([
    'src/index.ts',
    'deploy/add_users.sql', // Sqitch migrations live in deploy/
    'db/deploy/001.sql',
    '.github/workflows/ci.yml',
    'README.md',
    'app/templates/index.html',
    'package.json',
  ])('does not match %s', (path) => {
    expect(match(path)).toBe(false);
  });
});
