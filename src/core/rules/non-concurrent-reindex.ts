import { defineRule } from './rule';

export default defineRule({
  id: 'non-concurrent-reindex',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'REINDEX without CONCURRENTLY blocks writes (and reads using the index).',
});
