// The two seed repositories as init meets them, with their own release machinery: kruntimes' Makefile,
// version package, five root Dockerfiles and metadata-action tags; Buntime's generated Helm files,
// plugin manifests, development Dockerfile, lefthook hooks and catalog sync workflow.
import { buntimeRepoFiles, kruntimesRepoFiles } from '../versions/fixtures.js';

/** kruntimes/kruntimes' release-relevant layout (shaped like it, not copied). */
export function kruntimesSeedFiles(): Record<string, string> {
  return {
    ...kruntimesRepoFiles(),
    'Dockerfile.python-runtime': 'FROM python:3-slim\nRUN apt-get update && apt-get install -y git\n',
    'cmd/runtime-maintainer/main.go': 'package main\n\nfunc main() {}\n',
    'internal/version/version.go':
      'package version\n\nvar (\n\tVersion = "dev"\n\tCommit  = "unknown"\n\tDate    = "unknown"\n)\n',
    Makefile: [
      '.PHONY: build-scheduler',
      'build-scheduler: ## the scheduler',
      '\tgo build -o bin/scheduler ./cmd/scheduler',
      '',
      '.PHONY: build-cli',
      'build-cli: generate ## the krt binary',
      '\tgo build -ldflags="-X github.com/kruntimes/kruntimes/internal/version.Version=dev" -o bin/krt ./cmd/krt',
      '',
    ].join('\n'),
    '.github/workflows/release-images.yml': [
      'name: Release Images',
      'on:',
      '  push:',
      '    tags: ["v*.*.*"]',
      '  workflow_dispatch:',
      '    inputs:',
      '      tag: { type: string, required: false }',
      'jobs:',
      '  publish:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v7',
      '      - id: meta',
      '        uses: docker/metadata-action@v6.2.0',
      '        with:',
      '          images: ghcr.io/kruntimes/${{ matrix.image }}',
      '          tags: |',
      '            type=ref,event=tag',
      '            type=semver,pattern={{version}}',
      '            type=semver,pattern={{major}}.{{minor}}',
      "            type=raw,value=${{ github.event.inputs.tag }},enable=${{ github.event_name == 'workflow_dispatch' && github.event.inputs.tag != '' }}",
      "            type=sha,format=long,enable=${{ github.event_name == 'workflow_dispatch' && github.event.inputs.tag == '' }}",
      '',
    ].join('\n'),
  };
}

/**
 * zommehq/buntime's release-relevant layout (shaped like it, not copied), at its versions today: chart
 * 0.2.26 (also in the root package.json), runtime 1.1.0 (apps/runtime/package.json, the chart's
 * appVersion), no root README.
 */
export function buntimeSeedFiles(): Record<string, string> {
  const files = buntimeRepoFiles();
  delete files['charts/values.yaml']; // generated, and ignored by git
  delete files['README.md']; // the repository has none at its root
  const at = (file: string, from: RegExp, to: string) => {
    if (!from.test(files[file])) throw new Error(`${file}: no ${from}`);
    files[file] = files[file].replace(from, to);
  };
  at('charts/Chart.yaml', /^version: 0\.3\.0/m, 'version: 0.2.26');
  at('charts/Chart.yaml', /^appVersion: "1\.0\.3"/m, 'appVersion: "1.1.0"');
  at('package.json', /"version": "0\.3\.0"/, '"version": "0.2.26"');
  at('apps/runtime/package.json', /"version": "1\.0\.3"/, '"version": "1.1.0"');
  return {
    ...files,
    '.gitignore': 'node_modules\n# generated: bun scripts/generate-helm.ts\ncharts/values.yaml\ncharts/questions.yml\n',
    'charts/values.base.yaml': 'replicaCount: 1\n',
    'Dockerfile.dev': 'FROM oven/bun:1\nCMD ["bun", "--watch", "apps/runtime/src/index.ts"]\n',
    'plugins/plugin-keyval/manifest.yaml': 'name: keyval\nenabled: true\n',
    'scripts/generate-helm.ts':
      '// writes charts/values.yaml and questions.yml from the *.base.yaml files and plugin manifests\n',
    'lefthook.yml': [
      'pre-commit:',
      '  commands:',
      '    version-sync:',
      '      glob: "{package.json,apps/runtime/package.json,charts/Chart.yaml}"',
      '      run: bun scripts/check-version-sync.ts',
      '    chart-version:',
      '      glob: "charts/**"',
      '      run: bun scripts/check-chart-version.ts',
      '',
    ].join('\n'),
    '.github/workflows/docker-publish.yml': [
      'name: Docker',
      'on:',
      '  push:',
      '    tags: ["v*.*.*"]',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - id: meta',
      '        uses: docker/metadata-action@v5',
      '        with:',
      '          images: ghcr.io/${{ github.repository }}',
      '          tags: |',
      '            type=raw,value=latest',
      '            type=semver,pattern={{version}}',
      '            type=semver,pattern={{major}}.{{minor}}',
      '            type=semver,pattern={{major}}',
      '',
    ].join('\n'),
    '.github/workflows/helm-publish.yml': [
      'name: Helm',
      'on:',
      '  push:',
      '    branches: [main]',
      '    paths:',
      '      - "charts/**"',
      '      - "plugins/*/manifest.yaml"',
      '      - "scripts/generate-helm*.ts"',
      '      - ".github/workflows/helm-publish.yml"',
      '  workflow_dispatch:',
      'jobs:',
      '  publish:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: oven-sh/setup-bun@v2',
      '      - run: bun install',
      '      - run: bun scripts/generate-helm.ts',
      '      - run: |',
      '          VERSION=$(grep "^version:" charts/Chart.yaml | cut -d" " -f2)',
      '          git clone https://x-access-token:${{ secrets.CHARTS_PAT }}@github.com/zommehq/charts.git /tmp/charts',
      '          mkdir -p /tmp/charts/charts/buntime/$VERSION && cp -r charts/* /tmp/charts/charts/buntime/$VERSION/',
      '          cd /tmp/charts && git add . && git commit -m "publish $VERSION" && git push origin main',
      '',
    ].join('\n'),
  };
}
