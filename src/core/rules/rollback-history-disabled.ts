import { defineRule } from './rule';

export default defineRule({
  id: 'rollback-history-disabled',
  category: 'deploy',
  defaultSeverity: 'error',
  summary: 'revisionHistoryLimit: 0 removes the old ReplicaSets a rollback needs.',
});
