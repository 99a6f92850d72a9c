// Runs a bundled action (dist/<name>/index.js) the way the GitHub runner does, in plain JavaScript:
// a child process with INPUT_* variables (action.yml defaults filled in, hyphens kept), the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and the usual GITHUB_* variables, then the output file
// parsed as the runner parses it. Same approach as test/harness/run-action.ts, for the demo.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Make sure dist/<name>/index.js exists, building it with scripts/bundle.mjs when the action's
 * sources are there. Returns undefined when ready, else the reason it cannot run.
 */
export function ensureBundle(name) {
  const entry = path.join(repoRoot, 'dist', name, 'index.js');
  if (existsSync(entry)) return undefined;
  if (!existsSync(path.join(repoRoot, 'actions', name, 'src', 'main.ts')))
    return `actions/${name} is not implemented yet (no actions/${name}/src/main.ts)`;
  console.log(`  (building dist/${name} with scripts/bundle.mjs: it was missing)`);
  const built = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), name], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0 || !existsSync(entry))
    return `dist/${name} could not be built (node scripts/bundle.mjs ${name} exited ${built.status})`;
  return undefined;
}

/** The runner turns an input name into its variable: upper case, spaces to underscores, hyphens kept. */
const inputVariable = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** action.yml defaults as the runner passes them; `${{ github.token }}` is the only expression they use. */
function actionDefaults(name, token) {
  const metadata = parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8'));
  const defaults = {};
  for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec?.default === undefined) continue;
    defaults[input] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return defaults;
}

/**
 * Run one action step. `context` holds what the runner would know: workspace, ref, sha, repository,
 * API URLs and the token. Returns the exit code, outputs, summary and the captured log.
 */
export async function runStep(name, inputs, context) {
  const temp = await mkdtemp(path.join(context.tempRoot, `${name}-`));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary.md');
  const eventFile = path.join(temp, 'event.json');
  const runnerTemp = path.join(temp, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(context.event ?? {}));

  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: context.eventName ?? 'push',
    GITHUB_WORKSPACE: context.workspace,
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_OWNER: context.repository.split('/')[0],
    GITHUB_REF: context.ref,
    GITHUB_REF_NAME: context.ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_SHA: context.sha ?? '0'.repeat(40),
    GITHUB_SERVER_URL: context.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: context.apiUrl ?? 'https://api.github.com',
    GITHUB_ACTOR: 'release-kit-demo',
    GITHUB_RUN_ID: String(context.runId ?? 1),
    GITHUB_WORKFLOW_REF: `${context.repository}/.github/workflows/release.yml@${context.ref}`,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RELEASE_KIT_RETRY_BASE_MS: '50',
    ...context.env,
  };
  const given = { ...actionDefaults(name, context.token ?? ''), ...inputs };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    env[inputVariable(key)] = String(value);
  }

  const entry = path.join(repoRoot, 'dist', name, 'index.js');
  const child = spawn(process.execPath, [entry], { cwd: context.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const started = Date.now();
  const timer = setTimeout(() => child.kill('SIGKILL'), context.timeoutMs ?? 60_000);
  const exitCode = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 137)));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseRunnerFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors: stdout
      .split(/\r?\n/)
      .filter((l) => l.startsWith('::error'))
      .map((l) =>
        l
          .replace(/^::error[^:]*::/, '')
          .replace(/%0A/g, '\n')
          .replace(/%25/g, '%'),
      ),
    durationMs: Date.now() - started,
  };
}

/** Parse a GITHUB_OUTPUT file as the runner does: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseRunnerFile(text) {
  const result = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body = [];
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
