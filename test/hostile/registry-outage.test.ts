// The registry down or out of reach while publishing a chart: one line saying what failed, after how
// many tries, and that a rerun is safe, the same shape as GitHub's (test/github/transport.test.ts).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chartCopy } from '../charts/chart-fixtures.js';
import { persistentFaults } from '../harness/faults.js';
import { closedPort, runCliInProcess } from '../harness/in-process.js';
import { startFaultProxy, type FaultProxy } from '../registry/fault-proxy.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rk-registry-outage-'));
  await chartCopy('buntime', dir);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function publish(host: string) {
  return runCliInProcess(
    ['publish-chart-oci', '--chart', 'buntime', '--registry', `oci://${host}/charts`, '--plain-http'],
    {
      workspace: dir,
      env: { SOURCE_DATE_EPOCH: '1714564800', RELEASE_KIT_RETRY_BASE_MS: '2' },
    },
  );
}

function oneLine(run: { exitCode: number; stderr: string }): string {
  expect(run.exitCode).toBe(1);
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/release-kit bug/);
  return lines[0];
}

describe('publish-chart-oci with the registry out of reach', () => {
  test('a refused connection', async () => {
    const port = await closedPort();
    expect(oneLine(await publish(`127.0.0.1:${port}`))).toMatch(
      new RegExp(
        `^error: could not reach registry 127\\.0\\.0\\.1:${port} for HEAD /v2/charts/buntime/manifests/0\\.3\\.0 in charts/buntime \\(ECONNREFUSED\\) after 5 tries: .*; a rerun is safe`,
      ),
    );
  });

  test('a host name that does not resolve', async () => {
    expect(oneLine(await publish('nonexistent.invalid'))).toMatch(
      /^error: could not reach registry nonexistent\.invalid for .* \(ENOTFOUND\) after 5 tries: .*; a rerun is safe/,
    );
  });
});

const describeIfRegistry = registryAvailable() ? describe : describe.skip;
describeIfRegistry('publish-chart-oci with the registry answering 503 on every try', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host, persistentFaults({ kind: 'status', status: 503 }));
  });
  afterAll(async () => {
    await proxy?.close();
    await registry?.close();
  });

  test('what failed, the status, the tries, and that a rerun is safe', async () => {
    expect(oneLine(await publish(proxy.host))).toMatch(
      /^error: registry 127\.0\.0\.1:\d+ kept failing HEAD manifest on .* \(HTTP 503\b.*\) after 5 tries: .*; a rerun is safe/,
    );
    expect(proxy.requests).toHaveLength(5);
  });
});
