import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  require_picomatch
} from "./chunk-7WUAOE4O.js";
import {
  DEFAULT_DEPLOY_GLOBS
} from "./chunk-BJ63QOVF.js";
import {
  isSqitchVerify
} from "./chunk-VKBMTKYT.js";
import {
  __toESM
} from "./chunk-ADI5M2KE.js";

// src/core/classify.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/glob-sources.ts
var GLOB_SOURCES = /* @__PURE__ */ new Map([
  ["**/*.Dockerfile", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.Dockerfile\\/?)$"],
  ["**/*.config.{json,yml,yaml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.config\\.(json|yml|yaml))$"],
  ["**/*.csproj", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.csproj\\/?)$"],
  ["**/*.dockerfile", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.dockerfile\\/?)$"],
  ["**/*.down.fizz", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.down\\.fizz\\/?)$"],
  ["**/*.down.sql", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.down\\.sql\\/?)$"],
  ["**/*.gemspec", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.gemspec\\/?)$"],
  ["**/*.nomad", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.nomad\\/?)$"],
  ["**/*.nomad.hcl", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.nomad\\.hcl\\/?)$"],
  ["**/*.sql", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql\\/?)$"],
  ["**/*.tf", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tf\\/?)$"],
  ["**/*.tf.json", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tf\\.json\\/?)$"],
  ["**/*.tfvars", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tfvars\\/?)$"],
  ["**/*.tfvars.json", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tfvars\\.json\\/?)$"],
  ["**/*.up.fizz", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.up\\.fizz\\/?)$"],
  ["**/*.up.sql", "^(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)?(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.up\\.sql\\/?)$"],
  ["**/*_down.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?_down\\.sql)$"],
  ["**/*_up.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?_up\\.sql)$"],
  ["**/*changelog*.{xml,yaml,yml,json,sql}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?changelog[^/]*?\\.(xml|yaml|yml|json|sql))$"],
  ["**/*migrate*/**/*.go", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?migrate[^/]*?(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.go)$"],
  ["**/*migration*/**/*.go", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?migration[^/]*?(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.go)$"],
  ["**/.env", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)\\.env)$"],
  ["**/.env.*", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)\\.env\\.[^/]*?\\/?)$"],
  ["**/Cargo.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Cargo\\.lock)$"],
  ["**/Cargo.toml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Cargo\\.toml)$"],
  ["**/Chart.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Chart\\.lock)$"],
  ["**/Chart.yaml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Chart\\.yaml)$"],
  ["**/Containerfile", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Containerfile)$"],
  ["**/Containerfile.*", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Containerfile\\.[^/]*?\\/?)$"],
  ["**/Dockerfile", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Dockerfile)$"],
  ["**/Dockerfile-*", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Dockerfile-[^/]*?\\/?)$"],
  ["**/Dockerfile.*", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Dockerfile\\.[^/]*?\\/?)$"],
  ["**/Gemfile", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Gemfile)$"],
  ["**/Gemfile.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Gemfile\\.lock)$"],
  ["**/Kustomization", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Kustomization)$"],
  ["**/Migrations/**/*.cs", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.cs)$"],
  ["**/Migrations/**/*.php", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.php)$"],
  ["**/Pipfile", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Pipfile)$"],
  ["**/Pipfile.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)Pipfile\\.lock)$"],
  ["**/R__*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)R__[^/]*?\\.sql)$"],
  ["**/U*__*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)U[^/]*?__[^/]*?\\.sql)$"],
  ["**/V*__*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)V[^/]*?__[^/]*?\\.sql)$"],
  ["**/application*.{yml,yaml,properties}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)application[^/]*?\\.(yml|yaml|properties))$"],
  ["**/appsettings*.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)appsettings[^/]*?\\.json)$"],
  ["**/argo/**/*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)argo(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"],
  ["**/argocd/**/*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)argocd(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"],
  ["**/build.gradle", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)build\\.gradle)$"],
  ["**/build.gradle.kts", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)build\\.gradle\\.kts)$"],
  ["**/bun.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)bun\\.lock)$"],
  ["**/bun.lockb", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)bun\\.lockb)$"],
  ["**/changelog*/**/*.{xml,yaml,yml,json,sql}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)changelog[^/]*?(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(xml|yaml|yml|json|sql))$"],
  ["**/charts/**/*.tpl", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)charts(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tpl)$"],
  ["**/charts/**/*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)charts(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"],
  ["**/compose*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)compose[^/]*?\\.(yaml|yml))$"],
  ["**/composer.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)composer\\.json)$"],
  ["**/composer.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)composer\\.lock)$"],
  ["**/config/**/*.{yml,yaml,json,toml,ini,properties,conf}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)config(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yml|yaml|json|toml|ini|properties|conf))$"],
  ["**/database/migrations/*.php", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)database\\/migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.php)$"],
  ["**/db/migrate/*.rb", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)db\\/migrate\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.rb)$"],
  ["**/db/migration/**/*.{java,kt}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)db\\/migration(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(java|kt))$"],
  ["**/db/migrations/**/*.{java,kt}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)db\\/migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(java|kt))$"],
  ["**/db/post_migrate/*.rb", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)db\\/post_migrate\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.rb)$"],
  ["**/db/sql/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)db\\/sql(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/deploy/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)deploy(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/deploy/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)deploy(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/deployment/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)deployment(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/deployments/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)deployments(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/docker-compose*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)docker-compose[^/]*?\\.(yaml|yml))$"],
  ["**/drizzle/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)drizzle(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/fly.*.toml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)fly\\.[^/]*?\\.toml)$"],
  ["**/fly.toml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)fly\\.toml)$"],
  ["**/gitops/**/*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)gitops(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"],
  ["**/go.mod", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)go\\.mod)$"],
  ["**/go.sum", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)go\\.sum)$"],
  ["**/gradle.lockfile", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)gradle\\.lockfile)$"],
  ["**/helm/**/*.tpl", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)helm(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tpl)$"],
  ["**/helm/**/*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)helm(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"],
  ["**/helmfile*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)helmfile[^/]*?\\.(yaml|yml))$"],
  ["**/k8s/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)k8s(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/knex_migrations/*.{js,ts,cjs,mjs}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)knex_migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|ts|cjs|mjs))$"],
  ["**/kube/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)kube(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/kubernetes/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)kubernetes(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/kustomization.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)kustomization\\.(yaml|yml))$"],
  ["**/kustomize/**/*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)kustomize(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"],
  ["**/liquibase/**/*.{xml,yaml,yml,json,sql}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)liquibase(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(xml|yaml|yml|json|sql))$"],
  ["**/manifests/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)manifests(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/migrate/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrate(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/migration/**/*.php", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migration(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.php)$"],
  ["**/migration/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migration(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/migration/**/*.{xml,yaml,yml,json,sql}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migration(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(xml|yaml|yml|json|sql))$"],
  ["**/migration/*.go", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migration\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.go)$"],
  ["**/migration/*.{js,ts}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migration\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|ts))$"],
  ["**/migrations/**/*-down.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?-down\\.sql)$"],
  ["**/migrations/**/*-up.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?-up\\.sql)$"],
  ["**/migrations/**/*.cs", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.cs)$"],
  ["**/migrations/**/*.down.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.down\\.sql)$"],
  ["**/migrations/**/*.go", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.go)$"],
  ["**/migrations/**/*.php", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.php)$"],
  ["**/migrations/**/*.rb", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.rb)$"],
  ["**/migrations/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/migrations/**/*.up.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.up\\.sql)$"],
  ["**/migrations/**/*.{xml,yaml,yml,json,sql}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(xml|yaml|yml|json|sql))$"],
  ["**/migrations/*.go", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.go)$"],
  ["**/migrations/*.{js,cjs,mjs,ts}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|cjs|mjs|ts))$"],
  ["**/migrations/*.{js,ts,cjs,mjs}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|ts|cjs|mjs))$"],
  ["**/migrations/*/*.{js,cjs,mjs,ts}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|cjs|mjs|ts))$"],
  ["**/migrations/*/migration.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/migration\\.sql)$"],
  ["**/migrations/[0-9]*.py", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/[0-9][^/]*?\\.py)$"],
  ["**/migrations/versions/*/*.{js,ts,cjs,mjs}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migrations\\/versions\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|ts|cjs|mjs))$"],
  ["**/migration{,s}/{postgres,postgresql,postgresdb,pg,mysql,mysqldb,mariadb,sqlite,sqlite3,mssql,sqlserver,cockroachdb}/*.{js,ts,cjs,mjs}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)migration(|s)\\/(postgres|postgresql|postgresdb|pg|mysql|mysqldb|mariadb|sqlite|sqlite3|mssql|sqlserver|cockroachdb)\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(js|ts|cjs|mjs))$"],
  ["**/mix.exs", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)mix\\.exs)$"],
  ["**/mix.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)mix\\.lock)$"],
  ["**/npm-shrinkwrap.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)npm-shrinkwrap\\.json)$"],
  ["**/openshift/**/*.{yaml,yml,json}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)openshift(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml|json))$"],
  ["**/package-lock.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)package-lock\\.json)$"],
  ["**/package.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)package\\.json)$"],
  ["**/packages.lock.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)packages\\.lock\\.json)$"],
  ["**/pnpm-lock.yaml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)pnpm-lock\\.yaml)$"],
  ["**/poetry.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)poetry\\.lock)$"],
  ["**/pom.xml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)pom\\.xml)$"],
  ["**/prisma/migrations/*/migration.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)prisma\\/migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/migration\\.sql)$"],
  ["**/priv/*/migrations/[0-9]*_*.exs", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)priv\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/migrations\\/[0-9][^/]*?_[^/]*?\\.exs)$"],
  ["**/pyproject.toml", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)pyproject\\.toml)$"],
  ["**/render.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)render\\.(yaml|yml))$"],
  ["**/requirements*.txt", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)requirements[^/]*?\\.txt)$"],
  ["**/revert/**/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)revert(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/rollout*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)rollout[^/]*?\\.(yaml|yml))$"],
  ["**/serverless.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)serverless\\.(yaml|yml))$"],
  ["**/settings.py", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)settings\\.py)$"],
  ["**/settings/*.py", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)settings\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.py)$"],
  ["**/skaffold*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)skaffold[^/]*?\\.(yaml|yml))$"],
  ["**/sqls/*-down.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)sqls\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?-down\\.sql)$"],
  ["**/sqls/*-up.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)sqls\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?-up\\.sql)$"],
  ["**/task-definition*.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)task-definition[^/]*?\\.json)$"],
  ["**/taskdef*.json", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)taskdef[^/]*?\\.json)$"],
  ["**/terragrunt.hcl", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)terragrunt\\.hcl)$"],
  ["**/uv.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)uv\\.lock)$"],
  ["**/values*.{yaml,yml}", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)values[^/]*?\\.(yaml|yml))$"],
  ["**/versioned/v[0-9]*/*.sql", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)versioned\\/v[0-9][^/]*?\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.sql)$"],
  ["**/versions/*.py", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)versions\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.py)$"],
  ["**/yarn.lock", "^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)yarn\\.lock)$"],
  [".github/rollback-ready.yml", "^(?:\\.github\\/rollback-ready\\.yml)$"],
  [".github/workflows/*deploy*.{yaml,yml}", "^(?:\\.github\\/workflows\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?deploy[^/]*?\\.(yaml|yml))$"],
  [".github/workflows/*release*.{yaml,yml}", "^(?:\\.github\\/workflows\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?release[^/]*?\\.(yaml|yml))$"],
  [".github/workflows/*rollout*.{yaml,yml}", "^(?:\\.github\\/workflows\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?rollout[^/]*?\\.(yaml|yml))$"],
  ["apps/*/priv/repo/migrations/[0-9]*_*.exs", "^(?:apps\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/priv\\/repo\\/migrations\\/[0-9][^/]*?_[^/]*?\\.exs)$"],
  ["database/migrations/*.php", "^(?:database\\/migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.php)$"],
  ["db/migrate/*.rb", "^(?:db\\/migrate\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.rb)$"],
  ["db/post_migrate/*.rb", "^(?:db\\/post_migrate\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.rb)$"],
  ["migrations/*/migration.sql", "^(?:migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/migration\\.sql)$"],
  ["prisma/migrations/*/migration.sql", "^(?:prisma\\/migrations\\/(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\/migration\\.sql)$"],
  ["priv/repo/migrations/[0-9]*_*.exs", "^(?:priv\\/repo\\/migrations\\/[0-9][^/]*?_[^/]*?\\.exs)$"],
  ["templates/**/*.tpl", "^(?:templates(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.tpl)$"],
  ["templates/**/*.{yaml,yml}", "^(?:templates(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yaml|yml))$"]
]);

