// Which DSL framework a migration file belongs to, from its path (default globs) and content.
// Frameworks are tried in the registry's order; shared shapes (JS migrations folders, Python
// `migrations/` vs `versions/`, changelog files) are settled by each framework's `detect`.
import picomatch from 'picomatch';
import type { FrameworkId } from '../../types';
import type { Framework } from '../framework';
import prisma from '../prisma';
import rails from '../rails';
import django from '../django';
import alembic from '../alembic';
import typeorm from '../typeorm';
import sequelize from '../sequelize';
import nodePgMigrate from '../node-pg-migrate';
import knex from '../knex';
import laravel from '../laravel';
import ecto from '../ecto';
import liquibase from '../liquibase';

export const DSL_FRAMEWORKS: readonly Framework[] = [
  prisma,
  rails,
  django,
  alembic,
  typeorm,
  sequelize,
  nodePgMigrate,
  knex,
  laravel,
  ecto,
  liquibase,
];

let matchers: Array<{ fw: Framework; match: (p: string) => boolean }> | undefined;

export function detectDslFramework(path: string, content: string): FrameworkId | undefined {
  matchers ??= DSL_FRAMEWORKS.map((fw) => ({ fw, match: picomatch(fw.globs, { dot: true }) }));
  for (const { fw, match } of matchers) {
    if (!match(path)) continue;
    if (fw.detect && !fw.detect(path, content)) continue;
    return fw.id;
  }
  return undefined;
}
