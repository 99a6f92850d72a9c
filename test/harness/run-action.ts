// Runs a bundled action (dist/<name>/index.js) the way the GitHub runner does: a child process with
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and an event file, then parses them
// back the way the runner does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface RunActionOptions {
  /** Input names as in action.yml (hyphens kept); values as the runner would pass them. */
  inputs?: Record<string, string | number | boolean | undefined>;
  /** Extra environment (GITHUB_API_URL, GITHUB_REF, …). */
  env?: Record<string, string | undefined>;
  /** Event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  /** GITHUB_WORKSPACE and the working directory. */
  workspace?: string;
  timeoutMs?: number;
  /** Called with the child process once it is spawned (e.g. to SIGKILL it at a chosen moment). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values registered with ::add-mask:: (the runner hides these lines and values). */
  masks: string[];
  /** Everything the step printed or wrote as the runner would show it, for secrecy checks. */
  everything: string;
}

/** Run `dist/<name>/index.js` as the runner would. */
export async function runAction(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const entry = path.join(repoRoot, 'dist', name, 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  return runNodeScript(entry, [], options);
}

/** Run the bundled CLI: `node dist/cli/index.js ...args`. */
export async function runCli(args: string[], options: RunActionOptions = {}): Promise<ActionRun> {
  const entry = path.join(repoRoot, 'dist', 'cli', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  return runNodeScript(entry, args, options);
}

async function runNodeScript(entry: string, args: string[], options: RunActionOptions): Promise<ActionRun> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rk-runner-'));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary.md');
  const eventFile = path.join(temp, 'event.json');
  const runnerTemp = path.join(temp, 'runner-temp');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event ?? {}));
  await import('node:fs/promises').then((fs) => fs.mkdir(runnerTemp, { recursive: true }));
  const workspace = options.workspace ?? temp;

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/kruntimes',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RELEASE_KIT_RETRY_BASE_MS: '20',
    GIT_AUTHOR_NAME: 'release-kit test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'release-kit test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  for (const [key, value] of Object.entries(options.inputs ?? {})) {
    if (value === undefined) continue;
    // The runner upper-cases the name, turns spaces into underscores and keeps hyphens.
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }

  const child = spawn(process.execPath, [entry, ...args], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 137)));
  clearTimeout(timer);

  const outputText = await readFile(outputFile, 'utf8');
  const summary = await readFile(summaryFile, 'utf8');
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseRunnerFile(outputText),
    summary,
    annotations: parseAnnotations(stdout),
    masks: stdout
      .split(/\r?\n/)
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length)),
    // The runner consumes ::add-mask:: commands and never shows them; everything else is visible.
    everything: [
      stdout
        .split(/\r?\n/)
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr,
      outputText,
      summary,
    ].join('\n'),
  };
}

/**
 * Parse a GITHUB_OUTPUT-style file as the runner does: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks.
 */
export function parseRunnerFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]);
      if (i >= lines.length) throw new Error(`unterminated heredoc for output ${name}`);
      result[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`malformed output line: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

/** Parse `::error file=…,line=…::message` workflow commands from stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      props[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    annotations.push({
      level: m[1] as Annotation['level'],
      message: unescapeData(m[3]),
      file: props.file,
      line: props.line ? Number(props.line) : undefined,
    });
  }
  return annotations;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}
