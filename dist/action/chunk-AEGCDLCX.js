import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  Ce,
  I,
  u
} from "./chunk-J56UFURR.js";
import "./chunk-ADI5M2KE.js";

// node_modules/@electric-sql/pglite/dist/fs/nodefs.js
import * as o from "fs";
import * as r from "path";
u();
var m = class extends Ce {
  constructor(t) {
    super(t), this.rootDir = r.resolve(t), o.existsSync(r.join(this.rootDir)) || o.mkdirSync(this.rootDir);
  }
  async init(t, e) {
    return this.pg = t, { emscriptenOpts: { ...e, preRun: [...e.preRun || [], (s) => {
      let c = s.NODEFS;
      s.FS.mkdirTree(I), s.FS.mount(c, { root: this.rootDir }, I);
    }] } };
  }
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
export {
  m as NodeFS
};
