import { defineRule } from './rule';

export default defineRule({
  id: 'set-not-null',
  category: 'incompatible',
  defaultSeverity: 'error',
  summary: 'SET NOT NULL breaks old code that writes NULL and scans the table under an exclusive lock.',
});
