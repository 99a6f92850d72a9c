// A sample of the property test's hostile cases (cases.ts) through the bundles themselves, spawned as
// the runner and a terminal run them (dist/<action>/index.js with INPUT_* variables, dist/cli/index.js
// with flags): the in-process entries the property test drives are the same code, and this shows it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { HostileCases, type Case } from './cases.js';

/** Small: each case is a process spawn. Cases per variant, so every operation is in the sample. */
const PER_VARIANT = Number(process.env.RELEASE_KIT_BUNDLE_SAMPLE ?? 3);

const cases = new HostileCases({ spawned: true });
beforeAll(() => cases.start(), 120_000);
afterAll(() => cases.close());

test(`${PER_VARIANT} hostile cases per variant through the spawned bundles end in exit 1, one line, nothing touched`, async () => {
  const started = Date.now();
  const sample: Case[] = [];
  // A fixed seed: the same sample every run, so a bundle-only failure reproduces.
  for (const variant of cases.variants())
    sample.push(
      ...fc.sample(await cases.arbitrary({ files: true, variant: variant.name }), { numRuns: PER_VARIANT, seed: 19 }),
    );
  for (const c of sample) await cases.run(c);
  process.stdout.write(cases.report('hostile sample through the bundles', ((Date.now() - started) / 1000).toFixed(1)));
  expect(new Set(sample.map((c) => c.variant))).toEqual(new Set(cases.variants().map((v) => v.name)));
  expect(cases.tally.cases).toBe(sample.length);
}, 600_000);
