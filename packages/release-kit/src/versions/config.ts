// The version-tracks configuration (`versions:` in .github/release-kit.yml): loaded, parsed and validated.
import picomatch from 'picomatch';
import { isValidTagName } from './semver.js';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';
import { readRegularFile, resolveInside } from '../plumbing/fs.js';
import { yamlProblem } from '../plumbing/yaml.js';
import { listWorkspaceFiles, workspaceGlob } from './files.js';
import { checkMessageTemplate } from './message.js';
import { lineOf } from './text.js';

/** One place that holds a track's version: a YAML/JSON key path or a regexp over a text file. */
export interface VersionLocationSpec {
  /** Path relative to the workspace, as written in the config (or one file its glob matched). */
  file: string;
  /**
   * The glob of the config entry, when `file` is one of its matches (or, before loadVersionsConfig
   * expands it, the glob itself). With a pattern, a matched file where the pattern finds nothing is
   * not a location of the track; at an older revision, a matched file that did not exist yet neither.
   */
  glob?: string;
  /** Dotted key path in a YAML or JSON file (`version`, `dependencies.0.version`). */
  key?: string;
  /** Regexp source for text files; its first capture group is the version. */
  pattern?: string;
  /** Line of this entry in the config file, for annotations. */
  configLine: number;
}

/** A set of locations that must always hold the same version. */
export interface VersionTrack {
  name: string;
  /** Tag template such as `v{version}`; at most one track names the tag. */
  tag?: string;
  files: VersionLocationSpec[];
  /** Globs (relative to the workspace): a change under them needs a bump of this track. */
  watch: string[];
  /** Every bump must bump this track (given or implied); a bump leaving it out is refused, naming it. */
  required: boolean;
  /** Tracks a bump of this one bumps too, with their kind (`patch` unless given as `track=kind`). */
  implies: ImpliedBump[];
  configLine: number;
}

/** `implies: [chart]` or `implies: ["chart=minor"]`: bumping the declaring track bumps `track` by `kind`. */
export interface ImpliedBump {
  track: string;
  kind: 'patch' | 'minor' | 'major';
  /** Line of the entry in the config file, for annotations. */
  configLine: number;
}

export interface VersionsConfig {
  /** The config file, relative to the workspace (for annotations). */
  file: string;
  tracks: VersionTrack[];
  /** The track that names the git tag, if any. */
  tagTrack?: VersionTrack;
  /** `commit-message:`, the release commit's message template (the input of that name wins). */
  commitMessage?: string;
  /** `tag-message:`, the annotated tag's message template (the input of that name wins). */
  tagMessage?: string;
}

/** Track names become CLI flags and commit-message placeholders, so these are taken. */
const RESERVED_TRACK_NAMES = new Set([
  'config',
  'bump',
  'preid',
  'mode',
  'commit',
  'tag',
  'push',
  'commit-message',
  'include',
  'base-ref',
  'allow-dirty',
  'token',
  'staged',
  'json',
  'summary',
  'api-url',
  'help',
  'version',
  'changes',
]);
const TRACK_NAME = /^[a-z][a-z0-9-]{0,39}$/;
/** An `implies` entry: a track name, optionally `=patch|minor|major`. */
const IMPLIED = /^([a-z][a-z0-9-]{0,39})(?:=(patch|minor|major))?$/;
const TRACK_KEYS = new Set(['tag', 'files', 'watch', 'required', 'implies']);
const LOCATION_KEYS = new Set(['file', 'key', 'pattern']);
/** A key path: dot-separated segments of letters, digits, `_`, `-`, `/` (Chart.yaml annotation keys carry `/`). */
const KEY_PATH = /^[A-Za-z0-9_\-/]+(?:\.[A-Za-z0-9_\-/]+)*$/;

