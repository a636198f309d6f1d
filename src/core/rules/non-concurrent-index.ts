import { defineRule } from './rule';

export default defineRule({
  id: 'non-concurrent-index',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds.',
});
