// merge-checksums: one complete checksums file from the partial ones of split CLI jobs (GitLab runners per OS).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { planMergedChecksums } from '../artifacts/merge-checksums.js';
import { invalidInput } from '../plumbing/errors.js';
import { writeFileAtomic } from '../plumbing/fs.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';

async function run(context: OperationContext): Promise<OperationResult> {
  const { inputs, runner, log } = context;
  const dirs = inputs.lines('dir');
  if (!dirs.length)
    throw invalidInput('dir', '', "one or more folders holding a job's archives and its checksums file");
  const output = inputs.optional('output');
  for (const [name, value] of [...dirs.map((d) => ['dir', d] as const), ['output', output ?? ''] as const])
    if (/[\0\r\n]/.test(value)) throw invalidInput(name, value, 'a path inside the workspace');
  const plan = await planMergedChecksums(runner.workspace, dirs, output);
  const before = await readFile(plan.file, 'utf8').catch(() => undefined);
  const state = before === plan.text ? 'unchanged' : before === undefined ? 'created' : 'updated';
  if (state !== 'unchanged') {
    await mkdir(path.dirname(plan.file), { recursive: true });
    await writeFileAtomic(plan.file, plan.text, 0o644);
  }
  const line = `${path.relative(runner.workspace, plan.file)}: ${state}, ${plan.archives.length} archive(s) verified from ${dirs.length} folder(s)`;
  log.info(line);
  return {
    outputs: { state, 'checksums-file': plan.file, archives: plan.archives },
    summary: `### Merged checksums\n\n- ${line}\n`,
  };
}

export const operation: Operation = {
  name: 'merge-checksums',
  description:
    'Merge the partial checksums files of split CLI jobs into one complete sha256sum file, verifying every line against the archive it names.',
  inputs: [
    {
      name: 'dir',
      description:
        "A folder holding one job's archives and its checksums file (repeat the flag, or one per line), inside the workspace.",
      required: true,
    },
    {
      name: 'output',
      description: "The merged file; default: the partial files' shared name, in the workspace root.",
      default: '',
    },
  ],
  outputs: [
    { name: 'state', description: '`created`, `updated` (a different file was there) or `unchanged`.' },
    { name: 'checksums-file', description: 'Path of the merged checksums file.' },
    { name: 'archives', description: 'JSON list of the archive names it lists.' },
  ],
  run,
};
