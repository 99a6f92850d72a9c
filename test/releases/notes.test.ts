// The release-notes renderer, its inputs, the template placeholders, the body cap and the chart annotation.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { anchorPattern } from '../../packages/release-kit/src/signing/policy.js';
import { findSection, parseChangelog } from '../../packages/release-kit/src/changelog/parse.js';
import {
  capBody,
  fillTemplate,
  placeholderValues,
  PLACEHOLDERS,
  renderNotes,
  signerIdentity,
  type NotesClaims,
  type NotesContext,
} from '../../packages/release-kit/src/releases/notes.js';
import {
  applyChartNamespaces,
  checkIdentityRegexp,
  parseCharts,
  parseCliAssets,
  parseImages,
  parseSignerWorkflows,
} from '../../packages/release-kit/src/releases/notes-inputs.js';
import {
  injectChartReleaseNotes,
  RELEASE_NOTES_ANNOTATION,
} from '../../packages/release-kit/src/releases/chart-release-notes.js';
import { checkRequiredAssets, describeAssetProblems } from '../../packages/release-kit/src/releases/required-assets.js';
import {
  shouldBeLatest,
  isImmutableReleaseError,
  immutableReleaseError,
} from '../../packages/release-kit/src/releases/release.js';
import { supersedingPatch } from '../../packages/release-kit/src/versions/semver.js';

const fixtures = path.join(import.meta.dirname, '..', 'changelog', 'fixtures');
const digest = `sha256:${'ab'.repeat(32)}`;

const claims = (overrides: Partial<NotesClaims> = {}): NotesClaims => ({
  signatures: [],
  attestations: [],
  signer: { repository: 'acme/kruntimes', ref: 'refs/tags/v1.0.0' },
  ...overrides,
});

function context(version: string, overrides: Partial<NotesContext> = {}): NotesContext {
  const changelog = parseChangelog(readFileSync(path.join(fixtures, 'keep-a-changelog.md'), 'utf8'));
  const section = findSection(changelog, version)!;
  return {
    owner: 'acme',
    repo: 'kruntimes',
    serverUrl: 'https://github.com',
    tag: `v${version}`,
    version,
    changelog,
    section,
    changelogUrl: `https://github.com/acme/kruntimes/blob/v${version}/CHANGELOG.md`,
    installDocsUrl: 'https://kruntimes.dev/install',
    images: [],
    charts: [],
    cliAssets: { archives: [] },
    claims: claims(),
    ...overrides,
  };
}

