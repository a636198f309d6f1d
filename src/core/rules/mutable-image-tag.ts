import { defineRule } from './rule';

export default defineRule({
  id: 'mutable-image-tag',
  category: 'deploy',
  defaultSeverity: 'error',
  summary: 'An image without a pinned tag or digest (latest, no tag) cannot be rolled back to.',
});
