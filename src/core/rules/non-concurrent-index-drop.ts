import { defineRule } from './rule';

export default defineRule({
  id: 'non-concurrent-index-drop',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'DROP INDEX without CONCURRENTLY takes an exclusive lock on the table.',
});
