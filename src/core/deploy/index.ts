// The deploy analyser: which kind of deploy file a path is, and the deploy rules over it
// (mutable-image-tag, rollback-history-disabled, recreate-strategy, deletion-protection-removed)
// over Kubernetes, Helm values, compose, Dockerfiles, Terraform and fly.toml.
// `yaml` is light and already needed for the config; tree-sitter (Terraform) loads on first use.
import type { Hit } from '../types';
import { analyseComposeDocs } from './compose';
import { analyseDockerfile } from './dockerfile';
import { analyseHelmValuesDocs } from './helm';
import { analyseKubernetesDocs } from './kubernetes';
import { get, isMap, parseYamlStream, scalarText, type ParsedYamlDoc } from './yaml-nodes';

export type DeployFormat = 'kubernetes' | 'helm-values' | 'compose' | 'terraform' | 'dockerfile' | 'fly' | 'workflow' | 'unknown';

export { DEFAULT_DEPLOY_GLOBS } from './globs';

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const hasExt = (name: string, ...exts: string[]): boolean => exts.some((e) => name.endsWith(e));

function formatByPath(path: string): DeployFormat | 'yaml' | undefined {
  const norm = path.split('\\').join('/');
  const name = basename(norm);
  const lower = name.toLowerCase();
  if (
    lower === 'dockerfile' ||
    lower.startsWith('dockerfile.') ||
    lower.startsWith('dockerfile-') ||
    lower.endsWith('.dockerfile') ||
    lower === 'containerfile' ||
    lower.startsWith('containerfile.')
  ) {
    return 'dockerfile';
  }
  if (hasExt(lower, '.tf', '.tfvars', '.hcl', '.nomad')) return 'terraform';
  if (lower === 'fly.toml' || (lower.startsWith('fly.') && lower.endsWith('.toml'))) return 'fly';
  const yaml = hasExt(lower, '.yaml', '.yml');
  if (!yaml && !hasExt(lower, '.json')) return lower === 'kustomization' ? 'kubernetes' : 'unknown';
  if (!yaml) return lower.endsWith('.tf.json') || lower.endsWith('.tfvars.json') ? 'terraform' : 'yaml';
  if (norm.startsWith('.github/workflows/') || norm.includes('/.github/workflows/')) return 'workflow';
  if (lower.startsWith('docker-compose') || lower.startsWith('compose.') || lower.startsWith('compose-')) return 'compose';
  if (lower === 'chart.yaml' || lower === 'chart.yml') return 'unknown';
  if (lower.startsWith('kustomization.')) return 'kubernetes';
  if (lower.startsWith('values') || hasExt(lower, '.values.yaml', '.values.yml', '-values.yaml', '-values.yml')) return 'helm-values';
  return 'yaml';
}

function formatByContent(docs: readonly ParsedYamlDoc[]): DeployFormat {
  let compose = false;
  for (const d of docs) {
    const root = d.doc.contents;
    if (!isMap(root)) continue;
    const kind = get(d, root, 'kind');
    if (kind && scalarText(d, kind.value) !== undefined && get(d, root, 'apiVersion')) return 'kubernetes';
    const services = get(d, root, 'services');
    if (services && isMap(services.value) && !get(d, root, 'apiVersion') && !get(d, root, 'jobs')) compose = true;
  }
  return compose ? 'compose' : 'unknown';
}

/** A chart template (`templates/*.yaml` with `{{ }}`) is a Kubernetes manifest once rendered. */
function formatOfYaml(path: string, content: string, docs: readonly ParsedYamlDoc[]): DeployFormat {
  const format = formatByContent(docs);
  if (format !== 'unknown') return format;
  const norm = path.split('\\').join('/');
  const inTemplates = norm.startsWith('templates/') || norm.includes('/templates/');
  return inTemplates && content.includes('{{') ? 'kubernetes' : 'unknown';
}

