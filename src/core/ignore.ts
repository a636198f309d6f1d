// Inline ignores: `-- rollback-ready-ignore drop-column: reason` on the line(s) just above a
// statement, or `-- rollback-ready-ignore-file drop-column: reason` anywhere in the file.
// These are directives inside comments (like eslint-disable), read line by line on purpose.

export interface IgnoreDirective {
  rules: string[];
  reason: string;
  line: number;
  wholeFile: boolean;
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
    const directive: IgnoreDirective = {
      rules: m[2]!.split(',').map((r) => r.trim()),
      reason: (m[3] ?? '').trim(),
      line: i + 1,
      wholeFile: Boolean(m[1]),
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
