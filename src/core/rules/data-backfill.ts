import { defineRule } from './rule';

export default defineRule({
  id: 'data-backfill',
  category: 'data',
  defaultSeverity: 'warning',
  summary: 'UPDATE or INSERT … SELECT in a schema migration changes data a down migration cannot restore.',
});
