// The JavaScript migration DSLs call one method per schema operation, the table first:
// TypeORM's `queryRunner.addColumn('users', …)`, Sequelize's `queryInterface.addColumn('users', …)`,
// node-pg-migrate's `pgm.addColumn('users', …)`, db-migrate's `db.addColumn('users', …)`. Each
// translator maps those names to small handlers of this shape.
import type { Node } from '../parsers/tree-sitter';

/** Where a handler's synthesised SQL goes (the translator's reader). */
export interface SqlSink {
  emit(line: number, text: string): void;
}

/** One operation call as its handler sees it. */
export interface OperationCall {
  name: string;
  /** The call's arguments. */
  a: Node[];
  line: number;
  /** The first argument as a table name, when it is one. */
  table: string | undefined;
}

/** A handler; `OperationHandler<string>` for readers that skip calls without a table. */
export type OperationHandler<Table extends string | undefined = string | undefined> = (out: SqlSink, op: OperationCall & { table: Table }) => void;
