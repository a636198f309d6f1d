import { defineRule } from './rule';

export default defineRule({
  id: 'forward-only-migration',
  category: 'reversibility',
  defaultSeverity: 'warning',
  summary: 'The framework has no down migration here: the plan must name a backup and restore.',
});
