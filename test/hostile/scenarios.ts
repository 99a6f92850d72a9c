// Every CLI command as the hostile sweep and the property test drive it: a valid invocation in the
// shared world (world.ts), what it talks to (GitHub, a registry), and the user's files it reads, by
// role, with the hostile forms each file can take. A command in cli/commands.ts without an entry here
// fails the sweep, so a new operation is swept from the day it is added.
import type fc from 'fast-check';
import { CHECKSUMS_NAME, MERGED_CHECKSUMS, SPLIT_ARCHIVES, type Project, type Services } from './world.js';
import {
  badPath,
  notADate,
  notAllOf,
  notAnHttpUrl,
  notAnImage,
  notAnInteger,
  notARegistry,
  notARegistryHost,
  notARevision,
  notARepository,
  notATag,
  notAVersion,
  notAnyVersion,
  controlText,
  escapingPath,
  notBoolean,
  notOneOf,
} from './bad-values.js';
import type { KnownOpenArea } from './known-open.js';

/** Where a case's effects would land: its own GitHub repository and registry namespace. */
export interface Target {
  owner: string;
  repo: string;
  /** The registry repository prefix (`c12`), so cases never share a chart repository. */
  registryPrefix: string;
}

/** The forms a hostile file takes (hostile.ts builds each). */
export const HOSTILE_FILE_KINDS = [
  'directory',
  'fifo',
  'symlink-outside',
  'symlink-loop',
  'dangling-symlink',
  'invalid-utf8',
  'bom',
  'duplicate-keys',
  'huge',
  'alias-bomb',
  'empty',
] as const;
export type HostileFileKind = (typeof HOSTILE_FILE_KINDS)[number];

export interface FileRole {
  /** Relative to the workspace. */
  path: string;
  /** What the file is: picks how duplicate keys, huge values and bombs are written. */
  format: 'yaml' | 'json' | 'markdown' | 'text' | 'binary';
  /**
   * The hostile forms that must fail the operation, each with the known-open area that still has to
   * fix it (undefined: must hold now). Forms left out are not bad input for this file (an empty
   * release-notes file is a valid empty annotation).
   */
  hostile: Partial<Record<HostileFileKind, KnownOpenArea | undefined>>;
  /** What the one error line must name; default the file's own name. */
  named?: RegExp;
  /** For `huge`: the file with one value made huge and so invalid (default: a 2 MiB line of garbage). */
  huge?: (original: string) => string;
  /** For `duplicate-keys`: the file with the key that matters given twice. */
  duplicate?: (original: string) => string;
  /** For `alias-bomb`: the file with `bomb` (anchors a, b0 … b7) and an alias to it where a value is read. */
  bomb?: (original: string, bomb: string) => string;
}

/** What a variant's arguments are built from. */
export interface World {
  project: Project;
  services: Services;
  target: Target;
  /** The registry host operations are pointed at: the fault proxy, or a host that is out of reach. */
  registryHost: string;
}

export interface Variant {
  /** e.g. `changelog release`. */
  name: string;
  /** The command in cli/commands.ts. */
  command: string;
  /** The operation it runs (its name is a command too, with the inputs as flags; an action's when actions/<name>/ exists). */
  operation: string;
  github?: boolean;
  registry?: boolean;
  /** The user's files it reads. */
  files: FileRole[];
  /** The CLI arguments after the command, as a user types them. */
  argv(world: World): string[];
  /** The same invocation as the operation's inputs (the action's inputs; `--name=value` flags of the operation's command). */
  inputs(world: World): Record<string, string>;
  /** For each input worth fuzzing, values that are wrong for it (bad-values.ts). */
  bad: Record<string, fc.Arbitrary<string>>;
  /** GitHub state this case needs first (a published release to supersede). */
  seed?(services: Services, target: Target): void;
  /** Extra environment. */
  env?: Record<string, string>;
}

const ref = (target: Target) => `acme/${target.repo}`;

