// Holds each action's metadata to its one source, the operation's declaration (InputSpec and
// outputs, what the CLI's --help prints): action.yml's inputs and outputs and the README's tables say
// the same, and they are exactly what `npm run generate` makes of it (test/generate.test.ts tests the
// generator itself).
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runAction } from './harness/run-action.js';
import type { Operation } from '../packages/release-kit/src/runtime/operation.js';

const actionNames = readdirSync(path.join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Rows of the first Markdown table under `## heading`: first cell (backticks stripped) → the other
 * cells, with GFM's `\|` read back as `|`.
 */
export function readmeTable(readme: string, heading: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const start = readme.search(new RegExp(`^## ${heading}\\s*$`, 'm'));
  if (start < 0) return rows;
  const lines = readme.slice(start).split('\n').slice(1);
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('## ')) break;
    if (!line.trim().startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'));
    if (/^-+$/.test(cells[0].replace(/:/g, '')) || /^(input|output|name)$/i.test(cells[0])) continue;
    rows.set(cells[0].replace(/`/g, ''), cells.slice(1));
  }
  return rows;
}

/** What a Default cell stands for: '' for an empty cell or a note such as (required). */
function shownDefault(cell = ''): string {
  const text = cell.trim();
  if (text === '' || /^\(.*\)$/.test(text)) return '';
  const span = /^(`+) ?(.*?) ?\1$/.exec(text);
  return span ? span[2] : text;
}

test('there are actions to check', () => {
  expect(actionNames.length).toBeGreaterThan(0);
});

test('the committed action.yml files and READMEs are what npm run generate makes (npm run check-generated)', () => {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/generate.mjs'), '--check'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  expect(run.stdout).toMatch(/generated files match the operations/);
});

describe.each(actionNames)('%s', (name) => {
  const dir = path.join(repoRoot, 'actions', name);
  const meta = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8'));
  const load = async () =>
    (
      (await import(path.join(repoRoot, 'packages/release-kit/src/operations', `${name}.ts`))) as {
        operation: Operation;
      }
    ).operation;

  test('runs the committed node24 bundle', () => {
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(path.join(dir, meta.runs.main))).toBe(true);
    expect(existsSync(path.join(dir, 'src', 'main.ts'))).toBe(true);
  });

  test("a failed run exits 1: the entry hands the run wrapper's exit code to the process", async () => {
    // verify-release once awaited runAction without setting process.exitCode: every failure it found
    // was printed as an ::error:: and the step still passed.
    expect(readFileSync(path.join(dir, 'src', 'main.ts'), 'utf8')).toMatch(
      /^process\.exitCode = await runAction\(operation\);$/m,
    );
    const required = (await load()).inputs.filter((input) => input.required);
    // With a required input left out, the bundle must fail (bump-version and release-notes-from-changelog
    // have none: the line above holds them).
    if (required.length === 0) return;
    const run = await runAction(name, { inputs: {} });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
  });

  test("action.yml declares the operation's inputs and outputs: names, order, descriptions, defaults", async () => {
    const op = await load();
    expect(op.name).toBe(name);
    expect(Object.keys(meta.inputs ?? {})).toEqual(op.inputs.map((i) => i.name));
    for (const input of op.inputs) {
      const spec = meta.inputs[input.name] as { description: string; default?: unknown; required?: boolean };
      expect([input.name, spec.description, spec.default, spec.required ?? false]).toEqual([
        input.name,
        input.description,
        input.default,
        input.required ?? false,
      ]);
    }
    expect(Object.keys(meta.outputs ?? {})).toEqual(op.outputs.map((o) => o.name));
    for (const output of op.outputs)
      expect([output.name, meta.outputs[output.name].description]).toEqual([output.name, output.description]);
    expect(op.outputs.map((o) => o.name)).toContain('state');
  });

  test("the README's tables list the operation's inputs (with defaults) and outputs", async () => {
    const op = await load();
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const inputRows = readmeTable(readme, 'Inputs');
    expect([...inputRows.keys()]).toEqual(op.inputs.map((i) => i.name));
    for (const input of op.inputs) {
      const [defaultCell, description] = inputRows.get(input.name)!;
      expect([input.name, shownDefault(defaultCell), description]).toEqual([
        input.name,
        input.default ?? '',
        input.description,
      ]);
      if (input.required) expect([input.name, defaultCell]).toEqual([input.name, '(required)']);
    }
    const outputRows = readmeTable(readme, 'Outputs');
    expect([...outputRows.keys()]).toEqual(op.outputs.map((o) => o.name));
    for (const output of op.outputs)
      expect([output.name, outputRows.get(output.name)![0]]).toEqual([output.name, output.description]);
  });

  test('the top README lists the action with its action.yml description', () => {
    const rows = readmeTable(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'), 'Actions');
    const row = [...rows.entries()].find(([cell]) => cell.startsWith(`[${name}](actions/${name}/README.md)`));
    expect(row?.[1]).toEqual([meta.description]);
  });
});
