// The check every chart passes before it is published (to a registry or a catalog): `helm lint` and
// `helm template` on the packaged archive when helm is on PATH (GitHub's hosted runners have it),
// else release-kit's own structural checks of the templates, saying that nothing was rendered.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput, UserError } from '../plumbing/errors.js';
import { findExecutable, run } from '../plumbing/exec.js';
import type { Logger } from '../plumbing/log.js';
import type { LoadedChart } from './load.js';
import type { LintMode } from './lint-modes.js';
import { checkTemplates, type TemplateProblem, type TemplateSource } from './template-check.js';

/** How a run lints, decided once: helm (at this path), native, or not at all. */
export type LintPlan = { method: 'helm'; helm: string } | { method: 'native'; why: string } | { method: 'off' };

/** The plan for `mode`: `auto` takes helm when `pathEnv` (the runner context's PATH) has it. */
export async function planLint(mode: LintMode, pathEnv: string): Promise<LintPlan> {
  if (mode === 'false') return { method: 'off' };
  if (mode === 'native') return { method: 'native', why: 'lint: native' };
  const helm = await findExecutable('helm', pathEnv);
  if (helm) return { method: 'helm', helm };
  if (mode === 'helm') {
    throw invalidInput(
      'lint',
      'helm',
      'auto or native when helm is not on PATH (or install helm first, e.g. with azure/setup-helm)',
    );
  }
  return { method: 'native', why: 'helm is not on PATH' };
}

export interface LintOptions {
  mode: LintMode;
  /** The plan already made for `mode` (planLint), so that several charts look for helm once. */
  plan?: LintPlan;
  /** A directory for the archive and helm's own homes during the run (the runner's temp dir). */
  tempDir: string;
  log: Logger;
  /** Where to look for helm: the runner context's PATH. */
  pathEnv: string;
}

/** What was checked, for the log and the step summary. */
export interface LintResult {
  method: 'helm' | 'native' | 'off';
  /** One line: what ran and what it found. */
  summary: string;
}

/** The chart a lint runs on: the archive about to be published and the chart it holds. */
export interface LintTarget {
  fileName: string;
  data: Buffer;
  chart: LoadedChart;
}

/**
 * Lint and render `target` (a packaged chart) before it is published; a UserError naming the chart
 * and the first problem when it fails. helm runs with argument arrays, an environment of its own
 * (none of the runner's HELM_* or KUBECONFIG, HOME a fresh directory) and empty config, cache and
 * data homes, so the user's repositories, plugins and cluster never take part.
 */
export async function lintChart(target: LintTarget, where: string, options: LintOptions): Promise<LintResult> {
  const plan = options.plan ?? (await planLint(options.mode, options.pathEnv));
  if (plan.method === 'off') {
    return { method: 'off', summary: `${where}: lint: false, the chart was neither linted nor rendered` };
  }
  if (plan.method === 'helm') return lintWithHelm(plan.helm, target, where, options);
  return lintNatively(target.chart, where, plan.why, options);
}

async function lintWithHelm(
  helm: string,
  target: LintTarget,
  where: string,
  options: LintOptions,
): Promise<LintResult> {
  const home = await mkdtemp(path.join(options.tempDir, 'release-kit-lint-'));
  try {
    const archive = path.join(home, target.fileName);
    await writeFile(archive, target.data);
    const env = {
      PATH: path.dirname(helm),
      HOME: home,
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_DATA_HOME: path.join(home, 'data'),
    };
    const exec = (args: string[]) => run(helm, args, { cwd: home, env, inheritEnv: false, allowFailure: true });
    // Both at once: each loads the archive on its own, and neither needs the other.
    const [lint, render] = await Promise.all([
      exec(['lint', archive]),
      exec(['template', 'release-kit-lint', archive]),
    ]);
    const warnings = lint.stdout
      .split('\n')
      .filter((line) => line.startsWith('[WARNING]'))
      .map((line) => line.slice('[WARNING]'.length).trim());
    for (const warning of warnings) options.log.warning(`${where}: helm lint: ${warning}`);
    if (lint.exitCode !== 0) {
      const error =
        lint.stdout
          .split('\n')
          .find((line) => line.startsWith('[ERROR]'))
          ?.slice('[ERROR]'.length)
          .trim() ?? firstErrorLine(lint.stderr);
      throw lintFailure(where, `helm lint failed: ${error}`);
    }
    let rendered = 'rendered with helm template';
    if (render.exitCode !== 0) {
      const error = firstErrorLine(render.stderr);
      // helm renders for its built-in Kubernetes version; a chart's kubeVersion may exclude it, which
      // says nothing about the templates.
      if (!/incompatible with Kubernetes/i.test(error)) throw lintFailure(where, `helm template failed: ${error}`);
      options.log.warning(`${where}: helm template skipped the render: ${error}`);
      rendered = 'not rendered (its kubeVersion excludes the version helm renders for)';
    }
    return {
      method: 'helm',
      summary: `${where}: helm lint passed${warnings.length ? ` with ${warnings.length} warning(s)` : ''}; ${rendered}`,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

function lintNatively(chart: LoadedChart, where: string, why: string, options: LintOptions): LintResult {
  const sources = templateSources(chart, '');
  const result = checkTemplates(sources);
  if (result.errors.length > 0) throw lintFailure(where, `template ${describeProblem(result.errors[0])}`);
  for (const warning of result.warnings) options.log.warning(`${where}: template ${describeProblem(warning)}`);
  return {
    method: 'native',
    summary: `${where}: ${why}: native structural checks passed (${sources.length} templates, ${result.actions} actions, every function known to helm${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}); rendering skipped`,
  };
}

/** Every template of the chart and its subcharts, named by their path in the archive below the chart. */
function templateSources(chart: LoadedChart, prefix: string): TemplateSource[] {
  return [
    ...chart.templates.map((t) => ({ file: `${prefix}${t.name}`, text: t.data.toString('utf8') })),
    ...chart.dependencies.flatMap((d) => templateSources(d, `${prefix}charts/${d.metadata.name}/`)),
  ];
}

function describeProblem(problem: TemplateProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** helm's `Error: …` line (klog warnings may come first), else its first line. */
function firstErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const line = lines.find((l) => l.startsWith('Error:')) ?? lines[0] ?? 'no output';
  return line.replace(/^Error:\s*/, '').trim();
}

function lintFailure(where: string, problem: string): UserError {
  return new UserError(`chart ${where}: ${problem}; nothing was published: fix the chart and run again`, {
    input: 'lint',
    value: where,
  });
}
