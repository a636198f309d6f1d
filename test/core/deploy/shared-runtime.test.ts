// The Terraform reader shares the tree-sitter runtime with the migration DSL readers: initialising
// web-tree-sitter twice would break grammars already loaded. Both must work in one process, in any order.
import { describe, expect, it } from 'vitest';
import { analyseDeploy } from '../../../src/core/deploy/index';
import { parseCode } from '../../../src/core/parsers/tree-sitter';

describe('one tree-sitter runtime for HCL and the DSL grammars', () => {
  it('parses Ruby, then Terraform, then Ruby again', async () => {
    const rb1 = await parseCode('ruby', 'class A; def up; drop_table :users; end; end');
    expect(rb1.rootNode.hasError).toBe(false);
    rb1.delete();
    const tf = await analyseDeploy('main.tf', 'resource "a" "b" {\n  deletion_protection = false\n}\n');
    expect(tf.hits.map((h) => h.line)).toEqual([2]);
    const rb2 = await parseCode('ruby', 'remove_column :users, :email');
    expect(rb2.rootNode.type).toBe('program');
    expect(rb2.rootNode.hasError).toBe(false);
    rb2.delete();
    const tf2 = await analyseDeploy('main.tf', 'resource "a" "b" {\n  lifecycle {\n    prevent_destroy = false\n  }\n}\n');
    expect(tf2.hits.map((h) => h.line)).toEqual([3]);
  });
});
