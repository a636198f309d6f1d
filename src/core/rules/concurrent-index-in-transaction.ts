import { defineRule } from './rule';

export default defineRule({
  id: 'concurrent-index-in-transaction',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block.',
});
