// `/rollback template --apply`: the description with the rollback plan skeleton appended. What the
// author wrote stays byte for byte the prefix of the result (line endings, trailing spaces, a
// missing final newline); the skeleton follows in the description's own line endings.

/** Marks the appended block, so a second `--apply` (or a retried write) does not append it again. */
export const TEMPLATE_MARKER = '<!-- rollback-ready:template -->';

/** The description with `skeleton` appended, or undefined when it was appended already. */
export function appendTemplate(body: string | null | undefined, skeleton: string): string | undefined {
  const text = body ?? '';
  if (text.includes(TEMPLATE_MARKER)) return undefined;
  // Follow the author's line endings: a description typed in the browser comes with CRLF.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = [TEMPLATE_MARKER, ...skeleton.replace(/\r\n/g, '\n').split('\n')].join(eol) + eol;
  if (text === '') return block;
  const gap = text.endsWith(eol) ? eol : eol + eol;
  return text + gap + block;
}
