// What the release notes claim, through the bundle in mode notes: commands only for what exists
// (signatures, attestations, chart digests), the true signer, and helm's namespace (issues 17, 20).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../harness/run-action.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';

const fixtures = path.join(import.meta.dirname, '..', 'changelog', 'fixtures');
const ISSUER = 'https://token.actions.githubusercontent.com';
const D = (c: string) => `sha256:${c.repeat(64)}`;
const IMAGES = [
  `ghcr.io/acme/kruntimes-scheduler:1.0.0@${D('1')}`,
  `ghcr.io/acme/kruntimes-controller:1.0.0@${D('2')}`,
].join('\n');
const CHARTS = [
  `oci://ghcr.io/acme/charts/kruntimes:1.0.0@${D('3')}`,
  `oci://ghcr.io/acme/charts/kruntimes-runtimes:1.0.0@${D('4')}`,
].join('\n');
const CLI = ['krt_v1.0.0_linux_amd64.tar.gz', 'krt_v1.0.0_windows_amd64.zip', 'krt_v1.0.0_checksums.txt'].join('\n');

let github: GitHubStandIn;
let workspace: string;

beforeAll(async () => {
  github = await startGitHubStandIn();
});
afterAll(async () => {
  await github?.close();
});
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-claims-'));
  await writeFile(
    path.join(workspace, 'CHANGELOG.md'),
    readFileSync(path.join(fixtures, 'keep-a-changelog.md'), 'utf8'),
  );
});

async function notes(inputs: Record<string, string>): Promise<{ body: string; run: ActionRun }> {
  const run = await runAction('release-notes-from-changelog', {
    inputs: { mode: 'notes', images: IMAGES, charts: CHARTS, 'cli-assets': CLI, ...inputs },
    env: {
      ...github.env(),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/kruntimes',
      GITHUB_REF: 'refs/tags/v1.0.0',
    },
    workspace,
  });
  expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([]);
  expect(run.exitCode).toBe(0);
  return { body: run.outputs.body, run };
}

