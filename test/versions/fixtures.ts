// Sample repositories for the version-track tests: the Buntime seed layout and the kruntimes one.
import { Inputs, recordInputSource } from '../../packages/release-kit/src/plumbing/inputs.js';
import type { FileLocation } from '../../packages/release-kit/src/plumbing/errors.js';
import type { Logger } from '../../packages/release-kit/src/plumbing/log.js';
import { runnerContext } from '../../packages/release-kit/src/runtime/context.js';
import type { OperationResult } from '../../packages/release-kit/src/runtime/operation.js';
import { operation } from '../../packages/release-kit/src/operations/bump-version.js';
import { createSampleRepo, git, type SampleRepo } from '../harness/git-fixture.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A Chart.yaml heavy with comments, annotations and a quoted appVersion. */
export const BUNTIME_CHART = `# Buntime: the Bun runtime for Kubernetes.
# Keep this file hand-edited; release-kit only touches the version lines.
apiVersion: v2
name: buntime   # the chart's name
description: >-
  Runs Bun workers on a cluster.
type: application

# The chart's own version; bumped for every chart change.
version: 0.2.26 # chart
# The runtime image this chart ships.
appVersion: "1.1.0"

keywords:
  - bun
  - runtime
annotations:
  artifacthub.io/changes: |
    - kind: changed
      description: version: 0.2.26 stays as text here
  artifacthub.io/images: |
    - name: runtime
      image: ghcr.io/acme/buntime:1.1.0
dependencies:
  - name: redis
    version: 17.3.1   # not ours
    repository: oci://registry-1.docker.io/bitnamicharts
`;

export const BUNTIME_CONFIG = `# release-kit: version tracks
versions:
  chart:                    # track name, also the CLI flag --chart
    tag: "v{version}"       # at most one track names the git tag
    files:
      - { file: charts/buntime/Chart.yaml, key: version }
      - { file: package.json, key: version }
    watch: ["charts/**", "plugins/**"]
  app:
    files:
      - { file: charts/buntime/Chart.yaml, key: appVersion }
      - { file: apps/runtime/package.json, key: version }
      - { file: README.md, pattern: 'krt_v(\\d+\\.\\d+\\.\\d+)_' }
    watch: ["apps/runtime/**"]
`;

export function buntimeFiles(): Record<string, string> {
  return {
    '.github/release-kit.yml': BUNTIME_CONFIG,
    'charts/buntime/Chart.yaml': BUNTIME_CHART,
    'charts/buntime/values.yaml': 'replicas: 1\n',
    'package.json':
      '{\n  "name": "buntime",\n  "private": true,\n  "version": "0.2.26",\n  "scripts": { "test": "bun test" }\n}\n',
    'apps/runtime/package.json':
      '{\n    "name": "@buntime/runtime",\n    "version": "1.1.0",\n    "dependencies": {\n        "zod": "3.0.0"\n    }\n}\n',
    'apps/runtime/src/index.ts': 'export const hello = 1;\n',
    'plugins/auth/index.ts': 'export const plugin = "auth";\n',
    'README.md':
      '# Buntime\n\nDownload `krt_v1.1.0_linux_amd64.tar.gz` or\n`krt_v1.1.0_darwin_arm64.tar.gz` from the release.\n',
    'CHANGELOG.md': '# Changelog\n\n## Unreleased\n',
  };
}

/**
 * Buntime as the real repository (zommehq/buntime) lays it out: one chart at charts/Chart.yaml with its
 * release notes beside it, the chart version mirrored in the root package.json (the tag's version), the
 * runtime's version in apps/runtime/package.json and the chart's appVersion. Its lefthook hooks
 * require a chart bump for every change, and its bump script bumps the chart with every runtime bump:
 * here `required` and `implies`.
 */
export const BUNTIME_REPO_CONFIG = `# release-kit: Buntime's version tracks
versions:
  chart:
    tag: "v{version}"
    required: true          # every bump bumps the chart (Rancher upgrades on the chart version)
    files:
      - { file: charts/Chart.yaml, key: version }
      - { file: package.json, key: version }
    watch: ["charts/**"]
  app:
    implies: [chart]        # a runtime bump changes charts/Chart.yaml's appVersion: the chart goes up too
    files:
      - { file: charts/Chart.yaml, key: appVersion }
      - { file: apps/runtime/package.json, key: version }
    watch: ["apps/runtime/**"]
`;

/** Buntime as it is (buntimeRepoFiles) with release-kit set up: its version tracks and a CHANGELOG.md. */
export function buntimeReleaseFiles(): Record<string, string> {
  return {
    ...buntimeRepoFiles(),
    '.github/release-kit.yml': BUNTIME_REPO_CONFIG,
    'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- File-backed API keys.\n',
  };
}

