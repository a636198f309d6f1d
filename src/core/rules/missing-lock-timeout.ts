import { defineRule } from './rule';

export default defineRule({
  id: 'missing-lock-timeout',
  category: 'locking',
  defaultSeverity: 'off',
  summary: 'A lock-taking statement without a lock_timeout can queue behind long transactions and stall traffic.',
});
