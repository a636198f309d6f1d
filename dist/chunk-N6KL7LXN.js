import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/checks/types.ts
function alterTableCmds(stmt) {
  if (!("AlterTableStmt" in stmt)) return [];
  const s = stmt.AlterTableStmt;
  if (s.objtype !== "OBJECT_TABLE" || !s.relation) return [];
  const out = [];
  for (const c of s.cmds ?? []) if ("AlterTableCmd" in c) out.push({ table: s.relation, cmd: c.AlterTableCmd });
  return out;
}

export {
  alterTableCmds
};
