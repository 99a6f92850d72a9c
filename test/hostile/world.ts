// The world a hostile case runs in and must leave as it was: a project checkout with a bare origin, a
// chart catalog remote, a directory outside the workspace that symlinks point into, the GitHub stand-in
// and a real registry behind a fault proxy. snapshotWorld() records bytes, modes, symlinks, git refs,
// registry tags and GitHub releases, so "nothing touched" is one string comparison.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync, type Stats } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSampleRepo, gitEnv, type SampleRepo } from '../harness/git-fixture.js';
import { noFaults, type FaultPlan } from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';
import { startFaultProxy, type FaultProxy } from '../registry/fault-proxy.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';
import { fixturesDir } from '../charts/chart-fixtures.js';
import { BUNTIME_CHART, BUNTIME_CONFIG } from '../versions/fixtures.js';
import { createOciClient } from '../../packages/release-kit/src/oci/client.js';
import { pushTinyImage } from '../registry/skopeo.js';
import { pushLegacySignatures } from '../signing/push-signatures.js';
import { cosignPayload, createTestSigstore, newKeyPair, publicKeyPem } from '../signing/sigstore-fixture.js';

/** A fault plan that can be swapped while its server runs. */
export interface SwitchablePlan extends FaultPlan {
  use(plan: FaultPlan): void;
}

export function switchablePlan(): SwitchablePlan {
  let current: FaultPlan = noFaults;
  return {
    get injected() {
      return current.injected;
    },
    next: (request) => current.next(request),
    use(plan) {
      current = plan;
    },
  };
}

export interface Services {
  github: GitHubStandIn;
  /** Undefined when docker-registry is not installed (registry cases are skipped, saying so). */
  registry?: TestRegistry;
  /** The fault proxy in front of the registry; operations are pointed at it. */
  proxy?: FaultProxy;
  registryFaults: SwitchablePlan;
  /** A signed image behind the proxy, `host/acme/signed:1.0.0`, verifiable with cosign.pub and ignore-tlog. */
  signedImage?: string;
  cosignPublicKey?: string;
  /** The test Sigstore's trusted_root.json (verify-release's `trusted-root`). */
  trustedRootJson: string;
  close(): Promise<void>;
}

export async function startServices(): Promise<Services> {
  const github = await startGitHubStandIn();
  const registryFaults = switchablePlan();
  const sigstore = await createTestSigstore();
  const { trustedRootJson } = sigstore;
  if (!registryAvailable()) return { github, registryFaults, trustedRootJson, close: () => github.close() };
  const registry = await startRegistry();
  const proxy = await startFaultProxy(registry.host, registryFaults);
  // A tiny image signed cosign-2 style with a key, so verify-images has something true to verify.
  const key = newKeyPair();
  const image = await pushTinyImage(registry, 'acme/signed', '1.0.0');
  const client = createOciClient({ registry: registry.host, plainHttp: true, push: true, retryBaseMs: 5 });
  await pushLegacySignatures(client, 'acme/signed', image.digest, [
    await sigstore.legacyWithKey(cosignPayload('acme/signed', image.digest), key, { withRekorBundle: false }),
  ]);
  return {
    github,
    registry,
    proxy,
    registryFaults,
    signedImage: `${proxy.host}/acme/signed:1.0.0`,
    cosignPublicKey: publicKeyPem(key),
    trustedRootJson,
    async close() {
      await proxy.close();
      await registry.close();
      await github.close();
    },
  };
}

export const CHANGELOG = `# Changelog

## Unreleased

### Added

- Per-worker memory limits.

## 0.2.27 - 2026-03-02

### Fixed

- Workers restart after a crash.

## 0.2.26 - 2026-02-01

### Added

- File-backed API keys.
`;

/** A catalog's index.yaml with another chart in it already (a Helm repository on gh-pages). */
export const CATALOG_INDEX = `apiVersion: v1
entries:
  other:
    - apiVersion: v2
      name: other
      version: 1.0.0
      created: "2026-01-01T00:00:00Z"
      digest: ${'a'.repeat(64)}
      urls:
        - https://charts.example.com/other-1.0.0.tgz
generated: "2026-01-01T00:00:00Z"
`;

/**
 * The CLI archives of two split jobs (a GitLab runner per OS), each folder with its own partial
 * checksums file of one shared name, as merge-checksums reads them (and verify-release's seed
 * publishes them). Gzip bytes: the merge only hashes them.
 */
