// Go's `fmt.Sprintf` for a format and arguments the migration file holds as constants
// (navidrome's `fmt.Sprintf("UPDATE artist SET search_normalized = %s …", stripPunct("name"))`),
// rendered as Go's fmt package does for the verbs migrations use: `%s`, `%d`, `%v`, `%q`, `%%`
// and explicit argument indexes (`%[2]s`). Anything else (flags, widths, another verb, a verb
// that does not fit its argument, a missing or extra argument) Go prints as an error marker
// (`%!d(string=…)`, `%!(EXTRA …)`): undefined, so the caller says the SQL is not read.

/** A constant Go value: a string, or an integer (untyped constants, `int`). */
export type GoConst = { kind: 'string'; value: string } | { kind: 'int'; value: bigint };

/** What `fmt.Sprintf(format, args…)` returns, or undefined where the reader does not render it. */
export function sprintf(format: string, args: GoConst[]): string | undefined {
  let out = '';
  let argNum = 0;
  let reordered = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    i++;
    if (format[i] === '%') {
      out += '%';
      continue;
    }
    // An explicit argument index (`%[2]s`), 1-based (fmt's argNumber).
    const index = /^\[([0-9]+)\]/.exec(format.slice(i));
    if (index) {
      const n = Number(index[1]);
      if (n < 1 || n > args.length) return undefined;
      argNum = n - 1;
      reordered = true;
      i += index[0].length;
    }
    const arg = args[argNum++];
    const value = arg && verb(format[i], arg);
    if (value === undefined) return undefined;
    out += value;
  }
  // Go appends `%!(EXTRA …)` for arguments no verb used, unless indexes reordered them.
  return !reordered && argNum < args.length ? undefined : out;
}

function verb(v: string | undefined, arg: GoConst): string | undefined {
  switch (v) {
    case 's':
      return arg.kind === 'string' ? arg.value : undefined;
    case 'd':
      return arg.kind === 'int' ? arg.value.toString() : undefined;
    case 'v':
      return arg.kind === 'string' ? arg.value : arg.value.toString();
    case 'q':
      return arg.kind === 'string' ? quote(arg.value) : undefined;
    default:
      return undefined;
  }
}

const QUOTE_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

/** Go's `strconv.Quote`: a double-quoted Go string literal, printable characters kept. */
export function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += ch;
    else if (ch in QUOTE_ESCAPES) out += QUOTE_ESCAPES[ch];
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** A Go integer literal's value (`42`, `0x2a`, `0o52`, `052`, `1_000`). */
export function goInt(text: string): bigint | undefined {
  const t = text.replaceAll('_', '');
  try {
    return /^0[0-7]+$/.test(t) ? BigInt(`0o${t.slice(1)}`) : BigInt(t);
  } catch {
    return undefined;
  }
}