describe('built-in outline', () => {
  test('sections in the seed order, breaking changes first, real verification commands', () => {
    const body = renderNotes(
      context('1.0.0', {
        images: parseImages(`ghcr.io/acme/kruntimes:v1.0.0@${digest}`),
        charts: parseCharts('oci://ghcr.io/acme/charts/kruntimes:1.0.0'),
        cliAssets: parseCliAssets('kruntimes_v1.0.0_linux_amd64.tar.gz\nkruntimes_v1.0.0_checksums.txt'),
        claims: claims({ signatures: ['images'], attestations: ['images', 'archives'] }),
      }),
    );
    let fenced = false;
    const headings = body.split('\n').filter((l) => {
      if (l.startsWith('```')) fenced = !fenced;
      return !fenced && l.startsWith('## ');
    });
    expect(headings).toEqual([
      '## Summary',
      '## Breaking Changes',
      '## Upgrade Notes',
      '## Images',
      '## Charts',
      '## Verification',
      '## Known Limitations',
      '## Changelog',
    ]);
    expect(body).toContain('## Breaking Changes\n\n- The `v1alpha1` API is removed; migrate to `v1`.\n');
    expect(body).not.toContain('### Breaking Changes');
    expect(body).toContain(
      `cosign verify ghcr.io/acme/kruntimes@${digest} \\\n  --certificate-identity https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v1.0.0 \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com \\\n  --certificate-github-workflow-repository acme/kruntimes`,
    );
    expect(body).toContain(
      `gh attestation verify oci://ghcr.io/acme/kruntimes@${digest} --repo acme/kruntimes --signer-workflow acme/kruntimes/.github/workflows/release-images.yml`,
    );
    expect(body).toContain('helm upgrade --install kruntimes oci://ghcr.io/acme/charts/kruntimes --version 1.0.0');
    expect(body).toContain('sha256sum --check --ignore-missing kruntimes_v1.0.0_checksums.txt');
    expect(body).toContain(
      'gh attestation verify kruntimes_v1.0.0_linux_amd64.tar.gz --repo acme/kruntimes --signer-workflow acme/kruntimes/.github/workflows/release-cli.yml',
    );
    expect(body).toContain('release-kit verify-release v1.0.0 --repository acme/kruntimes');
    expect(body).toContain('[CHANGELOG.md](https://github.com/acme/kruntimes/blob/v1.0.0/CHANGELOG.md)');
    expect(body).toContain('[docs](https://kruntimes.dev/install)');
    expect(body).not.toMatch(/Experimental/);
  });

  test('the signer identity is the signing workflow at its ref, as the certificate names it', () => {
    const pack = parseSignerWorkflows('acme/release-kit@v1');
    expect(pack).toEqual({ repository: 'acme/release-kit', ref: 'refs/tags/v1' });
    expect(signerIdentity('https://github.com', pack, 'release-images.yml')).toBe(
      'https://github.com/acme/release-kit/.github/workflows/release-images.yml@refs/tags/v1',
    );
    expect(parseSignerWorkflows(`acme/release-kit@${'a'.repeat(40)}`).ref).toBe('a'.repeat(40));
    expect(parseSignerWorkflows('acme/release-kit@refs/heads/main').ref).toBe('refs/heads/main');
    expect(() => parseSignerWorkflows('acme/release-kit')).toThrow(
      /input 'signer-workflows' has invalid value "acme\/release-kit": expected OWNER\/REPO@REF/,
    );
    expect(() => checkIdentityRegexp('https://github.com/acme/.*')).toThrow(
      /input 'certificate-identity-regexp' .* anchored with \^ and \$/,
    );
  });

  test('a user identity regexp is anchored as verify-images anchors it: ^a|b$ as a whole', () => {
    const given =
      '^https://github\\.com/acme/kruntimes/\\.github/workflows/release-images\\.yml@refs/tags/v1\\.0\\.0|https://github\\.com/acme/other/\\.github/workflows/release-images\\.yml@refs/tags/v1\\.0\\.0$';
    const checked = checkIdentityRegexp(given);
    expect(checked).toBe(`^(?:${given.slice(1, -1)})$`);
    expect(checked).toBe(anchorPattern(given));
    // Written as given, ^ binds only the first branch and $ only the last: each accepts a longer identity.
    const evil = 'https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v1.0.0-evil';
    const evilPrefix =
      'https://github.com/evil/x/https://github.com/acme/other/.github/workflows/release-images.yml@refs/tags/v1.0.0';
    expect(new RegExp(given).test(evil)).toBe(true);
    expect(new RegExp(given).test(evilPrefix)).toBe(true);
    expect(new RegExp(checked).test(evil)).toBe(false);
    expect(new RegExp(checked).test(evilPrefix)).toBe(false);
    expect(
      new RegExp(checked).test('https://github.com/acme/other/.github/workflows/release-images.yml@refs/tags/v1.0.0'),
    ).toBe(true);
    // The rendered cosign command carries the anchored form.
    const body = renderNotes(
      context('1.0.0', {
        images: parseImages(`ghcr.io/acme/kruntimes:v1.0.0@${digest}`),
        claims: claims({ signatures: ['images'], imageIdentityRegexp: checked }),
      }),
    );
    expect(body).toContain(`--certificate-identity-regexp '${checked}'`);
    // Already anchored as a whole: kept as written; a group with | inside is not top-level.
    expect(checkIdentityRegexp('^https://x/(a|b)$')).toBe('^https://x/(a|b)$');
    expect(checkIdentityRegexp('^(?:a|b)$')).toBe('^(?:a|b)$');
    // Anchors the user did not write are still refused, as is an escaped $.
    expect(() => checkIdentityRegexp('a|b$')).toThrow(/anchored with \^ and \$/);
    expect(() => checkIdentityRegexp('^a|b')).toThrow(/anchored with \^ and \$/);
    expect(() => checkIdentityRegexp('^a\\$')).toThrow(/anchored with \^ and \$/);
  });

  test('a 0.x version carries the experimental sentence; the input replaces it', () => {
    const changelog = parseChangelog('## 0.3.0 - 2026-01-01\n\n### Added\n\n- x\n');
    const section = findSection(changelog, '0.3.0')!;
    const base = { ...context('1.0.0'), changelog, section, version: '0.3.0', tag: 'v0.3.0' };
    expect(renderNotes(base)).toContain(
      '> **Experimental:** kruntimes 0.3.0 is a 0.x release. Its `v1alpha1` APIs may change incompatibly',
    );
    const custom = renderNotes({ ...base, experimentalNotice: 'Preview: the `v1beta1` API may change.' });
    expect(custom).toContain('> Preview: the `v1beta1` API may change.');
    expect(custom).not.toContain('v1alpha1');
  });

  test('a yanked version says so', () => {
    expect(renderNotes(context('0.3.0'))).toContain('**This version was yanked:**');
  });
});

