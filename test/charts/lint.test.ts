// The check before publishing: real helm v3 and v4 (helm lint + helm template on the packaged archive)
// when helm is on PATH, release-kit's structural template checks when it is not, and the modes that
// choose between them. Every broken chart here is one helm refuses too.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lintChart } from '../../packages/release-kit/src/charts/lint.js';
import type { LintMode } from '../../packages/release-kit/src/charts/lint-modes.js';
import { packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import { checkTemplates, HELM_TEMPLATE_FUNCTIONS } from '../../packages/release-kit/src/charts/template-check.js';
import { isUserError } from '../../packages/release-kit/src/plumbing/errors.js';
import type { Logger } from '../../packages/release-kit/src/plumbing/log.js';
import { helmBinary, helmUnavailableReason, type HelmMajor } from '../harness/helm.js';
import { chartCopy } from './chart-fixtures.js';

const mtime = new Date('2024-05-01T12:00:00Z');

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, debug() {}, error() {}, warning: (m) => void warnings.push(m) };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

/** kruntimes with one template replaced by `text`. */
async function chartWithTemplate(text: string, name = 'broken.yaml') {
  const dir = await chartCopy('kruntimes');
  await writeFile(path.join(dir, 'templates', name), text);
  return packageChartDirectory(dir, { mtime }, 'charts/kruntimes');
}

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'rk-lint-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const lint = (
  packaged: Awaited<ReturnType<typeof chartWithTemplate>>,
  mode: LintMode,
  pathEnv: string,
  log = recordingLogger(),
) => lintChart(packaged, 'charts/kruntimes', { mode, tempDir: temp, log, pathEnv });

