import { defineRule } from './rule';

export default defineRule({
  id: 'missing-down-migration',
  category: 'reversibility',
  defaultSeverity: 'error',
  summary: 'The framework expects a down migration and there is none.',
});
