import { defineRule } from './rule';

export default defineRule({
  id: 'uncommitted-transaction',
  category: 'locking',
  defaultSeverity: 'warning',
  summary: 'A BEGIN without a matching COMMIT leaves the transaction open.',
});
