// The end-to-end demo (npm run demo): a full release of the sample project with the bundled
// actions, then the same release again, which must change nothing. Slow: it runs ~40 action
// processes against a real registry and the GitHub stand-in.
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const registryInstalled = existsSync(process.env.RELEASE_KIT_REGISTRY_BINARY ?? '/usr/bin/docker-registry');

interface StepRecord {
  id: string;
  title: string;
  action?: string;
  readOnly: boolean;
  state: string;
  detail: string;
}
interface DemoResult {
  tag: string;
  passes: { pass: number; failed: boolean; steps: StepRecord[] }[];
  release: {
    draft: boolean;
    immutable: boolean;
    latest: boolean;
    assets: { name: string; size: number; digest: string | null }[];
  } | null;
  schemaViolations: number;
}

function runDemo(workdir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // Through the launcher, as `npm run demo` starts it (on Node 24 it runs the demo in-process).
    const child = spawn(process.execPath, [path.join(root, 'examples', 'demo', 'launch.mjs'), '--workdir', workdir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 420_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 137, output });
    });
  });
}

describe('npm run demo', () => {
  const name = 'releases the sample project, then reruns it and every step reports unchanged';
  (registryInstalled ? test : test.skip)(
    registryInstalled ? name : `${name} (skipped: docker-registry is not installed)`,
    async () => {
      const workdir = await mkdtemp(path.join(os.tmpdir(), 'rk-demo-'));
      try {
        const { code, output } = await runDemo(workdir);
        expect({ code, tail: code === 0 ? '' : output.slice(-4000) }).toEqual({ code: 0, tail: '' });
        const result = JSON.parse(await readFile(path.join(workdir, 'result.json'), 'utf8')) as DemoResult;
        const [first, second] = result.passes;

        // The first run did everything, for real: no step skipped or failed, every action used.
        expect(first.steps.filter((s) => s.state === 'skipped' || s.state === 'failed')).toEqual([]);
        const actions = new Set(first.steps.map((s) => s.action).filter(Boolean));
        expect([...actions].sort()).toEqual([
          'bump-version',
          'publish-chart-oci',
          'release-notes-from-changelog',
          'upload-cli-artifacts',
          'verify-images',
        ]);
        const firstState = Object.fromEntries(first.steps.map((s) => [s.id, s.state]));
        expect(firstState).toMatchObject({
          'changelog-prepare': 'prepared',
          'bump-version': 'bumped',
          draft: 'created',
          publish: 'published',
          'verify-images': 'verified',
        });
        expect(firstState['publish-chart-oci:kruntimes']).toBe('pushed');
        expect(firstState['publish-chart-oci:kruntimes-runtimes']).toBe('pushed');

        // The rerun: the same steps, each reporting that it changed nothing (a read-only check: the same verdict).
        expect(second.steps.map((s) => s.id)).toEqual(first.steps.map((s) => s.id));
        const changed = second.steps.filter(
          (s, i) => !(s.state === 'unchanged' || (s.readOnly && s.state === first.steps[i].state)),
        );
        expect(changed.map((s) => `${s.title}: ${s.state} ${s.detail}`)).toEqual([]);
        expect(second.steps.filter((s) => !s.readOnly).every((s) => s.state === 'unchanged')).toBe(true);

        // What users get: one published, immutable, latest release with five archives and the checksums file.
        expect(result.release).not.toBeNull();
        expect(result.release!.draft).toBe(false);
        expect(result.release!.immutable).toBe(true);
        expect(result.release!.latest).toBe(true);
        expect(result.release!.assets.map((a) => a.name).sort()).toEqual([
          'krt_v0.1.1_checksums.txt',
          'krt_v0.1.1_darwin_amd64.tar.gz',
          'krt_v0.1.1_darwin_arm64.tar.gz',
          'krt_v0.1.1_linux_amd64.tar.gz',
          'krt_v0.1.1_linux_arm64.tar.gz',
          'krt_v0.1.1_windows_amd64.zip',
        ]);
        expect(result.schemaViolations).toBe(0);
        expect(output).toMatch(/krt_v0\.1\.1_windows_amd64\.zip: OK/);
        expect(output).toMatch(/The rerun changed nothing/);

        // One Markdown file with every step's summary, both runs.
        const summary = await readFile(path.join(workdir, 'summary.md'), 'utf8');
        expect(summary).toMatch(/^# release-kit demo/);
        expect(summary).toContain('The rerun changed nothing.');
        for (const s of first.steps) expect(summary.split(`. ${s.title}: `).length - 1).toBe(2);
        expect(summary).toContain('## Images');
      } finally {
        await rm(workdir, { recursive: true, force: true });
      }
    },
    480_000,
  );
});
