// The deploy analyser as a lazily loaded module: imported on the first deploy file, then held
// (a dynamic import per file costs a module-map lookup), so runs that meet none never load YAML.
type DeployAnalyser = typeof import('./index');

let loading: Promise<DeployAnalyser> | undefined;

export function deployAnalyser(): Promise<DeployAnalyser> {
  loading ??= import('./index');
  return loading;
}