// src/core/classify.ts
var DEFAULT_DEPENDENCY_GLOBS = [
  "**/package.json",
  "**/package-lock.json",
  "**/npm-shrinkwrap.json",
  "**/yarn.lock",
  "**/pnpm-lock.yaml",
  "**/bun.lock",
  "**/bun.lockb",
  "**/Gemfile",
  "**/Gemfile.lock",
  "**/*.gemspec",
  "**/requirements*.txt",
  "**/pyproject.toml",
  "**/poetry.lock",
  "**/uv.lock",
  "**/Pipfile",
  "**/Pipfile.lock",
  "**/go.mod",
  "**/go.sum",
  "**/Cargo.toml",
  "**/Cargo.lock",
  "**/composer.json",
  "**/composer.lock",
  "**/mix.exs",
  "**/mix.lock",
  "**/pom.xml",
  "**/build.gradle",
  "**/build.gradle.kts",
  "**/gradle.lockfile",
  "**/*.csproj",
  "**/packages.lock.json"
];
var DEFAULT_CONFIG_GLOBS = [
  ".github/rollback-ready.yml",
  "**/.env",
  "**/.env.*",
  "**/config/**/*.{yml,yaml,json,toml,ini,properties,conf}",
  "**/settings.py",
  "**/settings/*.py",
  "**/application*.{yml,yaml,properties}",
  "**/appsettings*.json",
  "**/*.config.{json,yml,yaml}"
];
var GLOB_OPTIONS = { dot: true };
var opts = GLOB_OPTIONS;
function compileGlobs(globs) {
  if (globs.length === 0) return () => false;
  let re;
  try {
    re = new RegExp(globs.map((g) => GLOB_SOURCES.get(g) ?? import_picomatch.default.makeRe(g, opts).source).join("|"));
  } catch {
    return (0, import_picomatch.default)([...globs], opts);
  }
  const exact = new Set(globs);
  const tails = literalTails(globs);
  if (!tails) return (path) => path !== "" && (exact.has(path) || re.test(path));
  return (path) => path !== "" && (exact.has(path) || tails.some((t) => path.endsWith(t)) && re.test(path));
}
function literalTails(globs) {
  const tails = [];
  for (const g of globs) {
    if (g.includes("!")) return void 0;
    let end = g.length;
    let choices = [""];
    if (g.endsWith("}")) {
      const open = g.lastIndexOf("{");
      const list = open < 0 ? [] : g.slice(open + 1, -1).split(",");
      if (list.length < 2 || !list.every((c) => /^[A-Za-z0-9._-]+$/.test(c))) return void 0;
      choices = list;
      end = open;
    }
    let i = end;
    while (i > 0 && /[A-Za-z0-9._-]/.test(g[i - 1])) i--;
    const tail = g.slice(i, end);
    if (tail === "" && choices.length === 1 || i > 0 && !"*/".includes(g[i - 1])) return void 0;
    for (const c of choices) tails.push(tail + c);
  }
  return tails;
}
var UNREAD_MIGRATION_GLOBS = [
  "**/migrations/*.go",
  "**/migration/*.go",
  "**/migrations/**/*.go",
  "**/db/migration/**/*.{java,kt}",
  "**/db/migrations/**/*.{java,kt}",
  // PHP migrations of runners other than Laravel: Doctrine (`migrations/Version….php`, Symfony's
  // `src/Migrations/`), Phinx and CakePHP (`db/migrations/`, `config/Migrations/`), Yii.
  "**/migrations/**/*.php",
  "**/Migrations/**/*.php",
  "**/migration/**/*.php",
  // Entity Framework Core (`Migrations/<date>_<Name>.cs`), Ruby migrations outside Rails' db/migrate
  // (Sequel's `db/migrations/001_x.rb`).
  "**/Migrations/**/*.cs",
  "**/migrations/**/*.cs",
  "**/migrations/**/*.rb"
];
var NEVER_MIGRATIONS = /(^|\/)(__init__\.py|index\.[cm]?[jt]s|[^/]*\.d\.ts|[^/]*\.(test|spec)\.[cm]?[jt]s|[^/]*_test\.go|README[^/]*|doc\.go|embed\.go|migrations?\.go|[^/]*\.Designer\.cs|[^/]*ModelSnapshot\.cs)$/i;
function createClassifier(config, frameworks) {
  let byFrameworks = cache.get(config);
  if (!byFrameworks) cache.set(config, byFrameworks = /* @__PURE__ */ new WeakMap());
  let classifier = byFrameworks.get(frameworks);
  if (!classifier) byFrameworks.set(frameworks, classifier = buildClassifier(config, frameworks));
  return classifier;
}
var cache = /* @__PURE__ */ new WeakMap();
function lazyGlobs(globs) {
  let match;
  return (path) => (match ??= compileGlobs(globs))(path);
}
function extensionOf(path) {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot + 1) : "";
}
function tailFits(tail, ext) {
  const dot = tail.lastIndexOf(".");
  return dot < 0 || tail.slice(dot + 1) === ext;
}
function buildClassifier(config, frameworks) {
  const ignored = lazyGlobs(config.ignore);
  const migration = frameworks.map((fw) => {
    const globs = config.paths.migrations[fw.id] ?? fw.globs;
    return { fw, globs, match: lazyGlobs(globs), tails: literalTails(globs) };
  });
  const unread = lazyGlobs(UNREAD_MIGRATION_GLOBS);
  const kinds = [
    ["deploy", lazyGlobs(config.paths.deploy ?? DEFAULT_DEPLOY_GLOBS)],
    ["dependency", lazyGlobs(config.paths.dependency ?? DEFAULT_DEPENDENCY_GLOBS)],
    ["config", lazyGlobs(config.paths.config ?? DEFAULT_CONFIG_GLOBS)]
  ];
  const globStrings = new Set(migration.flatMap((m) => m.globs));
  const byExtension = /* @__PURE__ */ new Map();
  const mayMatch = (path) => {
    if (globStrings.has(path)) return migration;
    const ext = extensionOf(path);
    let list = byExtension.get(ext);
    if (!list) byExtension.set(ext, list = migration.filter((m) => !m.tails || m.tails.some((t) => tailFits(t, ext))));
    return list;
  };
  const migrationFor = (path, content) => {
    if (content !== void 0) {
      let matched = false;
      let narrow = false;
      for (const m of mayMatch(path)) {
        if (!m.match(path)) continue;
        if (!m.fw.detect || m.fw.detect(path, content)) return m.fw.id;
        matched = true;
        if (!m.fw.wideGlobs) narrow = true;
      }
      if (!matched) return unread(path) && !NEVER_MIGRATIONS.test(path) ? "unread" : void 0;
      if (narrow && !NEVER_MIGRATIONS.test(path) && !isSqitchVerify(path)) return "unread";
      return unread(path) && !NEVER_MIGRATIONS.test(path) ? "unread" : void 0;
    }
    const candidates = migration.filter((m) => m.match(path));
    if (candidates.length === 0) return unread(path) && !NEVER_MIGRATIONS.test(path) ? "unread" : void 0;
    return (candidates.find((m) => !m.fw.detect) ?? candidates[0]).fw.id;
  };
  return {
    candidates: (path) => migration.filter((m) => !m.fw.wideGlobs && m.match(path)).map((m) => m.fw.id),
    mayMatter(path) {
      if (ignored(path)) return false;
      return migration.some((m) => m.match(path)) || unread(path) || kinds.some(([, match]) => match(path));
    },
    classify(path, content) {
      if (ignored(path)) return void 0;
      const framework = migrationFor(path, content);
      if (framework === "unread") return { path, kind: "migration" };
      if (framework) return { path, kind: "migration", framework };
      for (const [kind, match] of kinds) if (match(path)) return { path, kind };
      return void 0;
    }
  };
}
var dialectMatchers = /* @__PURE__ */ new WeakMap();
function configuredDialect(config, path) {
  const entries = Object.entries(config.dialect ?? {});
  if (!entries.length) return void 0;
  let matchers = dialectMatchers.get(config);
  if (!matchers) dialectMatchers.set(config, matchers = entries.map(([glob, dialect]) => [dialect, compileGlobs([glob])]));
  for (const [dialect, match] of matchers) if (match(path)) return { dialect, from: "the dialect setting of .github/rollback-ready.yml" };
  return void 0;
}

export {
  createClassifier,
  configuredDialect
};
