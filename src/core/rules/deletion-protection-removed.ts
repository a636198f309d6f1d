import { defineRule } from './rule';

export default defineRule({
  id: 'deletion-protection-removed',
  category: 'deploy',
  defaultSeverity: 'error',
  summary: 'Turning off deletion protection (prevent_destroy, deletion_protection) lets a bad apply destroy data.',
});
