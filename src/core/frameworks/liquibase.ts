// Liquibase changelogs: formatted SQL (`--liquibase formatted sql`), YAML/JSON
// (`databaseChangeLog` → `changeSet` → `changes`) and XML (`<changeSet>` elements). Change types are
// synthesised into Postgres SQL, `sql` changes linted as written. A changeset whose changes
// Liquibase cannot roll back by itself (dropColumn, dropTable, sql, modifyDataType, …) and that has
// no rollback block is forward-only.
import type { LineCounter, Node as YNode } from 'yaml';
import { loadYaml, yaml } from './liquibase/yaml';
import type { Framework, MigrationAnalysis, MigrationInput } from './framework';
import { liquibase as meta, liquibaseFormat, withoutPlaceholders } from './meta/index';
import { hit, newTranslation, type DslPiece, type DslTranslation, unreadable } from './dsl/common';
import { AUTO_ROLLBACK, changeSql, falsy, list, tbl, type LbChange, type LbChangeSet, type LbColumn } from './liquibase/changes';
import { finishByDatabase, type Everywhere } from './liquibase/databases';
import { dropOnEmptyTables, skipsUnlessZero, type EmptyTableCheck } from './liquibase/empty-table';
import { parseXml, walkXml, type XmlElement } from './dsl/xml';
import { lintSqlLazily, sqlAnalyser } from '../sql/lazy';
import type { Hit } from '../types';
import { dialectOfPath, type Dialect, type DialectSource } from '../sql/dialect';
import { dbmsTarget, elsewhereMessage, preconditionDbms, sameTarget, type DbmsTarget, type Precondition } from './liquibase/dbms';
import { contextDbms } from './liquibase/context';
import { liquibaseHistory, pathCandidates } from './liquibase/history';
import type { SqlPiece } from '../sql/lint-sql';

export { liquibaseFormat, type LiquibaseFormat } from './meta/index';
import type { LiquibaseFormat } from './meta/index';
export { loadYaml } from './liquibase/yaml';

// ---------- formatted SQL ----------

/** A rollback line that rolls nothing back: Liquibase's `empty` and `not required`, or nothing. */
const NOTHING_TO_ROLL_BACK = /^(?:empty|not\s+required)?\s*;?$/i;

function fromFormattedSql(src: string): LbChangeSet[] {
  const lines = src.split('\n');
  const sets: LbChangeSet[] = [];
  let cur: (LbChangeSet & { body: string[]; bodyLine: number; rollback: string[]; rollbackLine?: number }) | undefined;
  // Inside a `/* liquibase rollback … */` block: the changeset's rollback, written over several lines.
  let inRollbackBlock = false;
  const flush = () => {
    if (!cur) return;
    const text = cur.body.join('\n');
    if (text.trim()) cur.changes.push({ type: 'sql', line: cur.bodyLine, attrs: {}, columns: [], sql: { text, line: cur.bodyLine } });
    if (cur.rollbackLine !== undefined && cur.rollback.every((r) => NOTHING_TO_ROLL_BACK.test(r.trim()))) cur.emptyRollback = cur.rollbackLine;
    sets.push(cur);
  };
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const t = raw.trim();
    const lower = t.toLowerCase();
    if (lower.startsWith('--changeset') || lower.startsWith('-- changeset')) {
      flush();
      const words = t.replace(/^--\s*changeset\s*/i, '').split(/\s+/);
      const attrs = new Map(words.slice(1).map((w) => [w.split(':')[0]!.toLowerCase(), w.slice(w.indexOf(':') + 1)] as [string, string]));
      cur = {
        id: words[0] ?? '',
        line,
        changes: [],
        hasRollback: false,
        runInTransaction: !falsy(attrs.get('runintransaction')),
        body: [],
        bodyLine: line + 1,
        rollback: [],
      };
      setDbms(cur, attrs.get('dbms'), attrs.get('context') ?? attrs.get('contextfilter'));
      return;
    }
    if (!cur) return;
    if (inRollbackBlock) {
      if (t.includes('*/')) inRollbackBlock = false;
      cur.rollback.push(t.replace(/\*\/.*$/, ''));
      cur.body.push('');
      return;
    }
    if (/^\/\*\s*liquibase\s+rollback\b/i.test(t)) {
      // The rollback SQL is judged for existence and emptiness only (never linted as the changeset's own SQL).
      cur.hasRollback = true;
      cur.rollbackLine ??= line;
      cur.rollback.push(t.replace(/^\/\*\s*liquibase\s+rollback/i, '').replace(/\*\/.*$/, ''));
      inRollbackBlock = !t.includes('*/');
      cur.body.push('');
      return;
    }
    if (lower.startsWith('--rollback') || lower.startsWith('-- rollback')) {
      cur.hasRollback = true;
      cur.rollbackLine ??= line;
      cur.rollback.push(t.replace(/^--\s*rollback/i, ''));
      cur.body.push('');
      return;
    }
    // Keep line numbers: other Liquibase directives and plain lines stay in place.
    cur.body.push(lower.startsWith('--comment') || lower.startsWith('--precondition') || lower.startsWith('--validchecksum') ? '' : raw);
  });
  flush();
  return sets;
}

