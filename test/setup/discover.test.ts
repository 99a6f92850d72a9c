// What init sees in a repository and the tracks it proposes: the cases the two project fixtures do
// not cover (charts with versions of their own, vendored dependencies, README text that must not be
// taken for a release), run in process on real files, and then through the CLI bundle's check.
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../harness/run-action.js';
import { discoverLayout, findMentions } from '../../packages/release-kit/src/setup/discover.js';
import { proposeTracks } from '../../packages/release-kit/src/setup/propose.js';
import { createSampleRepo } from '../versions/fixtures.js';

describe('README mentions', () => {
  const versions = new Set(['0.3.0', '1.0.3']);

  test('--version lines, image tags and download names are taken; bare versions and other versions are not', () => {
    const text = [
      'helm upgrade --install bt oci://ghcr.io/o/charts/buntime --version 0.3.0',
      'docker run ghcr.io/o/buntime:1.0.3 and `ghcr.io/o/buntime:1.0.3`',
      'Since 1.0.3 the runtime is faster; needs Bun 1.3.8.',
      'Compatible range ^1.0.3 (no word to anchor on)',
      'Base image oven/bun:1.0.30 and ghcr.io/o/buntime:1.0.3-alpine are other versions',
      'https://example.com/releases/download/v1.0.3/bt_v1.0.3_linux.tar.gz',
    ].join('\n');
    expect(findMentions('README.md', text, versions).map((m) => [m.line, m.kind, m.prefix])).toEqual([
      [1, 'chart', 'oci://ghcr.io/o/charts/buntime --version '],
      [2, 'app', 'ghcr.io/o/buntime:'],
      [2, 'app', 'ghcr.io/o/buntime:'],
      [6, 'app', 'https://example.com/releases/download/v'],
      // The version earlier in the word is cut off, so the pattern still matches after a bump.
      [6, 'app', '/bt_v'],
    ]);
  });
});

describe('proposed tracks', () => {
  test('charts with versions of their own get a track each; a vendored dependency chart and unrelated package.json files are left out', async () => {
    const repo = await createSampleRepo({
      'charts/operator/Chart.yaml': 'apiVersion: v2\nname: operator\nversion: 0.4.0\nappVersion: "2.1.0"\n',
      'charts/operator/charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 17.3.1\n',
      'charts/gateway/Chart.yaml': "apiVersion: v2\nname: gateway\nversion: 0.1.3\nappVersion: '2.1.0'\n",
      'web/package.json': '{ "name": "web", "version": "2.1.0" }\n',
      'lib/package.json': '{ "name": "lib", "version": "0.9.0" }\n',
      'build/scheduler/Dockerfile': 'FROM scratch\n',
      'test/e2e/Dockerfile': 'FROM scratch\n',
      'README.md':
        'helm install gw oci://ghcr.io/o/charts/gateway --version 0.1.3\nhelm install op oci://ghcr.io/o/charts/operator --version 0.4.0\n',
    });
    const layout = await discoverLayout(repo.dir);
    expect(layout.charts.map((c) => c.name)).toEqual(['gateway', 'operator']);
    // Images from build/<name>/Dockerfile; a test fixture's Dockerfile is not a release image.
    expect(layout.images).toEqual([{ name: 'scheduler', dockerfile: 'build/scheduler/Dockerfile' }]);
    const { tracks } = proposeTracks(layout);
    expect(tracks.map((t) => [t.name, t.version, t.tag, t.files.map((f) => f.file), t.watch])).toEqual([
      ['gateway-chart', '0.1.3', 'v{version}', ['charts/gateway/Chart.yaml', 'README.md'], ['charts/gateway/**']],
      ['operator-chart', '0.4.0', undefined, ['charts/operator/Chart.yaml', 'README.md'], ['charts/operator/**']],
      [
        'app',
        '2.1.0',
        undefined,
        ['charts/gateway/Chart.yaml', 'charts/operator/Chart.yaml', 'web/package.json'],
        ['web/**'],
      ],
    ]);

    const init = await runCli(['init', '--workflow', 'none'], { workspace: repo.dir });
    expect(init.exitCode).toBe(0);
    repo.commitAll('init');
    const base = repo.git('rev-parse', 'HEAD');
    // The app's version sits in both Chart.yaml files, so an app release bumps both charts too.
    expect(
      (
        await runCli(['bump', '--operator-chart=minor', '--gateway-chart=patch', '--app=patch'], {
          workspace: repo.dir,
        })
      ).exitCode,
    ).toBe(0);
    const check = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
  });

  test("a pattern that would also match another track's text is left out: the two tracks could not be bumped apart", async () => {
    const repo = await createSampleRepo({
      'charts/alpha/Chart.yaml': 'apiVersion: v2\nname: alpha\nversion: 0.1.0\n',
      'charts/beta/Chart.yaml': 'apiVersion: v2\nname: beta\nversion: 0.1.0\n',
      'charts/gamma/Chart.yaml': 'apiVersion: v2\nname: gamma\nversion: 0.2.0\n',
      'README.md':
        'helm install b oci://ghcr.io/o/charts/beta --version 0.1.0\n--version 0.1.0 installs alpha the same way.\n',
    });
    const { tracks, notes } = proposeTracks(await discoverLayout(repo.dir));
    // Line 1 names beta; line 2's pattern (`--version `) would match line 1 too, for alpha: dropped.
    expect(tracks.map((t) => [t.name, t.files.map((f) => f.file)])).toEqual([
      ['alpha-chart', ['charts/alpha/Chart.yaml']],
      ['beta-chart', ['charts/beta/Chart.yaml', 'README.md']],
      ['gamma-chart', ['charts/gamma/Chart.yaml']],
    ]);
    expect(notes).toEqual([
      expect.stringMatching(
        /^README\.md:2 \(--version…\): its pattern would also match a version text of track 'beta-chart'; not tracked$/,
      ),
    ]);
    expect((await runCli(['init', '--workflow', 'none'], { workspace: repo.dir })).exitCode).toBe(0);
    repo.commitAll('init');
    expect(
      (await runCli(['bump', '--alpha-chart=minor', '--beta-chart=patch'], { workspace: repo.dir })).exitCode,
    ).toBe(0);
    expect((await runCli(['check'], { workspace: repo.dir })).exitCode).toBe(0);
  });

  test('a README text naming two versions under one prefix is left out, with a note', async () => {
    const repo = await createSampleRepo({
      'Chart.yaml': 'apiVersion: v2\nname: solo\nversion: 1.2.0\nappVersion: "1.2.0"\n',
      'README.md': 'Now: ghcr.io/o/solo:1.2.0\nUpgrading from ghcr.io/o/solo:1.1.9 works too.\n',
    });
    const layout = await discoverLayout(repo.dir);
    const { tracks, notes } = proposeTracks(layout);
    expect(tracks.flatMap((t) => t.files.map((f) => f.file))).toEqual(['Chart.yaml', 'Chart.yaml']);
    expect(notes).toEqual([
      expect.stringMatching(
        /^README\.md:1 \(ghcr\.io\/o\/solo:…\): the same text names several versions \(1\.2\.0, 1\.1\.9\); not tracked$/,
      ),
    ]);
  });
});
