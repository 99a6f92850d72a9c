// publish-chart-catalog: package Helm charts and publish them into a git-based catalog (a Rancher
// catalog layout or a classic Helm repository with index.yaml), never overwriting a published version.
import path from 'node:path';
import { invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { RunnerContext } from '../runtime/context.js';
import { isValidTagName } from '../versions/semver.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import {
  DEFAULT_RELEASE_NOTES,
  MESSAGE_PLACEHOLDERS,
  type CatalogSettings,
  TARGETS,
  type Target,
} from './publish-chart-catalog.settings.js';
export type { CatalogSettings, Target } from './publish-chart-catalog.settings.js';
export { DEFAULT_RELEASE_NOTES, MESSAGE_PLACEHOLDERS } from './publish-chart-catalog.settings.js';

/** Where each target puts things unless told otherwise (Buntime's zommehq/charts; chart-releaser's gh-pages). */
const DEFAULTS: Record<Target, { branch: string; directory: string }> = {
  rancher: { branch: 'main', directory: 'charts' },
  'helm-repo': { branch: 'gh-pages', directory: '.' },
};

const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+$/;
const DIRECTORY = /^(?:\.|[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)$/;

function parseSettings(inputs: Inputs, runner: RunnerContext): CatalogSettings {
  const token = inputs.secret('token');
  const charts = inputs.lines('chart');
  if (charts.length === 0) throw invalidInput('chart', '', 'a chart directory inside the workspace, one per line');
  for (const chart of charts) {
    if (/[\0]/.test(chart) || chart.startsWith('-'))
      throw invalidInput('chart', chart, 'chart directories inside the workspace, one per line');
  }
  const targetValue = inputs.required('target', `one of ${TARGETS.join(', ')}`);
  if (!(TARGETS as readonly string[]).includes(targetValue))
    throw invalidInput('target', targetValue, `one of ${TARGETS.join(', ')}`);
  const target = targetValue as Target;
  const server = parseServer(inputs.optional('server-url'), runner);
  const { repository, origin } = parseRepository(
    inputs.required('repository', 'the catalog git repository: OWNER/REPO, an https:// URL or a local path'),
    server,
  );
  if (token && repository.startsWith('http://'))
    throw invalidInput(
      'repository',
      repository,
      'an https:// URL when a token is set (plain http would send the token in clear text); without a token, http:// is read and pushed anonymously',
    );
  const branch = inputs.string('branch', DEFAULTS[target].branch);
  // git's ref rules (check-ref-format), the one tag/branch name rule: `/v1` would reach git and fail there.
  if (!BRANCH.test(branch) || !isValidTagName(branch))
    throw invalidInput('branch', branch, 'a branch name such as main or gh-pages');
  const directory = inputs.string('directory', DEFAULTS[target].directory).replace(/\/+$/, '') || '.';
  if (!DIRECTORY.test(directory) || directory.split('/').some((part) => part === '..' || part === '.git')) {
    throw invalidInput(
      'directory',
      directory,
      'a relative folder inside the catalog repository, such as charts or . (no .., no .git)',
    );
  }
  const baseUrl = inputs.optional('base-url');
  if (target === 'helm-repo') {
    if (baseUrl === undefined)
      throw invalidInput(
        'base-url',
        '',
        'the URL the Helm repository is served from, e.g. https://OWNER.github.io/REPO (the .tgz URLs in index.yaml start with it)',
      );
    if (!/^https?:\/\/[^\s/@]+(?:\/[^\s?#]*)?$/.test(baseUrl))
      throw invalidInput(
        'base-url',
        baseUrl,
        'an http(s) URL without credentials, query or fragment, e.g. https://OWNER.github.io/REPO',
      );
  } else if (baseUrl !== undefined) {
    throw invalidInput(
      'base-url',
      baseUrl,
      'nothing for target rancher (Rancher reads the catalog from git); base-url is for target helm-repo',
    );
  }
  const releaseNotesPath = inputs.optional('release-notes');
  if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
    throw invalidInput('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
  if (releaseNotesPath !== undefined && charts.length > 1) {
    throw invalidInput(
      'release-notes',
      releaseNotesPath,
      `nothing when several charts are published (each chart's own ${DEFAULT_RELEASE_NOTES} is used)`,
    );
  }
  const tokenUsername =
    inputs.optional('token-username') ??
    (runner.gitlab.serverUrl && origin === new URL(runner.gitlab.serverUrl).origin
      ? 'gitlab-ci-token'
      : 'x-access-token');
  if (!/^[^\s:]{1,255}$/.test(tokenUsername))
    throw invalidInput(
      'token-username',
      tokenUsername,
      'a username without spaces or colons, e.g. gitlab-ci-token (GitLab CI_JOB_TOKEN) or x-access-token',
    );
  const commitMessage = inputs.optional('commit-message');
  if (commitMessage !== undefined) checkMessageTemplate(commitMessage, charts.length);
  return {
    charts,
    target,
    repository,
    origin,
    branch,
    directory,
    baseUrl,
    releaseNotesPath,
    token,
    tokenUsername,
    commitMessage,
    maxAttempts: inputs.integer('max-attempts', { min: 1, max: 20 }),
  };
}

/**
 * A commit message template: `{name}`, `{version}`, `{charts}` and `{target}` are replaced (`{{` and
 * `}}` are literal braces). {name} and {version} name the one chart of a single-chart run; with
 * several charts, {charts} lists them. Checked before anything is packaged or fetched.
 */
function checkMessageTemplate(template: string, chartCount: number): void {
  const valid = `a message whose placeholders are ${MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')} (write {{ and }} for braces), e.g. 'chore: publish {name} chart v{version}'`;
  if (template.trim() === '' || template.includes('\0') || template.split('\n')[0].trim() === '')
    throw invalidInput('commit-message', template, valid);
  const stripped = template.replace(/\{\{|\}\}/g, '');
  for (const match of stripped.matchAll(/\{([^{}]*)\}|[{}]/g)) {
    const name = match[1];
    if (name === undefined || !(MESSAGE_PLACEHOLDERS as readonly string[]).includes(name))
      throw invalidInput('commit-message', template, valid);
    if (chartCount > 1 && (name === 'name' || name === 'version'))
      throw invalidInput(
        'commit-message',
        template,
        `{charts} when several charts are published ({name} and {version} name one chart)`,
      );
  }
}

/**
 * The server OWNER/REPO is on: the server-url input, else under GitLab CI the instance the job runs
 * on (CI_SERVER_URL), else the GitHub server of the run (GITHUB_SERVER_URL, github.com by default).
 */
function parseServer(input: string | undefined, runner: RunnerContext): { url: string; github: boolean } {
  if (input === undefined) {
    return runner.gitlab.serverUrl
      ? { url: runner.gitlab.serverUrl, github: false }
      : { url: runner.serverUrl, github: true };
  }
  const url = input.replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/@?#]+(?:\/[^\s?#@]*)?$/.test(url))
    throw invalidInput(
      'server-url',
      input,
      'the https:// URL of the git server OWNER/REPO is on, without credentials, e.g. https://gitlab.example.com',
    );
  return { url, github: false };
}

/**
 * OWNER/REPO (on `server`: GitHub's OWNER/REPO, or a GitLab path with subgroups, GROUP/SUB/PROJECT),
 * an http(s) URL without credentials, or a local path / file:// URL (a bare repository on the same
 * machine). A token never goes into the URL.
 */
function parseRepository(
  value: string,
  server: { url: string; github: boolean },
): { repository: string; origin?: string } {
  const valid = `OWNER/REPO (a repository on ${server.url}; a repository on another host, such as GitLab, needs its full https:// URL or server-url), https://HOST/PATH(.git) without credentials, or a local path`;
  if (/[\s\0]/.test(value) || value.startsWith('-')) throw invalidInput('repository', value, valid);
  const shortForm = server.github
    ? /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/
    : /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$/;
  if (shortForm.test(value)) {
    return { repository: `${server.url}/${value.replace(/\.git$/, '')}.git`, origin: new URL(server.url).origin };
  }
  if (/^https?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw invalidInput('repository', value, valid);
    }
    if (url.username || url.password)
      throw invalidInput(
        'repository',
        value.replace(/\/\/[^@/]*@/, '//***@'),
        `${valid}; pass the token in the token input, never in the URL`,
      );
    if (url.search || url.hash) throw invalidInput('repository', value, valid);
    return { repository: value, origin: url.origin };
  }
  if (value.startsWith('file://') || path.isAbsolute(value)) return { repository: value };
  throw invalidInput('repository', value, valid);
}

export const operation: Operation = {
  name: 'publish-chart-catalog',
  description:
    'Package Helm charts and publish them into a git-based catalog (a Rancher catalog or a Helm repository index.yaml), never overwriting a published version.',
  inputs: [
    {
      name: 'chart',
      description: 'Chart directory relative to the workspace; one per line for several charts (one commit for all).',
      required: true,
    },
    {
      name: 'target',
      description:
        '`rancher` (`charts/<name>/<version>/` with `app-readme.md`) or `helm-repo` (`<name>-<version>.tgz` files and `index.yaml`).',
      required: true,
    },
    {
      name: 'repository',
      description:
        'The catalog git repository: `OWNER/REPO` on this GitHub (or on `server-url` / the GitLab CI instance), a full `https://` URL (no credentials in it; any other host, e.g. `https://gitlab.example.com/GROUP/charts.git`) or a local path.',
      required: true,
    },
    {
      name: 'branch',
      description:
        'Branch to publish to; empty means `main` for rancher and `gh-pages` for helm-repo. Created when missing.',
      default: '',
    },
    {
      name: 'directory',
      description:
        'Folder inside the catalog repository; empty means `charts` for rancher and `.` (the root) for helm-repo.',
      default: '',
    },
    {
      name: 'base-url',
      description:
        'helm-repo only (required there): the URL the repository is served from, e.g. `https://OWNER.github.io/REPO`; index `urls` are `<base-url>/<name>-<version>.tgz`.',
      default: '',
    },
    {
      name: 'release-notes',
      description:
        "Markdown file for `app-readme.md` and the `catalog.cattle.io/release-notes` annotation; empty means the chart's `release-notes.md` when present. One chart only.",
      default: '',
    },
    {
      name: 'server-url',
      description:
        'The git server an OWNER/REPO repository is on; empty means CI_SERVER_URL under GitLab CI, else this GitHub (GITHUB_SERVER_URL). A full repository URL ignores it.',
      default: '',
    },
    {
      name: 'token',
      description:
        "Token that can push to the catalog repository (GitHub: a fine-grained PAT or GitHub App token with `contents: write` on it, since `GITHUB_TOKEN` only reaches the workflow's own repository; GitLab: a project or group access token with `write_repository`). Masked; sent through git config in the environment, never on a command line, never over plain http. Empty: the checkout's credentials.",
      default: '',
    },
    {
      name: 'token-username',
      description:
        'Username sent with the token; empty means gitlab-ci-token for a catalog on the GitLab instance of a GitLab CI job (CI_JOB_TOKEN needs it, access tokens take any), else x-access-token.',
      default: '',
    },
    {
      name: 'commit-message',
      description:
        "Catalog commit message; {name}, {version} (one chart), {charts} and {target} are replaced, e.g. 'chore: publish {name} chart v{version}'. Empty means 'Publish chart NAME VERSION'. A line naming the source repository and commit follows.",
      default: '',
    },
    {
      name: 'max-attempts',
      description:
        'Pushes to try when other publishers move the branch first (each re-applies the change on the new tip).',
      default: '5',
    },
  ],
  outputs: [
    {
      name: 'state',
      description:
        '`created` if any chart version was added; `unchanged` if the catalog already held every version with the same content.',
    },
    { name: 'commit', description: 'The catalog commit pushed; empty when unchanged.' },
    {
      name: 'attempts',
      description: 'How many attempts the push took (more than 1 when another publisher landed first).',
    },
    { name: 'name', description: 'Chart name (one chart only).' },
    { name: 'version', description: 'Chart version (one chart only).' },
    {
      name: 'charts',
      description:
        'JSON array, one object per chart: `chart`, `name`, `version`, `path`, `state`, and `digest` and `url` for helm-repo.',
    },
  ],
  async run(context: OperationContext): Promise<OperationResult> {
    const settings = parseSettings(context.inputs, context.runner);
    // The one lazy boundary: packaging and git code load only once the inputs are valid.
    const { publishToCatalog } = await import('./publish-chart-catalog.steps.js');
    return publishToCatalog(settings, context);
  },
};
