// Bundle every action (actions/<name>/src/main.ts) and the CLI into dist/<name>/ with @vercel/ncc.
// Each bundle is one ESM file plus its source map and the licenses of what it includes.
// The bundles are independent, so they build side by side, one ncc process per core.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleInputsHash, stampFile } from './bundle-inputs.mjs';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const targets = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'src', 'main.ts')))
  .map((d) => ({ name: d.name, entry: path.join('actions', d.name, 'src', 'main.ts') }));
if (existsSync(path.join(root, 'packages/release-kit/src/cli/main.ts'))) {
  targets.push({ name: 'cli', entry: 'packages/release-kit/src/cli/main.ts' });
}
const selected = targets.filter(({ name }) => !only.length || only.includes(name));

const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle({ name, entry }) {
  const out = path.join('dist', name);
  rmSync(path.join(root, out), { recursive: true, force: true });
  // The map ships for debugging (NODE_OPTIONS=--enable-source-maps), but ncc's source-map-register is
  // left out: it parses the whole map on the first stack trace, which tripled the cold start.
  const args = [
    ncc,
    'build',
    entry,
    '-o',
    out,
    '--source-map',
    '--no-source-map-register',
    '--license',
    'licenses.txt',
    '--minify',
    '--quiet',
    '--target',
    'es2023',
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => {
      if (code === 0) console.log(`bundled ${out}`);
      else console.error(`bundle ${name} failed (exit ${code})`);
      resolve(code === 0);
    });
  });
}

const queue = [...selected];
const workers = Array.from({ length: Math.min(os.availableParallelism(), queue.length) }, async () => {
  let ok = true;
  for (let next = queue.shift(); next; next = queue.shift()) ok = (await bundle(next)) && ok;
  return ok;
});
if (!(await Promise.all(workers)).every(Boolean)) process.exit(1);

// A full build records what it was built from, so the tests' global setup knows dist/ is current.
if (!only.length) {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${bundleInputsHash()}\n`);
}