/** kruntimes: two charts whose appVersion follows one tag, plus README examples naming a version. */
export function kruntimesFiles(): Record<string, string> {
  return {
    '.github/release-kit.yml': `versions:
  release:
    tag: "v{version}"
    files:
      - { file: charts/krt-operator/Chart.yaml, key: appVersion }
      - { file: charts/krt-gateway/Chart.yaml, key: appVersion }
      - { file: cli/package.json, key: version }
      - { file: README.md, pattern: 'helm install krt oci://ghcr\\.io/kruntimes/charts/krt-operator --version (\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)' }
      - { file: README.md, pattern: 'krt version v(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)' }
  operator-chart:
    files:
      - { file: charts/krt-operator/Chart.yaml, key: version }
    watch: ["charts/krt-operator/**"]
  gateway-chart:
    files:
      - { file: charts/krt-gateway/Chart.yaml, key: version }
    watch: ["charts/krt-gateway/**"]
`,
    'charts/krt-operator/Chart.yaml': "apiVersion: v2\nname: krt-operator\nversion: 0.4.0\nappVersion: '0.9.1'\n",
    'charts/krt-gateway/Chart.yaml': 'apiVersion: v2\nname: krt-gateway\nversion: 0.1.3\nappVersion: "0.9.1"\n',
    'cli/package.json': '{"name":"krt","version":"0.9.1"}\n',
    'README.md': [
      '# kruntimes',
      '',
      '```sh',
      'helm install krt oci://ghcr.io/kruntimes/charts/krt-operator --version 0.9.1',
      'krt version v0.9.1',
      '```',
      '',
    ].join('\n'),
  };
}

export interface LoggedLine {
  level: 'info' | 'debug' | 'warning' | 'error';
  message: string;
  location?: FileLocation;
}

/** Run the operation in-process against `workspace` with `inputs`, collecting what it logs. */
export async function runBump(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ result?: OperationResult; error?: unknown; log: LoggedLine[] }> {
  const lines: LoggedLine[] = [];
  const log: Logger = {
    info: (message) => lines.push({ level: 'info', message }),
    debug: (message) => lines.push({ level: 'debug', message }),
    warning: (message, location) => lines.push({ level: 'warning', message, location }),
    error: (message, location) => lines.push({ level: 'error', message, location }),
  };
  try {
    const result = await operation.run({
      inputs: new Inputs(recordInputSource(inputs), undefined, operation.inputs),
      runner: runnerContext({ GITHUB_WORKSPACE: workspace, GITHUB_REF: 'refs/heads/main', ...env }),
      log,
    });
    return { result, log: lines };
  } catch (error) {
    return { error, log: lines };
  }
}