// ---------- YAML / JSON ----------

function plain(node: unknown): string | undefined {
  if (yaml().isScalar(node)) return node.value === null || node.value === undefined ? undefined : String(node.value);
  return undefined;
}

/**
 * A YAML node's keys and values: a map's, or those of each map in a list, as Liquibase reads them
 * (its ParsedNode takes a list of maps as the map of all their keys): gravitee-io/gravitee-api-management
 * writes `- include:` with a list (`- file: …`) and `preConditions:` both as a map and as a list.
 */
function mapEntries(node: unknown): Array<[string, YNode | null, YNode | null]> {
  if (yaml().isSeq(node)) return node.items.flatMap((item) => (yaml().isMap(item) ? mapEntries(item) : []));
  if (!yaml().isMap(node)) return [];
  return node.items.map((p) => [String(yaml().isScalar(p.key) ? p.key.value : p.key), (p.value ?? null) as YNode | null, (p.key ?? null) as YNode | null]);
}

function lineOfNode(lc: LineCounter, node: { range?: [number, number, number] | null } | null | undefined): number {
  const start = node?.range?.[0];
  return start === undefined ? 1 : lc.linePos(start).line;
}

function yamlColumns(node: unknown): LbColumn[] {
  if (!yaml().isSeq(node)) return [];
  const out: LbColumn[] = [];
  for (const item of node.items) {
    for (const [k, v] of mapEntries(item)) {
      if (k !== 'column') continue;
      const attrs: Record<string, string> = {};
      const constraints: Record<string, string> = {};
      for (const [ck, cv] of mapEntries(v)) {
        if (ck === 'constraints') for (const [k2, v2] of mapEntries(cv)) constraints[k2] = plain(v2) ?? '';
        else {
          const p = plain(cv);
          if (p !== undefined) attrs[ck] = p;
        }
      }
      out.push({ attrs, constraints });
    }
  }
  return out;
}

