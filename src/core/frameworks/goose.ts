// goose: one `.sql` file with `-- +goose Up` and `-- +goose Down` sections, optional
// `StatementBegin`/`StatementEnd` blocks, `NO TRANSACTION` (otherwise each file runs in a
// transaction) and `ENVSUB ON`/`OFF` (environment variables expanded: goose-envsub.ts). The
// database is the app's (`goose.SetDialect` in its own code): where neither the config's
// `dialect:` nor the path says it, the Go module's driver does (go-mod-dialect.ts). Go migrations
// (`.go` files that register functions with `goose.AddMigrationContext`) are read in goose-go.ts.
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { goose as meta } from './meta/index';
import { analyseSectioned, dialectFor, dirName, type MarkerReader, type SectionedFormat } from './shared-sql';
import { verdictOncePerReader } from './tool-dialect';
import { analyseInVerdict, isDoubt } from './dialect-doubt';
import { goProjectDialect } from './go-mod-dialect';
import { expandEnvsub, type EnvsubFailure } from './goose-envsub';
import { analyseGooseGo, gooseHistory } from './goose-go';

/**
 * A goose annotation line: goose takes any `--` comment line that holds `+goose`, with or without a
 * blank between them (`--+goose Down`, pressly/goose internal/sqlparser's extractAnnotation: every
 * `--` removed, then `+goose`, then blanks), and compares the rest case-insensitively.
 */
const gooseMarker: MarkerReader = (line) => (line.startsWith('--') && line.includes('+goose') ? line.replaceAll('--', '').replace('+goose', '') : undefined);

/** The file format, for readers of its sections (the drill). */
export const GOOSE_FORMAT: SectionedFormat = {
  framework: 'goose',
  prefix: '-- +goose',
  marker: gooseMarker,
  section: (m) => m.text.toLowerCase(),
  transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === 'no transaction'),
  // goose's parser (internal/sqlparser/parser.go) switches state at these; the others it reads and drops, mid-statement too.
  splits: (m) => ['up', 'down', 'statementbegin', 'statementend'].includes(m.text.toLowerCase()),
  downName: '-- +goose Down',
};

/**
 * A file goose stops reading at an `ENVSUB ON` line (`$1`, `${X:?msg}`: its interpolation cannot
 * read it), so it runs none of it, up or down: one notice at that line, in place of the Postgres
 * parser's notice (one per file, as ever: the first thing to fix is goose's).
 */
function withEnvsubFailure(analysis: MigrationAnalysis, failure: EnvsubFailure): MigrationAnalysis {
  const notice = {
    rule: 'parse-error',
    line: failure.line,
    message:
      `goose stops at this line before running the migration (up or down): ${failure.message}. ` +
      'Under -- +goose ENVSUB ON a $ starts a variable ($NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME?message}, ${NAME:offset:length}): ' +
      'write a literal $ as $$ or \\$, or end ENVSUB before this line with -- +goose ENVSUB OFF.',
  };
  return { ...analysis, hits: [notice, ...analysis.hits.filter((h) => h.rule !== 'parse-error')] };
}

const goose: Framework = {
  ...meta,
  async analyse(input) {
    const read = input.readFile;
    const dir = dirName(input.path);
    const verdict =
      dialectFor(input) || !read ? undefined : await verdictOncePerReader(read, `go.mod:${dir}`, () => goProjectDialect(dir, read), `the go.mod above ${dir}`);
    // A go.mod that does not read (or whose read fails) may require any driver: in doubt, said.
    if (isDoubt(verdict)) return analyseInVerdict(goose, input, verdict);
    const dialect = verdict;
    // A Go migration (`goose.AddMigrationContext(up, down)`): the SQL its functions run (goose-go.ts).
    if (input.path.endsWith('.go')) return analyseGooseGo(input, GOOSE_FORMAT, dialect);
    // `ENVSUB ON` lines are read as goose expands them (goose-envsub.ts).
    const { content, failure } = expandEnvsub(input.content, gooseMarker);
    const sqlInput = { ...input, content, ...(dialect ? { dialect } : {}) };
    // The folder's earlier migrations are its `.sql` and its Go ones.
    const analysis = await analyseSectioned(sqlInput, GOOSE_FORMAT, gooseHistory(sqlInput, GOOSE_FORMAT));
    return failure ? withEnvsubFailure(analysis, failure) : sayCollapsedDollars(analysis, sqlInput, input.content);
  },
};

/** Stands for a `$$` while ENVSUB lines are expanded: private-use characters interpolate reads as text. */
const DOLLARS = '\uE000\uE001';

/**
 * Under `ENVSUB ON`, interpolate turns each `$$` into `$` (goose-envsub.ts): a dollar-quoted body
 * (`DO $$ … $$`, `AS $$ … $$`) reaches Postgres as `DO $ … $`, which it rejects, and the migration
 * fails as written. The Postgres parser's notice on such a statement says so: it is read again with
 * its `$$` kept, and a statement that parses then is one goose breaks.
 */
async function sayCollapsedDollars(analysis: MigrationAnalysis, input: MigrationInput, written: string): Promise<MigrationAnalysis> {
  const notices = analysis.hits.filter((h) => h.rule === 'parse-error');
  if (!notices.length || !written.includes('$$')) return analysis;
  const kept = expandEnvsub(written.replaceAll('$$', DOLLARS), gooseMarker).content.replaceAll(DOLLARS, '$$$$');
  if (kept === input.content) return analysis;
  const asWritten = await analyseSectioned({ ...input, content: kept }, GOOSE_FORMAT);
  const still = new Set(asWritten.hits.filter((h) => h.rule === 'parse-error').map((h) => h.line));
  const broken = new Set(notices.filter((h) => !still.has(h.line)));
  if (!broken.size) return analysis;
  const why =
    'Under -- +goose ENVSUB ON, goose turns each $$ into $ before it sends the statement: Postgres receives $ where the file says $$ (a dollar quote) and rejects it, so this migration fails as written. ' +
    'Write $$$$ for each $$ (goose sends $$), or end ENVSUB before the statement with -- +goose ENVSUB OFF (and turn it on again after).';
  return { ...analysis, hits: analysis.hits.map((h) => (broken.has(h) ? { ...h, message: why } : h)) };
}

export default goose;