/** Parse the config text; every mistake is a UserError on the config file and line. */
export function parseVersionsConfig(text: string, file: string): VersionsConfig {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // Every message leaves the file and line to the error's location, which the CLI and annotations show.
  const fail = (message: string, node?: YamlNode | null, valid?: string): never => {
    const offset = node?.range?.[0];
    throw new UserError(message, {
      input: 'config',
      value: file,
      valid,
      location: { file, line: offset === undefined ? 1 : lineOf(text, offset) },
    });
  };
  const problem = yamlProblem(doc, text);
  if (problem) {
    throw new UserError(problem.message, {
      input: 'config',
      value: file,
      valid: 'a YAML file with a `versions:` map',
      location: { file, line: lineOf(text, problem.offset) },
    });
  }
  const root = doc.contents;
  if (!isMap(root)) return fail('expected a map with a `versions:` key', root, 'versions: {TRACK: {files: [...]}}');
  const versions = root.get('versions', true) as YamlNode | undefined;
  if (!versions || !isMap(versions) || versions.items.length === 0) {
    return fail(
      'expected `versions:` to map track names to their files',
      versions ?? root,
      'versions: {TRACK: {files: [...]}}',
    );
  }

  const tracks: VersionTrack[] = [];
  for (const pair of versions.items) {
    const keyNode = pair.key as YamlNode;
    const name = isScalar(keyNode) ? keyNode.value : undefined;
    if (typeof name !== 'string' || !TRACK_NAME.test(name) || RESERVED_TRACK_NAMES.has(name)) {
      fail(
        `track name ${showValue(isScalar(keyNode) ? keyNode.value : String(keyNode))} is not usable`,
        keyNode,
        `a lower-case name matching ${TRACK_NAME.source}, not one of ${[...RESERVED_TRACK_NAMES].join(', ')}`,
      );
    }
    const trackName = name as string;
    const body = pair.value as YamlNode | null;
    if (!isMap(body)) return fail(`track '${trackName}' must be a map with \`files:\``, body ?? keyNode);
    for (const item of body.items) {
      const k = isScalar(item.key) ? String(item.key.value) : '';
      if (!TRACK_KEYS.has(k))
        fail(
          `track '${trackName}' has unknown key ${showValue(k)}`,
          item.key as YamlNode,
          'tag, files, watch, required, implies',
        );
    }
    const configLine = lineOf(text, keyNode.range?.[0] ?? 0);

    let tag: string | undefined;
    const tagNode = body.get('tag', true) as YamlNode | undefined;
    if (tagNode !== undefined) {
      const value = isScalar(tagNode) ? tagNode.value : undefined;
      if (typeof value !== 'string' || !isValidTagTemplate(value)) {
        fail(
          `track '${trackName}' has tag template ${showValue(isScalar(tagNode) ? tagNode.value : '')}`,
          tagNode,
          TAG_TEMPLATE_VALID,
        );
      }
      tag = value as string;
    }

    const filesNode = body.get('files', true) as YamlNode | undefined;
    if (!filesNode || !isSeq(filesNode) || filesNode.items.length === 0) {
      return fail(
        `track '${trackName}' needs a non-empty \`files:\` list`,
        filesNode ?? keyNode,
        '- { file: PATH, key: DOTTED.KEY } or - { file: PATH, pattern: REGEXP }',
      );
    }
    const files: VersionLocationSpec[] = [];
    for (const entry of filesNode.items as YamlNode[]) {
      if (!isMap(entry))
        return fail(
          `track '${trackName}': each files entry must be a map`,
          entry,
          '{ file: PATH, key: KEY } or { file: PATH, pattern: REGEXP }',
        );
      const fields: Record<string, string> = {};
      for (const item of entry.items) {
        const k = isScalar(item.key) ? String(item.key.value) : '';
        if (!LOCATION_KEYS.has(k))
          fail(
            `track '${trackName}': unknown key ${showValue(k)} in a files entry`,
            item.key as YamlNode,
            'file, key, pattern',
          );
        const v = isScalar(item.value) ? item.value.value : undefined;
        if (typeof v !== 'string' || v === '')
          fail(`track '${trackName}': \`${k}\` must be a non-empty string`, (item.value as YamlNode) ?? entry);
        fields[k] = v as string;
      }
      const where = entry as YamlNode;
      if (!fields.file) fail(`track '${trackName}': a files entry lacks \`file\``, where);
      if (!isSafeRelativePath(fields.file))
        fail(
          `track '${trackName}': file ${showValue(fields.file)} must be a relative path inside the workspace`,
          where,
        );
      const glob = picomatch.scan(fields.file).isGlob ? fields.file : undefined;
      if ((fields.key === undefined) === (fields.pattern === undefined)) {
        fail(
          `track '${trackName}': ${fields.file} needs exactly one of \`key\` (YAML/JSON) or \`pattern\` (text)`,
          where,
        );
      }
      if (fields.key !== undefined && !KEY_PATH.test(fields.key)) {
        fail(
          `track '${trackName}': key ${showValue(fields.key)} is not a dotted key path`,
          where,
          'e.g. version or dependencies.0.version',
        );
      }
      if (fields.pattern !== undefined)
        checkPattern(fields.pattern, (message) =>
          fail(`track '${trackName}': pattern ${showValue(fields.pattern)} ${message}`, where),
        );
      files.push({
        file: fields.file,
        ...(glob ? { glob } : {}),
        key: fields.key,
        pattern: fields.pattern,
        configLine: lineOf(text, where.range?.[0] ?? 0),
      });
    }

    const watch: string[] = [];
    const watchNode = body.get('watch', true) as YamlNode | undefined;
    if (watchNode !== undefined) {
      if (!isSeq(watchNode)) return fail(`track '${trackName}': \`watch\` must be a list of globs`, watchNode);
      for (const item of watchNode.items as YamlNode[]) {
        const v = isScalar(item) ? item.value : undefined;
        if (typeof v !== 'string' || v === '' || /[\r\n]/.test(v))
          fail(`track '${trackName}': watch entries must be one-line glob strings`, item);
        watch.push(v as string);
      }
    }
    let required = false;
    const requiredNode = body.get('required', true) as YamlNode | undefined;
    if (requiredNode !== undefined) {
      const v = isScalar(requiredNode) ? requiredNode.value : undefined;
      if (typeof v !== 'boolean') fail(`track '${trackName}': \`required\` must be true or false`, requiredNode);
      required = v as boolean;
    }

    const implies: ImpliedBump[] = [];
    const impliesNode = body.get('implies', true) as YamlNode | undefined;
    if (impliesNode !== undefined) {
      if (!isSeq(impliesNode))
        return fail(
          `track '${trackName}': \`implies\` must be a list of track names`,
          impliesNode,
          'implies: [chart] or implies: ["chart=minor"]',
        );
      for (const item of impliesNode.items as YamlNode[]) {
        const v = isScalar(item) ? item.value : undefined;
        const match = typeof v === 'string' ? IMPLIED.exec(v) : null;
        if (!match)
          fail(
            `track '${trackName}': implies entry ${showValue(isScalar(item) ? item.value : '')} is not a track name`,
            item,
            'a track name, optionally =patch, =minor or =major, e.g. chart or chart=minor',
          );
        implies.push({
          track: match![1],
          kind: (match![2] ?? 'patch') as ImpliedBump['kind'],
          configLine: lineOf(text, item.range?.[0] ?? 0),
        });
      }
    }
    tracks.push({ name: trackName, tag, files, watch, required, implies, configLine });
  }

  // Implied tracks must exist and not be the declaring track; they are followed one level (no chains to resolve).
  const names = new Set(tracks.map((t) => t.name));
  for (const track of tracks) {
    for (const implied of track.implies) {
      if (!names.has(implied.track) || implied.track === track.name) {
        throw new UserError(
          `track '${track.name}' implies ${showValue(implied.track)}, which is ${implied.track === track.name ? 'the track itself' : 'not a track'}`,
          {
            input: 'config',
            value: file,
            valid: `another track of ${file}: ${[...names].filter((n) => n !== track.name).join(', ')}`,
            location: { file, line: implied.configLine },
          },
        );
      }
    }
  }

  const tagTracks = tracks.filter((t) => t.tag !== undefined);
  if (tagTracks.length > 1) {
    const second = tagTracks[1];
    throw new UserError(
      `tracks ${tagTracks.map((t) => `'${t.name}'`).join(' and ')} both name a tag; at most one track may`,
      {
        input: 'config',
        value: file,
        valid: 'a `tag:` on one track only',
        location: { file, line: second.configLine },
      },
    );
  }

  // The release messages: checked here against the tracks, so a bad one fails before any bump.
  const messages: Partial<Record<'commit-message' | 'tag-message', string>> = {};
  for (const key of ['commit-message', 'tag-message'] as const) {
    const node = root.get(key, true) as YamlNode | undefined;
    if (node === undefined) continue;
    const value = isScalar(node) ? node.value : undefined;
    const line = lineOf(text, node.range?.[0] ?? 0);
    if (typeof value !== 'string')
      return fail(`\`${key}\` must be a string (a message template)`, node, 'e.g. "Release {tag}"');
    checkMessageTemplate(
      value,
      tracks.map((t) => t.name),
      key,
      { file, line },
    );
    messages[key] = value;
  }
  return {
    file,
    tracks,
    tagTrack: tagTracks[0],
    commitMessage: messages['commit-message'],
    tagMessage: messages['tag-message'],
  };
}