function fromYaml(src: string): { sets: LbChangeSet[]; errorLine?: number } {
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(src, { lineCounter: lc, uniqueKeys: false });
  const errorLine = doc.errors[0] ? lc.linePos(doc.errors[0].pos[0]).line : undefined;
  const sets: LbChangeSet[] = [];
  const log = mapEntries(doc.contents).find(([k]) => k === 'databaseChangeLog')?.[1];
  if (!yaml().isSeq(log)) return { sets, ...(errorLine ? { errorLine } : {}) };
  for (const item of log.items) {
    for (const [k, cs, keyNode] of mapEntries(item)) {
      if (k !== 'changeSet') continue;
      const entries = new Map(mapEntries(cs).map(([ek, ev]) => [ek, ev] as const));
      const set: LbChangeSet = {
        id: plain(entries.get('id')) ?? '',
        author: plain(entries.get('author')) ?? '',
        line: lineOfNode(lc, keyNode),
        changes: [],
        hasRollback: entries.has('rollback'),
        runInTransaction: !falsy(plain(entries.get('runInTransaction'))),
      };
      const rollback = entries.get('rollback');
      if (entries.has('rollback') && yamlNothing(rollback)) set.emptyRollback = lineOfNode(lc, rollback ?? keyNode);
      const pre = yamlPreconditions(entries.get('preConditions'));
      if (pre.emptyChecks.length) set.emptyChecks = pre.emptyChecks;
      setDbms(set, plain(entries.get('dbms')), plain(entries.get('context') ?? entries.get('contextFilter')), preconditionDbms(pre.onFail, pre.conditions));
      const changes = entries.get('changes');
      if (yaml().isSeq(changes)) {
        for (const ch of changes.items) {
          for (const [type, body, typeKey] of mapEntries(ch)) {
            const attrs: Record<string, string> = {};
            let columns: LbColumn[] = [];
            let sqlText: { text: string; line: number } | undefined;
            let where: string | undefined;
            if (yaml().isScalar(body) && type === 'sql') {
              sqlText = { text: String(body.value ?? ''), line: scalarLine(lc, body) };
            }
            for (const [ak, av] of mapEntries(body)) {
              if (ak === 'columns') columns = yamlColumns(av);
              else if (ak === 'sql' && yaml().isScalar(av)) sqlText = { text: String(av.value ?? ''), line: scalarLine(lc, av) };
              else if (ak === 'where') where = plain(av);
              else {
                const p = plain(av);
                if (p !== undefined) attrs[ak] = p;
              }
            }
            const change: LbChange = { type, line: lineOfNode(lc, typeKey), attrs, columns };
            if (sqlText) change.sql = sqlText;
            if (where) change.where = where;
            set.changes.push(change);
          }
        }
      }
      sets.push(set);
    }
  }
  return { sets, ...(errorLine ? { errorLine } : {}) };
}

/** An empty `rollback:` (no value, `''`, `[]`, `{}`, `empty`, `not required`). */
function yamlNothing(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (yaml().isScalar(node)) return NOTHING_TO_ROLL_BACK.test(String(node.value ?? '').trim());
  if (yaml().isSeq(node) || yaml().isMap(node)) return node.items.length === 0;
  return false;
}

/** `preConditions:` — a list of `onFail: …` and conditions (`dbms: {type: …}`, `or: [ … ]`, …). */
function yamlPreconditions(node: unknown): { onFail?: string; conditions: Precondition[]; emptyChecks: string[] } {
  const out: { onFail?: string; conditions: Precondition[]; emptyChecks: string[] } = { conditions: [], emptyChecks: [] };
  // A list (`- onFail: MARK_RAN`, `- dbms: {type: mysql}`) or a map (`onFail: MARK_RAN`, `dbms: {type: mssql}`).
  const entries = mapEntries(node);
  const condition = (name: string, body: unknown): Precondition => {
    const inner = mapEntries(body);
    const type = inner.find(([k]) => k === 'type')?.[1];
    // A condition's own attributes are scalars; its nested conditions (`not:`, `or:`, `and:`) are not.
    const children = inner.filter(([, v]) => !yaml().isScalar(v)).map(([k, v]) => condition(k, v));
    return { name, type: type ? plain(type) : undefined, children };
  };
  for (const [k, v] of entries) {
    if (k === 'onFail') out.onFail = plain(v);
    else if (!['onError', 'onFailMessage', 'onErrorMessage', 'onSqlOutput'].includes(k)) out.conditions.push(condition(k, v));
  }
  // `- sqlCheck: {expectedResult: 0, sql: …}` (onFail may come after it).
  for (const [k, v] of entries) {
    const body = new Map(mapEntries(v).map(([bk, bv]) => [bk, plain(bv)] as const));
    if (k === 'sqlCheck' && body.get('sql') && skipsUnlessZero(out.onFail, body.get('expectedResult'))) out.emptyChecks.push(body.get('sql')!);
  }
  return out;
}

function scalarLine(lc: LineCounter, s: { type?: string | undefined; range?: [number, number, number] | null }): number {
  const l = lineOfNode(lc, s);
  // Block scalars (`|`, `>`) start on the line after their indicator.
  return s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED' ? l + 1 : l;
}

// ---------- XML ----------

/** What a rollback may hold and still roll nothing back. */
const NO_CHANGE = new Set(['empty', 'output', 'comment']);

