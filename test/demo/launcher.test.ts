// npm run demo on a Node older than 24 (a fresh machine's Node 20): the launcher hands over to Node 24 or says in one line what to install, never a SyntaxError.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const launcher = path.join(root, 'examples', 'demo', 'launch.mjs');

/** A Node older than 24 on this machine (the system one, e.g. /usr/bin/node), like a newcomer's. */
function findOldNode(): { file: string; version: string } | undefined {
  const dirs = ['/usr/bin', '/usr/local/bin', '/bin', ...(process.env.PATH ?? '').split(path.delimiter)].filter(
    Boolean,
  );
  for (const dir of dirs) {
    const file = path.join(dir, 'node');
    if (!existsSync(file) || realpathSync(file) === realpathSync(process.execPath)) continue;
    const probe = spawnSync(file, ['-p', 'process.version'], { encoding: 'utf8' });
    const version = probe.stdout?.trim() ?? '';
    const major = Number(version.replace(/^v/, '').split('.')[0]);
    if (probe.status === 0 && major >= 18 && major < 24) return { file, version };
  }
  return undefined;
}

const oldNode = findOldNode();
const withOldNode = oldNode ? test : test.skip;
const skipped = oldNode ? '' : ' (skipped: no Node older than 24 on this machine to start the launcher with)';

/** Run `<old node> examples/demo/launch.mjs --help` with a clean environment. */
function launch(env: Record<string, string>) {
  const run = spawnSync(oldNode!.file, [launcher, '--help'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    env: { HOME: process.env.HOME ?? os.tmpdir(), LANG: 'C.UTF-8', PATH: path.dirname(oldNode!.file), ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function withEmptyTools<T>(body: (tools: string) => Promise<T> | T): Promise<T> {
  const tools = await mkdtemp(path.join(os.tmpdir(), 'rk-tools-'));
  try {
    return await body(tools);
  } finally {
    await rm(tools, { recursive: true, force: true });
  }
}

describe('npm run demo on an old Node', () => {
  test('the launcher keeps to what Node 18 has: no import of the demo, no registerHooks, no import.meta.dirname', () => {
    // The check above is behavioural; this one keeps the file from drifting to newer features that
    // Node 20 happens to have (import.meta.dirname, registerHooks, a static import of the demo).
    const source = readFileSync(launcher, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
      .join('\n');
    expect(source).not.toMatch(/import\.meta\.(dirname|filename)|registerHooks|stripTypeScriptTypes/);
    expect(source).not.toMatch(/^import [^(]*['"]\.\/(run|lib\/)/m);
    expect(source).toMatch(/process\.versions\.node/);
  });

  withOldNode(
    `hands over to a Node 24 it finds (RELEASE_KIT_NODE or on PATH) and the demo starts on it${skipped}`,
    async () => {
      await withEmptyTools((tools) => {
        const envs: Record<string, string>[] = [
          { RELEASE_KIT_NODE: process.execPath, RELEASE_KIT_TOOLS_DIR: tools, RELEASE_KIT_NODE_INSTALL: 'never' },
          {
            PATH: `${path.dirname(oldNode!.file)}${path.delimiter}${path.dirname(process.execPath)}`,
            RELEASE_KIT_TOOLS_DIR: tools,
            RELEASE_KIT_NODE_INSTALL: 'never',
          },
        ];
        for (const env of envs) {
          const run = launch(env);
          expect(run.stderr).not.toMatch(/SyntaxError/);
          expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
          expect(run.stdout).toMatch(
            new RegExp(
              `^Usage: npm run demo .*\\(release-kit demo on Node ${process.version.replace(/\./g, '\\.')}\\)$`,
              'm',
            ),
          );
        }
      });
    },
  );

  withOldNode(
    `without a Node 24 and not allowed to install one: one line saying what to install, exit 1${skipped}`,
    async () => {
      await withEmptyTools((tools) => {
        const run = launch({ RELEASE_KIT_TOOLS_DIR: tools, RELEASE_KIT_NODE_INSTALL: 'never' });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).not.toMatch(/SyntaxError/);
        const lines = run.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          new RegExp(
            `^demo: needs Node 24 or later, and this is Node ${oldNode!.version.replace(/\./g, '\\.')} .*; install Node 24 \\(https://nodejs\\.org, or: npm install --prefix \\.tools node-[a-z]+-[a-z0-9]+@24\\) and run npm run demo again$`,
          ),
        );
      });
    },
  );

  // Downloads node-<os>-<arch>@24 (about 190 MB unpacked) from the npm registry, so only on request.
  const install = oldNode && process.env.RELEASE_KIT_TEST_NODE_INSTALL === '1' ? test : test.skip;
  const installSkip = !oldNode
    ? skipped
    : process.env.RELEASE_KIT_TEST_NODE_INSTALL === '1'
      ? ''
      : ' (skipped: set RELEASE_KIT_TEST_NODE_INSTALL=1 to download Node 24 from the npm registry)';
  install(
    `installs Node 24 from the npm registry into the tools directory, as .ci/run does, then starts the demo on it${installSkip}`,
    async () => {
      await withEmptyTools((tools) => {
        // The old Node's own npm (next to it, as a distribution installs them) does the install.
        const run = launch({ RELEASE_KIT_TOOLS_DIR: tools });
        expect(run.stderr).not.toMatch(/SyntaxError/);
        expect(run.stderr).toMatch(
          /^demo: Node v\d+\.\S+ is older than 24; installing Node 24 from the npm registry \(node-[a-z]+-[a-z0-9]+@24\)/,
        );
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/\(release-kit demo on Node v24\.\d+\.\d+\)$/m);
      });
    },
    300_000,
  );
});
