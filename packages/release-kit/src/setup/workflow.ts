// The caller release workflow init writes: the pack's reusable workflows for what the repository ships, as docs/examples/release.yml.
import { escapeRegExp } from '../plumbing/regexp.js';
import type { RepoLayout } from './discover.js';

/** Where the pack's workflows and actions are called from: `uses: <repository>/…@<ref>`. */
export interface PackRef {
  repository: string;
  ref: string;
}

/** The exact keyless identity release-images signs with, as release-images.yml derives it. */
function imagesIdentity(pack: PackRef): string {
  const ref = /^[0-9a-f]{40}$/.test(pack.ref) || pack.ref.startsWith('refs/') ? pack.ref : `refs/tags/${pack.ref}`;
  return `https://github.com/${pack.repository}/.github/workflows/release-images.yml@${ref}`;
}

/** The platforms release-cli builds by default, as its `platforms` input takes them. */
const CLI_PLATFORMS = [
  { os: 'linux', arch: 'amd64' },
  { os: 'linux', arch: 'arm64' },
  { os: 'darwin', arch: 'amd64' },
  { os: 'darwin', arch: 'arm64' },
  { os: 'windows', arch: 'amd64' },
];

/**
 * The draft step's `signatures`, `attestations` and `signer-workflows`: what the notes tell users to
 * verify, fed from what the flows report they did (release-images signs every image and says whether
 * it attested them; release-charts says whether it signed the charts; the cli job attests), so the
 * notes never claim what was not made. The pack's workflows sign and attest: the signer is the pack.
 */
function claimLines(images: boolean, charts: boolean, cli: boolean, pack: PackRef): string[] {
  // Empty items are dropped by the inputs (comma-separated), so a claim not made leaves only a comma.
  const signatures = [images && 'images', charts && "${{ needs.charts.outputs.signed == 'true' && 'charts' || '' }}"];
  const attestations = [
    images && "${{ needs.images.outputs.attested == 'true' && 'images' || '' }}",
    cli && 'archives, checksums',
  ];
  const input = (name: string, parts: (string | false)[]) => {
    const given = parts.filter((part): part is string => part !== false);
    return given.length ? [`          ${name}: ${given.join(', ')}`] : [];
  };
  const lines = [...input('signatures', signatures), ...input('attestations', attestations)];
  return lines.length ? [...lines, `          signer-workflows: ${pack.repository}@${pack.ref}`] : [];
}

/** A YAML single-quoted scalar (the workflow is written as text, so values are quoted here). */
function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The release workflow for `layout`. Jobs only for what the repository ships: images (Dockerfiles),
 * charts, and with a CHANGELOG.md the draft release, the CLI (a Go command) and publishing. The
 * version tracks file is the one release-charts checks on the tag.
 */