export const SPLIT_ARCHIVES: Record<string, { name: string; bytes: Buffer }> = {
  'out/linux': { name: 'krt_v0.2.27_linux_amd64.tar.gz', bytes: gzipSync('krt for linux/amd64\n') },
  'out/darwin': { name: 'krt_v0.2.27_darwin_arm64.tar.gz', bytes: gzipSync('krt for darwin/arm64\n') },
};
export const CHECKSUMS_NAME = 'krt_v0.2.27_checksums.txt';
const sha256Line = (a: { name: string; bytes: Buffer }) =>
  `${createHash('sha256').update(a.bytes).digest('hex')}  ${a.name}\n`;
/** The whole checksums file of the split archives, as the merge writes it (sorted by name). */
export const MERGED_CHECKSUMS = Object.values(SPLIT_ARCHIVES)
  .sort((a, b) => (a.name < b.name ? -1 : 1))
  .map(sha256Line)
  .join('');

export interface Project {
  /** The checkout (GITHUB_WORKSPACE), with a bare origin. */
  repo: SampleRepo;
  workspace: string;
  /** A bare repository holding a Helm repository (index.yaml) on main. */
  catalog: SampleRepo;
  /** Outside the workspace: symlinks in hostile cases point here, and nothing may write here. */
  outside: string;
  /** Every directory the project made (removed by dispose). */
  dispose(): Promise<void>;
}

/**
 * The project: Buntime's version tracks (.github/release-kit.yml, charts/buntime, package.json files,
 * README), a changelog with 0.2.27, a packageable chart in deploy/buntime with its release notes, a CLI
 * binary in bin/, cosign.pub, a trusted_root.json, the split CLI jobs' folders (out/), and a catalog remote.
 */
export async function createProject(services: Services): Promise<Project> {
  const repo = await createSampleRepo({
    '.github/release-kit.yml': BUNTIME_CONFIG,
    'charts/buntime/Chart.yaml': BUNTIME_CHART,
    'charts/buntime/values.yaml': 'replicas: 1\n',
    'package.json': '{\n  "name": "buntime",\n  "private": true,\n  "version": "0.2.26"\n}\n',
    'apps/runtime/package.json': '{\n  "name": "@buntime/runtime",\n  "version": "1.1.0"\n}\n',
    'apps/runtime/src/index.ts': 'export const hello = 1;\n',
    'README.md': '# Buntime\n\nDownload `krt_v1.1.0_linux_amd64.tar.gz` from the release.\n',
    'CHANGELOG.md': CHANGELOG,
    'bin/krt-linux-amd64': '#!/bin/sh\necho krt\n',
    'cosign.pub': services.cosignPublicKey ?? 'no key\n',
    'trusted_root.json': services.trustedRootJson,
    ...Object.fromEntries(
      Object.entries(SPLIT_ARCHIVES).map(([dir, archive]) => [`${dir}/${CHECKSUMS_NAME}`, sha256Line(archive)]),
    ),
  });
  for (const [dir, archive] of Object.entries(SPLIT_ARCHIVES))
    await writeFile(path.join(repo.dir, dir, archive.name), archive.bytes);
  await cp(path.join(fixturesDir, 'buntime'), path.join(repo.dir, 'deploy', 'buntime'), { recursive: true });
  await writeFile(path.join(repo.dir, 'deploy', 'buntime', 'release-notes.md'), '- Workers restart after a crash.\n');
  repo.commitAll('deploy chart');
  repo.git('push', '--quiet', 'origin', 'main');
  const catalog = await createSampleRepo({ 'README.md': '# charts\n', 'index.yaml': CATALOG_INDEX });
  const outside = mkdtempSync(path.join(os.tmpdir(), 'rk-outside-'));
  writeFileSync(path.join(outside, 'elsewhere.txt'), 'a file outside the workspace\n');
  return {
    repo,
    workspace: repo.dir,
    catalog,
    outside,
    async dispose() {
      for (const dir of [path.dirname(repo.dir), path.dirname(catalog.dir), outside])
        await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh copy of the project (checkout, origin and catalog), for a run that may succeed and change it. */
export async function copyProject(project: Project): Promise<Project> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'rk-copy-'));
  const copy = (from: string, to: string) => cp(from, to, { recursive: true, verbatimSymlinks: true });
  await copy(path.dirname(project.repo.dir), path.join(base, 'repo'));
  await copy(path.dirname(project.catalog.dir), path.join(base, 'catalog'));
  const repoDir = path.join(base, 'repo', path.basename(project.repo.dir));
  const remote = path.join(base, 'repo', path.basename(project.repo.remote));
  execFileSync('git', ['remote', 'set-url', 'origin', remote], { cwd: repoDir });
  const catalogRemote = path.join(base, 'catalog', path.basename(project.catalog.remote));
  const outside = path.join(base, 'outside');
  await mkdir(outside);
  await cp(project.outside, outside, { recursive: true });
  const git =
    (cwd: string) =>
    (...args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim();
  const repo: SampleRepo = { ...project.repo, dir: repoDir, remote, git: git(repoDir) };
  const catalog: SampleRepo = { ...project.catalog, remote: catalogRemote };
  return { repo, workspace: repoDir, catalog, outside, dispose: () => rm(base, { recursive: true, force: true }) };
}

type WalkMode = 'tree' | 'git' | 'refs';

/**
 * sha256 of a file's bytes, cached by inode, size and change time (to the sub-millisecond): any write,
 * rename over or chmod changes ctime (which no process can set back), so an unchanged stat means
 * unchanged bytes, and thousands of snapshots cost a stat per file instead of a read.
 */
const hashes = new Map<string, string>();
function contentHash(file: string, stat: Stats): string {
  const key = `${file}\0${stat.ino}\0${stat.size}\0${stat.mtimeMs}\0${stat.ctimeMs}`;
  let hash = hashes.get(key);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (hashes.size > 50_000) hashes.clear();
    hashes.set(key, hash);
  }
  return hash;
}

