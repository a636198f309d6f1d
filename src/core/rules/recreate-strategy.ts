import { defineRule } from './rule';

export default defineRule({
  id: 'recreate-strategy',
  category: 'deploy',
  defaultSeverity: 'warning',
  summary: 'The Recreate strategy takes every pod down before starting new ones: a rollback is an outage too.',
});