function fromXml(src: string): { sets: LbChangeSet[]; errorLine?: number } {
  const { root, errorLine } = parseXml(src);
  const sets: LbChangeSet[] = [];
  for (const el of walkXml(root)) {
    if (el.name !== 'changeSet') continue;
    const set: LbChangeSet = {
      id: el.attrs.get('id') ?? '',
      author: el.attrs.get('author') ?? '',
      line: el.line,
      changes: [],
      hasRollback: el.children.some((c) => c.name === 'rollback'),
      runInTransaction: !falsy(el.attrs.get('runInTransaction')),
    };
    const rollbacks = el.children.filter((c) => c.name === 'rollback');
    // `<rollback/>` (or only `<empty/>`): no change, no SQL, no `changeSetId` naming another changeset to undo.
    if (rollbacks.length && rollbacks.every((r) => r.children.every((c) => NO_CHANGE.has(c.name)) && !r.attrs.size && NOTHING_TO_ROLL_BACK.test(r.text.trim())))
      set.emptyRollback = rollbacks[0]!.line;
    const pre = el.children.find((c) => c.name === 'preConditions');
    const emptyChecks = (pre?.children ?? [])
      .filter((c) => c.name === 'sqlCheck' && skipsUnlessZero(pre!.attrs.get('onFail'), c.attrs.get('expectedResult')))
      .map((c) => c.text);
    if (emptyChecks.length) set.emptyChecks = emptyChecks;
    setDbms(
      set,
      el.attrs.get('dbms'),
      el.attrs.get('context') ?? el.attrs.get('contextFilter'),
      pre && preconditionDbms(pre.attrs.get('onFail'), pre.children.map(xmlPrecondition)),
    );
    for (const c of el.children) {
      if (c.name === 'modifySql') (set.modifySql ??= []).push(xmlModifySql(c));
      else if (!['rollback', 'comment', 'preConditions', 'validCheckSum'].includes(c.name)) set.changes.push(xmlChange(c));
    }
    sets.push(set);
  }
  return { sets, ...(errorLine ? { errorLine } : {}) };
}

/** A changeset's databases: its `dbms`, else those its context names, else those its preconditions keep it to. */
function setDbms(set: LbChangeSet, attribute: string | undefined, context: string | undefined, preconditions?: string): void {
  const fromContext = contextDbms(context);
  if (attribute) set.dbms = attribute;
  else if (fromContext) {
    set.dbms = fromContext;
    set.dbmsSaid = `\`context: ${context!.trim()}\``;
  } else if (preconditions) {
    set.dbms = preconditions;
    set.dbmsSaid = `preconditions (dbms ${preconditions})`;
  }
}

const xmlPrecondition = (c: XmlElement): Precondition => ({ name: c.name, type: c.attrs.get('type'), children: c.children.map(xmlPrecondition) });

/**
 * A `<modifySql>`: not a change of its own, a rewrite of the changeset's SQL. Its literal
 * `<replace replace="\'" with="''"/>` are applied (openmrs writes MySQL's `\'` in a where clause and
 * has it replaced by the standard `''`);
 * `regExpReplace` (Java regular expressions), `append` and `prepend` are not applied.
 */
function xmlModifySql(c: XmlElement): { dbms?: string; replace: [string, string][] } {
  const replace = c.children
    .filter((x) => x.name === 'replace' && x.attrs.get('replace'))
    .map((x) => [x.attrs.get('replace')!, x.attrs.get('with') ?? ''] as [string, string]);
  const dbms = c.attrs.get('dbms');
  return dbms ? { dbms, replace } : { replace };
}

function xmlChange(c: XmlElement): LbChange {
  const attrs = Object.fromEntries(c.attrs);
  const columns: LbColumn[] = c.children
    .filter((x) => x.name === 'column')
    .map((x) => ({
      attrs: Object.fromEntries(x.attrs),
      constraints: Object.fromEntries(x.children.find((y) => y.name === 'constraints')?.attrs ?? new Map()),
    }));
  const change: LbChange = { type: c.name, line: c.line, attrs, columns };
  if (c.name === 'sql') change.sql = { text: c.text, line: c.textLine ?? c.line };
  const where = c.children.find((x) => x.name === 'where');
  if (where?.text.trim()) change.where = where.text.trim();
  return change;
}

