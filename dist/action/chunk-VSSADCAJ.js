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
} from "./chunk-N5CJB3Y6.js";
import "./chunk-4GBM5NJM.js";
import "./chunk-LOUL7MGO.js";
import "./chunk-KNZ3QVEF.js";
import "./chunk-2KVBLKWZ.js";
import "./chunk-P765CN6Y.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
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
