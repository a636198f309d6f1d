// The framework registry, in matching order: conventions with a distinctive shape first, raw SQL
// directories last (they match anything ending in .sql under a migrations folder).
import type { Framework } from './framework';
import prisma from './prisma';
import rails from './rails';
import django from './django';
import alembic from './alembic';
import typeorm from './typeorm';
import sequelize from './sequelize';
import nodePgMigrate from './node-pg-migrate';
import knex from './knex';
import laravel from './laravel';
import ecto from './ecto';
import liquibase from './liquibase';
import sqitch from './sqitch';
import flyway from './flyway';
import golangMigrate from './golang-migrate';
import goose from './goose';
import dbmate from './dbmate';
import sql from './sql';

export const FRAMEWORKS: readonly Framework[] = [
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
  sqitch,
  flyway,
  golangMigrate,
  goose,
  dbmate,
  sql,
];