describe('templates', () => {
  test('every documented placeholder is filled; an empty one alone on a line leaves no gap', () => {
    const values = placeholderValues(context('1.0.0'));
    expect(Object.keys(values).sort()).toEqual(Object.keys(PLACEHOLDERS).sort());
    const text = fillTemplate(
      '# {{ repository }} {{tag}}\n\n{{experimental_notice}}\n\n{{breaking_changes}}\n',
      values,
      'notes.tpl.md',
    );
    expect(text).toBe('# acme/kruntimes v1.0.0\n\n- The `v1alpha1` API is removed; migrate to `v1`.\n');
  });

  test('an unknown placeholder is an error with file and line', () => {
    let error: unknown;
    try {
      fillTemplate(
        '## Summary\n\n{{summary}}\n\n{{ sumary }}\n',
        placeholderValues(context('1.0.0')),
        '.github/notes.md',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /^\.github\/notes\.md:5: unknown placeholder "\{\{ sumary \}\}"; expected one of \{\{version\}\}/,
    );
    expect((error as UserError).location).toEqual({ file: '.github/notes.md', line: 5 });
  });

  test('values with $ patterns stay literal', () => {
    expect(fillTemplate('{{summary}}', { summary: "costs $& and $1 and $'" }, 't')).toBe("costs $& and $1 and $'\n");
  });
});

describe('the 125,000-character cap', () => {
  test('cuts at a line, closes an open fence and links the full changelog', () => {
    const long = `## Changelog\n\n\`\`\`\n${'x'.repeat(99)}\n`.repeat(2000);
    const { body, truncated } = capBody(long, 'https://github.com/acme/kruntimes/blob/v1.0.0/CHANGELOG.md');
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(125_000);
    expect(body.length).toBeGreaterThan(124_000);
    expect(body).toMatch(
      /Read the full changelog: https:\/\/github\.com\/acme\/kruntimes\/blob\/v1\.0\.0\/CHANGELOG\.md\*\n$/,
    );
    const beforeNotice = body.slice(0, body.indexOf('\n\n---\n\n'));
    expect(beforeNotice.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
    expect(capBody('short', 'u')).toEqual({ body: 'short', truncated: false });
  });
});

describe('inputs', () => {
  test('images: lines, JSON arrays and maps; a tag without digest is refused', () => {
    expect(parseImages(`localhost:5000/acme/k:v1@${digest}`)).toEqual([
      { repository: 'localhost:5000/acme/k', tag: 'v1', digest },
    ]);
    expect(parseImages(JSON.stringify([{ image: 'ghcr.io/acme/k', tag: 'v1', digest }]))).toEqual([
      { repository: 'ghcr.io/acme/k', tag: 'v1', digest },
    ]);
    expect(parseImages(JSON.stringify({ controller: `ghcr.io/acme/c@${digest}` }))).toEqual([
      { repository: 'ghcr.io/acme/c', digest },
    ]);
    expect(() => parseImages('ghcr.io/acme/k:v1')).toThrow(
      /input 'images' has invalid value "ghcr.io\/acme\/k:v1": expected image references with digests/,
    );
    expect(() => parseImages('[oops')).toThrow(/input 'images' .*valid JSON/);
    // The one image grammar (oci/reference.ts): Docker Hub short names, and its refusals.
    expect(parseImages(`acme/app:1.0.0@${digest}`)).toEqual([
      { repository: 'docker.io/acme/app', tag: '1.0.0', digest },
    ]);
    expect(() => parseImages(`ghcr.io/Acme/app@${digest}`)).toThrow(/input 'images' .*not a valid repository name/);
  });

  test("charts: versions follow helm's rule (Masterminds SemVer), not strict SemVer", () => {
    // helm accepts a chart version 1.2 (and v1.2.3); semver.valid does not.
    expect(parseCharts('oci://ghcr.io/acme/charts/k:1.2')).toEqual([
      { registry: 'oci://ghcr.io/acme/charts', name: 'k', version: '1.2' },
    ]);
    expect(parseCharts('oci://ghcr.io/acme/charts/k:v1.2.3')[0].version).toBe('v1.2.3');
    expect(() => parseCharts('oci://ghcr.io/acme/charts/k:01.2.3')).toThrow(/input 'charts'/);
    expect(() => parseCharts('oci://ghcr.io/acme/charts/k:latest')).toThrow(/input 'charts'/);
  });

  test('chart namespaces: per chart, or one for all; a name that is no chart is refused', () => {
    const charts = parseCharts('oci://ghcr.io/acme/charts/a:1.0.0\noci://ghcr.io/acme/charts/b:1.0.0');
    expect(applyChartNamespaces(charts, 'a=a-system').map((c) => c.namespace)).toEqual(['a-system', undefined]);
    expect(applyChartNamespaces(charts, 'shared').map((c) => c.namespace)).toEqual(['shared', 'shared']);
    expect(() => applyChartNamespaces(charts, 'c=x')).toThrow(
      /input 'chart-namespaces' has invalid value "c=x": expected CHART=NAMESPACE for a chart in charts \(a, b\)/,
    );
    expect(() => applyChartNamespaces(charts, 'a=Not_Valid')).toThrow(/a Kubernetes namespace/);
  });

  test('charts: + spelled _ in an OCI tag comes back as +', () => {
    expect(parseCharts('oci://ghcr.io/acme/charts/k:1.2.3_build.5')).toEqual([
      { registry: 'oci://ghcr.io/acme/charts', name: 'k', version: '1.2.3+build.5' },
    ]);
    expect(
      parseCharts(JSON.stringify([{ reference: 'oci://ghcr.io/acme/charts', name: 'k', version: '0.1.0' }])),
    ).toEqual([{ registry: 'oci://ghcr.io/acme/charts', name: 'k', version: '0.1.0' }]);
    expect(() => parseCharts('https://example.com/k:1.0.0')).toThrow(/input 'charts'/);
  });

  test('cli assets: the checksums file is found, signatures are left out', () => {
    expect(parseCliAssets('["k_v1_linux_amd64.tar.gz","k_v1_linux_amd64.tar.gz.sig","k_v1_checksums.txt"]')).toEqual({
      archives: ['k_v1_linux_amd64.tar.gz'],
      checksumsFile: 'k_v1_checksums.txt',
    });
    expect(() => parseCliAssets('../../etc/passwd')).toThrow(/input 'cli-assets'/);
  });
});

describe('chart release notes annotation', () => {
  const chart = readFileSync(path.join(fixtures, 'Chart.yaml'), 'utf8');
  const notes = '## kruntimes 0.2.0\n\n- Watches all namespaces.\n\n    indented code\n';

  test('added to a commented Chart.yaml; every other byte stays', () => {
    const result = injectChartReleaseNotes(chart, notes);
    expect(result.state).toBe('created');
    const marker = "  'quoted.key': 'single quoted'\n";
    const at = chart.indexOf(marker) + marker.length;
    const inserted = `  ${RELEASE_NOTES_ANNOTATION}: |\n    ## kruntimes 0.2.0\n\n    - Watches all namespaces.\n\n        indented code\n`;
    expect(result.text).toBe(chart.slice(0, at) + inserted + chart.slice(at));
    expect(parseDocument(result.text).getIn(['annotations', RELEASE_NOTES_ANNOTATION])).toBe(notes);
    // Rerun: unchanged; new notes replace the old value in place.
    expect(injectChartReleaseNotes(result.text, notes)).toEqual({ text: result.text, state: 'unchanged' });
    const replaced = injectChartReleaseNotes(result.text, 'Other.\n');
    expect(replaced.state).toBe('updated');
    expect(replaced.text).toBe(chart.slice(0, at) + `  ${RELEASE_NOTES_ANNOTATION}: |\n    Other.\n` + chart.slice(at));
  });

  test('a flow scalar value keeps its comment; no annotations block gets one; CRLF stays', () => {
    const withValue = `name: k\nannotations:\n  ${RELEASE_NOTES_ANNOTATION}: "old" # from the last release\n  b: c\n`;
    expect(injectChartReleaseNotes(withValue, 'new\n').text).toBe(
      `name: k\nannotations:\n  ${RELEASE_NOTES_ANNOTATION}: | # from the last release\n    new\n  b: c\n`,
    );
    expect(injectChartReleaseNotes('name: k\nversion: 1.0.0', 'n').text).toBe(
      `name: k\nversion: 1.0.0\nannotations:\n  ${RELEASE_NOTES_ANNOTATION}: |\n    n\n`,
    );
    expect(injectChartReleaseNotes('name: k\nannotations:\nversion: 1.0.0\n', 'n').text).toBe(
      `name: k\nannotations:\n  ${RELEASE_NOTES_ANNOTATION}: |\n    n\nversion: 1.0.0\n`,
    );
    const crlf = chart.replace(/\n/g, '\r\n');
    const out = injectChartReleaseNotes(crlf, notes).text;
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseDocument(out).getIn(['annotations', RELEASE_NOTES_ANNOTATION])).toBe(notes);
  });

  test('a flow mapping and broken YAML are user errors', () => {
    let refusal: unknown;
    try {
      injectChartReleaseNotes('annotations: {a: b}\n', 'n', 'charts/k/Chart.yaml');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).message).toMatch(/^'annotations' must be a block mapping/);
    expect((refusal as UserError).location).toEqual({ file: 'charts/k/Chart.yaml', line: 1 });
    expect(() => injectChartReleaseNotes('a: [\n', 'n')).toThrow(UserError);
  });
});

