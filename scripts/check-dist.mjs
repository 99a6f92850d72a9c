// Fail when the committed dist/ differs from a fresh build, including new untracked bundles.
import { spawnSync } from 'node:child_process';

const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', 'dist/'], { encoding: 'utf8' });
if (status.status !== 0) {
  console.error(status.stderr);
  process.exit(2);
}
if (status.stdout.trim() !== '') {
  console.error('dist/ is out of date with the sources. Run `npm run build` and commit dist/:');
  console.error(status.stdout);
  spawnSync('git', ['--no-pager', 'diff', '--stat', 'dist/'], { stdio: 'inherit' });
  process.exit(1);
}
console.log('dist/ matches the sources');
