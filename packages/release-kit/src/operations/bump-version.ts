// bump-version: keep version tracks in sync, bump them, commit, tag and push; or check them on a PR.
import { invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { Operation } from '../runtime/operation.js';
import { DEFAULT_CONFIG, loadVersionsConfig } from '../versions/config.js';
import { DEFAULT_COMMIT_MESSAGE, DEFAULT_TAG_MESSAGE } from '../versions/message.js';
import { isValidPreid } from '../versions/semver.js';
import { type BumpSettings } from './bump-version.settings.js';
export type { BumpSettings } from './bump-version.settings.js';

/** Every input, parsed and checked before anything else happens. */
function parseSettings(inputs: Inputs): BumpSettings {
  const token = inputs.secret('token');
  const mode = inputs.choice('mode', ['bump', 'check'] as const);
  const configPath = inputs.string('config');
  if (/[\0\r\n]/.test(configPath))
    throw invalidInput('config', configPath, 'a path to the tracks file, e.g. .github/release-kit.yml');
  const preid = inputs.optional('preid');
  if (preid !== undefined && !isValidPreid(preid))
    throw invalidInput('preid', preid, 'a prerelease identifier such as rc, beta or alpha.1');
  const commit = inputs.boolean('commit');
  const tag = inputs.boolean('tag');
  const push = inputs.boolean('push', tag);
  const baseRef = inputs.optional('base-ref');
  if (baseRef !== undefined && !/^[A-Za-z0-9._/@^~+-]+$/.test(baseRef))
    throw invalidInput('base-ref', baseRef, 'a git ref or commit, e.g. origin/main');
  const staged = inputs.boolean('staged');
  if (staged && mode !== 'check')
    throw invalidInput('staged', 'true', 'false, or mode: check (release-kit check --staged)');
  if (staged && baseRef !== undefined)
    throw invalidInput('base-ref', baseRef, 'no base-ref with staged: true (staged compares the index with HEAD)');
  const include = inputs.lines('include');
  for (const file of include) {
    if (/[\0]/.test(file) || file.startsWith('-'))
      throw invalidInput('include', file, 'paths inside the workspace, one per line');
  }
  return {
    mode,
    configPath,
    bumpLines: inputs.lines('bump', { commas: true }),
    preid,
    commit,
    tag,
    push,
    messageTemplate: inputs.optional('commit-message'),
    tagMessageTemplate: inputs.optional('tag-message'),
    include,
    baseRef,
    staged,
    allowDirty: inputs.boolean('allow-dirty'),
    token,
  };
}

export const operation: Operation = {
  name: 'bump-version',
  description:
    'Keep version tracks in sync across files; bump them, commit, tag and push; or check them on a pull request.',
  inputs: [
    { name: 'config', description: 'The tracks file (a `versions:` map of track → files).', default: DEFAULT_CONFIG },
    {
      name: 'bump',
      description: 'Lines `track=kind`; kind is `patch`, `minor`, `major`, `prerelease` or an explicit `x.y.z`.',
      default: '',
    },
    {
      name: 'preid',
      description: 'Prerelease identifier for `prerelease` bumps, e.g. `rc` (1.2.3 → 1.2.4-rc.0).',
      default: '',
    },
    {
      name: 'mode',
      description: '`bump` edits the files; `check` verifies sync and that watched changes carry a bump.',
      default: 'bump',
    },
    { name: 'commit', description: 'Commit the edited files (and `include`).', default: 'true' },
    {
      name: 'tag',
      description: "Tag the release commit with the tag track's template (needs that track in `bump`).",
      default: 'false',
    },
    {
      name: 'push',
      description: 'Push the commit (and tag) to `origin` atomically; empty means the same as `tag`.',
      default: '',
    },
    {
      name: 'commit-message',
      description:
        "Commit message template with `{version}`, `{tag}`, `{changes}` and `{<track>}`; empty: the tracks file's `commit-message:`, else `" +
        DEFAULT_COMMIT_MESSAGE +
        '`.',
      default: '',
    },
    {
      name: 'tag-message',
      description:
        "Annotated tag message template, placeholders as `commit-message`; empty: the tracks file's `tag-message:`, else `" +
        DEFAULT_TAG_MESSAGE +
        "` (the tag's name).",
      default: '',
    },
    {
      name: 'include',
      description: 'Extra paths staged into the release commit, one per line (e.g. `CHANGELOG.md`); they may be dirty.',
      default: '',
    },
    {
      name: 'base-ref',
      description: 'Check mode: compare with this ref or commit (default: the pull request base).',
      default: '',
    },
    {
      name: 'staged',
      description: 'Check mode: check the commit being made (the index against HEAD), for pre-commit hooks.',
      default: 'false',
    },
    {
      name: 'allow-dirty',
      description: "Bump even when the working tree has other changes (only the bump's files are committed).",
      default: 'false',
    },
    {
      name: 'token',
      description:
        "Token for pushing over HTTPS instead of the checkout's credentials; masked. A GitHub App token or a fine-grained PAT makes the pushed tag trigger other workflows.",
      default: '',
    },
  ],
  outputs: [
    {
      name: 'versions',
      description:
        'JSON: each track\'s previous and current version, e.g. `{"chart":{"previous":"0.2.26","current":"0.2.27"}}`.',
    },
    { name: 'tag', description: 'The tag created (or found on a rerun); empty when none.' },
    { name: 'commit', description: 'The release commit; empty when not committed.' },
    { name: 'changed-files', description: 'JSON list of the files the bump edited.' },
    { name: 'state', description: '`bumped`, `unchanged` (the bump was already done) or `checked`.' },
  ],
  async run(context) {
    const settings = parseSettings(context.inputs);
    const config = await loadVersionsConfig(context.runner.workspace, settings.configPath);
    // The one lazy boundary: git, the file editors and the checks load only once the inputs are valid.
    const { bumpOrCheck } = await import('./bump-version.steps.js');
    return bumpOrCheck(settings, config, context);
  },
};

/** Boolean flags beyond the inputs declared true/false: `push` defaults to `tag`, so it declares no default. */
export const CLI_BOOLEAN_FLAGS = ['push'];

/**
 * The CLI's flags as inputs: `--chart=patch` (a track named in the config) and positional
 * `chart=patch` become `bump` lines. When the config cannot be read, unknown flags are kept as bump
 * lines too, so the operation reports the config problem instead of an unknown flag.
 */
export async function cliInputs(
  mode: 'bump' | 'check',
  flags: Record<string, string>,
  positionals: readonly string[],
  workspace: string,
): Promise<Record<string, string>> {
  const known = new Set([...operation.inputs.map((i) => i.name), 'json', 'summary', 'api-url']);
  let tracks: Set<string> | undefined;
  try {
    const config = await loadVersionsConfig(workspace, flags.config ?? DEFAULT_CONFIG);
    tracks = new Set(config.tracks.map((t) => t.name));
  } catch {
    tracks = undefined;
  }
  const inputs: Record<string, string> = {};
  const bumpLines = [...positionals];
  for (const [name, value] of Object.entries(flags)) {
    if (name === 'bump') bumpLines.push(value);
    else if (known.has(name) || (tracks && !tracks.has(name))) inputs[name] = value;
    else bumpLines.push(...value.split('\n').map((v) => `${name}=${v}`));
  }
  if (bumpLines.length) inputs.bump = bumpLines.join('\n');
  if (mode === 'check') inputs.mode = 'check';
  return inputs;
}
