import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/deploy/image-ref.ts
function isTemplated(ref) {
  return ref.includes("{{") || ref.includes("$");
}
function parseImageRef(raw) {
  const ref = raw.trim();
  const at = ref.indexOf("@");
  const beforeDigest = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : void 0;
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.indexOf(":", lastSlash + 1);
  if (colon < 0) return { name: beforeDigest, ...digest ? { digest } : {} };
  return {
    name: beforeDigest.slice(0, colon),
    tag: beforeDigest.slice(colon + 1),
    ...digest ? { digest } : {}
  };
}
function mutableReason(raw) {
  const ref = raw.trim();
  if (ref === "" || isTemplated(ref)) return void 0;
  const parsed = parseImageRef(ref);
  if (parsed.digest) return void 0;
  if (parsed.tag === void 0 || parsed.tag === "") return "untagged";
  if (parsed.tag === "latest") return "latest";
  return void 0;
}
function pinAdvice(raw) {
  const name = parseImageRef(raw).name || "image";
  return `pin a version tag (${name}:1.2.3) or a digest (${name}@sha256:\u2026) so a rollback can redeploy the exact previous image`;
}
function describeMutable(raw, reason, noun = "image") {
  const ref = raw.trim();
  return reason === "latest" ? `${noun} "${ref}" is tagged "latest", which moves with every push` : `${noun} "${ref}" has no tag or digest (so it means "latest", which moves with every push)`;
}

export {
  isTemplated,
  mutableReason,
  pinAdvice,
  describeMutable
};