describe('native structural checks (no helm on PATH)', () => {
  const noHelm = '/nonexistent';

  test('an unknown function is refused with the file and line, as helm refuses it', async () => {
    const packaged = await chartWithTemplate('kind: ConfigMap\ndata:\n  x: {{ .Values.x | nosuchfunc }}\n');
    expect(await failure(lint(packaged, 'auto', noHelm))).toMatch(
      /^chart charts\/kruntimes: template templates\/broken\.yaml:3: function "nosuchfunc" not defined; nothing was published/,
    );
  });

  test.each([
    ['{{ if .Values.a }}\nx: 1\n', /templates\/broken\.yaml:1: unexpected EOF: \{\{if\}\} has no \{\{end\}\}/],
    ['x: 1\n{{ end }}\n', /templates\/broken\.yaml:2: unexpected \{\{end\}\}/],
    ['x: {{ .Values.a \n', /templates\/broken\.yaml:1: unclosed action/],
    ['x: {{ "unterminated }}\n', /unterminated quoted string/],
    ['{{ else }}\n', /unexpected \{\{else\}\}/],
    ['x: {{ (default 1 .Values.a }}\n', /unclosed left paren/],
    ['{{/* a comment without its end }}\n', /unclosed comment/],
    ['{{ break }}\n', /\{\{break\}\} outside \{\{range\}\}/],
    ['{{ define "x" }}{{ define "y" }}{{ end }}{{ end }}\n', /unexpected <define> in command/],
  ])('%j is refused', async (text, pattern) => {
    expect(await failure(lint(await chartWithTemplate(text), 'native', noHelm))).toMatch(pattern);
  });

  test("helm's idioms pass: trim markers, comments, else-if chains, variables, pipelines, raw strings", () => {
    const text = [
      '{{- /* a comment */ -}}',
      '{{- define "x.labels" -}}app: {{ .Chart.Name | quote }}{{- end }}',
      '{{- $name := default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
      '{{- if and .Values.a (not .Values.b) }}a{{- else if .Values.c }}c{{- else }}d{{- end }}',
      '{{- range $i, $v := .Values.list }}{{ if eq $i 3 }}{{ break }}{{ end }}{{ $v | toYaml | nindent 2 }}{{- end }}',
      '{{- with .Values.x }}{{ . }}{{ end }}',
      '{{ include "x.labels" . | nindent 4 }} {{ template "x.labels" . }} {{ `raw {{ not an action }}` }}',
      '{{ printf "%d-%s" -1 \'c\' }} {{ 1.5e3 }} {{ 0x1F }} {{ $.Values.y }} {{ lookup "v1" "Pod" "" "" }}',
    ].join('\n');
    const result = checkTemplates([{ file: 'templates/idioms.yaml', text }]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    for (const fn of ['toYaml', 'include', 'tpl', 'required', 'lookup', 'nindent', 'printf', 'semverCompare'])
      expect(HELM_TEMPLATE_FUNCTIONS.has(fn)).toBe(true);
    // helm removes sprig's env and expandenv.
    expect(HELM_TEMPLATE_FUNCTIONS.has('env')).toBe(false);
  });

  test('an include of a template no file defines is a warning (helm fails only if the line is reached)', async () => {
    const log = recordingLogger();
    const result = await lint(await chartWithTemplate('{{ include "nowhere.name" . }}\n'), 'native', noHelm, log);
    expect(result.method).toBe('native');
    expect(log.warnings).toEqual([
      expect.stringMatching(/templates\/broken\.yaml:1: include "nowhere\.name": no template of the chart defines it/),
    ]);
  });

  test('the fixtures pass, and the summary says nothing was rendered', async () => {
    for (const name of ['kruntimes', 'kruntimes-runtimes', 'frobnitz', 'buntime']) {
      const packaged = await packageChartDirectory(await chartCopy(name), { mtime }, `charts/${name}`);
      const result = await lintChart(packaged, `charts/${name}`, {
        mode: 'auto',
        tempDir: temp,
        log: recordingLogger(),
        pathEnv: noHelm,
      });
      expect(result.summary).toMatch(/helm is not on PATH: native structural checks passed .*rendering skipped/);
    }
  });

  test('lint: helm without helm on PATH is refused naming the input; lint: false checks nothing', async () => {
    const packaged = await chartWithTemplate('{{ nosuchfunc }}\n');
    expect(await failure(lint(packaged, 'helm', noHelm))).toMatch(
      /^input 'lint' has invalid value "helm": expected auto or native when helm is not on PATH/,
    );
    expect((await lint(packaged, 'false', noHelm)).method).toBe('off');
  });
});

const majors: HelmMajor[] = [3, 4];
const binaries = new Map<HelmMajor, string | undefined>();
for (const major of majors) binaries.set(major, await helmBinary(major));

describe.each(majors)('helm v%i on PATH', (major) => {
  const helm = binaries.get(major);
  const it = helm ? test : test.skip;
  if (!helm) test.skip(helmUnavailableReason(major), () => {});
  let pathEnv: string;
  beforeAll(async () => {
    // A PATH holding only this helm, as a runner's would hold its one helm.
    pathEnv = path.join(temp, `bin-v${major}`);
    await mkdir(pathEnv, { recursive: true });
    if (helm) await symlink(helm, path.join(pathEnv, 'helm'));
  });

  it("a broken function is refused with helm's own words", async () => {
    const packaged = await chartWithTemplate('kind: ConfigMap\ndata:\n  x: {{ .Values.x | nosuchfunc }}\n');
    expect(await failure(lint(packaged, 'auto', pathEnv))).toMatch(
      /^chart charts\/kruntimes: helm lint failed: templates\/: parse error at \(kruntimes\/templates\/broken\.yaml:3\): function "nosuchfunc" not defined/,
    );
  });

  it('a chart that parses but does not render is refused by helm template (native checks cannot see it)', async () => {
    const packaged = await chartWithTemplate('kind: ConfigMap\ndata:\n  x: {{ required "x is required" .Values.x }}\n');
    const message = await failure(lint(packaged, 'helm', pathEnv));
    expect(message).toMatch(/helm (lint|template) failed: .*x is required/);
    expect((await lint(packaged, 'native', pathEnv)).method).toBe('native');
  });

  it('a good chart passes, helm runs in a home of its own that is removed afterwards', async () => {
    const before = await readdir(temp);
    process.env.HELM_DRIVER = 'not-a-driver'; // the runner's HELM_* never reach the lint
    try {
      const packaged = await packageChartDirectory(await chartCopy('frobnitz'), { mtime }, 'charts/frobnitz');
      const result = await lintChart(packaged, 'charts/frobnitz', {
        mode: 'auto',
        tempDir: temp,
        log: recordingLogger(),
        pathEnv,
      });
      expect(result).toEqual({
        method: 'helm',
        summary: 'charts/frobnitz: helm lint passed; rendered with helm template',
      });
    } finally {
      delete process.env.HELM_DRIVER;
    }
    expect(await readdir(temp)).toEqual(before);
  });
});