/** Where the tracks file is looked for when the `config` input is not given. */
export const DEFAULT_CONFIG = '.github/release-kit.yml';

/**
 * Read and validate the tracks file, expand the globs of its `files:` entries, and confirm every
 * file it names stays inside the workspace.
 */
export async function loadVersionsConfig(workspace: string, configPath: string): Promise<VersionsConfig> {
  const absolute = await resolveInside(workspace, configPath, 'config');
  const bytes = await readRegularFile(absolute, configPath, 'config');
  if (bytes === null) {
    throw invalidInput(
      'config',
      configPath,
      `an existing tracks file (create ${DEFAULT_CONFIG} with a \`versions:\` map; see docs/version-tracks.md)`,
    );
  }
  const config = await expandFileGlobs(workspace, parseVersionsConfig(bytes.toString('utf8'), configPath));
  for (const track of config.tracks) {
    for (const spec of track.files) {
      try {
        await resolveInside(workspace, spec.file, 'config');
      } catch (error) {
        if (error instanceof UserError) {
          throw new UserError(
            `track '${track.name}': ${spec.file} is outside the workspace (or a symlink leading out of it)`,
            {
              input: 'config',
              value: spec.file,
              location: { file: configPath, line: spec.configLine },
            },
          );
        }
        throw error;
      }
    }
  }
  return config;
}

