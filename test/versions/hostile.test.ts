// Property tests at the operation's edge: random hostile text as a bump, as a file's version or as a
// tag template gives the typed UserError and leaves the repository exactly as it was.
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { isStrictSemver } from '../../packages/release-kit/src/versions/semver.js';
import { buntimeFiles, createSampleRepo, runBump, snapshot, type SampleRepo } from './fixtures.js';

const metachar = fc.constantFrom(
  '\n',
  '\r\n',
  '{{',
  '}}',
  '{version}',
  ';',
  '$(',
  '`',
  '|',
  '&&',
  '>',
  ' ',
  '\t',
  '"',
  "'",
  '\\',
  '\0',
  '..',
  '*',
);
/** Text built around the pieces that break shells, templates and line formats. */
const hostile = fc
  .tuple(fc.string({ maxLength: 6 }), metachar, fc.string({ maxLength: 6 }), fc.boolean())
  .map(([a, m, b, semverish]) => (semverish ? `1.2.3${m}${b}` : `${a}${m}${b}`));

let repo: SampleRepo;
beforeAll(async () => {
  repo = await createSampleRepo(buntimeFiles());
});

async function expectUntouchedFailure(inputs: Record<string, string>): Promise<void> {
  const before = snapshot(repo);
  const { error, result } = await runBump(repo.dir, inputs);
  expect(result).toBeUndefined();
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).not.toMatch(/[\r\n]/);
  expect(snapshot(repo)).toBe(before);
}

describe('hostile values never crash and never write', () => {
  test('as the bump kind', async () => {
    // `1.2.3\n` or `1.2.3 # note` are fine inputs once split into trimmed lines: only hostile ones count.
    const stillHostile = (kind: string) => {
      const lines = `chart=${kind}`
        .split(/\r?\n|,/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
      return !(lines.length === 1 && isStrictSemver(lines[0].slice('chart='.length)));
    };
    await fc.assert(
      fc.asyncProperty(hostile.filter(stillHostile), async (kind) =>
        expectUntouchedFailure({ bump: `chart=${kind}`, tag: 'true' }),
      ),
      { numRuns: 15 },
    );
  });

  test('as the version held in a file', async () => {
    const file = path.join(repo.dir, 'apps/runtime/package.json');
    const original = await readFile(file, 'utf8');
    try {
      await fc.assert(
        fc.asyncProperty(hostile, async (value) => {
          await writeFile(file, original.replace('"1.1.0"', JSON.stringify(value)));
          await expectUntouchedFailure({ bump: 'app=patch', 'allow-dirty': 'true' });
        }),
        { numRuns: 15 },
      );
    } finally {
      await writeFile(file, original);
    }
  });

  test('as the tag template', async () => {
    const file = path.join(repo.dir, '.github/release-kit.yml');
    const original = await readFile(file, 'utf8');
    try {
      await fc.assert(
        fc.asyncProperty(hostile, async (template) => {
          await writeFile(file, original.replace('"v{version}"', JSON.stringify(`v{version}${template}`)));
          await expectUntouchedFailure({ bump: 'chart=patch', tag: 'true', 'allow-dirty': 'true' });
        }),
        { numRuns: 15 },
      );
    } finally {
      await writeFile(file, original);
    }
  });
});
