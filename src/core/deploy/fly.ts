// Fly.io app config (`fly.toml`), read with a TOML parser that keeps every key's line:
//   [build] image = "…"           → mutable-image-tag when it is `latest`, untagged and undigested
//   [deploy] strategy = "immediate" → recreate-strategy: every Machine is replaced at once, without
//                                    waiting for health checks, so a bad release and its rollback
//                                    are both outages
import { parseTOML, type AST } from 'toml-eslint-parser';
import type { Hit } from '../types';
import { describeMutable, mutableReason, pinAdvice } from './image-ref';

type TOMLKeyValue = AST.TOMLKeyValue;
type TOMLTable = AST.TOMLTable;
type TOMLTopLevelTable = AST.TOMLTopLevelTable;

function keyName(kv: TOMLKeyValue): string {
  return kv.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : String(k.value))).join('.');
}

function stringValue(kv: TOMLKeyValue): string | undefined {
  return kv.value.type === 'TOMLValue' && kv.value.kind === 'string' ? String(kv.value.value) : undefined;
}

/** Every key/value of the file with the table it sits in (`build.image` as `['build', 'image']`). */
function settings(top: TOMLTopLevelTable): { path: string[]; kv: TOMLKeyValue }[] {
  const out: { path: string[]; kv: TOMLKeyValue }[] = [];
  const visit = (table: string[], body: (TOMLKeyValue | TOMLTable)[], depth: number) => {
    if (depth > 16) return;
    for (const node of body) {
      if (node.type === 'TOMLTable') {
        visit(node.resolvedKey.map(String), node.body, depth + 1);
        continue;
      }
      const path = [...table, ...keyName(node).split('.')];
      // `deploy = { strategy = "…" }`: an inline table is a table too.
      if (node.value.type === 'TOMLInlineTable') visit(path, node.value.body, depth + 1);
      else out.push({ path, kv: node });
    }
  };
  visit([], top.body, 0);
  return out;
}

export function analyseFlyToml(source: string): Hit[] {
  let top: TOMLTopLevelTable | undefined;
  try {
    top = parseTOML(source).body[0];
  } catch (error) {
    // Not TOML: nothing can be checked, and the report says so.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ rule: 'parse-error', line: 1, message: `fly.toml could not be read as TOML (${reason}), so its image and deploy strategy were not checked.` }];
  }
  if (!top) return [];
  const hits: Hit[] = [];
  for (const { path, kv } of settings(top)) {
    const where = path.join('.');
    const value = stringValue(kv);
    if (value === undefined) continue;
    if (where === 'build.image') {
      const reason = mutableReason(value);
      if (reason)
        hits.push({ rule: 'mutable-image-tag', line: kv.loc.start.line, message: `fly.toml [build] ${describeMutable(value, reason)}; ${pinAdvice(value)}.` });
    } else if (where === 'deploy.strategy' && value.toLowerCase() === 'immediate') {
      hits.push({
        rule: 'recreate-strategy',
        line: kv.loc.start.line,
        message:
          'fly.toml [deploy] strategy = "immediate" replaces every Machine at once without waiting for health checks, so a bad ' +
          'release and its rollback are both outages; use "rolling", "canary" or "bluegreen".',
      });
    }
  }
  return hits;
}
