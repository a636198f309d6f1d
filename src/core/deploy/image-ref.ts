// Container image references: `[registry[:port]/]path[:tag][@digest]`. An image reference is a
// short, flat string (not a language), so it is read with plain string operations.

export type MutableReason = 'latest' | 'untagged';

/** True when the reference is filled in at render/run time (Helm, compose, shell, Dockerfile ARG). */
export function isTemplated(ref: string): boolean {
  return ref.includes('{{') || ref.includes('$');
}

export interface ImageRef {
  /** Everything before the tag/digest: `registry/path`. */
  name: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(raw: string): ImageRef {
  const ref = raw.trim();
  const at = ref.indexOf('@');
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  if (colon < 0) return { name: beforeDigest, ...(digest ? { digest } : {}) };
  return {
    name: beforeDigest.slice(0, colon),
    tag: beforeDigest.slice(colon + 1),
    ...(digest ? { digest } : {}),
  };
}

/**
 * Why an image reference cannot be rolled back to, or undefined when it is pinned (a version tag
 * or a digest), empty, or templated (we cannot know what it will be).
 */
export function mutableReason(raw: string): MutableReason | undefined {
  const ref = raw.trim();
  if (ref === '' || isTemplated(ref)) return undefined;
  const parsed = parseImageRef(ref);
  if (parsed.digest) return undefined;
  if (parsed.tag === undefined || parsed.tag === '') return 'untagged';
  if (parsed.tag === 'latest') return 'latest';
  return undefined;
}

/** The shared second half of every mutable-image message: what to do instead. */
export function pinAdvice(raw: string): string {
  const name = parseImageRef(raw).name || 'image';
  return `pin a version tag (${name}:1.2.3) or a digest (${name}@sha256:…) so a rollback can redeploy the exact previous image`;
}

/** What is wrong with a mutable reference, as a clause: `image "x:latest" is tagged "latest", …`. */
export function describeMutable(raw: string, reason: MutableReason, noun = 'image'): string {
  const ref = raw.trim();
  return reason === 'latest'
    ? `${noun} "${ref}" is tagged "latest", which moves with every push`
    : `${noun} "${ref}" has no tag or digest (so it means "latest", which moves with every push)`;
}
