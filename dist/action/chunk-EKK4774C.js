import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  flywayConfDialect,
  holds,
  jvmDialect,
  liquibasePropertiesDialect,
  namedDatabase,
  readProperties,
  readSpringConfig,
  resourcesOf,
  springDialect,
  urlDialect,
  withJvmDialect
} from "./chunk-2IUKRCGE.js";
import "./chunk-4GBM5NJM.js";
import "./chunk-P4DLANLD.js";
import "./chunk-DQVZJ2LC.js";
import "./chunk-P765CN6Y.js";
import "./chunk-2RPEV7JN.js";
import "./chunk-BF324SM3.js";
import "./chunk-CGYWAISN.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";
export {
  flywayConfDialect,
  holds,
  jvmDialect,
  liquibasePropertiesDialect,
  namedDatabase,
  readProperties,
  readSpringConfig,
  resourcesOf,
  springDialect,
  urlDialect,
  withJvmDialect
};
