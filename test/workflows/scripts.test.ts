// The shell steps of the workflows, run for real: each `run:` script is taken out of the workflow
// file and run the way the runner runs it (bash --noprofile --norc -eo pipefail, env from the step,
// GITHUB_OUTPUT parsed back), against real git repositories and jq.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workflowSteps } from './steps.js';
import { registryAvailable, startRegistry } from '../registry/registry.js';
import { createOciClient } from '../../packages/release-kit/src/oci/client.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
const { script, git, runScript, repoWithTags } = workflowSteps(tempDir);

describe('release-images plan: version, tags, latest, signer identity', () => {
  const plan = script('release-images.yml', 'plan', 'plan');
  /** The project checkout with release-kit beside it at .release-kit, as the plan job's checkouts leave them. */
  const checkout = (tags: string[]) => {
    const dir = repoWithTags(tags);
    symlinkSync(root, path.join(dir, '.release-kit'));
    return dir;
  };
  const env = (tag: string, extra: Record<string, string> = {}) => ({
    // setup-node's Node 24 first on PATH, as in the job; the plan runs the CLI bundle (build it first).
    PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    TAG: tag,
    REGISTRY: 'ghcr.io',
    NAMESPACE: 'Acme',
    IDENTITY: '',
    RK_REPOSITORY: '',
    RK_REF: '',
    GITHUB_REPOSITORY: 'acme/kruntimes',
    GITHUB_REF: `refs/tags/${tag}`,
    ...extra,
  });

  test.each([
    ['the highest release', ['v0.1.0', 'v0.2.0', 'v0.2.1'], 'v0.2.1', 'true', ['0.2.1', '0.2', 'latest']],
    ['a patch of an older line', ['v0.1.0', 'v0.2.0', 'v0.1.1'], 'v0.1.1', 'false', ['0.1.1', '0.1']],
    ['a prerelease', ['v0.2.0', 'v0.3.0-rc.1'], 'v0.3.0-rc.1', 'false', ['0.3.0-rc.1']],
    [
      'the highest, above a newer prerelease',
      ['v1.0.0', 'v1.1.0-rc.1', 'v1.0.1'],
      'v1.0.1',
      'true',
      ['1.0.1', '1.0', '1', 'latest'],
    ],
    ['10 sorts above 9', ['v0.9.0', 'v0.10.0'], 'v0.10.0', 'true', ['0.10.0', '0.10', 'latest']],
  ])('tags and latest for %s (release-kit image-tags)', (_what, tags, tag, latest, imageTags) => {
    const result = runScript(plan, checkout(tags), env(tag));
    // --json: the one JSON object on stdout, the CLI's progress line on stderr.
    expect(result.stderr).toMatch(/^semver tags for /);
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ version: tag.slice(1), latest, prefix: 'ghcr.io/acme' });
    expect(JSON.parse(result.outputs.tags)).toEqual(imageTags);
  });

  test('the build job turns the planned tags into references for build-push-action', () => {
    const refs = runScript(script('release-images.yml', 'build', 'refs'), tempDir('rk-refs-'), {
      IMAGE: 'ghcr.io/acme/app',
      TAGS: '["1.0.1","1.0","1","latest"]',
    });
    expect(refs.status).toBe(0);
    expect(refs.outputs.refs).toBe(
      'ghcr.io/acme/app:1.0.1\nghcr.io/acme/app:1.0\nghcr.io/acme/app:1\nghcr.io/acme/app:latest',
    );
  });

  test('a tag that is not vX.Y.Z is refused before anything else', () => {
    const result = runScript(plan, checkout(['v0.1.0']), env('v0.1.0; rm -rf /'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error::input tag must look like vX\.Y\.Z/);
    expect(result.outputs).toEqual({});
  });

  test.each([
    [
      'called from release-kit itself',
      '',
      '',
      'https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v0.1.0',
    ],
    [
      'called by ref name',
      'rk/release-kit',
      'v1',
      'https://github.com/rk/release-kit/.github/workflows/release-images.yml@refs/tags/v1',
    ],
    [
      'called by full ref',
      'rk/release-kit',
      'refs/heads/main',
      'https://github.com/rk/release-kit/.github/workflows/release-images.yml@refs/heads/main',
    ],
    [
      'called by commit',
      'rk/release-kit',
      'a'.repeat(40),
      `https://github.com/rk/release-kit/.github/workflows/release-images.yml@${'a'.repeat(40)}`,
    ],
  ])('signer identity when %s', (_what, repository, ref, identity) => {
    const result = runScript(plan, checkout(['v0.1.0']), env('v0.1.0', { RK_REPOSITORY: repository, RK_REF: ref }));
    expect(result.outputs.identity).toBe(identity);
  });
});

