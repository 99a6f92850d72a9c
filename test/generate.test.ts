// npm run generate / npm run check-generated (scripts/generate.mjs): the check fails, naming the file,
// on a hand edit of a generated part; generate puts it back and keeps every hand-written byte; a new
// action directory next to a new operation gets its files with no list to update anywhere.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './harness/run-action.js';
// @ts-expect-error: a plain ESM script without type declarations
import * as metadata from '../scripts/action-metadata.mjs';

const { spliceActionYml, spliceMarked, inputsTable, metadataBlock } = metadata as {
  spliceActionYml: (text: string, block: string) => string;
  spliceMarked: (text: string, marker: string, heading: string, content: string) => string;
  inputsTable: (operation: unknown) => string;
  metadataBlock: (name: string, operation: unknown) => string;
};

/** A copy of what the generator reads (actions, operations, scripts, prettier config), node_modules linked. */
function copyOfTheRepository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-kit-generate-'));
  for (const entry of [
    'actions',
    'packages',
    'scripts',
    'README.md',
    'package.json',
    '.prettierrc.json',
    '.prettierignore',
  ])
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function generate(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/generate.mjs', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check-generated on a copy of the repository', () => {
  let dir: string;
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  beforeEach(() => {
    dir = copyOfTheRepository();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('passes on the committed files', () => {
    expect(generate(dir, '--check')).toMatchObject({ status: 0, stderr: '' });
  });

  test('fails on a hand edit of action.yml or a README table, naming each file; generate restores them', () => {
    const yml = 'actions/verify-images/action.yml';
    const readme = 'actions/publish-chart-oci/README.md';
    const [ymlBefore, readmeBefore] = [read(yml), read(readme)];
    write(yml, ymlBefore.replace("default: '3'", "default: '5'"));
    write(readme, readmeBefore.replace('| `plain-http` | `false` |', '| `plain-http` | `true` |'));

    const check = generate(dir, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`${yml}: differs from what packages/release-kit/src/operations/verify-images.ts`);
    expect(check.stderr).toContain("committed:     default: '5'");
    expect(check.stderr).toContain(
      `${readme}: differs from what packages/release-kit/src/operations/publish-chart-oci.ts`,
    );
    expect(check.stderr).toMatch(/run `npm run generate` and commit/);
    // Only the two edited files are named.
    expect(check.stderr.match(/^\S+: (differs|missing)/gm)).toHaveLength(2);
    // The check writes nothing.
    expect(read(yml)).not.toBe(ymlBefore);

    expect(generate(dir)).toMatchObject({ status: 0 });
    expect([read(yml), read(readme)]).toEqual([ymlBefore, readmeBefore]);
    expect(generate(dir, '--check').status).toBe(0);
  });

  test('an input added to an operation reaches action.yml, the README table and nothing else', () => {
    const op = 'packages/release-kit/src/operations/verify-images.ts';
    write(
      op,
      read(op).replace(
        "    { name: 'username',",
        "    { name: 'built-from-repository', description: 'The repository | the images were built from.', default: '' },\n    { name: 'username',",
      ),
    );
    const yml = 'actions/verify-images/action.yml';
    const readme = 'actions/verify-images/README.md';
    const [ymlBefore, readmeBefore] = [read(yml), read(readme)];
    expect(generate(dir, '--check').stderr).toContain(yml);

    expect(generate(dir)).toMatchObject({ status: 0 });
    const meta = parse(read(yml));
    expect(meta.inputs['built-from-repository']).toEqual({
      description: 'The repository | the images were built from.',
      default: '',
      required: false,
    });
    expect(Object.keys(meta.inputs).indexOf('built-from-repository')).toBe(
      Object.keys(meta.inputs).indexOf('username') - 1,
    );
    expect(read(readme)).toContain('| `built-from-repository` |  | The repository \\| the images were built from. |');
    // Everything hand-written around the generated parts is byte for byte the same.
    const outside = (text: string) => text.replace(/<!-- inputs:start -->[^]*<!-- inputs:end -->/, '');
    expect(outside(read(readme))).toBe(outside(readmeBefore));
    expect(read(yml).split('\n').slice(0, 6)).toEqual(ymlBefore.split('\n').slice(0, 6));
    expect(read(yml).endsWith("runs:\n  using: 'node24'\n  main: '../../dist/verify-images/index.js'\n")).toBe(true);
    expect(generate(dir, '--check').status).toBe(0);
    const prettier = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/prettier/bin/prettier.cjs'), '--check', yml],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(prettier.status).toBe(0);
  });

  test('a new action directory next to a new operation gets action.yml, src/main.ts, a README and a row in the top README', () => {
    write(
      'packages/release-kit/src/operations/say-hello.ts',
      [
        '// say-hello: a test operation.',
        "import type { Operation } from '../runtime/operation.js';",
        'export const operation: Operation = {',
        "  name: 'say-hello',",
        "  description: 'Say hello to someone.',",
        "  inputs: [{ name: 'who', description: 'Whom to greet.', required: true }, { name: 'loud', description: 'Shout.', default: 'false' }],",
        "  outputs: [{ name: 'state', description: '`greeted`.' }],",
        "  run: async () => ({ outputs: { state: 'greeted' } }),",
        '};',
        '',
      ].join('\n'),
    );
    mkdirSync(path.join(dir, 'actions/say-hello'));
    const check = generate(dir, '--check');
    expect(check.status).toBe(1);
    for (const file of ['action.yml', 'src/main.ts', 'README.md'])
      expect(check.stderr).toContain(`actions/say-hello/${file}: missing`);
    expect(check.stderr).toContain('README.md: differs from what actions/*/action.yml (description) generates');

    const run = generate(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('created actions/say-hello/action.yml');
    const meta = parse(read('actions/say-hello/action.yml'));
    expect(meta).toMatchObject({
      name: 'release-kit say-hello',
      description: 'Say hello to someone.',
      inputs: { who: { description: 'Whom to greet.', required: true }, loud: { default: 'false', required: false } },
      outputs: { state: { description: '`greeted`.' } },
      runs: { using: 'node24', main: '../../dist/say-hello/index.js' },
    });
    expect(read('actions/say-hello/src/main.ts')).toContain(
      "import { operation } from '../../../packages/release-kit/src/operations/say-hello.js';",
    );
    expect(read('actions/say-hello/README.md')).toMatch(
      /## Inputs\n\n<!-- inputs:start -->\n\n\| Input \|[^]*\| `who` \| \(required\) \| Whom to greet\. \|/,
    );
    expect(read('README.md')).toContain('| [`say-hello`](actions/say-hello/README.md) | Say hello to someone. |');
    expect(generate(dir, '--check').status).toBe(0);
  });

  test('an action directory without an operation is refused, naming the file to write', () => {
    mkdirSync(path.join(dir, 'actions/orphan'));
    const check = generate(dir, '--check');
    expect(check.status).toBe(2);
    expect(check.stderr).toContain(
      'actions/orphan/ has no operation: write packages/release-kit/src/operations/orphan.ts',
    );
  });

  test('an operation that declares no state output is refused, naming the operation', () => {
    const op = 'packages/release-kit/src/operations/verify-images.ts';
    write(op, read(op).replace("name: 'state',", "name: 'status',"));
    const check = generate(dir, '--check');
    expect(check.status).toBe(2);
    expect(check.stderr).toContain('packages/release-kit/src/operations/verify-images.ts: it has no `state` output');
  });
});

describe('the renderings', () => {
  const operation = {
    name: 'demo',
    description: 'Demo.',
    inputs: [
      { name: 'a', description: 'A, required.', required: true },
      { name: 'b', description: "It's `b`: x | y.", default: '`tick`' },
    ],
    outputs: [{ name: 'state', description: 'State.' }],
  };

  test('action.yml: only the inputs and outputs blocks change; comments and other keys keep their bytes', () => {
    const text = [
      "name: 'x'",
      '# a comment about the description',
      'description: "It\'s x."',
      'inputs:',
      '  old:',
      "    description: 'gone'",
      '',
      '  older:',
      "    description: 'gone too'",
      '',
      '# about runs',
      'runs:',
      "  using: 'node24'",
      'outputs:',
      '  stale: { description: x }',
      '',
    ].join('\n');
    const out = spliceActionYml(text, metadataBlock('demo', operation));
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual(text.split('\n').slice(0, 3));
    expect(out).toContain("\n\n# about runs\nruns:\n  using: 'node24'\n");
    expect(out).not.toMatch(/old|stale/);
    expect(parse(out)).toEqual({
      name: 'x',
      description: "It's x.",
      inputs: {
        a: { description: 'A, required.', required: true },
        b: { description: "It's `b`: x | y.", default: '`tick`', required: false },
      },
      outputs: { state: { description: 'State.' } },
      runs: { using: 'node24' },
    });
    // Running it again changes nothing.
    expect(spliceActionYml(out, metadataBlock('demo', operation))).toBe(out);
  });

  test('action.yml without inputs gets them before runs:', () => {
    const out = spliceActionYml("name: 'x'\nruns:\n  using: 'node24'\n", metadataBlock('demo', operation));
    expect(out.indexOf('inputs:')).toBeLessThan(out.indexOf('runs:'));
    expect(out.indexOf('outputs:')).toBeLessThan(out.indexOf('runs:'));
  });

  test('the input table escapes pipes and fences a default holding backticks', () => {
    expect(inputsTable(operation).split('\n')).toEqual([
      '| Input | Default | Description |',
      '| --- | --- | --- |',
      '| `a` | (required) | A, required. |',
      "| `b` | `` `tick` `` | It's `b`: x \\| y. |",
    ]);
  });

  test('a README written before the generator: its table under the heading is replaced, the prose kept', () => {
    const readme =
      '# x\n\n## Inputs\n\nIntro.\n\n| Input | Default | Description |\n| --- | --- | --- |\n| `old` | | Old. |\n\nAfter.\n\n## Outputs\n\nNone yet.\n';
    const out = spliceMarked(readme, 'inputs', 'Inputs', 'TABLE');
    expect(out).toBe(
      '# x\n\n## Inputs\n\nIntro.\n\n<!-- inputs:start -->\n\nTABLE\n\n<!-- inputs:end -->\n\nAfter.\n\n## Outputs\n\nNone yet.\n',
    );
    // Marked now: the next run replaces between the markers only.
    expect(spliceMarked(out, 'inputs', 'Inputs', 'NEW')).toBe(out.replace('TABLE', 'NEW'));
    // A section with no table gets the table under its heading; a missing section is appended.
    expect(spliceMarked(readme, 'outputs', 'Outputs', 'T')).toContain(
      '## Outputs\n\n<!-- outputs:start -->\n\nT\n\n<!-- outputs:end -->\n\nNone yet.\n',
    );
    expect(spliceMarked('# x\n', 'outputs', 'Outputs', 'T')).toBe(
      '# x\n\n## Outputs\n\n<!-- outputs:start -->\n\nT\n\n<!-- outputs:end -->\n',
    );
  });

  test('a start marker without its end marker is an error, not a guess', () => {
    expect(() => spliceMarked('<!-- inputs:start -->\n| x |\n', 'inputs', 'Inputs', 'T')).toThrow(
      'needs exactly one <!-- inputs:start --> followed by one <!-- inputs:end -->',
    );
  });
});
