// bottleneck ships types for its full build only; its light build (what plugin-throttling loads, without
// the Redis clustering) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
