// goose's `-- +goose ENVSUB ON`: from that annotation to `ENVSUB OFF`, goose expands environment
// variables in each SQL line before the SQL is split or run (pressly/goose internal/sqlparser, through
// mfridman/interpolate): `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?}`,
// `${NAME:offset}`; `$$` and `\$` are a literal `$`, `$(` is left as written. The values are the
// deploy's, unknown here: each expansion is read as a name set at run time (the placeholder the DSL
// readers use for a template's run-time part), so `ALTER TABLE ${SCHEMA}.users OWNER TO $APP_USER`
// parses, and its names are said to be set at run time, instead of a Postgres syntax notice.
import { PLACEHOLDER } from './dsl/binds';

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isIdentChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Where the `${…}` opening at `from` (its `$`) closes, after its `}`; undefined when it does not close on the line. */
function braceEnd(line: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    if (line[i] === '$' && line[i + 1] === '{') {
      depth++;
      i++;
    } else if (line[i] === '}' && --depth === 0) return i + 1;
  }
  return undefined;
}

/** One line as goose's interpolation leaves it, each expansion read as a run-time name. */
export function expandLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    const next = line[i + 1];
    if (c === '\\' && next === '\\') {
      out += '\\\\';
      i += 2;
    } else if ((c === '\\' || c === '$') && next === '$') {
      out += '$';
      i += 2;
    } else if (c === '$' && next === '{' && isLetter(line[i + 2])) {
      const end = braceEnd(line, i);
      if (end === undefined) return out + line.slice(i);
      out += PLACEHOLDER;
      i = end;
    } else if (c === '$' && isLetter(next)) {
      let j = i + 1;
      while (isIdentChar(line[j])) j++;
      out += PLACEHOLDER;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * `content` with the lines between `ENVSUB ON` and `ENVSUB OFF` annotations expanded as goose expands
 * them; the same lines, so findings keep their line numbers. `isAnnotation` reads a line as goose does.
 */
export function expandEnvsub(content: string, annotation: (line: string) => string | undefined): string {
  if (!/envsub/i.test(content)) return content;
  let on = false;
  return content
    .split('\n')
    .map((line) => {
      const a = annotation(line.trimStart())?.trim().toLowerCase();
      if (a === 'envsub on') on = true;
      else if (a === 'envsub off') on = false;
      return a === undefined && on ? expandLine(line) : line;
    })
    .join('\n');
}
