// Analyse: what the changed files are and what their readers find in them. Pure of the pull
// request's description and of anything a person decides (ticks, acknowledgements, overrides): a
// change to those is judged again over the same analysis (judge.ts), never analysed again.
import { configuredDialect, createClassifier, type Classifier } from './classify';
import { deployAnalyser } from './deploy/lazy';
import type { Config } from './config';
import { BINARY_MIGRATION } from './findings';
import type { Framework, MigrationAnalysis } from './frameworks/framework';
import { unreadReason } from './frameworks/guess';
import type { Change, ChangedFile, Hit } from './types';

export interface AnalysisInput {
  /** Changed files; contents are needed only for the ones `selectReads` names. */
  files: ChangedFile[];
  /** Head contents of counterpart files (`siblingPaths`); undefined = absent at head. */
  siblings?: Record<string, string | undefined>;
  /** Reads any file at head, for frameworks that look at earlier migrations (see `MigrationInput.readFile`). */
  readFile?(path: string): Promise<string | undefined>;
  /** `readFile` without waiting (see `MigrationInput.readFileNow`). */
  readFileNow?(path: string): string | undefined;
  /** Lists a folder at head (see `MigrationInput.listDir`). */
  listDir?(dir: string): Promise<string[] | undefined>;
  /** Lists the folders in a folder at head (see `MigrationInput.listFolders`). */
  listFolders?(dir: string): Promise<string[] | undefined>;
  config: Config;
  frameworks: readonly Framework[];
}

/** One file's reader hits, with the content its inline ignores are read from. */
export interface AnalysedFile {
  path: string;
  content: string;
  hits: Hit[];
}

export interface Analysis {
  /** The config the files were classified and read with. */
  config: Config;
  /** The changed files as given (the risk reads dependency manifests from them). */
  files: ChangedFile[];
  changes: Change[];
  migrations: Map<string, MigrationAnalysis>;
  /** What each file's readers found, in the order of `files`, before severities, ignores and acknowledgements. */
  analysed: AnalysedFile[];
}

/** Classify every changed file and read the migrations and deploy files among them. */
export async function analyse(input: AnalysisInput): Promise<Analysis> {
  const classifier = createClassifier(input.config, input.frameworks);
  const headContents = new Map<string, string | undefined>(Object.entries(input.siblings ?? {}));
  for (const f of input.files) if (f.status !== 'removed') headContents.set(f.path, f.head);
  const analysis: Analysis = { config: input.config, files: input.files, changes: [], migrations: new Map(), analysed: [] };
  const context: ReadContext = { input, classifier, headOf: (path) => headContents.get(path) };
  for (const file of input.files) {
    const change = classifier.classify(file.path, file.head ?? file.base);
    if (!change) continue;
    analysis.changes.push({ ...change, status: file.status });
    const read = await readChangedFile(file, change, context);
    if (!read) continue;
    if (read.migration) analysis.migrations.set(file.path, read.migration);
    analysis.analysed.push({ path: file.path, content: read.content, hits: read.hits });
  }
  return analysis;
}

/**
 * What a file's reader may use beyond the file: the run's config, frameworks and reads, its
 * classifier, and the head contents of counterpart files. One per run: `analyse` makes one over a
 * pull request's files, `lint` one over the files on disk (src/cli/lint-files.ts).
 */
export interface ReadContext {
  input: Pick<AnalysisInput, 'readFile' | 'readFileNow' | 'listDir' | 'listFolders' | 'config' | 'frameworks'>;
  classifier: Classifier;
  /** A counterpart's content at head (`siblingPaths`); undefined when absent. */
  headOf(path: string): string | undefined;
}

/** What one classified file's reader found; undefined when nothing reads it (removed, binary, other kinds). */
export async function readChangedFile(
  file: ChangedFile,
  change: Omit<Change, 'status'>,
  { input, classifier, headOf }: ReadContext,
): Promise<{ content: string; hits: Hit[]; migration?: MigrationAnalysis } | undefined> {
  if (file.binary && change.kind === 'migration' && file.status !== 'removed') return { content: '', hits: [BINARY_MIGRATION] };
  if (file.binary || file.head === undefined || file.status === 'removed') return undefined;
  if (change.kind === 'migration' && !change.framework) {
    // In a migration folder, yet no reader recognises it: never passed in silence.
    const hits: Hit[] = [{ rule: 'not-analysed', line: 1, message: unreadReason(file.path, classifier.candidates(file.path)) }];
    return { content: file.head, hits, migration: { role: 'up', down: 'not-analysed', hits } };
  }
  if (change.kind === 'migration' && change.framework) {
    const fw = input.frameworks.find((f) => f.id === change.framework)!;
    const siblings: Record<string, string | undefined> = {};
    for (const p of fw.counterparts?.(file.path) ?? []) siblings[p] = headOf(p);
    const migration = await fw.analyse({
      path: file.path,
      content: file.head,
      siblings,
      ...(input.readFile ? { readFile: input.readFile } : {}),
      ...(input.readFileNow ? { readFileNow: input.readFileNow } : {}),
      ...(input.listDir ? { listDir: input.listDir } : {}),
      ...(input.listFolders ? { listFolders: input.listFolders } : {}),
      ...dialectSetting(input.config, file.path),
      // A file of many migrations (Liquibase's changesets) tells the PR's from the base's by this.
      ...(file.status === 'added' ? { base: {} } : file.base !== undefined ? { base: { content: file.base } } : {}),
    });
    return { content: file.head, hits: migration.hits, migration };
  }
  if (change.kind === 'deploy') {
    const { analyseDeploy } = await deployAnalyser();
    const { hits } = await analyseDeploy(file.path, file.head, file.base);
    return { content: file.head, hits };
  }
  return undefined;
}

/** `{ dialect }` when the config gives the path one, else nothing (the framework reads it from the path or SQL). */
export function dialectSetting(config: Config, path: string): { dialect?: NonNullable<ReturnType<typeof configuredDialect>> } {
  const dialect = configuredDialect(config, path);
  return dialect ? { dialect } : {};
}
