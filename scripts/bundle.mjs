// Bundle every action (actions/<name>/src/main.ts) and the CLI into dist/<name>/ with @vercel/ncc.
// Each bundle is one ESM file plus its source map and the licenses of what it includes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const targets = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'src', 'main.ts')))
  .map((d) => ({ name: d.name, entry: path.join('actions', d.name, 'src', 'main.ts') }));
if (existsSync(path.join(root, 'packages/release-kit/src/cli/main.ts'))) {
  targets.push({ name: 'cli', entry: 'packages/release-kit/src/cli/main.ts' });
}

const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
for (const { name, entry } of targets) {
  if (only.length && !only.includes(name)) continue;
  const out = path.join('dist', name);
  rmSync(path.join(root, out), { recursive: true, force: true });
  // The map ships for debugging (NODE_OPTIONS=--enable-source-maps), but ncc's source-map-register is
  // left out: it parses the whole map on the first stack trace, which tripled the cold start.
  const args = [ncc, 'build', entry, '-o', out, '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--minify', '--quiet', '--target', 'es2023'];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bundle ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`bundled ${out}`);
}
