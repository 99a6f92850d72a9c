// The tracks examples in the docs are real: each is taken from the Markdown as written, run with
// `check` and the documented bump against the repository layout it describes (the CLI bundle), and
// held equal to what `release-kit init` writes for that layout, so neither can drift.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../harness/run-action.js';
import { buntimeRepoFiles, createSampleRepo, kruntimesRepoFiles } from '../versions/fixtures.js';
import { buntimeSeedFiles } from './seed-fixtures.js';

/** The first ```yaml block after the heading `heading` in `file` (a repository path). */
function yamlExampleAfter(file: string, heading: RegExp): string {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const at = text.search(heading);
  if (at < 0) throw new Error(`${file}: no heading matching ${heading}`);
  const block = /```yaml\n([\s\S]*?)```/.exec(text.slice(at));
  if (!block) throw new Error(`${file}: no yaml block after ${heading}`);
  return block[1];
}

const cases = [
  {
    name: 'docs/version-tracks.md Buntime',
    config: () => yamlExampleAfter('docs/version-tracks.md', /^### Buntime/m),
    // Buntime's real layout: chart 0.2.26, runtime 1.1.0, no root README.
    files: buntimeSeedFiles,
    bump: ['--chart=patch', '--app=patch', '--tag'],
    expectAfter: {
      'charts/Chart.yaml': ['version: 0.2.27', 'appVersion: "1.1.1"'],
      'package.json': ['"version": "0.2.27"'],
    },
  },
  {
    name: 'actions/bump-version/README.md (Buntime)',
    config: () => yamlExampleAfter('actions/bump-version/README.md', /^The tracks live in/m),
    files: buntimeRepoFiles,
    bump: ['--chart=patch', '--app=patch', '--tag'],
    expectAfter: {
      'charts/Chart.yaml': ['version: 0.3.1', 'appVersion: "1.0.4"'],
      'apps/runtime/package.json': ['"version": "1.0.4"'],
    },
  },
  {
    name: 'docs/version-tracks.md kruntimes',
    config: () => yamlExampleAfter('docs/version-tracks.md', /^### kruntimes/m),
    files: kruntimesRepoFiles,
    bump: ['--app=minor', '--chart=patch', '--tag'],
    expectAfter: {
      'charts/kruntimes-runtimes/Chart.yaml': ['version: 1.4.1', 'appVersion: "1.5.0"'],
      'README.md': ['kruntimes-runtimes --version 1.4.1', 'download/v1.5.0/krt_v1.5.0_linux_amd64.tar.gz'],
    },
  },
];

describe('the documented tracks examples', () => {
  test.each(cases.map((c) => [c.name, c] as const))(
    '%s: check passes on the layout it describes, and after the documented bump',
    async (_name, c) => {
      const repo = await createSampleRepo({ ...c.files(), '.github/release-kit.yml': c.config() });
      const check = await runCli(['check'], { workspace: repo.dir });
      expect(check.stderr).toBe('');
      expect(check.exitCode).toBe(0);

      const base = repo.git('rev-parse', 'HEAD');
      const bump = await runCli(['bump', ...c.bump], { workspace: repo.dir });
      expect(bump.exitCode).toBe(0);
      for (const [file, expected] of Object.entries(c.expectAfter)) {
        const text = await readFile(path.join(repo.dir, file), 'utf8');
        for (const line of expected) expect([file, text.includes(line)]).toEqual([file, true]);
      }
      const after = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
      expect(after.stderr).toBe('');
      expect(after.exitCode).toBe(0);
    },
  );

  test.each(cases.filter((c) => c.name.startsWith('docs/')).map((c) => [c.name, c] as const))(
    '%s: is what release-kit init writes for that layout',
    async (_name, c) => {
      const repo = await createSampleRepo(c.files());
      const init = await runCli(['init', '--workflow', 'none'], { workspace: repo.dir });
      expect(init.exitCode).toBe(0);
      const written = parse(await readFile(path.join(repo.dir, '.github/release-kit.yml'), 'utf8'));
      expect(parse(c.config())).toEqual(written);
    },
  );
});
