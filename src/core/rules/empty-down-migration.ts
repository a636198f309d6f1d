import { defineRule } from './rule';

export default defineRule({
  id: 'empty-down-migration',
  category: 'reversibility',
  defaultSeverity: 'error',
  summary: 'The down migration exists but does nothing, or raises an irreversible error.',
});
