import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  require_lib
} from "./chunk-LOUL7MGO.js";
import {
  describeMutable,
  mutableReason,
  pinAdvice
} from "./chunk-6YPJPLJ3.js";
import {
  __toESM
} from "./chunk-ADI5M2KE.js";

// src/core/deploy/fly.ts
var import_toml_eslint_parser = __toESM(require_lib(), 1);
function keyName(kv) {
  return kv.key.keys.map((k) => k.type === "TOMLBare" ? k.name : String(k.value)).join(".");
}
function stringValue(kv) {
  return kv.value.type === "TOMLValue" && kv.value.kind === "string" ? String(kv.value.value) : void 0;
}
function settings(top) {
  const out = [];
  const visit = (table, body, depth) => {
    if (depth > 16) return;
    for (const node of body) {
      if (node.type === "TOMLTable") {
        visit(node.resolvedKey.map(String), node.body, depth + 1);
        continue;
      }
      const path = [...table, ...keyName(node).split(".")];
      if (node.value.type === "TOMLInlineTable") visit(path, node.value.body, depth + 1);
      else out.push({ path, kv: node });
    }
  };
  visit([], top.body, 0);
  return out;
}
function analyseFlyToml(source) {
  let top;
  try {
    top = (0, import_toml_eslint_parser.parseTOML)(source).body[0];
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return [{ rule: "parse-error", line: 1, message: `fly.toml could not be read as TOML (${reason}), so its image and deploy strategy were not checked.` }];
  }
  if (!top) return [];
  const hits = [];
  for (const { path, kv } of settings(top)) {
    const where = path.join(".");
    const value = stringValue(kv);
    if (value === void 0) continue;
    if (where === "build.image") {
      const reason = mutableReason(value);
      if (reason)
        hits.push({ rule: "mutable-image-tag", line: kv.loc.start.line, message: `fly.toml [build] ${describeMutable(value, reason)}; ${pinAdvice(value)}.` });
    } else if (where === "deploy.strategy" && value.toLowerCase() === "immediate") {
      hits.push({
        rule: "recreate-strategy",
        line: kv.loc.start.line,
        message: 'fly.toml [deploy] strategy = "immediate" replaces every Machine at once without waiting for health checks, so a bad release and its rollback are both outages; use "rolling", "canary" or "bluegreen".'
      });
    }
  }
  return hits;
}
export {
  analyseFlyToml
};
