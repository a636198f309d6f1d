import { defineRule } from './rule';

export default defineRule({
  id: 'irreversible-operation',
  category: 'reversibility',
  defaultSeverity: 'error',
  summary: 'The migration uses an operation the framework cannot reverse.',
});