describe('publishing rules', () => {
  test('required assets: names and globs, present and completely uploaded', () => {
    const assets = [
      { name: 'k_v1_linux_amd64.tar.gz', state: 'uploaded' },
      { name: 'k_v1_darwin_arm64.tar.gz', state: 'starter' },
      { name: 'k_v1_checksums.txt', state: 'uploaded' },
    ];
    const report = checkRequiredAssets(assets, [
      'k_v1_checksums.txt',
      '*.tar.gz',
      'k_v1_windows_amd64.zip',
      '*.sbom.json',
    ]);
    expect(report).toEqual({
      missing: ['k_v1_windows_amd64.zip', '*.sbom.json'],
      incomplete: ['k_v1_darwin_arm64.tar.gz (starter)'],
    });
    expect(describeAssetProblems(report)).toBe(
      'missing k_v1_windows_amd64.zip, *.sbom.json; not completely uploaded k_v1_darwin_arm64.tar.gz (starter)',
    );
    expect(describeAssetProblems(checkRequiredAssets(assets.slice(0, 1), ['*.tar.gz']))).toBeUndefined();
  });

  test('latest: never a prerelease, never below the highest stable release', () => {
    const published = [
      { id: 1, tag_name: 'v2.0.0', draft: false, prerelease: false },
      { id: 2, tag_name: 'v3.0.0-rc.1', draft: false, prerelease: true },
      { id: 3, tag_name: 'v9.0.0', draft: true, prerelease: false },
    ];
    expect(shouldBeLatest('2.1.0', false, published)).toBe(true);
    expect(shouldBeLatest('1.9.9', false, published)).toBe(false);
    expect(shouldBeLatest('2.2.0-rc.1', false, published)).toBe(false);
    expect(shouldBeLatest('2.2.0', true, published)).toBe(false);
    expect(shouldBeLatest('2.0.0', false, published, 1)).toBe(true);
  });

  test('immutable-release errors are recognised and say which patch supersedes', () => {
    expect(isImmutableReleaseError({ status: 422, message: 'Cannot upload assets to an immutable release.' })).toBe(
      true,
    );
    expect(
      isImmutableReleaseError({
        status: 422,
        response: { data: { errors: [{ field: 'tag_name', message: 'tag_name was used by an immutable release' }] } },
      }),
    ).toBe(true);
    expect(isImmutableReleaseError({ status: 422, message: 'Validation Failed' })).toBe(false);
    expect(supersedingPatch('v1.2.3')).toBe('v1.2.4');
    const error = immutableReleaseError('v1.2.3');
    expect(error.message).toMatch(
      /release v1\.2\.3 is published and immutable: .*cut a new patch release \(v1\.2\.4\) that supersedes it/,
    );
    expect(error.summary).toMatch(/Tag v1\.2\.4 and let the release workflow run/);
  });
});
