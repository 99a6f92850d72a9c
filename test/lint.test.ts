// The no-shell and one-environment-reader rules of eslint.config.js, proven on small snippets. The real sources are linted once, by
// `npm run lint` in `npm test`, not a second time here.
import { describe, expect, test } from '@jest/globals';
import { ESLint } from 'eslint';
import { repoRoot } from './harness/run-action.js';

const eslint = new ESLint({ cwd: repoRoot });
const NO_SHELL_RULES = ['no-restricted-imports', 'no-restricted-properties', 'no-restricted-syntax'];

/** The no-shell rule ids that fire on `code`, linted as if it were a library source file. */
async function shellFindings(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {
    filePath: `${repoRoot}/packages/release-kit/src/plumbing/snippet.ts`,
  });
  return result.messages.filter((m) => m.ruleId && NO_SHELL_RULES.includes(m.ruleId)).map((m) => m.ruleId!);
}

describe('no shell strings', () => {
  const rejected: [string, string][] = [
    ['exec by name', "import { exec } from 'node:child_process';\nexec('ls');\n"],
    ['execSync by name', "import { execSync } from 'child_process';\nexecSync('ls');\n"],
    ['exec on child_process', "declare const child_process: { exec(s: string): void };\nchild_process.exec('ls');\n"],
    ['execSync on cp', "declare const cp: { execSync(s: string): void };\ncp.execSync('ls');\n"],
    ['shell: true', "import { spawn } from 'node:child_process';\nspawn('ls', ['-l'], { shell: true });\n"],
    [
      'shell: true in execFile',
      "import { execFile } from 'node:child_process';\nexecFile('ls', [], { shell: true }, () => {});\n",
    ],
    ['shell: a path', "import { spawn } from 'node:child_process';\nspawn('ls', ['-l'], { shell: '/bin/sh' });\n"],
    [
      'shell: a variable',
      "import { spawn } from 'node:child_process';\nconst useShell = true;\nspawn('ls', ['-l'], { shell: useShell });\n",
    ],
    ['namespace import', "import * as proc from 'node:child_process';\nproc.spawn('ls', []);\n"],
    ['default import', "import cp from 'child_process';\ncp.spawn('ls', []);\n"],
    ['require', "const proc = require('child_process');\nproc.spawn('ls', []);\n"],
  ];
  test.each(rejected)('rejects %s', async (_name, code) => {
    expect((await shellFindings(code)).length).toBeGreaterThan(0);
  });

  test('allows argument arrays', async () => {
    expect(
      await shellFindings(
        "import { execFile, spawn } from 'node:child_process';\nexecFile('git', ['status']);\nspawn('ls', ['-l'], { shell: false });\n",
      ),
    ).toEqual([]);
  });
});

describe('one reader of the environment (runtime/context.ts)', () => {
  /** Whether the environment rule fires on `code` linted as the file `relative`. */
  async function readsEnvironment(relative: string, code: string): Promise<boolean> {
    const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${relative}` });
    return result.messages.some(
      (m) => m.ruleId === 'no-restricted-properties' && /runtime\/context\.ts/.test(m.message),
    );
  }
  const read = 'export const token = process.env.GITHUB_TOKEN;\n';

  test.each([
    'packages/release-kit/src/plumbing/snippet.ts',
    'packages/release-kit/src/github/snippet.ts',
    'packages/release-kit/src/runtime/cli.ts',
    'packages/release-kit/src/operations/snippet.ts',
  ])('rejects process.env in %s', async (file) => {
    expect(await readsEnvironment(file, read)).toBe(true);
  });

  test.each([
    'packages/release-kit/src/runtime/context.ts',
    'packages/release-kit/src/cli/main.ts',
    'actions/bump-version/src/main.ts',
  ])('allows it in %s', async (file) => {
    expect(await readsEnvironment(file, read)).toBe(false);
  });

  test('the shell rules still hold where the environment may be read', async () => {
    const [result] = await eslint.lintText("import { exec } from 'node:child_process';\nexec('ls');\n", {
      filePath: `${repoRoot}/packages/release-kit/src/runtime/context.ts`,
    });
    expect(result.messages.some((m) => m.ruleId === 'no-restricted-imports')).toBe(true);
  });
});