/** What kind of deploy file this is, from its path and (for YAML that could be anything) its content. */
export function deployFormatOf(path: string, content: string): DeployFormat {
  try {
    const byPath = formatByPath(path);
    if (byPath !== 'yaml') return byPath ?? 'unknown';
    return formatOfYaml(path, content, parseYamlStream(content));
  } catch {
    return 'unknown';
  }
}

const isKustomizationPath = (path: string): boolean => basename(path).toLowerCase().startsWith('kustomization');

function sortHits(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}

type FlyModule = typeof import('./fly');
let flyLoading: Promise<FlyModule> | undefined;

/** The deploy rules over one version of a file (not Terraform, which compares versions itself). */
function analyseVersion(path: string, content: string, byPath: DeployFormat | 'yaml', fly?: FlyModule): { format: DeployFormat; hits: Hit[] } {
  if (byPath === 'dockerfile') return { format: 'dockerfile', hits: analyseDockerfile(content) };
  if (byPath === 'fly') return { format: 'fly', hits: fly ? fly.analyseFlyToml(content) : [] };
  if (byPath === 'workflow' || byPath === 'unknown' || byPath === 'terraform') return { format: byPath, hits: [] };
  const docs = parseYamlStream(content);
  const format = byPath === 'yaml' ? formatOfYaml(path, content, docs) : byPath;
  switch (format) {
    case 'kubernetes':
      return { format, hits: analyseKubernetesDocs(docs, isKustomizationPath(path)) };
    case 'compose':
      return { format, hits: analyseComposeDocs(docs) };
    case 'helm-values':
      return { format, hits: analyseHelmValuesDocs(docs) };
    default:
      return { format, hits: [] };
  }
}

/**
 * The hits of `head` that `base` does not already have. A finding names what it is about (the
 * workload, container and image), not where it sits, so a hazard the pull request only moved or
 * left alone is not laid at its door; what it adds or changes is.
 */
function newSinceBase(head: Hit[], base: Hit[]): Hit[] {
  const before = new Map<string, number>();
  const key = (h: Hit) => `${h.rule}\u0000${h.message}`;
  for (const h of base) before.set(key(h), (before.get(key(h)) ?? 0) + 1);
  return head.filter((h) => {
    const n = before.get(key(h)) ?? 0;
    if (n === 0) return true;
    before.set(key(h), n - 1);
    return false;
  });
}

/**
 * Analyse one deploy file at head (`base`: its content on the base branch, when it existed: only
 * what the change brings is reported). Never throws: what cannot be read gives a `parse-error` notice.
 */
export async function analyseDeploy(path: string, head: string, base?: string): Promise<{ format: DeployFormat; hits: Hit[] }> {
  let format: DeployFormat = 'unknown';
  try {
    const byPath = formatByPath(path) ?? 'unknown';
    if (byPath === 'terraform') {
      const { analyseTerraform } = await import('./terraform');
      const lower = basename(path).toLowerCase();
      const syntax = lower.endsWith('.tfvars.json') ? 'json-vars' : lower.endsWith('.json') ? 'json' : 'hcl';
      return { format: 'terraform', hits: sortHits(await analyseTerraform(head, base, syntax)) };
    }
    // The TOML parser loads only for fly.toml.
    const fly = byPath === 'fly' ? await (flyLoading ??= import('./fly')) : undefined;
    const result = analyseVersion(path, head, byPath, fly);
    format = result.format;
    if (base === undefined || result.hits.length === 0) return { format, hits: sortHits(result.hits) };
    let before: Hit[] = [];
    try {
      before = analyseVersion(path, base, byPath, fly).hits;
    } catch {
      // an unreadable base hides nothing: every hit of the head stands
    }
    return { format, hits: sortHits(newSinceBase(result.hits, before)) };
  } catch (error) {
    // A reader that throws, or a grammar that does not load, leaves a notice: never "no findings".
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      format,
      hits: [
        {
          rule: 'parse-error',
          line: 1,
          message: `This deploy file could not be analysed (${reason}), so its deploy rules were not checked: check it by hand.`,
        },
      ],
    };
  }
}
