import type { FrameworkMeta } from './types';

export type LiquibaseFormat = 'sql' | 'yaml' | 'xml';

/** The changelog format of a file, or undefined when it is not a Liquibase changelog. */
export function liquibaseFormat(path: string, content: string): LiquibaseFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xml')) return content.includes('databaseChangeLog') ? 'xml' : undefined;
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.json')) return content.includes('databaseChangeLog') ? 'yaml' : undefined;
  if (lower.endsWith('.sql')) {
    // The first line that is not blank (every .sql file of a migrations folder is asked: no copy of the rest).
    const start = content.search(/\S/);
    const end = start < 0 ? -1 : content.indexOf('\n', start);
    const first =
      start < 0
        ? ''
        : content
            .slice(start, end < 0 ? undefined : end)
            .trim()
            .toLowerCase();
    return first.startsWith('--') && first.includes('liquibase') && first.includes('formatted') ? 'sql' : undefined;
  }
  return undefined;
}

const liquibase: FrameworkMeta = {
  id: 'liquibase',
  // Changelog folders and files, and changelogs kept in a migrations folder (metabase's
  // resources/migrations/*.yaml), or in a `liquibase` folder (gravitee-io/gravitee-api-management's
  // resources/liquibase/master.yml): the content check decides (`databaseChangeLog`, or formatted SQL's header).
  globs: [
    '**/liquibase/**/*.{xml,yaml,yml,json,sql}',
    '**/changelog*/**/*.{xml,yaml,yml,json,sql}',
    '**/*changelog*.{xml,yaml,yml,json,sql}',
    '**/migrations/**/*.{xml,yaml,yml,json,sql}',
    '**/migration/**/*.{xml,yaml,yml,json,sql}',
  ],
  comment: '--',
  detect: (path, content) => liquibaseFormat(path, content) !== undefined,
  wideGlobs: true,
};
export default liquibase;
