// The runner's side of the step protocol: workflow commands on stdout and the GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files, written to the sinks a run is given (its host's stdout and the files its
// environment names), so a run can happen in-process. Written here rather than imported from
// @actions/core because that package statically loads @actions/http-client and undici (for OIDC
// tokens) on every start, which more than doubled each action's cold start; the protocol itself is
// small and documented (docs.github.com "Workflow commands for GitHub Actions"), and this follows
// @actions/core 3 byte for byte.
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

/** Where one step's protocol goes: its stdout, and the files the runner named (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
export interface StepSinks {
  stdout: (text: string) => void;
  outputFile?: string;
  summaryFile?: string;
}

export interface WorkflowCommands {
  issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, p?: AnnotationProperties): void;
  error(message: string, p?: AnnotationProperties): void;
  /** Open a foldable group in the step's log (`::group::title`), closed by endGroup. */
  startGroup(title: string): void;
  endGroup(): void;
  /** Register a value the runner must hide from every log line from now on. */
  setSecret(secret: string): void;
  /** Write one output as a GITHUB_OUTPUT heredoc with a random delimiter (as @actions/core does). */
  setOutput(name: string, value: string): void;
  /** Append Markdown to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it is dropped. */
  appendSummary(markdown: string): void;
}

/** The workflow commands of one step, written to `sinks`. */
export function workflowCommands(sinks: StepSinks): WorkflowCommands {
  /** Print `::command key=value,…::message` with the runner's escaping. */
  const issueCommand = (
    command: string,
    properties: Record<string, string | number | undefined>,
    message: string,
  ): void => {
    const props = Object.entries(properties)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',');
    sinks.stdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
  };
  return {
    issueCommand,
    info: (message) => sinks.stdout(message + EOL),
    debug: (message) => issueCommand('debug', {}, message),
    warning: (message, p) => issueCommand('warning', annotationProps(p), message),
    error: (message, p) => issueCommand('error', annotationProps(p), message),
    startGroup: (title) => issueCommand('group', {}, title),
    endGroup: () => issueCommand('endgroup', {}, ''),
    setSecret: (secret) => issueCommand('add-mask', {}, secret),
    setOutput(name, value) {
      const file = sinks.outputFile;
      if (!file) {
        sinks.stdout(EOL);
        issueCommand('set-output', { name }, value);
        return;
      }
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains the delimiter ${delimiter}`);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
    },
    appendSummary(markdown) {
      if (!sinks.summaryFile) return;
      appendFileSync(sinks.summaryFile, markdown + EOL, { encoding: 'utf8' });
    },
  };
}