export function renderReleaseWorkflow(layout: RepoLayout, pack: PackRef, configFile: string): string {
  const { repository, ref } = pack;
  const uses = (workflow: string) => `${repository}/.github/workflows/${workflow}@${ref}`;
  const action = (name: string) => `${repository}/actions/${name}@${ref}`;
  const packInputs = [`      release-kit-repository: ${repository}`, `      release-kit-ref: ${ref}`];
  const images = layout.images;
  // Charts synced into a git catalog on every push (Buntime) are released by the catalog workflow.
  const charts = layout.workflows.chartCatalog ? [] : layout.charts;
  const changelog = layout.changelog;
  const cli = changelog ? layout.cli : undefined;
  const out: string[] = [
    '# The release workflow, written by `release-kit init` (docs/examples/release.yml explains every job).',
    `# It calls the release-kit pack at ${repository}@${ref}; pin a commit SHA for the strongest guarantee.`,
    '#   - push a tag vX.Y.Z (release-kit bump --tag makes it; use a token that can start workflows);',
    '#   - or run it by hand with `tag`: the rerun path for a failed release. It never creates or moves a tag.',
    'name: release',
    '',
    'on:',
    '  push:',
    "    tags: ['v*.*.*']",
    '  workflow_dispatch:',
    '    inputs:',
    '      tag:',
    '        description: Existing release tag to (re)run, e.g. v0.1.0. Nothing is tagged.',
    '        type: string',
    '        required: true',
    '',
    'permissions: {}',
    '',
    'concurrency:',
    '  group: release-${{ inputs.tag || github.ref_name }}',
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  tag:',
    '    name: Which tag',
    '    runs-on: ubuntu-latest',
    '    permissions: {}',
    '    outputs:',
    '      tag: ${{ steps.tag.outputs.tag }}',
    ...(cli
      ? [
          "      # The CLI's platforms, in one place: the cli job builds them and the draft names their archives.",
          '      cli-platforms: ${{ steps.tag.outputs.cli-platforms }}',
        ]
      : []),
    '    steps:',
    '      - id: tag',
    '        env:',
    '          TAG: ${{ inputs.tag || github.ref_name }}',
    '        run: |',
    '          if ! [[ "$TAG" =~ ^v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then',
    `            echo "::error::not a release tag: '$TAG' (expected vX.Y.Z)"`,
    '            exit 1',
    '          fi',
    '          echo "tag=$TAG" >> "$GITHUB_OUTPUT"',
    ...(cli ? [`          echo 'cli-platforms=${JSON.stringify(CLI_PLATFORMS)}' >> "$GITHUB_OUTPUT"`] : []),
  ];
  const needs = ['tag'];
  if (images.length) {
    needs.push('images');
    out.push(
      '',
      '  images:',
      '    needs: tag',
      '    permissions:',
      '      contents: read',
      '      packages: write',
      '      id-token: write',
      '      attestations: write # the build provenance attestation of each image',
      `    uses: ${uses('release-images.yml')}`,
      '    with:',
      '      tag: ${{ needs.tag.outputs.tag }}',
      `      images: ${quote(JSON.stringify(images.map((i) => ({ name: i.name, dockerfile: i.dockerfile }))))}`,
      ...(layout.workflows.imageTags
        ? [
            "      # The tag rules of the repository's own docker/metadata-action step.",
            '      tags: |',
            ...layout.workflows.imageTags.split('\n').map((line) => `        ${line}`),
          ]
        : []),
      ...packInputs,
    );
  }
  if (charts.length) {
    needs.push('charts');
    const notes = charts.length === 1 ? charts[0].releaseNotes : undefined;
    out.push(
      '',
      '  charts:',
      '    needs: tag',
      '    permissions:',
      '      contents: read',
      '      packages: write',
      '      id-token: write',
      `    uses: ${uses('release-charts.yml')}`,
      '    with:',
      '      tag: ${{ needs.tag.outputs.tag }}',
      `      charts: ${quote(JSON.stringify(charts.map((c) => c.dir)))}`,
      ...(configFile !== '.github/release-kit.yml' ? [`      config: ${quote(configFile)}`] : []),
      ...(notes
        ? [`      release-notes: ${quote(notes)} # the Rancher catalog.cattle.io/release-notes annotation`]
        : []),
      ...packInputs,
    );
  }
  if (changelog) {
    out.push(
      '',
      '  draft:',
      `    name: Draft release (notes from ${changelog.file})`,
      `    needs: [${needs.join(', ')}]`,
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: write # create or update the draft release',
      '    steps:',
      '      - name: Check out the tag (fails when it does not exist; nothing creates it here)',
      '        uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '        with:',
      '          ref: refs/tags/${{ needs.tag.outputs.tag }}',
      '          persist-credentials: false',
    );
    if (cli) {
      out.push(
        '      - name: The CLI assets the release will carry',
        '        id: cli',
        '        env:',
        '          TAG: ${{ needs.tag.outputs.tag }}',
        '          PLATFORMS: ${{ needs.tag.outputs.cli-platforms }}',
        '        run: |',
        '          {',
        "            echo 'names<<RELEASE_KIT_EOF'",
        `            jq -r --arg tag "$TAG" '.[] | "${cli.name}_\\($tag)_\\(.os)_\\(.arch).tar.gz"' <<<"$PLATFORMS"`,
        `            echo "${cli.name}_\${TAG}_checksums.txt"`,
        "            echo 'RELEASE_KIT_EOF'",
        '          } >> "$GITHUB_OUTPUT"',
      );
    }
    out.push(
      '      - name: Draft the release with its notes',
      `        uses: ${action('release-notes-from-changelog')}`,
      '        with:',
      '          mode: release',
      '          version: ${{ needs.tag.outputs.tag }}',
      ...(changelog.file !== 'CHANGELOG.md' ? [`          changelog: ${quote(changelog.file)}`] : []),
      ...(images.length ? ['          images: ${{ needs.images.outputs.images }}'] : []),
      ...(charts.length ? ['          charts: ${{ needs.charts.outputs.refs }}'] : []),
      ...(cli ? ['          cli-assets: ${{ steps.cli.outputs.names }}'] : []),
      ...claimLines(images.length > 0, charts.length > 0, cli !== undefined, pack),
      ...(images.length
        ? [`          certificate-identity-regexp: ${quote(`^${escapeRegExp(imagesIdentity(pack))}$`)}`]
        : []),
      '          token: ${{ github.token }}',
    );
    needs.push('draft');
  }
  if (cli) {
    out.push(
      '',
      '  cli:',
      '    needs: [tag, draft]',
      '    permissions:',
      '      contents: write',
      '      id-token: write',
      '      attestations: write',
      "      # release-cli's finish job asks for it (its publish gate), even with publish: false: GitHub",
      '      # refuses to start a run whose called workflow asks for more than the calling job grants.',
      '      packages: read',
      `    uses: ${uses('release-cli.yml')}`,
      '    with:',
      '      tag: ${{ needs.tag.outputs.tag }}',
      `      name: ${cli.name}`,
      `      go-version-file: ${cli.goVersionFile}`,
      '      platforms: ${{ needs.tag.outputs.cli-platforms }}',
      ...(cli.ldflags
        ? [
            "      # The Makefile's version ldflags; the date from SOURCE_DATE_EPOCH (the tag commit's time), so a",
            '      # rerun builds the same bytes and its archives come out unchanged.',
          ]
        : []),
      `      build-command: ${quote(`go build -trimpath ${cli.ldflags ? `-ldflags "${cli.ldflags}" ` : ''}-o "$OUTPUT" ${cli.pkg}`)}`,
      "      attest: true # the draft's notes claim the archives' and the checksums file's attestations",
      '      publish: false # published below, once every flow succeeded',
      ...packInputs,
    );
    needs.push('cli');
  }
  if (changelog) {
    // The publish gate checks the images and charts the notes name on the registry (ghcr.io).
    const registry = images.length > 0 || charts.length > 0;
    out.push(
      '',
      '  publish:',
      '    name: Publish',
      `    needs: [${needs.join(', ')}]`,
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: write # publish the release',
      ...(registry
        ? [
            '      # The publish gate reads the images and charts the notes name: a new GHCR package is private.',
            '      packages: read',
          ]
        : []),
      '    steps:',
      '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
      '        with:',
      '          ref: refs/tags/${{ needs.tag.outputs.tag }}',
      '          persist-credentials: false',
      '      - name: Publish the release',
      `        uses: ${action('release-notes-from-changelog')}`,
      '        with:',
      '          mode: publish',
      '          version: ${{ needs.tag.outputs.tag }}',
      ...(changelog.file !== 'CHANGELOG.md' ? [`          changelog: ${quote(changelog.file)}`] : []),
      ...(cli ? ['          require-assets: ${{ needs.cli.outputs.require-assets }}'] : []),
      '          token: ${{ github.token }}',
      ...(registry
        ? [
            '          # Sent only to ghcr.io (the `registry` default), never to another registry the notes name.',
            '          registry-username: ${{ github.actor }}',
            '          registry-password: ${{ github.token }}',
          ]
        : []),
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * The chart catalog workflow for a repository whose own workflow syncs its chart into a git catalog on
 * every push (Buntime's helm-publish): the same trigger paths, the generated files prepared first
 * (with Bun), then release-charts' check and publish-chart-catalog into the same catalog repository.
 */
export function renderCatalogWorkflow(layout: RepoLayout, pack: PackRef, configFile: string): string | undefined {
  const catalog = layout.workflows.chartCatalog;
  if (!catalog || !layout.charts.length) return undefined;
  const notes = layout.charts.length === 1 ? layout.charts[0].releaseNotes : undefined;
  const out = [
    `# The chart catalog release, written by \`release-kit init\` from ${catalog.file} (docs/examples/chart-catalog.yml).`,
    `# Every push to ${catalog.branch} that changes the chart publishes its version into ${catalog.repository}`,
    '# (charts/<name>/<version>/); a version already there with the same files is unchanged, a changed one',
    '# without a chart bump is refused.',
    'name: chart-catalog',
    '',
    'on:',
    '  push:',
    `    branches: [${catalog.branch}]`,
    '    paths:',
    ...catalog.paths.map((p) => `      - ${quote(p)}`),
    '  workflow_dispatch:',
    '',
    'permissions: {}',
    '',
    'concurrency:',
    '  group: chart-catalog-${{ github.ref_name }}',
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  catalog:',
    '    permissions:',
    '      contents: read',
    '      packages: write',
    '      id-token: write',
    `    uses: ${pack.repository}/.github/workflows/release-charts.yml@${pack.ref}`,
    '    with:',
    "      tag: '' # the pushed commit, no tag",
    '      oci: false',
    `      charts: ${quote(JSON.stringify(layout.charts.map((c) => c.dir)))}`,
    ...(configFile !== '.github/release-kit.yml' ? [`      config: ${quote(configFile)}`] : []),
    '      catalog-target: rancher',
    `      catalog-repository: ${catalog.repository}`,
    ...(catalog.bunVersion ? [`      bun-version: ${quote(catalog.bunVersion)}`] : []),
    ...(catalog.prepare ? [`      prepare: ${quote(catalog.prepare)}`] : []),
    ...(notes ? [`      release-notes: ${quote(notes)}`] : []),
    `      release-kit-repository: ${pack.repository}`,
    `      release-kit-ref: ${pack.ref}`,
    '    secrets:',
    `      CATALOG_TOKEN: \${{ secrets.${catalog.tokenSecret ?? 'CATALOG_TOKEN'} }}`,
  ];
  return `${out.join('\n')}\n`;
}
