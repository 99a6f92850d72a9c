// runtime/workflow-commands.ts replaces @actions/core for cold start; it must print and write
// exactly what @actions/core 3 does for the calls the run wrapper makes.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { workflowCommands } from '../../packages/release-kit/src/runtime/workflow-commands.js';

let printed: string[] = [];
const realWrite = process.stdout.write.bind(process.stdout);
let dir: string;
const saved = {
  GITHUB_OUTPUT: process.env.GITHUB_OUTPUT,
  GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
  exitCode: process.exitCode,
};
/** Ours, writing where @actions/core writes: process.stdout and the files process.env names (read per call, as core does). */
const ours = {
  ...workflowCommands({ stdout: (text) => void process.stdout.write(text) }),
  setOutput: (name: string, value: string) =>
    workflowCommands({ stdout: () => {}, outputFile: process.env.GITHUB_OUTPUT }).setOutput(name, value),
  appendSummary: (markdown: string) =>
    workflowCommands({ stdout: () => {}, summaryFile: process.env.GITHUB_STEP_SUMMARY }).appendSummary(markdown),
};

beforeEach(async () => {
  printed = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  dir = await mkdtemp(path.join(os.tmpdir(), 'rk-wfc-'));
});
afterEach(() => {
  process.stdout.write = realWrite;
  process.env.GITHUB_OUTPUT = saved.GITHUB_OUTPUT;
  process.env.GITHUB_STEP_SUMMARY = saved.GITHUB_STEP_SUMMARY;
  process.exitCode = saved.exitCode;
});

/** What `fn` prints, for the library given. */
function capture(fn: () => void): string {
  printed = [];
  fn();
  return printed.join('');
}

const awkward = ['plain', 'with: colon, and comma', 'multi\nline\r\nmessage', '100% sure', '::fake::command', ''];

describe('workflow commands match @actions/core', () => {
  test.each(awkward)('annotations and logs for %j', (message) => {
    const props = { file: 'charts/a, b:c/Chart.yaml', startLine: 12, startColumn: 3 };
    expect(capture(() => ours.error(message, props))).toBe(capture(() => core.error(message, props)));
    expect(capture(() => ours.warning(message, props))).toBe(capture(() => core.warning(message, props)));
    expect(capture(() => ours.warning(message))).toBe(capture(() => core.warning(message)));
    expect(capture(() => ours.debug(message))).toBe(capture(() => core.debug(message)));
    expect(capture(() => ours.info(message))).toBe(capture(() => core.info(message)));
  });

  test.each(awkward)('groups for %j', (title) => {
    expect(capture(() => ours.startGroup(title))).toBe(capture(() => core.startGroup(title)));
    expect(capture(() => ours.endGroup())).toBe(capture(() => core.endGroup()));
  });

  test('setSecret, and the error line setFailed prints (the exit code is what runAction returns)', () => {
    expect(capture(() => ours.setSecret('s3cr%t\nx'))).toBe(capture(() => core.setSecret('s3cr%t\nx')));
    const mine = capture(() => ours.error('bad input'));
    expect(mine).toBe(capture(() => core.setFailed('bad input')));
    process.exitCode = 0;
  });

  test('outputs: the same heredoc blocks, delimiters aside', async () => {
    const outputs: Record<string, string> = {};
    for (const lib of ['core', 'ours'] as const) {
      const file = path.join(dir, `${lib}.out`);
      await writeFile(file, '');
      process.env.GITHUB_OUTPUT = file;
      for (const [name, value] of [
        ['versions', '{"chart":{"previous":"0.2.26"}}'],
        ['multi', 'a\nb\n'],
        ['empty', ''],
      ]) {
        if (lib === 'core') core.setOutput(name, value);
        else ours.setOutput(name, value);
      }
      outputs[lib] = (await readFile(file, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    }
    expect(outputs.ours).toBe(outputs.core);
    expect(outputs.ours).toContain('versions<<DELIM\n{"chart":{"previous":"0.2.26"}}\nDELIM\n');
  });

  test('summary: appended like core.summary.addRaw(text, true).write()', async () => {
    const files: Record<string, string> = {};
    for (const lib of ['core', 'ours'] as const) {
      const file = path.join(dir, `${lib}.md`);
      await writeFile(file, '# before\n');
      process.env.GITHUB_STEP_SUMMARY = file;
      if (lib === 'core') {
        await core.summary.addRaw('## bump-version\n\n| a | b |', true).write();
        core.summary.emptyBuffer();
      } else {
        ours.appendSummary('## bump-version\n\n| a | b |');
      }
      files[lib] = await readFile(file, 'utf8');
    }
    expect(files.ours).toBe(files.core);
  });
});
