// A Rails DSL call as its handler sees it, and the context of the block it sits in.
import type { ColumnDef, DslPiece } from '../dsl/common';
import type { RubyArgs } from '../dsl/ruby';
import type { Node } from '../../parsers/tree-sitter';
import type { RailsReader } from './reader';

export interface Ctx {
  mode: 'change' | 'up' | 'down';
  /** inside `reversible do |dir|` or `up_only`: no automatic reversal expected */
  guarded: boolean;
  table?: string;
  /** inside create_table: columns are collected instead of emitted */
  columns?: ColumnDef[];
  after?: DslPiece[];
}

/** One DSL call as its handler sees it. */
export interface RailsCall {
  name: string;
  /** The call itself. */
  node: Node;
  line: number;
  block: Node | null;
  args: RubyArgs;
  /** Migration calls: the first argument's name (`add_column :users`); table calls: the block's table. */
  table: string | undefined;
  ctx: Ctx;
}

/** Handles a call; true when its children need no further walking. */
export type CallHandler = (r: RailsReader, c: RailsCall) => boolean;

/** In `change` outside `reversible`/`up_only`, Rails must reverse every call by itself. */
export const reversedByRails = (ctx: Ctx): boolean => ctx.mode === 'change' && !ctx.guarded;
