// What a changelog says of the run order: its `include` and `includeAll` entries and where its own
// changesets start, in document order (XML `<include file=…/>`, YAML and JSON `- include: {file: …}`).
// A master changelog runs what it includes where it includes it
// (https://docs.liquibase.com/change-types/include.html, …/includeall.html).
import { parseXml } from '../dsl/xml';
import { liquibaseFormat } from '../meta/index';
import { yaml } from './yaml';

export type ChangelogEntry =
  /** The first of the changelog's own changesets (the rest follow it). */
  | { kind: 'changeSets' }
  | { kind: 'include'; file: string; relative: boolean; context?: string; optional: boolean }
  | { kind: 'includeAll'; path: string; relative: boolean; context?: string; optional: boolean; endsWith?: string };

/**
 * Whether a changelog may include others: an `<include`/`<includeAll` element, or an `include:` /
 * `"includeAll":` key. Most changelogs do not, and are read as one block of changesets without
 * parsing (fineract's 540 KB initial schema has `include` only inside column names).
 */
export const mayInclude = (content: string): boolean => INCLUDE.test(content);
const INCLUDE = /<(?:[\w-]+:)?include(?:All)?\b|\binclude(?:All)?["']?\s*:/;

const truthy = (v: unknown): boolean =>
  String(v ?? '')
    .trim()
    .toLowerCase() === 'true';
const falsy = (v: unknown): boolean =>
  String(v ?? '')
    .trim()
    .toLowerCase() === 'false';

/** One entry from an element's (or a YAML map's) attributes; undefined when it is neither include nor changeset. */
function entryOf(kind: string, get: (name: string) => string | undefined): ChangelogEntry | undefined {
  const context = get('context') ?? get('contextFilter');
  const extra = context?.trim() ? { context } : {};
  if (kind === 'changeSet') return { kind: 'changeSets' };
  if (kind === 'include') {
    const file = get('file')?.trim();
    return file ? { kind: 'include', file, relative: truthy(get('relativeToChangelogFile')), optional: falsy(get('errorIfMissing')), ...extra } : undefined;
  }
  if (kind === 'includeAll') {
    const path = get('path')?.trim();
    const endsWith = get('endsWithFilter')?.trim();
    return path
      ? {
          kind: 'includeAll',
          path,
          relative: truthy(get('relativeToChangelogFile')),
          optional: falsy(get('errorIfMissingOrEmpty')),
          ...extra,
          ...(endsWith ? { endsWith } : {}),
        }
      : undefined;
  }
  return undefined;
}

/** Entries in document order, with only the first mark of the changesets. */
function firstChangeSets(entries: (ChangelogEntry | undefined)[]): ChangelogEntry[] {
  let seen = false;
  return entries.filter((e): e is ChangelogEntry => {
    if (!e || (e.kind === 'changeSets' && seen)) return false;
    seen ||= e.kind === 'changeSets';
    return true;
  });
}

/**
 * The run-order entries of a changelog. Formatted SQL includes nothing: its changesets only. A
 * YAML/JSON changelog needs `loadYaml()` awaited first.
 */
export function changelogEntries(content: string, path: string): ChangelogEntry[] {
  const format = liquibaseFormat(path, content);
  // Most changelogs include nothing: read as one block of changesets without parsing them.
  if (format === 'sql' || !mayInclude(content)) return [{ kind: 'changeSets' }];
  if (format === 'xml') {
    const log = parseXml(content).root.children.find((c) => c.name === 'databaseChangeLog');
    return firstChangeSets((log?.children ?? []).map((c) => entryOf(c.name, (n) => c.attrs.get(n))));
  }
  const Y = yaml();
  const doc = Y.parseDocument(content, { uniqueKeys: false });
  const root = doc.contents;
  const log = Y.isMap(root) ? root.get('databaseChangeLog') : undefined;
  if (!Y.isSeq(log)) return [{ kind: 'changeSets' }];
  return firstChangeSets(
    log.items.flatMap((item) =>
      Y.isMap(item)
        ? item.items.map((pair) => {
            const kind = Y.isScalar(pair.key) ? String(pair.key.value) : '';
            const body = pair.value;
            // `- include: {file: …}`, or a list of maps (`- include:` then `- file: …`, as
            // gravitee-io/gravitee-api-management's master.yml writes it): Liquibase reads both.
            const maps = Y.isSeq(body) ? body.items.filter((i) => Y.isMap(i)) : Y.isMap(body) ? [body] : [];
            return entryOf(kind, (n) => {
              const v = maps.map((m) => m.get(n)).find((x) => x !== undefined && x !== null);
              return v === undefined || v === null ? undefined : String(v);
            });
          })
        : [],
    ),
  );
}
