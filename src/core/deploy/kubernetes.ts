// Kubernetes manifests (and Argo Rollouts, kustomizations): mutable images in pod templates,
// revisionHistoryLimit: 0, and the Recreate strategy.
import type { Hit } from '../types';
import { describeMutable, mutableReason, pinAdvice } from './image-ref';
import { unreadDocument, entries, get, getPath, scalarText, seqItems, type ParsedYamlDoc, type YamlCtx } from './yaml-nodes';

/** Where the pod spec sits in each workload kind. */
const POD_SPEC_PATH: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Rollout: ['spec', 'template', 'spec'], // Argo Rollouts
  PodTemplate: ['template', 'spec'],
};

/** Kinds whose controller keeps old revisions for `rollout undo`. */
const HISTORY_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Rollout']);

const CONTAINER_LISTS: readonly [string, string][] = [
  ['initContainers', 'init container'],
  ['containers', 'container'],
];

const MAX_LIST_DEPTH = 4;

export function analyseKubernetesDocs(docs: readonly ParsedYamlDoc[], isKustomization: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const d of docs) {
    // A Helm template (`{{ … }}`) that is not valid YAML: its recovered tree is guesswork. Say so.
    if (d.hasErrors && d.text.includes('{{')) {
      hits.push(unreadDocument(d, 'workloads'));
      continue;
    }
    try {
      analyseObject(d, d.doc.contents, hits, isKustomization, 0);
    } catch (error) {
      // Never let one odd document hide the findings of the others, nor pass in silence.
      hits.push(unreadDocument(d, 'workloads', error));
    }
  }
  return hits;
}

function analyseObject(ctx: YamlCtx, root: unknown, hits: Hit[], isKustomization: boolean, depth: number): void {
  const kind = scalarText(ctx, get(ctx, root, 'kind')?.value);
  if (kind === undefined && !isKustomization) return;

  if (kind === 'List' || (kind?.endsWith('List') && get(ctx, root, 'items'))) {
    if (depth >= MAX_LIST_DEPTH) return;
    for (const item of seqItems(ctx, get(ctx, root, 'items')?.value)) {
      analyseObject(ctx, item, hits, false, depth + 1);
    }
    return;
  }
  if (kind === 'Kustomization' || (kind === undefined && isKustomization)) {
    kustomizationImages(ctx, root, hits);
    return;
  }
  if (kind === undefined) return;

  const name = scalarText(ctx, getPath(ctx, root, ['metadata', 'name'])?.value) ?? '<unnamed>';
  const label = `${kind}/${name}`;

  const podPath = POD_SPEC_PATH[kind];
  if (podPath) {
    const podSpec = getPath(ctx, root, podPath)?.value;
    for (const [list, noun] of CONTAINER_LISTS) {
      for (const container of seqItems(ctx, get(ctx, podSpec, list)?.value)) {
        const image = get(ctx, container, 'image');
        if (!image) continue;
        const ref = scalarText(ctx, image.value);
        if (ref === undefined) continue;
        const reason = mutableReason(ref);
        if (!reason) continue;
        const cname = scalarText(ctx, get(ctx, container, 'name')?.value) ?? '<unnamed>';
        hits.push({
          rule: 'mutable-image-tag',
          line: image.line,
          message: `${label} ${noun} "${cname}": ${describeMutable(ref, reason)}; ${pinAdvice(ref)}.`,
        });
      }
    }
  }

  const spec = get(ctx, root, 'spec')?.value;
  if (HISTORY_KINDS.has(kind)) {
    const limit = get(ctx, spec, 'revisionHistoryLimit');
    if (limit && isZero(scalarText(ctx, limit.value))) {
      hits.push({
        rule: 'rollback-history-disabled',
        line: limit.line,
        message:
          `${label} sets revisionHistoryLimit: 0, so no previous revision is kept and ` +
          `\`kubectl rollout undo\` has nothing to go back to; keep revisionHistoryLimit ≥ 2 (or drop it: the default is 10).`,
      });
    }
  }

  if (kind === 'Deployment') {
    const type = getPath(ctx, spec, ['strategy', 'type']);
    if (type && scalarText(ctx, type.value) === 'Recreate') {
      hits.push({
        rule: 'recreate-strategy',
        line: type.line,
        message:
          `${label} uses strategy Recreate: every pod stops before the new ones start, so the rollout and its ` +
          `rollback are both outages; use RollingUpdate (with maxUnavailable: 0 when old and new versions can run side by side).`,
      });
    }
  }
}

function isZero(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '' && Number(text) === 0;
}

/** kustomization.yaml `images:` entries: `newTag: latest` without a digest. */
function kustomizationImages(ctx: YamlCtx, root: unknown, hits: Hit[]): void {
  for (const img of seqItems(ctx, get(ctx, root, 'images')?.value)) {
    const fields = new Map(entries(ctx, img).map((e) => [e.name, e]));
    if (scalarText(ctx, fields.get('digest')?.value)) continue;
    const newTag = fields.get('newTag');
    const tag = scalarText(ctx, newTag?.value);
    if (!newTag || tag !== 'latest') continue;
    const name = scalarText(ctx, fields.get('newName')?.value) ?? scalarText(ctx, fields.get('name')?.value) ?? 'image';
    const ref = `${name}:latest`;
    hits.push({
      rule: 'mutable-image-tag',
      line: newTag.line,
      message: `Kustomization image "${name}" sets newTag: latest, which moves with every push; ${pinAdvice(ref)}.`,
    });
  }
}