// The files several operations read, with the hostile forms each must refuse.
const text = { directory: undefined, 'symlink-outside': undefined, 'symlink-loop': undefined } as const;

const CHANGELOG_FILE: FileRole = {
  path: 'CHANGELOG.md',
  format: 'markdown',
  // Not 'invalid-utf8': prepare edits CHANGELOG.md in place and keeps bytes it did not mean to change
  // (test/versions/in-place-edits.test.ts); the commands that read it into notes refuse them
  // (test/hostile/file-problems.test.ts, 'a changelog that is not UTF-8').
  hostile: {
    ...text,
    'dangling-symlink': undefined,
    fifo: undefined,
    empty: undefined,
  },
  huge: (original) => original.replace('## 0.2.27 - 2026-03-02', `## 0.2.27${'9'.repeat(2 << 20)} - 2026-03-02`),
};

const TRACKS_CONFIG: FileRole = {
  path: '.github/release-kit.yml',
  format: 'yaml',
  hostile: {
    ...text,
    'dangling-symlink': undefined,
    fifo: undefined,
    'invalid-utf8': undefined,
    'duplicate-keys': undefined,
    'alias-bomb': undefined,
    empty: undefined,
  },
  duplicate: (original) => original.replace('versions:\n', 'versions:\n  app: {files: []}\nversions:\n'),
  bomb: (original, bomb) => `${bomb}${original.replace('watch: ["apps/runtime/**"]', 'watch: *b7')}`,
  huge: (original) => original.replace('tag: "v{version}"', `tag: "v{version}${'x'.repeat(2 << 20)}"`),
};

const VERSION_CHART: FileRole = {
  path: 'charts/buntime/Chart.yaml',
  format: 'yaml',
  hostile: {
    directory: undefined,
    'symlink-outside': undefined,
    'symlink-loop': undefined,
    'dangling-symlink': undefined,
    fifo: undefined,
    'invalid-utf8': undefined,
    'duplicate-keys': undefined,
    huge: undefined,
    'alias-bomb': undefined,
    empty: undefined,
  },
  duplicate: (original) => original.replace('version: 0.2.26 # chart', 'version: 0.2.26 # chart\nversion: 0.2.25'),
  // The version itself is the alias, so reading it is what expands the bomb.
  bomb: (original, bomb) => `${bomb}${original.replace('version: 0.2.26 # chart', 'version: *b7')}`,
  huge: (original) => original.replace('version: 0.2.26 # chart', `version: 0.2.26-${'x'.repeat(2 << 20)}`),
};

const VERSION_PACKAGE: FileRole = {
  path: 'package.json',
  format: 'json',
  hostile: {
    directory: undefined,
    'symlink-outside': undefined,
    fifo: undefined,
    'invalid-utf8': undefined,
    'duplicate-keys': undefined,
    huge: undefined,
    empty: undefined,
  },
  duplicate: (original) => original.replace('"version": "0.2.26"', '"version": "0.2.26",\n  "version": "0.2.25"'),
  huge: (original) => original.replace('"version": "0.2.26"', `"version": "0.2.26-${'x'.repeat(2 << 20)}"`),
};

/** deploy/buntime/Chart.yaml, the chart packaged and published (charts/ parses it). */
const PACKAGED_CHART: FileRole = {
  path: 'deploy/buntime/Chart.yaml',
  format: 'yaml',
  hostile: {
    directory: undefined,
    'symlink-outside': undefined,
    'symlink-loop': undefined,
    'dangling-symlink': undefined,
    fifo: undefined,
    'invalid-utf8': undefined,
    'duplicate-keys': undefined,
    huge: undefined,
    'alias-bomb': undefined,
    empty: undefined,
  },
  duplicate: (original) => original.replace(/^version: .*$/m, (line) => `${line}\nversion: 9.9.9`),
  huge: (original) => original.replace(/^version: .*$/m, `version: 0.3.0-${'x'.repeat(2 << 20)}`),
};