/** Everything a failed bump must leave alone: files, index, HEAD, tags and the remote's refs. */
export function snapshot(repo: SampleRepo): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '.git') continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        files.push(`${path.relative(repo.dir, full)} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
    }
  };
  walk(repo.dir);
  return [
    ...files,
    `HEAD ${repo.git('rev-parse', 'HEAD')}`,
    `index ${repo.git('ls-files', '--stage')}`,
    `status ${repo.git('status', '--porcelain')}`,
    `tags ${repo.git('tag', '--list')}`,
    `remote ${git(repo.dir, ['ls-remote', 'origin'])}`,
  ].join('\n');
}

export { createSampleRepo };
export type { SampleRepo };

/** The files of a chart fixture in test/fixtures/charts/<name>, placed under `into` (dot files included). */
export function chartFixtureFiles(name: string, into: string): Record<string, string> {
  const root = path.join(import.meta.dirname, '..', 'fixtures', 'charts', name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else
        files[path.posix.join(into, path.relative(root, full).split(path.sep).join('/'))] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

/**
 * A repository shaped like zommehq/buntime as it is today, without any release-kit file: the chart at
 * charts/ (Chart.yaml version 0.3.0, appVersion "1.0.3", questions.yml, release-notes.md), the root
 * package.json holding the chart version and apps/runtime/package.json the runtime's (its bump script
 * keeps them so), plugins with versions of their own, a root Dockerfile, lefthook's version hooks, and
 * a README that names the chart and image versions. No CHANGELOG.md: the release notes live in
 * charts/release-notes.md.
 */
export function buntimeRepoFiles(): Record<string, string> {
  return {
    ...chartFixtureFiles('buntime', 'charts'),
    'package.json': `${JSON.stringify(
      {
        name: 'buntime',
        version: '0.3.0',
        license: 'SEE LICENSE IN LICENSE',
        private: true,
        type: 'module',
        workspaces: ['apps/*', 'packages/*', 'plugins/*'],
        scripts: { build: "bun run --filter '*' build", test: "bun run --filter '*' test" },
        devDependencies: { lefthook: '^2.0.16', typescript: '^5.9.3' },
      },
      null,
      2,
    )}\n`,
    'apps/runtime/package.json': `${JSON.stringify(
      {
        name: '@buntime/runtime',
        version: '1.0.3',
        type: 'module',
        scripts: { build: 'NODE_ENV=production bun scripts/build.ts', test: 'bun test' },
        dependencies: { '@buntime/shared': 'workspace:*', hono: '^4.10.7', semver: '^7.7.3' },
      },
      null,
      2,
    )}\n`,
    'apps/runtime/src/index.ts': 'export const runtime = "buntime";\n',
    'packages/shared/package.json': '{\n  "name": "@buntime/shared",\n  "version": "0.1.0",\n  "type": "module"\n}\n',
    'plugins/plugin-keyval/package.json':
      '{\n  "name": "@buntime/plugin-keyval",\n  "version": "0.4.2",\n  "type": "module"\n}\n',
    'plugins/plugin-keyval/index.ts': 'export default { name: "keyval" };\n',
    Dockerfile:
      'FROM oven/bun:1.3.8\nWORKDIR /app\nCOPY . .\nRUN bun install --frozen-lockfile\nCMD ["bun", "apps/runtime/src/index.ts"]\n',
    'lefthook.yml': [
      '# Lefthook configuration',
      'pre-commit:',
      '  commands:',
      '    version-sync:',
      '      glob: "{apps/runtime/package.json,charts/Chart.yaml}"',
      '      run: bun scripts/check-version-sync.ts',
      '    chart-version:',
      '      glob: "charts/**"',
      '      run: bun scripts/check-chart-version.ts',
      '',
    ].join('\n'),
    'scripts/check-version-sync.ts':
      '// apps/runtime/package.json version === charts/Chart.yaml appVersion; package.json version === charts/Chart.yaml version\n',
    'README.md': [
      '# Buntime',
      '',
      'Worker pool runtime for Bun applications. Needs Bun 1.3.8 or newer.',
      '',
      '## Install',
      '',
      '```sh',
      'helm install buntime oci://ghcr.io/zommehq/charts/buntime --version 0.3.0',
      '```',
      '',
      'Or run the runtime image on its own: `docker run -p 8000:8000 ghcr.io/zommehq/buntime:1.0.3`.',
      '',
      'The keyval plugin (`@buntime/plugin-keyval` 0.4.2) ships inside the image.',
      '',
    ].join('\n'),
  };
}

/**
 * A repository shaped like kruntimes/kruntimes: two charts (charts/kruntimes and
 * charts/kruntimes-runtimes, both at version and appVersion 1.4.0), images built from root
 * Dockerfile.<component> files, Go commands under cmd/ of which `krt` is the CLI, a kruntimes-style
 * CHANGELOG.md (`## Unreleased`), and a README naming the chart versions and a CLI archive.
 */
export function kruntimesRepoFiles(): Record<string, string> {
  const files: Record<string, string> = {
    ...chartFixtureFiles('kruntimes', 'charts/kruntimes'),
    ...chartFixtureFiles('kruntimes-runtimes', 'charts/kruntimes-runtimes'),
    'go.mod': 'module github.com/kruntimes/kruntimes\n\ngo 1.24\n',
    LICENSE: 'Apache License 2.0\n',
    'CHANGELOG.md': [
      '# Changelog',
      '',
      'All notable changes to kruntimes are recorded here.',
      '',
      '## Unreleased',
      '',
      '### Added',
      '',
      '- Release process documentation for SemVer tags and release notes.',
      '',
      '## 1.4.0 - 2026-11-20',
      '',
      '### Added',
      '',
      '- Workflows.',
      '',
    ].join('\n'),
    'README.md': [
      '# kruntimes',
      '',
      'Warm runtime pods on Kubernetes. Built with Go 1.24.',
      '',
      '```sh',
      'helm install kruntimes oci://ghcr.io/kruntimes/charts/kruntimes --version 1.4.0',
      'helm install kruntimes-runtimes oci://ghcr.io/kruntimes/charts/kruntimes-runtimes --version 1.4.0',
      'curl -LO https://github.com/kruntimes/kruntimes/releases/download/v1.4.0/krt_v1.4.0_linux_amd64.tar.gz',
      '```',
      '',
    ].join('\n'),
  };
  for (const component of ['scheduler', 'controller', 'runtimed', 'bash-runtime']) {
    files[`Dockerfile.${component}`] =
      `FROM golang:1.24 AS build\nCOPY . .\nRUN go build -o /out/${component} ./cmd/${component}\n`;
    files[`cmd/${component}/main.go`] = 'package main\n\nfunc main() {}\n';
  }
  files['cmd/krt/main.go'] = 'package main\n\nfunc main() {}\n';
  return files;
}