/**
 * Paths, types, modes, bytes (sha256) and symlink targets under `root`. Inside a git directory only
 * HEAD, config, packed-refs and refs/: what a commit, tag or push changes (objects, logs and the index's
 * stat cache also change under a read-only `git status`). `bare`: `root` is itself a git directory.
 */
export function treeSnapshot(root: string, bare = false): string[] {
  const lines: string[] = [];
  const walk = (dir: string, mode: WalkMode) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      lines.push(`${path.relative(root, dir)} unreadable ${(error as NodeJS.ErrnoException).code}`);
      return;
    }
    for (const name of names) {
      if (mode === 'git' && !/^(HEAD|config|packed-refs|refs)$/.test(name)) continue;
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const stat = lstatSync(full);
      const bits = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) lines.push(`${rel} link ${bits} -> ${readlinkSync(full)}`);
      else if (stat.isDirectory()) {
        lines.push(`${rel} dir ${bits}`);
        walk(full, mode === 'tree' ? (name === '.git' ? 'git' : 'tree') : 'refs');
      } else if (stat.isFile()) lines.push(`${rel} file ${bits} ${contentHash(full, stat)}`);
      else lines.push(`${rel} special ${bits}`);
    }
  };
  walk(root, bare ? 'git' : 'tree');
  return lines;
}

/** Write requests (anything but GET and HEAD) the stand-in has answered, to any repository: counted incrementally. */
const writeCounts = new WeakMap<GitHubStandIn, { scanned: number; writes: number }>();
function writesSoFar(github: GitHubStandIn): number {
  const count = writeCounts.get(github) ?? { scanned: 0, writes: 0 };
  const entries = github.log.entries;
  if (entries.length < count.scanned) Object.assign(count, { scanned: 0, writes: 0 });
  for (; count.scanned < entries.length; count.scanned++) {
    const method = entries[count.scanned].method;
    if (method !== 'GET' && method !== 'HEAD') count.writes += 1;
  }
  writeCounts.set(github, count);
  return count.writes;
}

/** What every case shares: the checkout, origin, the catalog, the outside directory and GitHub's write count. */
export function snapshotShared(project: Project, services: Services, options: { github?: boolean } = {}): string {
  return [
    '# workspace',
    ...treeSnapshot(project.workspace),
    '# origin',
    ...treeSnapshot(project.repo.remote, true),
    '# catalog',
    ...treeSnapshot(project.catalog.remote, true),
    '# outside',
    ...treeSnapshot(project.outside),
    ...(options.github === false ? [] : [`# github writes ${writesSoFar(services.github)}`]),
  ].join('\n');
}

/** What is the case's own: its GitHub repository's releases and its registry namespace. */
export function snapshotTarget(
  services: Services,
  target: { owner: string; repo: string; registryPrefix?: string },
  options: { github?: boolean } = {},
): string {
  const releases =
    options.github === false
      ? []
      : services.github.state
          .releases(target.owner, target.repo)
          .map((r) => ({ ...r, assets: r.assets.map((a) => ({ ...a, bytes: undefined, digest: a.digest })) }));
  // Only this case's namespace (every case pushes under its own prefix; the rest is other cases').
  const registry =
    services.registry && target.registryPrefix
      ? treeSnapshot(path.join(services.registry.storage, 'docker/registry/v2/repositories', target.registryPrefix))
      : [];
  return ['# registry', ...registry, `# github releases ${JSON.stringify(releases)}`].join('\n');
}

/** Everything a run could touch, as one string. */
export function snapshotWorld(
  project: Project,
  services: Services,
  target: { owner: string; repo: string; registryPrefix?: string },
  options: { github?: boolean } = {},
): string {
  return `${snapshotShared(project, services, options)}\n${snapshotTarget(services, target, options)}`;
}
