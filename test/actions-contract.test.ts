// Holds each action's three descriptions to one another: action.yml, the operation's declaration
// (what the CLI's --help prints) and the README's input and output tables.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './harness/run-action.js';
import type { Operation } from '../packages/release-kit/src/runtime/operation.js';

const actionNames = readdirSync(path.join(repoRoot, 'actions')).filter((n) =>
  existsSync(path.join(repoRoot, 'actions', n, 'action.yml')),
);

/** Rows of the first Markdown table under `## heading`: first cell (backticks stripped) → cells. */
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
      .split('|')
      .map((c) => c.trim());
    if (/^-+$/.test(cells[0].replace(/:/g, '')) || /^(input|output|name)$/i.test(cells[0])) continue;
    rows.set(cells[0].replace(/`/g, ''), cells.slice(1));
  }
  return rows;
}

test('there are actions to check', () => {
  expect(actionNames.length).toBeGreaterThan(0);
});

describe.each(actionNames)('%s', (name) => {
  const dir = path.join(repoRoot, 'actions', name);
  const meta = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8'));

  test('runs the committed node24 bundle', () => {
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(path.join(dir, meta.runs.main))).toBe(true);
    expect(existsSync(path.join(dir, 'src', 'main.ts'))).toBe(true);
  });

  test('action.yml, the operation and the README agree on inputs and outputs', async () => {
    const mod = (await import(path.join(repoRoot, 'packages/release-kit/src/operations', `${name}.ts`))) as {
      operation: Operation;
    };
    const op = mod.operation;
    expect(op.name).toBe(name);
    const ymlInputs = Object.entries(meta.inputs ?? {}) as [string, { default?: unknown; required?: boolean }][];
    expect(op.inputs.map((i) => i.name).sort()).toEqual(ymlInputs.map(([n]) => n).sort());
    for (const [inputName, spec] of ymlInputs) {
      const declared = op.inputs.find((i) => i.name === inputName)!;
      expect([inputName, declared.default ?? '']).toEqual([
        inputName,
        spec.default === undefined ? '' : String(spec.default),
      ]);
    }
    expect(op.outputs.map((o) => o.name).sort()).toEqual(Object.keys(meta.outputs ?? {}).sort());
    expect(op.outputs.map((o) => o.name)).toContain('state');

    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const inputRows = readmeTable(readme, 'Inputs');
    expect([...inputRows.keys()].sort()).toEqual(ymlInputs.map(([n]) => n).sort());
    // The Default column says what action.yml says. An empty cell, '' and a note in parentheses, such
    // as (required) or (same as tag), all stand for no literal default.
    const shownDefault = (cell = '') => {
      const text = cell.replace(/`/g, '').trim();
      return ['', "''", '—', '-'].includes(text) || /^\(.*\)$/.test(text) ? '' : text;
    };
    for (const [inputName, spec] of ymlInputs) {
      expect([inputName, shownDefault(inputRows.get(inputName)?.[0])]).toEqual([
        inputName,
        spec.default === undefined ? '' : String(spec.default),
      ]);
    }
    expect([...readmeTable(readme, 'Outputs').keys()].sort()).toEqual(Object.keys(meta.outputs ?? {}).sort());
  });
});