describe('release-images: a version already in the registry is not rebuilt', () => {
  const name = 'the existing step reports the digest of a pushed version, and nothing for a new one';
  const ready = registryAvailable() && spawnSync('bash', ['-c', 'command -v skopeo']).status === 0;
  (ready ? test : test.skip)(
    ready ? name : `${name} (skipped: docker-registry or skopeo is not installed)`,
    async () => {
      const registry = await startRegistry();
      try {
        const client = createOciClient({ registry: registry.host, plainHttp: true, push: true });
        const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
        await client.ensureBlob('acme/app', config);
        const manifest = JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            size: config.length,
            digest: `sha256:${createHash('sha256').update(config).digest('hex')}`,
          },
          layers: [],
        });
        const { digest } = await client.putManifest(
          'acme/app',
          '0.1.0',
          manifest,
          'application/vnd.oci.image.manifest.v1+json',
        );
        // The workflow talks TLS to ghcr.io; the loopback registry speaks plain HTTP, so a shim in
        // front of the real skopeo adds --tls-verify=false (the script's own command is unchanged).
        const skopeo = execFileSync('bash', ['-c', 'command -v skopeo'], { encoding: 'utf8' }).trim();
        const shimDir = tempDir('rk-shim-');
        writeFileSync(
          path.join(shimDir, 'skopeo'),
          `#!/bin/sh\nif [ "$1" = inspect ]; then shift; exec ${skopeo} inspect --tls-verify=false "$@"; fi\nexec ${skopeo} "$@"\n`,
          { mode: 0o755 },
        );
        const env = { PATH: `${shimDir}:${process.env.PATH}` };
        const existing = script('release-images.yml', 'build', 'existing');
        const found = runScript(existing, tempDir('rk-ws-'), { ...env, REF: `${registry.host}/acme/app:0.1.0` });
        expect(found.status).toBe(0);
        expect(found.outputs).toEqual({ digest });
        const missing = runScript(existing, tempDir('rk-ws-'), { ...env, REF: `${registry.host}/acme/app:0.2.0` });
        expect(missing.status).toBe(0);
        expect(missing.outputs).toEqual({});
        expect(missing.stdout).toMatch(/is not there yet/);
      } finally {
        await registry.close();
      }
    },
  );
});

describe('release.yml major tag: the one tag that moves', () => {
  const move = script('release.yml', 'major-tag', 'Point v<major> at this release when it is the highest of its line');

  /** A bare remote with the tags, and a clone of it (the job's checkout). */
  function remoteAndClone(tags: string[], extra: Record<string, string> = {}) {
    const seed = repoWithTags(tags);
    for (const [tag, target] of Object.entries(extra)) git(seed, 'tag', tag, target);
    const base = tempDir('rk-remote-');
    git(base, 'clone', '-q', '--bare', seed, 'remote.git');
    git(base, 'clone', '-q', 'remote.git', 'work');
    return { remote: path.join(base, 'remote.git'), work: path.join(base, 'work') };
  }
  const tagOn = (repo: string, tag: string) => {
    try {
      return git(repo, 'rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`);
    } catch {
      return undefined;
    }
  };

  test('moves v1 to the next v1 release', () => {
    const { remote, work } = remoteAndClone(['v1.0.0', 'v1.1.0']);
    git(work, 'tag', 'v1', 'v1.0.0');
    git(work, 'push', '-q', 'origin', 'refs/tags/v1');
    const result = runScript(move, work, { TAG: 'v1.1.0' });
    expect(result.status).toBe(0);
    expect(tagOn(remote, 'v1')).toBe(tagOn(remote, 'v1.1.0'));
    // The release tags themselves did not move.
    expect(tagOn(remote, 'v1.0.0')).not.toBe(tagOn(remote, 'v1.1.0'));
  });

  test('creates v1 at the first v1 release; a rerun leaves it alone', () => {
    const { remote, work } = remoteAndClone(['v1.0.0']);
    expect(runScript(move, work, { TAG: 'v1.0.0' }).status).toBe(0);
    const again = runScript(move, work, { TAG: 'v1.0.0' });
    expect(again.stdout).toMatch(/v1 already points at v1\.0\.0/);
    expect(tagOn(remote, 'v1')).toBe(tagOn(remote, 'v1.0.0'));
  });

  test.each([
    ['a prerelease', ['v1.0.0', 'v1.1.0-rc.1'], 'v1.1.0-rc.1', 'v1.0.0'],
    ['a patch below the newest of the line', ['v1.0.0', 'v1.2.0', 'v1.1.1'], 'v1.1.1', 'v1.2.0'],
  ])('%s does not move it', (_what, tags, tag, stays) => {
    const { remote, work } = remoteAndClone(tags);
    git(work, 'tag', 'v1', stays);
    git(work, 'push', '-q', 'origin', 'refs/tags/v1');
    const result = runScript(move, work, { TAG: tag });
    expect(result.status).toBe(0);
    expect(tagOn(remote, 'v1')).toBe(tagOn(remote, stays));
  });

  test('a v2 release moves v2, never v1', () => {
    const { remote, work } = remoteAndClone(['v1.0.0', 'v2.0.0']);
    git(work, 'tag', 'v1', 'v1.0.0');
    git(work, 'push', '-q', 'origin', 'refs/tags/v1');
    expect(runScript(move, work, { TAG: 'v2.0.0' }).status).toBe(0);
    expect(tagOn(remote, 'v2')).toBe(tagOn(remote, 'v2.0.0'));
    expect(tagOn(remote, 'v1')).toBe(tagOn(remote, 'v1.0.0'));
  });
});

// GitHub's runners have jq; the machine running the tests may not (it is in Debian as `jq`).
const hasJq = spawnSync('bash', ['-c', 'command -v jq']).status === 0;
const withJq = (name: string) => (hasJq ? name : `${name} (skipped: jq is not installed)`);
const jqTest = hasJq ? test : test.skip;

describe('digest collection (release-images and release-charts collect jobs)', () => {
  jqTest(withJq('image digests merge into one map and one line per image with tag and digest'), () => {
    const temp = tempDir('rk-collect-');
    mkdirSync(path.join(temp, 'digests'));
    const a = `sha256:${'a'.repeat(64)}`;
    const b = `sha256:${'b'.repeat(64)}`;
    writeFileSync(
      path.join(temp, 'digests', 'scheduler.json'),
      JSON.stringify({ 'ghcr.io/acme/kruntimes-scheduler:0.1.0': a }),
    );
    writeFileSync(
      path.join(temp, 'digests', 'controller.json'),
      JSON.stringify({ 'ghcr.io/acme/kruntimes-controller:0.1.0': b }),
    );
    const result = runScript(script('release-images.yml', 'collect', 'collect'), temp, { RUNNER_TEMP: temp });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.outputs.digests)).toEqual({
      'ghcr.io/acme/kruntimes-scheduler:0.1.0': a,
      'ghcr.io/acme/kruntimes-controller:0.1.0': b,
    });
    expect(result.outputs.images.split('\n').sort()).toEqual([
      `ghcr.io/acme/kruntimes-controller:0.1.0@${b}`,
      `ghcr.io/acme/kruntimes-scheduler:0.1.0@${a}`,
    ]);
  });

  jqTest(withJq('chart digests become oci:// references the release notes read'), () => {
    const temp = tempDir('rk-collect-');
    mkdirSync(path.join(temp, 'charts'));
    const d = `sha256:${'c'.repeat(64)}`;
    writeFileSync(
      path.join(temp, 'charts', 'kruntimes.json'),
      JSON.stringify({ 'ghcr.io/acme/charts/kruntimes:0.1.0': d }),
    );
    const result = runScript(script('release-charts.yml', 'collect', 'collect'), temp, { RUNNER_TEMP: temp });
    expect(result.outputs.refs).toBe(`oci://ghcr.io/acme/charts/kruntimes:0.1.0@${d}`);
  });
});

