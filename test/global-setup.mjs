// Jest global setup: the bundle tests run dist/<name>/index.js, so dist/ must be the build of the
// sources as they are now. When the recorded fingerprint of the bundle inputs differs (a source was
// edited since the last full build, or this is a fresh clone), rebuild every bundle first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bundleInputsHash, recordedBundleInputsHash, root } from '../scripts/bundle-inputs.mjs';

export default function buildBundlesWhenStale() {
  if (process.env.RELEASE_KIT_TEST_SKIP_BUNDLE === '1') return;
  if (recordedBundleInputsHash() === bundleInputsHash()) return;
  process.stderr.write('\ntest setup: the sources changed since dist/ was built; rebuilding the bundles\n');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`test setup: bundling failed (exit ${result.status})`);
}