describe('the notes claim only what the release has', () => {
  test('by default: no signature or attestation command at all, but every digest and file', async () => {
    const { body } = await notes({});
    expect(body).not.toContain('cosign verify');
    expect(body).not.toContain('gh attestation verify');
    expect(body).toContain(`| \`ghcr.io/acme/kruntimes-scheduler:1.0.0\` | \`${D('1')}\` |`);
    expect(body).toContain('sha256sum --check --ignore-missing krt_v1.0.0_checksums.txt');
    expect(body).toContain('| `krt_v1.0.0_windows_amd64.zip` |');
    // The one command users run, first in the Verification section.
    expect(body).toMatch(
      /## Verification\n\n[^\n]*\n\n```sh\nrelease-kit verify-release v1\.0\.0 --repository acme\/kruntimes\n```/,
    );
  });

  test('issue 20: helm takes each chart namespace, from chart-namespaces', async () => {
    const { body } = await notes({
      'chart-namespaces': 'kruntimes=kruntimes-system\nkruntimes-runtimes=kruntimes-demo',
    });
    expect(body).toContain(
      'helm upgrade --install kruntimes oci://ghcr.io/acme/charts/kruntimes --version 1.0.0 --namespace kruntimes-system --create-namespace',
    );
    expect(body).toContain(
      'helm upgrade --install kruntimes-runtimes oci://ghcr.io/acme/charts/kruntimes-runtimes --version 1.0.0 --namespace kruntimes-demo --create-namespace',
    );
    // One namespace for every chart is the short form.
    const one = await notes({ 'chart-namespaces': 'kruntimes-system' });
    expect(one.body.match(/--namespace kruntimes-system --create-namespace/g)).toHaveLength(2);
  });

  test('issue 20: chart digests are shown', async () => {
    const { body } = await notes({});
    expect(body).toContain('## Charts');
    expect(body).toContain(`| \`oci://ghcr.io/acme/charts/kruntimes\` | \`1.0.0\` | \`${D('3')}\` |`);
    expect(body).toContain(`| \`oci://ghcr.io/acme/charts/kruntimes-runtimes\` | \`1.0.0\` | \`${D('4')}\` |`);
  });

  test('issue 20: a chart cosign command when the charts are signed, with the charts workflow as signer', async () => {
    const { body } = await notes({ signatures: 'images, charts', 'signer-workflows': 'acme/release-kit@v1' });
    expect(body).toContain(
      [
        `cosign verify ghcr.io/acme/charts/kruntimes@${D('3')} \\`,
        '  --certificate-identity https://github.com/acme/release-kit/.github/workflows/release-charts.yml@refs/tags/v1 \\',
        `  --certificate-oidc-issuer ${ISSUER} \\`,
        '  --certificate-github-workflow-repository acme/kruntimes',
      ].join('\n'),
    );
    const unsigned = await notes({ signatures: 'images' });
    expect(unsigned.body).not.toContain('cosign verify ghcr.io/acme/charts/');
  });

  test('issue 20: the signer is named as it is: the pack workflow, running for this repository', async () => {
    const { body } = await notes({ signatures: 'images', 'signer-workflows': 'acme/release-kit@v1' });
    expect(body).not.toContain('images workflow of this repository');
    expect(body).toContain(
      'signed keylessly by `https://github.com/acme/release-kit/.github/workflows/release-images.yml@refs/tags/v1` in a run of acme/kruntimes',
    );
    expect(body).toContain(
      [
        `cosign verify ghcr.io/acme/kruntimes-scheduler@${D('1')} \\`,
        '  --certificate-identity https://github.com/acme/release-kit/.github/workflows/release-images.yml@refs/tags/v1 \\',
        `  --certificate-oidc-issuer ${ISSUER} \\`,
        '  --certificate-github-workflow-repository acme/kruntimes',
      ].join('\n'),
    );
  });

  test('attestations only where claimed, verified against the workflow that made them', async () => {
    const { body } = await notes({ attestations: 'archives', 'signer-workflows': 'acme/release-kit@v1' });
    expect(body).toContain(
      'gh attestation verify krt_v1.0.0_linux_amd64.tar.gz --repo acme/kruntimes --signer-workflow acme/release-kit/.github/workflows/release-cli.yml',
    );
    expect(body).not.toContain('gh attestation verify oci://');
    expect(body).not.toContain('gh attestation verify krt_v1.0.0_checksums.txt');
    const images = await notes({ attestations: 'images, checksums' });
    expect(images.body).toContain(
      `gh attestation verify oci://ghcr.io/acme/kruntimes-scheduler@${D('1')} --repo acme/kruntimes --signer-workflow acme/kruntimes/.github/workflows/release-images.yml`,
    );
    expect(images.body).toContain(
      'gh attestation verify krt_v1.0.0_checksums.txt --repo acme/kruntimes --signer-workflow acme/kruntimes/.github/workflows/release-cli.yml',
    );
  });

  test('a claim the inputs cannot back is refused before anything is written', async () => {
    const run = await runAction('release-notes-from-changelog', {
      inputs: { mode: 'notes', charts: 'oci://ghcr.io/acme/charts/kruntimes:1.0.0', signatures: 'charts' },
      env: { GITHUB_REPOSITORY: 'acme/kruntimes', GITHUB_REF: 'refs/tags/v1.0.0' },
      workspace,
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(/^input 'signatures' .*charts.*digest/);
    const typo = await runAction('release-notes-from-changelog', {
      inputs: { mode: 'notes', attestations: 'binaries' },
      env: { GITHUB_REPOSITORY: 'acme/kruntimes', GITHUB_REF: 'refs/tags/v1.0.0' },
      workspace,
    });
    expect(typo.annotations[0].message).toBe(
      'input \'attestations\' has invalid value "binaries": expected any of images, archives, checksums (comma-separated)',
    );
  });
});
