// The core does no I/O: fail when anything under src/core imports a module that does.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const FORBIDDEN = [/^node:fs/, /^fs(\/|$)/, /^node:child_process/, /^child_process$/, /^node:(http|https|net)$/, /^@octokit\//, /^octokit$/, /^@actions\//, /^probot/, /^pg$/, /^@electric-sql\//];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const problems = [];
for await (const file of walk('src/core')) {
  const text = await readFile(file, 'utf8');
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (FORBIDDEN.some((re) => re.test(spec))) problems.push(`${file}: imports ${spec} (the core must stay free of I/O)`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('core purity: ok');
