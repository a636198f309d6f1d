// The `yaml` package, loaded on first use (by analyse, or by a look back that meets a YAML
// changelog): runs that meet no YAML changelog never load it.
let Y: typeof import('yaml') | undefined;

/** The loaded module; throws when `loadYaml()` has not been awaited first. */
export const yaml = (): typeof import('yaml') => {
  if (!Y) throw new Error('liquibase: YAML support not loaded (call analyse, or await loadYaml())');
  return Y;
};

export const loadYaml = async (): Promise<void> => {
  // `yaml` is CommonJS under Node's `require` condition: bundled (dist/), a dynamic import of it
  // is a namespace with only `default`, the module itself (every YAML changelog was unreadable).
  const m = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  Y ??= typeof m.parseDocument === 'function' ? m : m.default!;
};
