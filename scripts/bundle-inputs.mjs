// What the bundles are built from, hashed: the fingerprint that tells whether dist/ is the build of
// the sources in the tree. scripts/bundle.mjs records it after a full build; test/global-setup.mjs
// rebuilds before the tests whenever it differs, so a test of a bundle always tests the current edit.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
/** Kept out of the tree (node_modules is ignored): a fresh clone has none, so its first test run builds. */
export const stampFile = path.join(root, 'node_modules', '.cache', 'release-kit', 'bundle-inputs.sha256');

const INPUT_ROOTS = ['packages', 'actions'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs'];

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** sha256 over every input file's path and bytes, in a stable order. */
export function bundleInputsHash() {
  const files = [
    ...INPUT_ROOTS.flatMap((dir) => (existsSync(path.join(root, dir)) ? [...filesUnder(path.join(root, dir))] : [])),
    ...INPUT_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
  ]
    .map((file) => path.relative(root, file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function recordedBundleInputsHash() {
  return existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : undefined;
}
