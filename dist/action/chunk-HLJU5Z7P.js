import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/github/port.ts
var PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
function hasPermission(granted, needed) {
  const byRole = PERMISSION_RANK[granted.role] ?? 0;
  return Math.max(byRole, PERMISSION_RANK[granted.permission] ?? 0) >= PERMISSION_RANK[needed];
}

export {
  hasPermission
};
