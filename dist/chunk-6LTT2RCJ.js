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
function encodeAttestations(list) {
  return `${ATTESTATION_PREFIX}${Buffer.from(JSON.stringify(list), "utf8").toString("base64url")}${COMMENT_END}`;
}
function decodeAttestations(body) {
  if (!body) return [];
  const start = body.indexOf(ATTESTATION_PREFIX);
  if (start < 0) return [];
  const from = start + ATTESTATION_PREFIX.length;
  const end = body.indexOf(COMMENT_END, from);
  if (end < 0) return [];
  try {
    const data = JSON.parse(Buffer.from(body.slice(from, end), "base64url").toString("utf8"));
    if (!Array.isArray(data)) return [];
    return data.filter(
      (a) => a && typeof a === "object" && typeof a.item === "string" && typeof a.by === "string" && typeof a.allowed === "boolean" && typeof a.at === "string"
    );
  } catch {
    return [];
  }
}
var ticksFromAttestations = (list) => list.map(({ item, by, allowed }) => ({ item, by, allowed }));

export {
  ITEM_PREFIX,
  COMMENT_END,
  encodeAttestations,
  decodeAttestations,
  ticksFromAttestations
};
