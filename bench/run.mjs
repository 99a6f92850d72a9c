// Runs every bench/*.bench.mjs in turn (each in its own process, so one cannot warm another's caches)
// and exits non-zero when any of them reports a miss of its target.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (benches.length === 0) console.log('no benchmarks matched');
process.exit(failed ? 1 : 0);
