/**
 * The whole text of an added (or removed) file, rebuilt from its unified-diff patch, so the runner
 * need not ask the contents API for it. Undefined whenever the patch is not exactly one hunk that
 * adds (removes) every line: the caller then reads the file through the API.
 */
export function contentFromPatch(patch: string | undefined, side: 'added' | 'removed', lineCount: number): string | undefined {
  if (patch === undefined || lineCount === 0) return undefined;
  const lines = patch.split('\n');
  const header = lines.shift() ?? '';
  const sign = side === 'added' ? '+' : '-';
  const expected = side === 'added' ? [`@@ -0,0 +1,${lineCount} @@`, `@@ -0,0 +1 @@`] : [`@@ -1,${lineCount} +0,0 @@`, `@@ -1 +0,0 @@`];
  if (!expected.some((h) => header === h || header.startsWith(`${h} `))) return undefined;
  if (lineCount === 1 && !header.startsWith(expected[1]!) && !header.startsWith(expected[0]!)) return undefined;
  if (lines.at(-1) === '') lines.pop();
  let noNewline = false;
  const out: string[] = [];
  for (const line of lines) {
    if (line === '\\ No newline at end of file') {
      noNewline = true;
      continue;
    }
    if (!line.startsWith(sign) || noNewline) return undefined;
    out.push(line.slice(1));
  }
  if (out.length !== lineCount) return undefined;
  return out.join('\n') + (noNewline ? '' : '\n');
}