/**
 * `config` with each glob entry of `files:` replaced by one entry per file it matches, in path order.
 * The files are those of the workspace (git's: tracked, or untracked and not ignored, when it is a
 * repository), never outside it. A glob that matches no file is an error on its config line.
 */
async function expandFileGlobs(workspace: string, config: VersionsConfig): Promise<VersionsConfig> {
  if (!config.tracks.some((t) => t.files.some((f) => f.glob))) return config;
  const candidates = await listWorkspaceFiles(workspace);
  const tracks = config.tracks.map((track) => ({
    ...track,
    files: track.files.flatMap((spec) => {
      if (!spec.glob) return [spec];
      const matches = workspaceGlob(spec.glob);
      const files = candidates.filter((file) => matches(file));
      if (!files.length) {
        throw new UserError(
          `track '${track.name}': the glob ${showValue(spec.glob)} matches no file of the workspace`,
          {
            input: 'config',
            value: spec.glob,
            valid: 'a glob (relative to the workspace) that matches the files holding the version',
            location: { file: config.file, line: spec.configLine },
          },
        );
      }
      return files.map((file) => ({ ...spec, file }));
    }),
  }));
  return { ...config, tracks, tagTrack: tracks.find((t) => t.name === config.tagTrack?.name) };
}

export const TAG_TEMPLATE_VALID = 'a git tag name containing {version} once, e.g. v{version} or chart-{version}';

/**
 * A tag template is `{version}` plus literal text that is safe in a git ref name
 * (git check-ref-format): no spaces, control characters, `~^:?*[\`, `..`, `@{`, or braces.
 */
export function isValidTagTemplate(template: string): boolean {
  const parts = template.split('{version}');
  if (parts.length !== 2) return false;
  const literal = parts.join('');
  if (!/^[A-Za-z0-9._/-]*$/.test(literal)) return false;
  const sample = template.replace('{version}', '1.0.0');
  return isValidTagName(sample);
}

// The tag-name rule lives with the other tag rules in semver.ts (operations check tag inputs with it too).
export { isValidTagName } from './semver.js';

/** The tag for `version` under `template`. */
export function renderTag(template: string, version: string): string {
  return template.replace('{version}', version);
}

function isSafeRelativePath(file: string): boolean {
  if (/[\0\r\n]/.test(file) || file.startsWith('/') || /^[A-Za-z]:/.test(file)) return false;
  return !file.split(/[\\/]/).includes('..');
}

function checkPattern(pattern: string, fail: (message: string) => never): void {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'dgm');
  } catch (error) {
    fail(`is not a valid regular expression (${(error as Error).message})`);
    return;
  }
  // Count the capture groups by matching an always-matching alternative.
  const groups = new RegExp(`${re.source}|`).exec('')!.length - 1;
  if (groups < 1) fail('needs a capture group around the version, e.g. krt_v(\\d+\\.\\d+\\.\\d+)_');
}
