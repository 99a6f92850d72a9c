// chart-release-notes: a Markdown file into Chart.yaml's catalog.cattle.io/release-notes annotation, on its own (no CHANGELOG.md).
import { writeFileInPlace } from '../plumbing/fs.js';
import { planChartReleaseNotes, RELEASE_NOTES_ANNOTATION } from '../releases/chart-release-notes.js';
import { invalidInput } from '../plumbing/errors.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';

async function run(context: OperationContext): Promise<OperationResult> {
  const { inputs, runner, log } = context;
  const notes = inputs.required('notes', 'a Markdown file inside the workspace, e.g. charts/release-notes.md');
  const chart = inputs.optional('chart');
  for (const [name, value] of [
    ['notes', notes],
    ['chart', chart ?? ''],
  ] as const) {
    if (/[\0\r\n]/.test(value)) throw invalidInput(name, value, 'one path inside the workspace');
  }
  const edit = await planChartReleaseNotes(runner.workspace, notes, chart, { notes: 'notes', chart: 'chart' });
  if (edit.state !== 'unchanged') await writeFileInPlace(runner.workspace, edit.file, edit.text, 'chart');
  const line = `${edit.file}: ${RELEASE_NOTES_ANNOTATION} ${edit.state} from ${notes}`;
  log.info(line);
  return { outputs: { state: edit.state, chart: edit.file }, summary: `### Chart release notes\n\n- ${line}\n` };
}

export const operation: Operation = {
  name: 'chart-release-notes',
  description:
    "Write a Markdown file into Chart.yaml's catalog.cattle.io/release-notes annotation (Rancher's release notes), keeping every comment and line of Chart.yaml.",
  inputs: [
    {
      name: 'notes',
      description: 'The Markdown file with the release notes, e.g. charts/release-notes.md.',
      required: true,
    },
    {
      name: 'chart',
      description: 'The chart directory or its Chart.yaml; default: the Chart.yaml next to the notes file.',
      default: '',
    },
  ],
  outputs: [
    { name: 'state', description: '`created` (annotation added), `updated` (another value replaced) or `unchanged`.' },
    { name: 'chart', description: 'The Chart.yaml that holds the annotation.' },
  ],
  run,
};
