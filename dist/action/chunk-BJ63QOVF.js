import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/deploy/globs.ts
var YAML_EXT = "{yaml,yml}";
var MANIFEST_EXT = "{yaml,yml,json}";
var DEFAULT_DEPLOY_GLOBS = [
  // Kubernetes manifests by folder
  `**/k8s/**/*.${MANIFEST_EXT}`,
  `**/kubernetes/**/*.${MANIFEST_EXT}`,
  `**/kube/**/*.${MANIFEST_EXT}`,
  `**/manifests/**/*.${MANIFEST_EXT}`,
  `**/deploy/**/*.${MANIFEST_EXT}`,
  `**/deployment/**/*.${MANIFEST_EXT}`,
  `**/deployments/**/*.${MANIFEST_EXT}`,
  `**/openshift/**/*.${MANIFEST_EXT}`,
  `**/kustomize/**/*.${YAML_EXT}`,
  `**/argocd/**/*.${YAML_EXT}`,
  `**/argo/**/*.${YAML_EXT}`,
  `**/gitops/**/*.${YAML_EXT}`,
  // Kustomize
  `**/kustomization.${YAML_EXT}`,
  "**/Kustomization",
  // Helm charts
  "**/Chart.yaml",
  "**/Chart.lock",
  `**/values*.${YAML_EXT}`,
  `**/charts/**/*.${YAML_EXT}`,
  "**/charts/**/*.tpl",
  `**/helm/**/*.${YAML_EXT}`,
  "**/helm/**/*.tpl",
  `templates/**/*.${YAML_EXT}`,
  "templates/**/*.tpl",
  `**/helmfile*.${YAML_EXT}`,
  // Argo Rollouts, Skaffold, other deploy descriptors
  `**/rollout*.${YAML_EXT}`,
  `**/skaffold*.${YAML_EXT}`,
  "**/fly.toml",
  "**/fly.*.toml",
  `**/render.${YAML_EXT}`,
  `**/serverless.${YAML_EXT}`,
  "**/task-definition*.json",
  "**/taskdef*.json",
  "**/*.nomad",
  "**/*.nomad.hcl",
  // Terraform
  "**/*.tf",
  "**/*.tfvars",
  "**/*.tf.json",
  "**/*.tfvars.json",
  "**/terragrunt.hcl",
  // Containers
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/Dockerfile-*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/Containerfile.*",
  `**/docker-compose*.${YAML_EXT}`,
  `**/compose*.${YAML_EXT}`,
  // Deploy workflows
  `.github/workflows/*deploy*.${YAML_EXT}`,
  `.github/workflows/*release*.${YAML_EXT}`,
  `.github/workflows/*rollout*.${YAML_EXT}`
];

export {
  DEFAULT_DEPLOY_GLOBS
};
