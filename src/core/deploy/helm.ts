// Helm values files: `image: {repository, tag, digest}` maps and `image: repo:tag` strings,
// wherever they sit in the values tree (sub-charts, sidecars, init containers…).
import { isMap, isSeq } from 'yaml';
import type { Hit } from '../types';
import { describeMutable, isTemplated, mutableReason, pinAdvice } from './image-ref';
import { entries, get, isNullScalar, scalarText, unreadDocument, type Entry, type ParsedYamlDoc, type YamlCtx } from './yaml-nodes';

const MAX_DEPTH = 64;
/** Sibling keys that old-style charts use to carry the tag next to `image: repo`. */
const SIBLING_TAG_KEYS = ['tag', 'imageTag', 'version'];

export function analyseHelmValuesDocs(docs: readonly ParsedYamlDoc[]): Hit[] {
  const hits: Hit[] = [];
  for (const d of docs) {
    if (d.hasErrors && d.text.includes('{{')) {
      hits.push(unreadDocument(d, 'images'));
      continue;
    }
    try {
      walk(d, d.doc.contents, [], hits, 0);
    } catch (error) {
      // keep what the other documents gave, and say what this one hid
      hits.push(unreadDocument(d, 'images', error));
    }
  }
  return hits;
}

const isImageKey = (name: string): boolean => name === 'image' || name.endsWith('Image');

function walk(ctx: YamlCtx, node: unknown, path: string[], hits: Hit[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  // Only the node's own children are walked (not aliases or merged keys): an anchored value is
  // checked once, where it is written, so the line points at what to fix.
  if (isMap(node)) {
    const all = entries(ctx, node);
    const own = new Map(all.filter((e) => !e.merged).map((e) => [e.name, e]));
    const names = new Set(all.map((e) => e.name));
    for (const pair of node.items) {
      const name = scalarText(ctx, pair.key);
      if (name === undefined) continue;
      const entry = own.get(name);
      if (!entry) continue;
      const here = [...path, name];
      if (isImageKey(name)) {
        if (checkImage(ctx, entry, here, names, hits)) continue;
      }
      walk(ctx, pair.value, here, hits, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(ctx, item, [...path, String(i)], hits, depth + 1));
  }
}

/** Returns true when `entry` was an image (checked), false when it should be walked into. */
function checkImage(ctx: YamlCtx, entry: Entry, path: string[], siblings: Set<string>, hits: Hit[]): boolean {
  const where = path.join('.');
  const str = scalarText(ctx, entry.value);
  if (str !== undefined) {
    const reason = mutableReason(str);
    if (!reason) return true;
    if (reason === 'untagged' && SIBLING_TAG_KEYS.some((k) => siblings.has(k))) return true;
    hits.push({
      rule: 'mutable-image-tag',
      line: entry.line,
      message: `Helm value ${where}: ${describeMutable(str, reason)}; ${pinAdvice(str)}.`,
    });
    return true;
  }
  if (!isMap(entry.value)) return false;
  const repoEntry = get(ctx, entry.value, 'repository') ?? get(ctx, entry.value, 'repo');
  const repo = scalarText(ctx, repoEntry?.value);
  if (repo === undefined || repo.trim() === '' || isTemplated(repo)) return repo !== undefined;
  const digest = scalarText(ctx, get(ctx, entry.value, 'digest')?.value) ?? scalarText(ctx, get(ctx, entry.value, 'sha')?.value);
  if (digest && digest.trim() !== '') return true;
  // `repository: nginx:1.27` or `repository: nginx@sha256:…` already pins it.
  if (!mutableReason(repo)) return true;
  const tagEntry = get(ctx, entry.value, 'tag');
  const tag = tagEntry ? scalarText(ctx, tagEntry.value) : undefined;
  if (tagEntry && tag !== undefined && tag.trim() !== '' && isTemplated(tag)) return true;
  let problem: string | undefined;
  if (!tagEntry) problem = `has no tag and no digest`;
  else if (isNullScalar(ctx, tagEntry.value) || (tag !== undefined && tag.trim() === '')) problem = `has an empty tag`;
  else if (tag === 'latest') problem = `uses tag "latest"`;
  if (!problem) return true;
  hits.push({
    rule: 'mutable-image-tag',
    line: (tagEntry ?? entry).line,
    message:
      `Helm value ${where} (repository "${repo.trim()}") ${problem}: the image it deploys can change under the same ` +
      `chart version, so a rollback cannot bring the previous one back; ${pinAdvice(repo)} in ${where}.tag or ${where}.digest.`,
  });
  return true;
}
