import { defineRule } from './rule';

export default defineRule({
  id: 'drop-schema',
  category: 'destructive',
  defaultSeverity: 'error',
  summary: 'DROP SCHEMA or DROP DATABASE deletes everything inside it.',
});
