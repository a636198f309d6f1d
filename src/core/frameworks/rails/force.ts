// `create_table :t, force: true` (or `force: :cascade`): Active Record drops the table first when it
// exists (`drop_table(table_name, force: force, if_exists: true)` in `create_table`, schema_statements.rb;
// `DROP TABLE IF EXISTS t`, with ` CASCADE` for `:cascade`), so a migration that force-creates a
// table an earlier migration made empties it of every row. strong_migrations flags the option for
// that reason ("The force option will destroy existing tables"). The finding says whether the
// folder's earlier migrations leave such a table, looked up newest first.
import type { Hit } from '../../types';
import type { MigrationInput } from '../framework';
import { hit } from '../dsl/common';
import { earlierMigrations, errorText, HISTORY_FILES } from '../history-index';
import { baseName, dirName } from '../shared-sql';
import { quote } from '../../sql/ast';

/** What a migration's up does to tables, in order: the events a force-create is judged by. */
export type TableEvent = { kind: 'create' | 'drop'; table: string } | { kind: 'rename'; from: string; to: string };

/** A `create_table … force:` as its finding describes it. */
export interface ForcedCreate {
  table: string;
  /** `create_table`, `create_join_table`. */
  call: string;
  /** The option as written: `force: true`, `force: :cascade`. */
  option: string;
  /** `force: :cascade` on Postgres: dependent views and foreign keys go too. */
  cascade: boolean;
}

/** The findings of force-creates, to be settled against the folder's earlier migrations. */
const forced = new WeakMap<Hit, ForcedCreate>();

const ADVICE = 'Remove `force:`. If the old table must go, drop it in a migration of its own, after a backup and once no code reads it (see drop-table).';

const cascadeNote = (f: ForcedCreate): string => (f.cascade ? ' (with CASCADE: also the views and foreign keys that depend on it)' : '');

/** The finding before (or without) the look back: the table is dropped if it exists. */
function ifExistsMessage(f: ForcedCreate, why?: string): string {
  return (
    `\`${f.call}\` with \`${f.option}\` first drops the table ${quote(f.table)} if it exists (\`DROP TABLE IF EXISTS\`), with every row in it${cascadeNote(f)}: a rollback cannot bring them back.` +
    (why ? ` Whether an earlier migration creates it could not be looked up (${why}).` : '') +
    ` ${ADVICE}`
  );
}

/** A `drop-table` finding for a force-create, on its line. */
export function forceHit(line: number, f: ForcedCreate): Hit {
  const h = hit('drop-table', line, ifExistsMessage(f));
  forced.set(h, f);
  return h;
}

/** What the earlier migrations say of a table: made (and by which file), gone (and how), or nothing. */
type Trace = { made: string; renamedFrom?: string } | { gone: string } | { none: number } | { why: string };

/** Reads an earlier migration's table events (`path`: its repo path). */
export type EventsOf = (content: string, path: string) => Promise<TableEvent[]>;

async function readEarlier(input: MigrationInput, path: string): Promise<string | undefined> {
  return input.readFileNow ? input.readFileNow(path) : input.readFile!(path);
}

/** The earlier migrations of the folder, newest first, looked through for `table`'s last event. */
async function traceTable(table: string, input: MigrationInput, names: readonly string[], eventsOf: EventsOf): Promise<Trace> {
  const dir = dirName(input.path);
  for (const name of names) {
    let content: string | undefined;
    try {
      content = await readEarlier(input, `${dir}${name}`);
    } catch (error) {
      return { why: `the earlier migration ${name} could not be read (${errorText(error)})` };
    }
    if (content === undefined) return { why: `the earlier migration ${name} could not be read` };
    let events: TableEvent[];
    try {
      events = await eventsOf(content, `${dir}${name}`);
    } catch (error) {
      return { why: `the earlier migration ${name} could not be parsed (${errorText(error)})` };
    }
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]!;
      if (e.kind === 'create' && e.table === table) return { made: name };
      if (e.kind === 'drop' && e.table === table) return { gone: `${name} drops it` };
      if (e.kind === 'rename' && e.to === table) return { made: name, renamedFrom: e.from };
      if (e.kind === 'rename' && e.from === table) return { gone: `${name} renames it to ${quote(e.to)}` };
    }
  }
  return { none: names.length };
}

function settledMessage(f: ForcedCreate, trace: Trace): string {
  if ('made' in trace) {
    const by = trace.renamedFrom ? `renamed into place from ${quote(trace.renamedFrom)} by ${trace.made}` : `created by ${trace.made}`;
    return `\`${f.call}\` with \`${f.option}\` drops the existing table ${quote(f.table)} (${by}) and every row in it${cascadeNote(f)}, then creates it empty: a rollback cannot bring the rows back. ${ADVICE}`;
  }
  if ('why' in trace) return ifExistsMessage(f, trace.why);
  const earlier =
    'gone' in trace
      ? `the earlier migrations leave no such table (${trace.gone})`
      : trace.none
        ? `none of the ${trace.none} earlier migrations of this folder creates it`
        : 'this is the first migration of its folder';
  return `\`${f.call}\` with \`${f.option}\` first drops the table ${quote(f.table)} if it exists (\`DROP TABLE IF EXISTS\`), with every row in it${cascadeNote(f)}: ${earlier}, so it exists only if something else made it (a loaded db/schema.rb, a migration since deleted, a hand-run statement), and then its rows are gone for good. ${ADVICE}`;
}

/**
 * The force-create findings among `hits`, their messages settled against the folder's earlier
 * migrations (newest first, at most HISTORY_FILES): the table an earlier migration made (named), or
 * none (it is dropped only if something else made it). Without a listing, or when a file cannot be
 * read, the message says the table is dropped if it exists, and why no more is known.
 */
export async function settleForcedCreates(hits: Hit[], input: MigrationInput, isMigration: (name: string) => boolean, eventsOf: EventsOf): Promise<Hit[]> {
  const found = hits.filter((h) => forced.has(h));
  if (!found.length || !input.listDir || !(input.readFile || input.readFileNow)) return hits;
  const dir = dirName(input.path);
  let names: readonly string[] | undefined;
  let why: string | undefined;
  try {
    const listed = await input.listDir(dir);
    if (listed) names = earlierMigrations(listed, baseName(input.path), isMigration, HISTORY_FILES);
    else why = `the folder ${dir || './'} could not be listed`;
  } catch (error) {
    why = `the folder ${dir || './'} could not be listed (${errorText(error)})`;
  }
  const settled = new Map<Hit, Hit>();
  for (const h of found) {
    const f = forced.get(h)!;
    const trace: Trace = names ? await traceTable(f.table, input, names, eventsOf) : { why: why! };
    settled.set(h, { ...h, message: settledMessage(f, trace) });
  }
  return hits.map((h) => settled.get(h) ?? h);
}
