// The promise for bad input, as a property (issue 19): at least 10,000 generated bad inputs and hostile
// files go through every operation's entries (the CLI's, and runAction for an action's operation),
// in-process: wrong values for every input worth fuzzing (and, from each operation's declarations,
// non-boolean booleans and blank required inputs), and the user's files replaced by symlinks (out of
// the workspace, in a loop, dangling), FIFOs, directories, bytes that are not UTF-8, byte-order marks,
// duplicate keys, huge values, alias bombs and empty files. Each case must end in exit 1 with one
// error line and no stack, the world untouched: the workspace's bytes and modes, git refs of origin
// and the catalog, the registry, GitHub's releases and write requests (no commit, tag, push or upload).
// Cases of areas still being fixed elsewhere are left out by known-open.ts and counted. Each hostile
// file form runs once per entry (they are fixed forms); the rest, up to the count, are generated inputs.
// bundles.test.ts sends a sample of the same cases through the bundles, spawned.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { HostileCases } from './cases.js';

/** How many cases; RELEASE_KIT_PROPERTY_RUNS overrides (the issue asks for at least 10,000). */
const RUNS = Number(process.env.RELEASE_KIT_PROPERTY_RUNS ?? 10_000);
/** RELEASE_KIT_PROPERTY_ONLY=name,name: only these variants (to chase one counterexample, or time one). */
const ONLY = (process.env.RELEASE_KIT_PROPERTY_ONLY ?? '').split(',').filter(Boolean);

const cases = new HostileCases({ only: ONLY });
beforeAll(() => cases.start(), 120_000);
afterAll(() => cases.close());

test(`${RUNS} bad inputs and hostile files through every operation end in exit 1, one line, nothing touched`, async () => {
  const seed = process.env.RELEASE_KIT_PROPERTY_SEED ? Number(process.env.RELEASE_KIT_PROPERTY_SEED) : undefined;
  const started = Date.now();
  // Every hostile file form through every entry once (fixed forms: drawing them again adds no cover),
  // then generated bad input values up to RUNS.
  const files = cases.fileCases();
  for (const c of files) await cases.run(c);
  const generated = Math.max(RUNS - files.length, 1);
  await fc.assert(fc.asyncProperty(await cases.arbitrary({ files: false }), cases.run), { numRuns: generated, seed });
  process.stdout.write(cases.report('hostile property', ((Date.now() - started) / 1000).toFixed(1)));
  expect(cases.tally.files).toBe(files.length);
  expect(cases.tally.cases).toBeGreaterThanOrEqual(RUNS);
}, 600_000);
