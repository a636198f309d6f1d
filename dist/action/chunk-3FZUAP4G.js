import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/runner/attestations.ts
var ATTESTATION_PREFIX = "<!-- rollback-ready:attestations ";
var ITEM_PREFIX = "<!-- rollback-ready:item:";
var COMMENT_END = " -->";
var isAttestation = (a) => {
  const x = a;
  return !!x && typeof x === "object" && typeof x.item === "string" && typeof x.by === "string" && typeof x.allowed === "boolean" && typeof x.at === "string" && (x.ticked === void 0 || typeof x.ticked === "boolean");
};
function encodeCommentState(state) {
  if (!state.attestations.length && !Object.keys(state.shown).length) return void 0;
  const data = { attestations: state.attestations, shown: state.shown };
  return `${ATTESTATION_PREFIX}${Buffer.from(JSON.stringify(data), "utf8").toString("base64url")}${COMMENT_END}`;
}
function decodeCommentState(body) {
  const empty = { attestations: [], shown: {} };
  if (!body) return empty;
  const start = body.indexOf(ATTESTATION_PREFIX);
  if (start < 0) return empty;
  const from = start + ATTESTATION_PREFIX.length;
  const end = body.indexOf(COMMENT_END, from);
  if (end < 0) return empty;
  try {
    const data = JSON.parse(Buffer.from(body.slice(from, end), "base64url").toString("utf8"));
    const list = Array.isArray(data) ? data : data?.attestations;
    const shownRaw = Array.isArray(data) ? void 0 : data?.shown;
    const shown = {};
    if (shownRaw && typeof shownRaw === "object") {
      for (const [k, v] of Object.entries(shownRaw)) if (typeof v === "boolean") shown[k] = v;
    }
    return { attestations: Array.isArray(list) ? list.filter(isAttestation) : [], shown };
  } catch {
    return empty;
  }
}
var time = (at) => {
  const t = Date.parse(at);
  return Number.isFinite(t) ? t : 0;
};
function recordAttestation(list, next) {
  const current = list.find((a) => a.item === next.item);
  if (current) {
    const [was, now] = [time(current.at), time(next.at)];
    if (was > now) return list;
    if (was === now && current.ticked !== false && next.ticked !== false && !current.allowed && next.allowed) return list;
  }
  return [...list.filter((a) => a.item !== next.item), next];
}
function mergeAttestations(a, b) {
  let out = a;
  for (const x of b) out = recordAttestation(out, x);
  return out;
}
var ticksFromAttestations = (list) => list.filter((a) => a.ticked !== false).map(({ item, by, allowed }) => ({ item, by, allowed }));
var BOX_LINE = /^\s*[-*+] \[([ xX])\] .*<!-- rollback-ready:item:([^\s>]+) -->/;
function scanBoxLines(body) {
  const out = /* @__PURE__ */ new Map();
  for (const line of (body ?? "").split("\n")) {
    const m = BOX_LINE.exec(line);
    if (m) out.set(m[2], [...out.get(m[2]) ?? [], m[1] !== " "]);
  }
  return out;
}

export {
  ITEM_PREFIX,
  COMMENT_END,
  encodeCommentState,
  decodeCommentState,
  recordAttestation,
  mergeAttestations,
  ticksFromAttestations,
  scanBoxLines
};
