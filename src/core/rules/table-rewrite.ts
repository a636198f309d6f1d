import { defineRule } from './rule';

export default defineRule({
  id: 'table-rewrite',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock.',
});
