import { defineRule } from './rule';

export default defineRule({
  id: 'volatile-default',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'A volatile default or a stored generated column rewrites the whole table.',
});