describe('release-cli: the binaries the finish job hands to upload-cli-artifacts', () => {
  test('one os/arch=path line per downloaded binary', () => {
    const workspace = tempDir('rk-cli-');
    for (const platform of ['linux_amd64', 'darwin_arm64', 'windows_amd64']) {
      mkdirSync(path.join(workspace, '.release-kit-build', 'bin', platform), { recursive: true });
      writeFileSync(
        path.join(workspace, '.release-kit-build', 'bin', platform, platform.startsWith('windows') ? 'krt.exe' : 'krt'),
        'x',
      );
    }
    const result = runScript(script('release-cli.yml', 'finish', 'binaries'), workspace, {
      GITHUB_WORKSPACE: workspace,
      NAME: 'krt',
    });
    expect(result.status).toBe(0);
    expect(result.outputs.lines.split('\n').sort()).toEqual([
      `darwin/arm64=${workspace}/.release-kit-build/bin/darwin_arm64/krt`,
      `linux/amd64=${workspace}/.release-kit-build/bin/linux_amd64/krt`,
      `windows/amd64=${workspace}/.release-kit-build/bin/windows_amd64/krt.exe`,
    ]);
  });

  test('the build step writes OUTPUT inside the workspace and fails when the command wrote nothing', () => {
    const build = script('release-cli.yml', 'build', 'build');
    const workspace = repoWithTags(['v0.1.0']); // the job's checkout of the tag
    const env = { GITHUB_WORKSPACE: workspace, TAG: 'v0.1.0', NAME: 'krt', GOOS: 'windows', GOARCH: 'amd64' };
    const ok = runScript(build, workspace, { ...env, BUILD_COMMAND: 'printf "%s" "$VERSION" > "$OUTPUT"' });
    expect(ok.status).toBe(0);
    expect(ok.outputs.binary).toBe(`${workspace}/.release-kit-build/bin/windows_amd64/krt.exe`);
    expect(readFileSync(ok.outputs.binary, 'utf8')).toBe('0.1.0');
    const empty = runScript(build, workspace, { ...env, GOOS: 'linux', BUILD_COMMAND: 'true' });
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/::error::the build command wrote nothing/);
  });
});
