import type { FrameworkMeta } from './types';

export type LiquibaseFormat = 'sql' | 'yaml' | 'xml';

/** The changelog format of a file, or undefined when it is not a Liquibase changelog. */
export function liquibaseFormat(path: string, content: string): LiquibaseFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xml')) return content.includes('databaseChangeLog') ? 'xml' : undefined;
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.json')) return content.includes('databaseChangeLog') ? 'yaml' : undefined;
  if (lower.endsWith('.sql')) {
    const first = content.trimStart().split('\n', 1)[0]?.trim().toLowerCase() ?? '';
    return first.startsWith('--') && first.includes('liquibase') && first.includes('formatted') ? 'sql' : undefined;
  }
  return undefined;
}

const liquibase: FrameworkMeta = {
  id: 'liquibase',
  globs: ['**/changelog*/**/*.{xml,yaml,yml,json,sql}', '**/*changelog*.{xml,yaml,yml,json,sql}'],
  comment: '--',
  detect: (path, content) => liquibaseFormat(path, content) !== undefined,
  wideGlobs: true,
};
export default liquibase;