// ---------- analysis ----------

/** A `sqlFile` change: its SQL lives in another file. */
interface SqlFileRef {
  line: number;
  /** Written for another database than the changelog's (its `dbms`). */
  dialect?: DialectSource;
  /** As written in the changelog. */
  written: string;
  /** Repo-relative paths it may be at, most likely first. */
  candidates: string[];
}

/** Translate a Liquibase changelog into SQL pieces and per-changeset rollback verdicts. */
export function liquibaseToPieces(source: string, path: string): DslTranslation {
  return readChangelog(source, path, dialectOfPath(path)?.dialect ?? 'postgres').t;
}

/** `here`: the database the changelog is read for (its dialect: configured, or named by its path). */
/** A changelog read: its translation, and what the analysis settles later. */
interface ChangelogRead {
  t: DslTranslation;
  sqlFiles: SqlFileRef[];
  /** The changes that run on every database. */
  everywhere: Everywhere[];
  /** The changesets that run only on an empty table. */
  emptyTables: EmptyTableCheck[];
  /** The lines of the changesets the PR's base already had (deployed history: their findings are not the PR's). */
  deployed: [number, number][];
  /** The changesets whose rollback is written and does nothing (see `emptyRollbackHits`). */
  emptyRollbacks: LbChangeSet[];
}

/** A changelog parsed into changesets (read-only once parsed): its format, and the line where it is malformed. */
interface ParsedChangelog {
  format: LiquibaseFormat;
  sets: readonly LbChangeSet[];
  errorLine?: number;
}

/**
 * Changelogs parsed, by content and format: a changelog is parsed for its own lint and read again
 * by every later one that looks a column up through it (apache/fineract's 540 KB
 * `0001_initial_schema.xml`, once per database).
 */
const parsedChangelogs = new Map<string, Map<LiquibaseFormat, ParsedChangelog>>();
const PARSED_LIMIT = 300;

function parseChangelog(source: string, path: string): ParsedChangelog {
  const format = liquibaseFormat(path, source) ?? (path.endsWith('.xml') ? 'xml' : path.endsWith('.sql') ? 'sql' : 'yaml');
  let byFormat = parsedChangelogs.get(source);
  const known = byFormat?.get(format);
  if (known) return known;
  let parsed: ParsedChangelog;
  // Changelog parameters (`${gravitee_prefix}pages`) are expanded by Liquibase in every attribute
  // and in the SQL before it runs; read as plain identifiers (`_gravitee_prefix_pages`), the same
  // in a synthesised change and in a `sql` change, so the SQL parses and names still match.
  const expanded = withoutPlaceholders(source);
  if (format === 'sql') parsed = { format, sets: fromFormattedSql(expanded) };
  else {
    const r = format === 'xml' ? fromXml(expanded) : fromYaml(expanded);
    parsed = { format, sets: r.sets, ...(r.errorLine !== undefined ? { errorLine: r.errorLine } : {}) };
  }
  if (!byFormat) {
    if (parsedChangelogs.size >= PARSED_LIMIT) parsedChangelogs.delete(parsedChangelogs.keys().next().value as string);
    parsedChangelogs.set(source, (byFormat = new Map()));
  }
  byFormat.set(format, parsed);
  return parsed;
}

/** A changeset's identity in Liquibase's DATABASECHANGELOG: its id and author (formatted SQL's id holds both). */
const changeSetKey = (set: LbChangeSet): string => `${set.id}\u0000${set.author ?? ''}`;

/** The changesets of a changelog as the PR's base had it (its keys), for `check`: empty when the PR adds the file. */
function deployedChangeSets(base: { content?: string }, path: string): Set<string> {
  return new Set(base.content === undefined ? [] : parseChangelog(base.content, path).sets.map(changeSetKey));
}

/**
 * `deployed`: in a PR, the changesets the base already had (their lines go to `read.deployed`);
 * absent, each changeset is judged as its own migration.
 */
