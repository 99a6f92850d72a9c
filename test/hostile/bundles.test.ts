// A sample of the property test's hostile cases (cases.ts) through the bundles themselves, spawned as
// the runner and a terminal run them (dist/<action>/index.js with INPUT_* variables, dist/cli/index.js
// with flags): the in-process entries the property test drives are the same code, and this shows it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { HostileCases } from './cases.js';

/** Small: each case is a process spawn. */
const RUNS = Number(process.env.RELEASE_KIT_BUNDLE_SAMPLE ?? 40);

const cases = new HostileCases({ spawned: true });
beforeAll(() => cases.start(), 120_000);
afterAll(() => cases.close());

test(`${RUNS} hostile cases through the spawned bundles end in exit 1, one line, nothing touched`, async () => {
  const started = Date.now();
  // A fixed seed: the same sample every run, so a bundle-only failure reproduces.
  await fc.assert(fc.asyncProperty(await cases.arbitrary(), cases.run), { numRuns: RUNS, seed: 19 });
  process.stdout.write(cases.report('hostile sample through the bundles', ((Date.now() - started) / 1000).toFixed(1)));
  expect(cases.tally.cases).toBeGreaterThanOrEqual(RUNS);
}, 600_000);