/** deploy/buntime/Chart.yaml as chart-release-notes edits it (releases/chart-release-notes.ts). */
const ANNOTATED_CHART: FileRole = {
  ...PACKAGED_CHART,
  hostile: {
    directory: undefined,
    'symlink-outside': undefined,
    'symlink-loop': undefined,
    'dangling-symlink': undefined,
    fifo: undefined,
    'invalid-utf8': undefined,
    'alias-bomb': undefined,
    empty: undefined,
  },
};

const RELEASE_NOTES: FileRole = {
  path: 'deploy/buntime/release-notes.md',
  format: 'markdown',
  hostile: { ...text, 'dangling-symlink': undefined, fifo: undefined, 'invalid-utf8': undefined },
};

const CLI_BINARY: FileRole = {
  path: 'bin/krt-linux-amd64',
  format: 'binary',
  // Binaries are found by the files glob, which matches files only: a directory there leaves the
  // glob matching nothing, and the error names the glob.
  named: /bin\/krt-/,
  hostile: {
    directory: undefined,
    fifo: undefined,
    'symlink-outside': undefined,
    'symlink-loop': undefined,
    'dangling-symlink': undefined,
  },
};

const PUBLIC_KEY: FileRole = {
  path: 'cosign.pub',
  format: 'text',
  hostile: { ...text, 'dangling-symlink': undefined, empty: undefined, 'invalid-utf8': undefined },
};

/**
 * A split job's partial checksums file. A directory, FIFO or symlink there is no checksums file of
 * the folder's; an empty one lists nothing, so the folder's archive is a stray: the error names the
 * folder or the file in it.
 */
const PARTIAL_CHECKSUMS: FileRole = {
  path: `out/linux/${CHECKSUMS_NAME}`,
  format: 'text',
  named: /out\/linux/,
  hostile: {
    ...text,
    'dangling-symlink': undefined,
    fifo: undefined,
    'invalid-utf8': undefined,
    bom: undefined,
    huge: undefined,
    empty: undefined,
  },
};

/** A split job's archive, which the partial file's line must match byte for byte. */
const SPLIT_ARCHIVE: FileRole = {
  path: `out/darwin/${SPLIT_ARCHIVES['out/darwin'].name}`,
  format: 'binary',
  named: /out\/darwin/,
  hostile: { ...text, 'dangling-symlink': undefined, fifo: undefined, huge: undefined, empty: undefined },
};

/**
 * verify-release's trusted_root.json. Read when given, as UTF-8 text of a regular file in the
 * workspace; the notes here ask for no signature, so it is never parsed as a trust root (an empty or
 * huge one is refused only where a signature needs it).
 */
const TRUSTED_ROOT: FileRole = {
  path: 'trusted_root.json',
  format: 'json',
  hostile: { ...text, 'dangling-symlink': undefined, fifo: undefined, 'invalid-utf8': undefined },
};

/** The notes of a release of the split archives, as release-notes-from-changelog renders the file part. */
const releaseNotes = (target: Target, archives: string[]) =>
  [
    '## Verification',
    '',
    'The CLI archives and the checksums file that covers them:',
    '',
    '| File |',
    '| --- |',
    ...[...archives, CHECKSUMS_NAME].map((f) => `| \`${f}\` |`),
    '',
    '```sh',
    `gh release download v0.2.27 --repo ${ref(target)}`,
    `sha256sum --check --ignore-missing ${CHECKSUMS_NAME}`,
    '```',
    '',
  ].join('\n');

const TRACK_FILES = [TRACKS_CONFIG, VERSION_CHART, VERSION_PACKAGE];

/** Bad values for the inputs bump-version reads in check mode. */
const CHECK_BAD = {
  config: badPath,
  mode: notOneOf(['bump', 'check']),
  staged: notBoolean,
  'base-ref': notARevision,
};

/** Bad values for the inputs bump-version reads in bump mode. */
const BUMP_BAD = {
  config: badPath,
  mode: notOneOf(['bump', 'check']),
  bump: notOneOf(['patch', 'minor', 'major', 'prerelease']).map((v) => `chart=${v}`),
  commit: notBoolean,
  tag: notBoolean,
  push: notBoolean,
  'allow-dirty': notBoolean,
  include: badPath,
};