function readChangelog(source: string, path: string, here: Dialect, deployed?: ReadonlySet<string>): ChangelogRead {
  const read: ChangelogRead = { t: newTranslation(true), sqlFiles: [], everywhere: [], emptyTables: [], deployed: [], emptyRollbacks: [] };
  const { t } = read;
  const { format, sets, errorLine } = parseChangelog(source, path);
  if (errorLine !== undefined)
    t.hits.push(hit('parse-error', errorLine, `The Liquibase ${format.toUpperCase()} changelog is malformed near this line; it was read as far as possible.`));
  let forwardOnly = false;
  // Each changeset is its own migration unit (Liquibase applies them one by one): what an earlier
  // one created is history to a later one. In a PR, those the base already had are deployed
  // history (each its own unit, their findings not the PR's), and those it adds are deployed
  // together: one unit.
  const ends = sets.map((set) => sets.reduce((end, other) => (other.line > set.line && other.line - 1 < end ? other.line - 1 : end), Infinity));
  sets.forEach((set, unit) => {
    const old = deployed?.has(changeSetKey(set)) === true;
    if (old) read.deployed.push([set.line, ends[unit]!]);
    const forward = readChangeSet(set, deployed && !old ? sets.length : unit, here, path, read);
    if (!old && set.emptyRollback !== undefined) read.emptyRollbacks.push(set);
    forwardOnly = (forward && !old) || forwardOnly;
  });
  t.downStatus = forwardOnly ? 'forward-only' : 'present';
  return read;
}

/** One change's SQL on the database `target` (`here`: the changelog's), its `modifySql` applied. */
function changePieces(c: LbChange, set: LbChangeSet, unit: number, here: Dialect, target: DbmsTarget): DslPiece[] {
  const pieces = changeSql(c, target.run === 'as' ? target.dialect.dialect : here).map((p) => ({ ...p, unit }));
  // The changeset's `modifySql` rewrites for the database this change is read as (no `dbms`: every one).
  for (const m of set.modifySql ?? [])
    if (m.dbms === undefined || sameTarget(dbmsTarget(m.dbms, here), target))
      for (const p of pieces) for (const [from, to] of m.replace) p.sql = p.sql.replaceAll(from, to);
  if (target.run === 'as') for (const p of pieces) p.dialect = target.dialect;
  return pieces;
}

/**
 * One changeset into `t` (its SQL, each change in its database's dialect), `sqlFiles` and
 * `everywhere` (its pieces that run on every database); true when it is forward-only (no
 * rollback, and a change Liquibase cannot roll back by itself).
 */
