// The light build of bottleneck (the one @octokit/plugin-throttling bundles) has the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
