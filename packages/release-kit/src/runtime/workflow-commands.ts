// The runner's side of the step protocol: workflow commands on stdout and the GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files. Written here rather than imported from @actions/core because that
// package statically loads @actions/http-client and undici (for OIDC tokens) on every start, which
// more than doubled each action's cold start; the protocol itself is small and documented
// (docs.github.com "Workflow commands for GitHub Actions"), and this follows @actions/core 3 byte for byte.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Print `::command key=value,…::message` with the runner's escaping. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationProps(p: AnnotationProperties = {}): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

export const info = (message: string): void => {
  process.stdout.write(message + EOL);
};
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const warning = (message: string, p?: AnnotationProperties): void =>
  issueCommand('warning', annotationProps(p), message);
export const error = (message: string, p?: AnnotationProperties): void =>
  issueCommand('error', annotationProps(p), message);

/** Open a foldable group in the step's log (`::group::title`), closed by endGroup. */
export const startGroup = (title: string): void => issueCommand('group', {}, title);
export const endGroup = (): void => issueCommand('endgroup', {}, '');

/** Register a value the runner must hide from every log line from now on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Mark the step failed: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Write one output as a GITHUB_OUTPUT heredoc with a random delimiter (as @actions/core does). */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`output ${name} contains the delimiter ${delimiter}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Append Markdown to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it is dropped. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' });
}
