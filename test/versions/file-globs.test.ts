// `files:` entries may be globs (issue 20): kruntimes' docs name the release in KRUNTIMES_VERSION=
// lines across several files, in two languages. Through the CLI bundle on a real repository.
import { describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cliOutputs as outputsOf, runCli } from '../harness/run-action.js';
import { createSampleRepo, kruntimesRepoFiles, snapshot } from './fixtures.js';

const VERSION = '(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)';
const CONFIG = `versions:
  release:
    tag: "v{version}"
    files:
      - { file: charts/kruntimes/Chart.yaml, key: appVersion }
      - { file: "docs/**/*.md", pattern: 'KRUNTIMES_VERSION=${VERSION}' }
`;

/** kruntimes with docs shaped like its own: the version in some pages (twice in one), not in others. */
function files(): Record<string, string> {
  return {
    ...kruntimesRepoFiles(),
    '.github/release-kit.yml': CONFIG,
    'docs/quickstart.md': '# Quickstart\n\n```bash\nKRUNTIMES_VERSION=1.4.0\n```\n',
    'docs/quickstart.zh.md': '# 快速开始\n\n```bash\nKRUNTIMES_VERSION=1.4.0\n```\n',
    'docs/demos.md':
      '# Demos\n\nKRUNTIMES_VERSION=1.4.0\n\n```dockerfile\nARG KRUNTIMES_VERSION=1.4.0\n```\n\n--build-arg KRUNTIMES_VERSION="${KRUNTIMES_VERSION}"\n',
    'docs/design/_index.md': '# Design\n\nNo version here.\n',
    '.gitignore': 'docs/generated/\n',
  };
}

describe('files: globs', () => {
  test('a glob with a pattern bumps every matching file that holds the version, and no other', async () => {
    const repo = await createSampleRepo(files());
    // Ignored by git: never a version file, even though it matches and holds the text.
    await mkdir(path.join(repo.dir, 'docs/generated'), { recursive: true });
    await writeFile(path.join(repo.dir, 'docs/generated/old.md'), 'KRUNTIMES_VERSION=0.0.1\n');
    const run = await runCli(['bump', '--release=minor', '--tag', '--no-push'], { workspace: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(run.stdout)['changed-files']).sort()).toEqual([
      'charts/kruntimes/Chart.yaml',
      'docs/demos.md',
      'docs/quickstart.md',
      'docs/quickstart.zh.md',
    ]);
    const demos = await readFile(path.join(repo.dir, 'docs/demos.md'), 'utf8');
    expect(demos).toBe(files()['docs/demos.md'].replaceAll('=1.4.0', '=1.5.0'));
    expect(await readFile(path.join(repo.dir, 'docs/quickstart.zh.md'), 'utf8')).toContain('KRUNTIMES_VERSION=1.5.0');
    expect(await readFile(path.join(repo.dir, 'docs/generated/old.md'), 'utf8')).toBe('KRUNTIMES_VERSION=0.0.1\n');
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'charts/kruntimes/Chart.yaml',
      'docs/demos.md',
      'docs/quickstart.md',
      'docs/quickstart.zh.md',
    ]);
    expect(repo.git('tag', '--list')).toBe('v1.5.0');
  });

  test('a matched page out of sync is named with its line', async () => {
    const f = files();
    f['docs/quickstart.zh.md'] = f['docs/quickstart.zh.md'].replace('1.4.0', '1.3.9');
    const repo = await createSampleRepo(f);
    const before = snapshot(repo);
    const run = await runCli(['bump', '--release=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/out of sync: .*docs\/quickstart\.zh\.md:4 \(pattern\) = 1\.3\.9/);
    expect(snapshot(repo)).toBe(before);
  });

  test('check: a page added since the base is not a missing location there', async () => {
    const repo = await createSampleRepo(files());
    const base = repo.git('rev-parse', 'HEAD');
    await writeFile(path.join(repo.dir, 'docs/installation.md'), '# Install\n\nKRUNTIMES_VERSION=1.4.0\n');
    repo.commitAll('docs: installation');
    const check = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
  });

  test('a glob that matches no file is an error naming it on its config line; nothing is written', async () => {
    const f = files();
    f['.github/release-kit.yml'] = CONFIG.replace('docs/**/*.md', 'documentation/**/*.md');
    const repo = await createSampleRepo(f);
    const before = snapshot(repo);
    const run = await runCli(['bump', '--release=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: .github/release-kit.yml:6: track 'release': the glob "documentation/**/*.md" matches no file of the workspace`,
    );
    expect(snapshot(repo)).toBe(before);
  });

  test('a glob whose files all lack the pattern is an error naming the glob', async () => {
    const f = files();
    f['.github/release-kit.yml'] = CONFIG.replace('docs/**/*.md', 'docs/design/*.md');
    const repo = await createSampleRepo(f);
    const run = await runCli(['bump', '--release=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/no file that the glob "docs\/design\/\*\.md" matches holds pattern KRUNTIMES_VERSION=/);
  });

  test('globs never leave the workspace: no .. and no symlinked folder leading out', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'rk-outside-'));
    await writeFile(path.join(outside, 'secret.md'), 'KRUNTIMES_VERSION=1.4.0\n');
    const escaping = files();
    escaping['.github/release-kit.yml'] = CONFIG.replace('docs/**/*.md', '../**/*.md');
    const repo = await createSampleRepo(escaping);
    const refused = await runCli(['bump', '--release=patch', '--no-commit'], { workspace: repo.dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/must be a relative path inside the workspace/);

    const linked = await createSampleRepo(files());
    await symlink(outside, path.join(linked.dir, 'docs/outside'));
    const run = await runCli(['bump', '--release=patch', '--no-commit', '--allow-dirty'], { workspace: linked.dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(run.stdout)['changed-files'])).not.toContain('docs/outside/secret.md');
    expect(await readFile(path.join(outside, 'secret.md'), 'utf8')).toBe('KRUNTIMES_VERSION=1.4.0\n');
  });
});
