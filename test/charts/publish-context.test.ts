// publish-chart-oci run in-process with a runner context of the test's choosing, for what the bundled
// runs cannot show because their environment sets the context and the library defaults alike: the
// registry client must take its settings from the runner context, not from process.env.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { operation } from '../../packages/release-kit/src/operations/publish-chart-oci.js';
import { Inputs, recordInputSource } from '../../packages/release-kit/src/plumbing/inputs.js';
import type { Logger } from '../../packages/release-kit/src/plumbing/log.js';
import { runnerContext, type RunnerContext } from '../../packages/release-kit/src/runtime/context.js';
import { scriptedFaults } from '../harness/faults.js';
import { createSampleRepo, type SampleRepo } from '../harness/git-fixture.js';
import { startFaultProxy } from '../registry/fault-proxy.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';
import { chartCopy } from './chart-fixtures.js';

const describeIfRegistry = registryAvailable() ? describe : describe.skip;

/** A logger that keeps every line, debug included, by level. */
function recordingLogger(): Logger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  const keep = (level: string) => (message: string) => void lines.push({ level, message });
  return { lines, info: keep('info'), debug: keep('debug'), warning: keep('warning'), error: keep('error') };
}

async function publishInProcess(
  inputs: Record<string, string>,
  runner: Partial<RunnerContext> & { workspace: string },
) {
  const log = recordingLogger();
  const declared = operation.inputs;
  const result = await operation.run({
    inputs: new Inputs(recordInputSource(inputs), () => {}, declared),
    runner: { ...runnerContext({}), ...runner },
    log,
  });
  return { result, log };
}

describeIfRegistry('publish-chart-oci takes its settings from the runner context', () => {
  let registry: TestRegistry;
  let repo: SampleRepo;
  const saved = process.env.RELEASE_KIT_RETRY_BASE_MS;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'anonymous' });
    repo = await createSampleRepo({ 'README.md': '# sample\n' });
    await chartCopy('kruntimes', path.join(repo.dir, 'charts'));
    repo.commitAll('chart');
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.RELEASE_KIT_RETRY_BASE_MS;
    else process.env.RELEASE_KIT_RETRY_BASE_MS = saved;
    await registry?.close();
    if (repo) await rm(path.dirname(repo.dir), { recursive: true, force: true });
  });

  test("a retried request waits the runner's retryBaseMs, not the library default", async () => {
    // Without the context's base the client would fall back to 1000 ms (the environment has none).
    delete process.env.RELEASE_KIT_RETRY_BASE_MS;
    const proxy = await startFaultProxy(
      registry.host,
      scriptedFaults([{ kind: 'status', status: 503 }], (r) => r.method === 'HEAD'),
    );
    try {
      const { result, log } = await publishInProcess(
        { chart: 'charts/kruntimes', registry: `oci://${proxy.host}/charts`, 'plain-http': 'true' },
        { workspace: repo.dir, sourceDateEpoch: '1714564800', retryBaseMs: 1 },
      );
      expect(result.outputs.state).toBe('pushed');
      const retries = log.lines.filter((l) => /HTTP 503; retry 1 in/.test(l.message));
      expect(retries).toHaveLength(1);
      // backoff(0, base) is the base ± 25 %: 1 ms with the context's base, 750–1250 ms with the default.
      expect(retries[0].message).toMatch(/retry 1 in 1 ms$/);
    } finally {
      await proxy.close();
    }
  });
});