function readChangeSet(set: LbChangeSet, unit: number, here: Dialect, path: string, { t, sqlFiles, everywhere, emptyTables }: ChangelogRead): boolean {
  if (!set.runInTransaction) t.transactional = false;
  const onEmpty = set.emptyChecks?.map((sql) => ({ sql, changes: [] as EmptyTableCheck['changes'] })) ?? [];
  emptyTables.push(...onEmpty);
  let setElsewhere = false;
  for (const c of set.changes) {
    // `dbms` on the change, else on its changeset.
    const dbms = c.attrs.dbms ?? set.dbms;
    const target = c.attrs.dbms === undefined && set.dbmsSaid ? dbmsTarget(dbms, here, set.dbmsSaid) : dbmsTarget(dbms, here);
    if (['update', 'delete', 'insert', 'loadData', 'loadUpdateData'].includes(c.type)) t.changesData = true;
    if (target.run === 'elsewhere') {
      const onChange = c.attrs.dbms !== undefined;
      if (onChange || !setElsewhere)
        t.hits.push(
          hit(
            'not-analysed',
            onChange ? c.line : set.line,
            elsewhereMessage(onChange ? `This \`${c.type}\` change` : `Changeset ${set.id || '(no id)'}`, target),
          ),
        );
      setElsewhere ||= !onChange;
      continue;
    }
    const pieces = changePieces(c, set, unit, here, target);
    const table = tbl(c.attrs);
    if (table) for (const check of onEmpty) check.changes.push({ line: c.line, table });
    if (!dbms?.trim() || list(dbms.toLowerCase()).includes('all'))
      everywhere.push({ pieces, on: (d) => changePieces(c, set, unit, here, { run: 'as', dialect: d }) });
    t.up.push(...pieces);
    if (c.type === 'sqlFile' && c.attrs.path) {
      const relativeToChangelog = c.attrs.relativeToChangelogFile?.toLowerCase() === 'true';
      const ref: SqlFileRef = { line: c.line, written: c.attrs.path, candidates: pathCandidates(path, c.attrs.path, relativeToChangelog) };
      if (target.run === 'as') ref.dialect = target.dialect;
      sqlFiles.push(ref);
    }
  }
  if (set.hasRollback) return false;
  const manual = [...new Set(set.changes.filter((c) => !AUTO_ROLLBACK.has(c.type)).map((c) => c.type))];
  if (!manual.length) return false;
  t.hits.push(
    hit(
      'forward-only-migration',
      set.line,
      `Changeset ${set.id || '(no id)'} has no rollback, and Liquibase cannot roll back ${manual.map((m) => `\`${m}\``).join(', ')} by itself: add a rollback block or plan a backup and restore.`,
    ),
  );
  return true;
}

/**
 * The SQL of each `sqlFile` change, linted on its own; its findings sit on the change's line in
 * the changelog and name the file and line. A file that cannot be read is said so.
 */
/** A `sqlFile`'s SQL: the first of its candidates found, or why none was (a read that failed stops the search). */
async function readSqlFile(ref: SqlFileRef, readFile: MigrationInput['readFile']): Promise<{ path: string; content: string } | { failure: string }> {
  for (const candidate of readFile ? ref.candidates : []) {
    let content: string | undefined;
    try {
      content = await readFile!(candidate);
    } catch (error) {
      return { failure: `; reading \`${candidate}\` failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (content !== undefined) return { path: candidate, content };
  }
  return { failure: '' };
}

const lookedFor = (ref: SqlFileRef, failure: string) => `looked for ${ref.candidates.map((c) => `\`${c}\``).join(', ')}${failure}`;

async function lintSqlFiles(t: DslTranslation, refs: SqlFileRef[], input: MigrationInput): Promise<void> {
  const changelogDialect = input.dialect ?? dialectOfPath(input.path);
  for (const ref of refs) {
    const dialect = ref.dialect ?? changelogDialect;
    const found = await readSqlFile(ref, input.readFile);
    if ('failure' in found) {
      t.hits.push(
        hit(
          'parse-error',
          ref.line,
          `The sqlFile \`${ref.written}\` could not be read (${lookedFor(ref, found.failure)}), so its SQL was not checked: check it by hand.`,
        ),
      );
      continue;
    }
    const res = await lintSqlLazily([{ sql: found.content, line: 1 }], { transactional: t.transactional, ...(dialect ? { dialect } : {}) });
    for (const h of res.hits) t.hits.push(hit(h.rule, ref.line, `In \`${found.path}\` line ${h.line}: ${h.message}`));
    if (res.changesData) t.changesData = true;
  }
}

/** Earlier changelogs read for the look back, by content, then by path and database: every later changelog reads the same ones. */
const earlierReads = new Map<string, Map<string, { pieces: DslPiece[]; sqlFiles: SqlFileRef[] }>>();
const EARLIER_READS_LIMIT = 300;

/**
 * What an earlier changelog does on `dialect`, for the look back: the SQL of its changes that run
 * there, with the SQL of its `sqlFile`s in their place. A `sqlFile` that cannot be read makes the
 * whole changelog unreadable (the look back stops there and says why, instead of passing over
 * what the file may do to the column).
 */
async function earlierPieces(content: string, path: string, dialect: Dialect, readFile: MigrationInput['readFile']): Promise<SqlPiece[]> {
  let byPath = earlierReads.get(content);
  if (!byPath) {
    if (earlierReads.size >= EARLIER_READS_LIMIT) earlierReads.delete(earlierReads.keys().next().value as string);
    earlierReads.set(content, (byPath = new Map()));
  }
  const key = `${dialect}\u0000${path}`;
  let read = byPath.get(key);
  if (!read) {
    if (liquibaseFormat(path, content) !== 'sql') await loadYaml();
    const r = readChangelog(content, path, dialect);
    read = { pieces: r.t.up.filter((p) => !p.dialect), sqlFiles: r.sqlFiles.filter((f) => !f.dialect) };
    byPath.set(key, read);
  }
  const out: SqlPiece[] = read.pieces.map((p) => ({ sql: p.sql, line: p.line, ...(p.synthetic ? { synthetic: true } : {}) }));
  for (const ref of read.sqlFiles) {
    const found = await readSqlFile(ref, readFile);
    if ('failure' in found) throw new Error(`its sqlFile \`${ref.written}\` could not be read (${lookedFor(ref, found.failure)})`);
    out.push({ sql: found.content, line: ref.line });
  }
  return read.sqlFiles.length ? out.sort((a, b) => a.line - b.line) : out;
}

