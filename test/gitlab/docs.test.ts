// docs/gitlab-ci.md shows the pipeline that test/gitlab/pipeline.test.ts runs: the YAML block between
// its markers is docs/examples/gitlab-ci.yml byte for byte, and the smaller snippets are lines of it.
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../harness/run-action.js';
import { PIPELINE_FILE } from './buntime-fixture.js';

const doc = readFileSync(path.join(repoRoot, 'docs', 'gitlab-ci.md'), 'utf8');
const pipeline = readFileSync(PIPELINE_FILE, 'utf8');

test("the doc's pipeline is docs/examples/gitlab-ci.yml, byte for byte", () => {
  const match =
    /<!-- docs\/examples\/gitlab-ci\.yml: begin -->\n```yaml\n([\s\S]*?)```\n<!-- docs\/examples\/gitlab-ci\.yml: end -->/.exec(
      doc,
    );
  expect(match).not.toBeNull();
  expect(match![1]).toBe(pipeline);
});

test("the doc's other YAML snippets are lines of the pipeline, so they cannot drift from what runs", () => {
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b !== pipeline);
  expect(blocks.length).toBeGreaterThan(0);
  const lines = new Set(pipeline.split('\n').map((l) => l.trim()));
  for (const block of blocks)
    for (const line of block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')))
      expect([line, lines.has(line.replace(/\s+#.*$/, '').trim())]).toEqual([line, true]);
});
