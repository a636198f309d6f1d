// Schemas a folder's migrations take from their tool's configuration: Flyway's `${schema}.users`,
// pop's `{{ index .Options "Namespace" }}.users` (supabase/auth: every migration). lint and the
// drill read each placeholder as a stand-in name (`_schema_`, `_namespace_`: meta/flyway.ts,
// pop/template.ts); the schema itself is made by whoever runs the migrations, not by a migration,
// so on the drill's empty database every statement naming it failed and the base could not be
// built. A stand-in used as a schema that no migration of the set creates is created first, on the
// empty database (it is there before each up and after each down: no drift), and the run says so.
import { loadPgParser } from '../core/sql/pg';
import type { Migration } from './scripts';

/** The shape both readers give a placeholder's stand-in: `_name_`. */
const STAND_IN = /^_\w+_$/;

/** The stand-in schemas the migrations name and do not create, sorted. */
export async function standInSchemas(migrations: readonly Migration[]): Promise<string[]> {
  const named = new Set<string>();
  const created = new Set<string>();
  const pg = await loadPgParser();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      // A qualified name (`schema.fn`, `schema.type`): a list of String nodes.
      const first = (node[0] as { String?: { sval?: string } } | undefined)?.String?.sval;
      if (node.length >= 2 && first && STAND_IN.test(first)) named.add(first);
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    // A relation (RangeVar, inline in its statement: `relation: { schemaname, relname }`).
    if (typeof o.schemaname === 'string' && STAND_IN.test(o.schemaname)) named.add(o.schemaname);
    const schema = o.CreateSchemaStmt as { schemaname?: string } | undefined;
    if (schema?.schemaname) created.add(schema.schemaname);
    for (const value of Object.values(o)) if (value && typeof value === 'object') visit(value);
  };
  for (const m of migrations) {
    for (const script of m.down ? [m.up, m.down] : [m.up]) {
      for (const piece of script.pieces) {
        // Only text a placeholder was read in can name a stand-in.
        if (!piece.sql.includes('_')) continue;
        try {
          visit(pg.parse(piece.sql));
        } catch {
          // A script that does not parse fails where it stands when it runs.
        }
      }
    }
  }
  return [...named].filter((s) => !created.has(s)).sort();
}

/** What the drill runs on its empty database before the base: one schema per stand-in. */
export const createSchemas = (schemas: readonly string[]): string => schemas.map((s) => `CREATE SCHEMA IF NOT EXISTS "${s.replace(/"/g, '""')}";`).join('\n');
