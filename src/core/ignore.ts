// Inline ignores: `-- rollback-ready-ignore drop-column: reason` on the line(s) just above a
// statement, or `-- rollback-ready-ignore-file drop-column: reason` anywhere in the file.
// These are directives inside comments (like eslint-disable), read line by line on purpose.
// A reason is held to the plan's standard: a placeholder (`<why this is safe here>`, `TODO`, `x`,
// `...`) is no reason, and such a directive does not apply.

import { placeholderReason } from './description/placeholders';

export interface IgnoreDirective {
  rules: string[];
  reason: string;
  line: number;
  wholeFile: boolean;
  /** Why `reason` does not count (empty, a placeholder, a filler); undefined when it counts. */
  rejected?: string;
}

const DIRECTIVE = /rollback-ready-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*?))?\s*(?:-->|\*\/)?\s*$/;

const COMMENT_PREFIXES = ['--', '#', '//', '/*', '*', '<!--'];

function commentBody(line: string): string | undefined {
  const trimmed = line.trimStart();
  const prefix = COMMENT_PREFIXES.find((p) => trimmed.startsWith(p));
  return prefix === undefined ? undefined : trimmed.slice(prefix.length);
}

export interface IgnoreIndex {
  /** The directive covering a hit of `rule` at `line`, if any (with or without a reason). */
  find(rule: string, line: number): IgnoreDirective | undefined;
}

export function indexIgnores(content: string | undefined): IgnoreIndex {
  if (!content || !content.includes('rollback-ready-ignore')) return { find: () => undefined };
  const lines = content.split(/\r?\n/);
  const byLine = new Map<number, IgnoreDirective>();
  const fileWide: IgnoreDirective[] = [];
  lines.forEach((text, i) => {
    const body = commentBody(text);
    if (body === undefined) return;
    const m = DIRECTIVE.exec(body);
    if (!m) return;
    const reason = (m[3] ?? '').trim();
    const rejected = placeholderReason(reason);
    const directive: IgnoreDirective = {
      rules: m[2]!.split(',').map((r) => r.trim()),
      reason,
      line: i + 1,
      wholeFile: Boolean(m[1]),
      ...(rejected ? { rejected } : {}),
    };
    if (directive.wholeFile) fileWide.push(directive);
    else byLine.set(i + 1, directive);
  });
  return {
    find(rule, line) {
      // Walk up through the contiguous comment block above the statement.
      for (let l = line - 1; l >= 1; l--) {
        const text = lines[l - 1] ?? '';
        if (commentBody(text) === undefined) break;
        const d = byLine.get(l);
        if (d && d.rules.includes(rule)) return d;
      }
      // A directive on the statement's own line (trailing comment) counts too.
      const own = byLine.get(line);
      if (own && own.rules.includes(rule)) return own;
      return fileWide.find((d) => d.rules.includes(rule));
    },
  };
}