/** Bad values for the inputs release-notes-from-changelog reads in every mode. */
const NOTES_BAD = {
  mode: notOneOf(['prepare', 'notes', 'release', 'publish', 'supersede']),
  version: notAVersion,
  tag: notATag,
  repository: notARepository,
  date: notADate,
  'allow-empty': notBoolean,
  'install-docs-url': notAnHttpUrl,
};

/** …and in the modes that render notes from the changelog (notes, release, supersede). */
const RENDER_BAD = { ...NOTES_BAD, changelog: badPath, template: badPath, 'body-file': escapingPath };

/** …and in prepare, which edits the changelog and, when asked, a Chart.yaml. */
const PREPARE_BAD = { ...NOTES_BAD, changelog: badPath, 'chart-release-notes': badPath };

/** The variants of every command: at least one per command of cli/commands.ts. */
export const VARIANTS: Variant[] = [
  {
    name: 'bump',
    command: 'bump',
    operation: 'bump-version',
    files: TRACK_FILES,
    // allow-dirty: a hostile file makes the tree dirty, and the dirty-tree refusal must not hide what
    // the operation does with the file itself.
    argv: () => ['--chart=patch', '--no-push', '--allow-dirty'],
    inputs: () => ({ bump: 'chart=patch', push: 'false', 'allow-dirty': 'true' }),
    bad: BUMP_BAD,
  },
  {
    name: 'bump-version',
    command: 'bump-version',
    operation: 'bump-version',
    files: TRACK_FILES,
    argv: () => ['--bump', 'chart=patch', '--no-push', '--allow-dirty'],
    inputs: () => ({ bump: 'chart=patch', push: 'false', 'allow-dirty': 'true' }),
    bad: BUMP_BAD,
  },
  {
    name: 'check',
    command: 'check',
    operation: 'bump-version',
    files: TRACK_FILES,
    argv: () => [],
    inputs: () => ({ mode: 'check' }),
    bad: CHECK_BAD,
  },
  {
    name: 'changelog notes',
    command: 'changelog',
    operation: 'release-notes-from-changelog',
    files: [CHANGELOG_FILE],
    argv: () => ['notes', '0.2.27'],
    inputs: () => ({ mode: 'notes', version: '0.2.27' }),
    bad: RENDER_BAD,
  },
  {
    name: 'changelog prepare',
    command: 'changelog',
    operation: 'release-notes-from-changelog',
    files: [CHANGELOG_FILE],
    argv: () => ['prepare', '0.2.28', '--date', '2026-03-03'],
    inputs: () => ({ mode: 'prepare', version: '0.2.28', date: '2026-03-03' }),
    bad: PREPARE_BAD,
  },
  {
    name: 'changelog release',
    command: 'changelog',
    operation: 'release-notes-from-changelog',
    github: true,
    files: [CHANGELOG_FILE],
    argv: () => ['release', '0.2.27'],
    inputs: () => ({ mode: 'release', version: '0.2.27' }),
    bad: RENDER_BAD,
  },
  {
    name: 'release-notes-from-changelog supersede',
    command: 'release-notes-from-changelog',
    operation: 'release-notes-from-changelog',
    github: true,
    files: [CHANGELOG_FILE],
    seed: (services, target) => {
      services.github.state.addRelease(target.owner, target.repo, { tagName: 'v0.2.26', body: '## Notes\n' });
    },
    argv: () => [
      '--mode',
      'supersede',
      '--version',
      '0.2.27',
      '--supersedes',
      'v0.2.26',
      '--supersede-reason',
      'the arm64 image crashes',
    ],
    inputs: () => ({
      mode: 'supersede',
      version: '0.2.27',
      supersedes: 'v0.2.26',
      'supersede-reason': 'the arm64 image crashes',
    }),
    bad: { ...RENDER_BAD, supersedes: notAVersion, 'supersede-reason': notOneOf(['x']).map((v) => `${v}\n${v}`) },
  },
  {
    name: 'release-notes-from-changelog publish',
    command: 'release-notes-from-changelog',
    operation: 'release-notes-from-changelog',
    github: true,
    files: [],
    seed: (services, target) => {
      services.github.state.addRelease(target.owner, target.repo, { tagName: 'v0.2.27', draft: true });
    },
    argv: () => ['--mode', 'publish', '--version', '0.2.27'],
    inputs: () => ({ mode: 'publish', version: '0.2.27' }),
    bad: NOTES_BAD,
  },
  {
    name: 'chart-release-notes',
    command: 'chart-release-notes',
    operation: 'chart-release-notes',
    files: [ANNOTATED_CHART, RELEASE_NOTES],
    argv: () => ['--chart', 'deploy/buntime', '--notes', 'deploy/buntime/release-notes.md'],
    inputs: () => ({ chart: 'deploy/buntime', notes: 'deploy/buntime/release-notes.md' }),
    bad: { chart: badPath, notes: badPath },
  },
  {
    name: 'image-tags',
    command: 'image-tags',
    operation: 'image-tags',
    files: [],
    argv: () => ['--version', 'v1.2.3', '--latest', 'never', '--image', 'ghcr.io/acme/app'],
    inputs: () => ({ version: 'v1.2.3', latest: 'never', image: 'ghcr.io/acme/app' }),
    bad: {
      version: notAVersion,
      scheme: notOneOf(['semver', 'gitlab']),
      latest: notOneOf(['auto', 'always', 'never']),
      'major-zero': notBoolean,
      image: notAnImage,
    },
  },
  {
    name: 'init',
    command: 'init',
    operation: 'init',
    files: [],
    argv: () => ['--dry-run', '--release-kit-repository', 'acme/release-kit'],
    inputs: () => ({ 'dry-run': 'true', 'release-kit-repository': 'acme/release-kit' }),
    bad: {
      config: badPath,
      workflow: badPath,
      'release-kit-repository': notARepository,
      'release-kit-ref': notATag,
      force: notBoolean,
      'dry-run': notBoolean,
      cli: badPath,
    },
  },
  {
    name: 'publish-chart-catalog',
    command: 'publish-chart-catalog',
    operation: 'publish-chart-catalog',
    files: [PACKAGED_CHART],
    argv: ({ project }) => [
      '--chart',
      'deploy/buntime',
      '--target',
      'helm-repo',
      '--repository',
      project.catalog.remote,
      '--branch',
      'main',
      '--base-url',
      'https://charts.example.com',
    ],
    inputs: ({ project }) => ({
      chart: 'deploy/buntime',
      target: 'helm-repo',
      repository: project.catalog.remote,
      branch: 'main',
      'base-url': 'https://charts.example.com',
    }),
    bad: {
      chart: badPath,
      target: notOneOf(['rancher', 'helm-repo']),
      branch: notATag,
      directory: escapingPath,
      'base-url': notAnHttpUrl,
      'release-notes': badPath,
      'max-attempts': notAnInteger,
    },
  },
  {
    name: 'publish-chart-oci',
    command: 'publish-chart-oci',
    operation: 'publish-chart-oci',
    registry: true,
    files: [PACKAGED_CHART],
    argv: ({ registryHost, target }) => [
      '--chart',
      'deploy/buntime',
      '--registry',
      `oci://${registryHost}/${target.registryPrefix}`,
      '--plain-http',
    ],
    inputs: ({ registryHost, target }) => ({
      chart: 'deploy/buntime',
      registry: `oci://${registryHost}/${target.registryPrefix}`,
      'plain-http': 'true',
    }),
    bad: {
      chart: badPath,
      registry: notARegistry,
      version: notAnyVersion,
      'release-notes': badPath,
      'plain-http': notBoolean,
      'on-existing': notOneOf(['fail', 'skip', 'overwrite']),
    },
  },
  {
    name: 'upload-cli-artifacts',
    command: 'upload-cli-artifacts',
    operation: 'upload-cli-artifacts',
    github: true,
    files: [CLI_BINARY],
    argv: () => ['--name', 'krt', '--tag', 'v0.2.27', '--files', 'bin/krt-*'],
    inputs: () => ({ name: 'krt', tag: 'v0.2.27', files: 'bin/krt-*' }),
    bad: {
      name: controlText,
      version: notAVersion,
      tag: notATag,
      files: badPath,
      format: notAllOf(['tar.gz', 'zip']),
      upload: notOneOf(['release', 'artifact', 'both', 'none']),
      'create-release': notBoolean,
      overwrite: notBoolean,
      concurrency: notAnInteger,
      'retention-days': notAnInteger,
      repository: notARepository,
    },
  },
  {
    name: 'merge-checksums',
    command: 'merge-checksums',
    operation: 'merge-checksums',
    files: [PARTIAL_CHECKSUMS, SPLIT_ARCHIVE],
    // The merged file goes to the partial files' shared name in the workspace root (a new file).
    argv: () => ['--dir', 'out/linux', '--dir', 'out/darwin'],
    inputs: () => ({ dir: 'out/linux\nout/darwin' }),
    bad: { dir: badPath, output: escapingPath },
  },
  {
    name: 'verify-release',
    command: 'verify-release',
    operation: 'verify-release',
    github: true,
    files: [TRUSTED_ROOT],
    // A published release of the split archives and their merged checksums, its notes naming all three.
    seed: (services, target) => {
      const archives = Object.values(SPLIT_ARCHIVES);
      services.github.state.addRelease(target.owner, target.repo, {
        tagName: 'v0.2.27',
        body: releaseNotes(
          target,
          archives.map((a) => a.name),
        ),
        assets: [
          ...archives.map((a) => ({ name: a.name, bytes: a.bytes, contentType: 'application/gzip' })),
          { name: CHECKSUMS_NAME, bytes: MERGED_CHECKSUMS, contentType: 'text/plain' },
        ],
      });
    },
    argv: (world) => ['v0.2.27', '--repository', ref(world.target), '--trusted-root', 'trusted_root.json'],
    inputs: (world) => ({ tag: 'v0.2.27', repository: ref(world.target), 'trusted-root': 'trusted_root.json' }),
    bad: {
      tag: notATag,
      repository: notARepository,
      registry: notARegistryHost,
      'trusted-root': badPath,
    },
  },
  {
    name: 'verify-images',
    command: 'verify-images',
    operation: 'verify-images',
    registry: true,
    files: [PUBLIC_KEY],
    argv: ({ registryHost }) => [
      '--images',
      `${registryHost}/acme/signed:1.0.0`,
      '--public-key',
      'cosign.pub',
      '--ignore-tlog',
      '--plain-http',
    ],
    inputs: ({ registryHost }) => ({
      images: `${registryHost}/acme/signed:1.0.0`,
      'public-key': 'cosign.pub',
      'ignore-tlog': 'true',
      'plain-http': 'true',
    }),
    bad: {
      images: notAnImage,
      'public-key': badPath,
      'ignore-tlog': notBoolean,
      engine: notOneOf(['sigstore', 'cosign']),
      'trusted-root': badPath,
      'plain-http': notBoolean,
      retries: notAnInteger,
    },
  },
];

/** The environment of a case: the stand-in, a token, the target repository, a fixed archive time. */
export function caseEnv(services: Services, target: Target, variant: Variant): Record<string, string> {
  return {
    ...services.github.env(),
    GITHUB_TOKEN: 'ghs_hostileSweepToken0123456789',
    GITHUB_REPOSITORY: ref(target),
    GITHUB_REF: 'refs/heads/main',
    SOURCE_DATE_EPOCH: '1714564800',
    RELEASE_KIT_RETRY_BASE_MS: '1',
    ...variant.env,
  };
}
