// mysql client scripts: Sqitch runs a MySQL change's scripts through the `mysql` (or `mariadb`)
// client, which reads `DELIMITER $$` itself: the server never sees it. Stored routines are written
// between two of them (inqwise-opinion/opinion-sqitch-mysql: `DELIMITER $$`, then
// `CREATE DEFINER=… PROCEDURE changeBalance(…) BEGIN … UPDATE accounts …; … END$$`, then
// `DELIMITER ;`). The statements in a routine's body run when it is called, not when the script
// runs: they are no part of the migration. The script is split as the client splits it (its
// `add_line`: quotes, backtick names and comments are skipped when looking for the delimiter).

/** A run of the script the client skips when it looks for the delimiter: a quoted text or a comment. */
function skipQuotedOrComment(sql: string, i: number): number {
  const c = sql[i]!;
  if (c === "'" || c === '"' || c === '`') {
    let j = i + 1;
    while (j < sql.length) {
      if (sql[j] === '\\' && c !== '`') j += 2;
      else if (sql[j] === c && sql[j + 1] === c) j += 2;
      else if (sql[j] === c) return j + 1;
      else j++;
    }
    return sql.length;
  }
  if (c === '#' || (c === '-' && sql[i + 1] === '-' && /[\s]/.test(sql[i + 2] ?? ' '))) {
    const eol = sql.indexOf('\n', i);
    return eol < 0 ? sql.length : eol;
  }
  if (c === '/' && sql[i + 1] === '*') {
    const end = sql.indexOf('*/', i + 2);
    return end < 0 ? sql.length : end + 2;
  }
  return i;
}

/** The words of a statement's head, outside quotes and comments, up to its first parenthesis, upper case. */
function headWords(sql: string, from: number, to: number): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = from; i < to && words.length < 12;) {
    const skipped = skipQuotedOrComment(sql, i);
    const c = sql[i]!;
    if (skipped !== i || !/[A-Za-z0-9_$]/.test(c)) {
      if (word) words.push(word.toUpperCase());
      word = '';
      if (c === '(') break;
      i = skipped !== i ? skipped : i + 1;
      continue;
    }
    word += c;
    i++;
  }
  if (word) words.push(word.toUpperCase());
  return words;
}

const ROUTINES = new Set(['PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT']);

/** `CREATE [OR REPLACE] [DEFINER = u] [AGGREGATE] PROCEDURE|FUNCTION|TRIGGER|EVENT …`: a routine's definition. */
function definesRoutine(sql: string, from: number, to: number): boolean {
  const words = headWords(sql, from, to);
  return words[0] === 'CREATE' && words.slice(1, 8).some((w) => ROUTINES.has(w));
}

/**
 * Where a routine's definition starts in what the client sends as one query (from `from` to `to`):
 * the client sends `DROP PROCEDURE IF EXISTS p; CREATE … PROCEDURE p() BEGIN … END` at once, and the
 * server runs its statements in turn, the definition (whose body holds `;`) to the end.
 */
function routineStart(sql: string, from: number, to: number): number | undefined {
  let start = from;
  for (let i = from; i <= to;) {
    const skipped = i < to ? skipQuotedOrComment(sql, i) : i;
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (i === to || sql[i] === ';') {
      const text = sql.slice(start, i);
      const first = start + (text.length - text.trimStart().length);
      if (text.trim() !== '' && definesRoutine(sql, first, to)) return first;
      start = i + 1;
    }
    i++;
  }
  return undefined;
}

/** `text` blanked, its line breaks kept (lines stay where they were). */
const blank = (text: string): string => text.replace(/[^\n\r]/g, ' ');

/**
 * The SQL the client sends of a script: `DELIMITER` lines blanked, a statement ended by another
 * delimiter ended by `;`, and a routine defined between them blanked (its body runs when called).
 * Lines and columns are kept. A script without a `DELIMITER` command is returned as it is.
 */
export function mysqlClientScript(sql: string): string {
  if (!/delimiter/i.test(sql)) return sql;
  let out = '';
  let delimiter = ';';
  let start = 0;
  /** Only blanks and comments since the last delimiter: a client command may start here. */
  let atStatementStart = true;
  let i = 0;
  while (i < sql.length) {
    const skipped = skipQuotedOrComment(sql, i);
    if (skipped !== i) {
      if (sql[i] !== '#' && sql[i] !== '-' && sql[i] !== '/') atStatementStart = false;
      i = skipped;
      continue;
    }
    if (atStatementStart && /^delimiter\s/i.test(sql.slice(i, i + 10))) {
      const eol = sql.indexOf('\n', i);
      const end = eol < 0 ? sql.length : eol;
      const named = sql
        .slice(i + 'delimiter'.length, end)
        .trim()
        .split(/\s+/)[0];
      out += sql.slice(start, i) + blank(sql.slice(i, end));
      if (named) delimiter = named;
      start = i = end;
      continue;
    }
    if (delimiter === ';' && sql[i] === ';') {
      out += sql.slice(start, i + 1);
      start = i = i + 1;
      atStatementStart = true;
      continue;
    }
    if (delimiter !== ';' && sql.startsWith(delimiter, i)) {
      const statement = sql.slice(start, i);
      const routine = routineStart(sql, start, i);
      if (statement.trim() === '') out += statement + ' '.repeat(delimiter.length);
      else if (routine !== undefined) out += sql.slice(start, routine) + blank(sql.slice(routine, i)) + ' '.repeat(delimiter.length);
      else out += statement + ';' + ' '.repeat(delimiter.length - 1);
      start = i = i + delimiter.length;
      atStatementStart = true;
      continue;
    }
    if (!/\s/.test(sql[i]!)) atStatementStart = false;
    i++;
  }
  return out + sql.slice(start);
}