/** Change types that only touch rows, or nothing: a rollback that does nothing is the author's word that they need no undoing. */
const DATA_ONLY = new Set(['insert', 'update', 'delete', 'loadData', 'loadUpdateData', 'output', 'empty', 'tagDatabase', 'stop']);

/** Whether SQL only reads or writes rows (INSERT, UPDATE, DELETE, MERGE, SELECT), read by the Postgres parser; false when it does not parse. */
async function onlyRows(sql: string): Promise<boolean> {
  const pg = await (await sqlAnalyser()).loadPgParser();
  try {
    const stmts = pg.parse(sql).stmts ?? [];
    return stmts.every(({ stmt }) => !!stmt && ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'SelectStmt'].some((k) => k in stmt));
  } catch {
    return false;
  }
}

/**
 * An empty rollback (`--rollback empty`, `--rollback not required`, `<rollback/>`) is Liquibase's
 * explicit declaration that a changeset needs no undoing. On a changeset that only touches rows it
 * stands, as Django's `RunPython(…, noop)` does; on one that changes the schema, rolling back leaves
 * the schema ahead of the rolled-back code, as Alembic's `pass` does: empty-down-migration.
 */
async function emptyRollbackHits(sets: LbChangeSet[]): Promise<Hit[]> {
  const out: Hit[] = [];
  for (const set of sets) {
    let rows = set.changes.length > 0;
    for (const c of set.changes) if (rows) rows = c.type === 'sql' ? await onlyRows(c.sql?.text ?? '') : DATA_ONLY.has(c.type);
    if (rows || !set.changes.length) continue;
    out.push(
      hit(
        'empty-down-migration',
        set.emptyRollback!,
        `Changeset ${set.id || '(no id)'} declares an empty rollback, but it does more than write rows: rolling back leaves its schema change in place, ahead of the rolled-back code. Write the rollback, or declare the changeset forward-only in the rollback plan with a backup and restore.`,
      ),
    );
  }
  return out;
}

export const liquibase: Framework = {
  ...meta,
  async analyse(input: MigrationInput): Promise<MigrationAnalysis> {
    if (liquibaseFormat(input.path, input.content) !== 'sql') await loadYaml();
    try {
      const dialect = input.dialect ?? dialectOfPath(input.path);
      const deployedSets = input.base && deployedChangeSets(input.base, input.path);
      const { t, sqlFiles, everywhere, emptyTables, deployed, emptyRollbacks } = readChangelog(
        input.content,
        input.path,
        dialect?.dialect ?? 'postgres',
        deployedSets,
      );
      if (sqlFiles.length) await lintSqlFiles(t, sqlFiles, input);
      // A column's earlier type or nullability, looked up in the changelogs that run before this one, read as each database.
      const historyOf = (d: Dialect) => liquibaseHistory(input, d, (content, path, as) => earlierPieces(content, path, as, input.readFile));
      const analysis = await finishByDatabase(t, everywhere, dialect, historyOf);
      if (emptyTables.length) analysis.hits = await dropOnEmptyTables(analysis.hits, emptyTables);
      const empty = await emptyRollbackHits(emptyRollbacks);
      if (empty.length) {
        analysis.hits = [...analysis.hits, ...empty].sort((a, b) => a.line - b.line);
        if (analysis.down === 'present') analysis.down = 'empty';
      }
      // The base's changesets were judged when they were added: only a malformed changelog is said again.
      if (deployed.length) analysis.hits = analysis.hits.filter((h) => h.rule === 'parse-error' || !deployed.some(([a, b]) => h.line >= a && h.line <= b));
      return analysis;
    } catch (e) {
      return unreadable('liquibase', 'Liquibase changelog', e, 'forward-only');
    }
  },
};

export default liquibase;
