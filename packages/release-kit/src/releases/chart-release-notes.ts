// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.
import path from 'node:path';
import { readFileInside } from '../plumbing/fs.js';
import { RELEASE_NOTES_ANNOTATION } from '../charts/chartfile.js';
import { normaliseNotes, setChartAnnotation } from '../charts/chartfile-edit.js';

export { RELEASE_NOTES_ANNOTATION, normaliseNotes };

export interface ChartNotesResult {
  text: string;
  /** `created`: the annotation was added; `updated`: another value replaced; `unchanged`: it already held the notes. */
  state: 'created' | 'updated' | 'unchanged';
}

/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes` (normalised as a
 * block scalar keeps them), touching nothing else: the edit is charts/chartfile-edit.ts's.
 */
export function injectChartReleaseNotes(chartYaml: string, notes: string, file = 'Chart.yaml'): ChartNotesResult {
  return setChartAnnotation(chartYaml, RELEASE_NOTES_ANNOTATION, normaliseNotes(notes), file);
}

export interface ChartNotesEdit extends ChartNotesResult {
  /** The Chart.yaml as given (relative to the workspace), for messages. */
  file: string;
  absolute: string;
}

/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
export async function planChartReleaseNotes(
  workspace: string,
  notesPath: string,
  chart: string | undefined,
  inputs: { notes: string; chart: string },
): Promise<ChartNotesEdit> {
  const notes = await readFileInside(workspace, notesPath, inputs.notes, 'Markdown file');
  let file = chart || path.join(path.dirname(notesPath), 'Chart.yaml');
  if (!file.endsWith('.yaml') && !file.endsWith('.yml')) file = path.join(file, 'Chart.yaml');
  // Read for an edit (writeFileInPlace): the bytes the annotation does not touch are written back as they were.
  const chartYaml = await readFileInside(
    workspace,
    file,
    inputs.chart,
    'Chart.yaml (or a chart directory holding one)',
    { forEdit: true },
  );
  return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}
