// The deploy analyser's failure path, reached for real: a grammar whose WASM cannot be loaded, and a
// reader that throws, each leave a parse-error notice ("could not be analysed … check it by hand"),
// never a crash and never "no findings". The grammar is made unloadable through the WASM loader
// seam the faces install (src/core/parsers/wasm.ts), before anything in this file has loaded it.
import { afterEach, describe, expect, it } from 'vitest';
import { Parser } from 'web-tree-sitter';
import { analyseDeploy } from '../../../src/core/deploy/index';
import { setWasmLoader } from '../../../src/core/parsers/wasm';
import { nodeWasmLoader } from '../../../src/node/wasm';

const TF = 'resource "aws_db_instance" "main" {\n  deletion_protection = false\n}\n';
const realParse = Parser.prototype.parse;
afterEach(() => {
  setWasmLoader(nodeWasmLoader);
  Parser.prototype.parse = realParse;
});

describe('a deploy file whose reader fails is said so', () => {
  it('a grammar that does not load gives a notice, and the next file loads it again', async () => {
    setWasmLoader({ load: (spec) => Promise.reject(new Error(`cannot read ${spec}: disk gone`)) });
    const failed = await analyseDeploy('infra/db.tf', TF);
    expect(failed.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['parse-error 1']);
    expect(failed.hits[0]!.message).toContain('could not be analysed (cannot read');
    expect(failed.hits[0]!.message).toContain('disk gone');
    expect(failed.hits[0]!.message).toContain('check it by hand');

    // A failed load is not cached: with the loader back, the same file is read.
    setWasmLoader(nodeWasmLoader);
    const read = await analyseDeploy('infra/db.tf', TF);
    expect(read.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['deletion-protection-removed 2']);
  });

  it('a reader that throws gives a notice naming the error', async () => {
    Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser['parse']>) {
      const tree = realParse.apply(this, args);
      if (tree) {
        Object.defineProperty(tree, 'rootNode', {
          get() {
            throw new Error('injected reader failure');
          },
        });
      }
      return tree;
    };
    const r = await analyseDeploy('infra/db.tf', TF);
    expect(r.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['parse-error 1']);
    expect(r.hits[0]!.message).toContain('could not be analysed (injected reader failure)');
  });
});
