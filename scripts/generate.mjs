// npm run generate: write what scripts/action-metadata.mjs renders from the operations (action.yml
// inputs and outputs, the README tables, a new action's missing files).
// npm run check-generated (--check): write nothing; fail, naming each file, when a committed file
// differs from what the generator makes, the way check-dist does for dist/.
import './ts-imports.mjs';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { firstDifference, generatedFiles } from './action-metadata.mjs';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');

let files;
try {
  files = await generatedFiles(root);
} catch (error) {
  console.error(`generate: ${error.message}`);
  process.exit(2);
}

const stale = [];
for (const { file, source, text } of files) {
  const full = path.join(root, file);
  const committed = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (committed === text) continue;
  stale.push({ file, source, committed, text });
  if (!check) {
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    console.log(`${committed === undefined ? 'created' : 'updated'} ${file}`);
  }
}

if (!check) {
  if (!stale.length) console.log('generate: every generated file is up to date');
  process.exit(0);
}
if (!stale.length) {
  console.log(`generated files match the operations (${files.length} files)`);
  process.exit(0);
}
for (const { file, source, committed, text } of stale) {
  if (committed === undefined) {
    console.error(`${file}: missing (generated from ${source})`);
    continue;
  }
  const diff = firstDifference(committed, text);
  console.error(`${file}: differs from what ${source} generates, from line ${diff.line}`);
  console.error(`  committed: ${diff.committed ?? '(end of file)'}`);
  console.error(`  generated: ${diff.generated ?? '(end of file)'}`);
}
console.error(
  'Inputs and outputs are declared in the operation (packages/release-kit/src/operations/<name>.ts): edit them there, run `npm run generate` and commit the result.',
);
process.exit(1);
