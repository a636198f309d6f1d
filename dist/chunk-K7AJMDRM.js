import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  flywayConfDialect,
  hibernateDialect,
  holds,
  jvmDialect,
  jvmDialectVerdict,
  liquibasePropertiesDialect,
  namedDatabase,
  readProperties,
  readSpringConfig,
  resourcesOf,
  springDialect,
  urlDialect,
  withJvmDialect
} from "./chunk-LHB3JKIK.js";
import "./chunk-4GBM5NJM.js";
import "./chunk-LOUL7MGO.js";
import "./chunk-DCVK6NQB.js";
import "./chunk-FKTDEFNZ.js";
import "./chunk-P765CN6Y.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";
export {
  flywayConfDialect,
  hibernateDialect,
  holds,
  jvmDialect,
  jvmDialectVerdict,
  liquibasePropertiesDialect,
  namedDatabase,
  readProperties,
  readSpringConfig,
  resourcesOf,
  springDialect,
  urlDialect,
  withJvmDialect
};
