// A bump request (`track=kind` lines) and what it makes: the next versions, the release message and tag.
import { UserError, invalidInput } from '../plumbing/errors.js';
import { renderTag, type VersionsConfig } from './config.js';
import { renderMessage } from './message.js';
import { isPrereleaseBump, nextVersion, parseBumpKind, VALID_BUMP_KINDS, type BumpKind } from './semver.js';

/** What one run asks for: the kind of bump per track, and how the release commit and tag are named. */
export interface BumpSpec {
  request: ReadonlyMap<string, BumpKind>;
  preid?: string;
  messageTemplate: string;
  /** The annotated tag's message template. */
  tagMessageTemplate: string;
  /** Whether the release is tagged (with the tag track's template). */
  tag: boolean;
}

/** `track=kind` lines → the requested bump per track; each line names a track of `config` once. */
export function parseBumpRequest(lines: readonly string[], config: VersionsConfig): Map<string, BumpKind> {
  const names = config.tracks.map((t) => t.name);
  const request = new Map<string, BumpKind>();
  for (const line of lines) {
    const match = /^([a-z][a-z0-9-]*)\s*=\s*(\S+)$/.exec(line);
    if (!match)
      throw invalidInput('bump', line, `lines of track=kind, tracks: ${names.join(', ')}; kinds: ${VALID_BUMP_KINDS}`);
    const [, track, kindText] = match;
    if (!names.includes(track)) throw invalidInput('bump', line, `a track from ${config.file}: ${names.join(', ')}`);
    const kind = parseBumpKind(kindText);
    if (!kind) throw invalidInput('bump', line, `${track}=KIND with KIND one of ${VALID_BUMP_KINDS}`);
    if (request.has(track)) throw invalidInput('bump', line, `each track once (${track} is given twice)`);
    request.set(track, kind);
  }
  return request;
}

/**
 * The request with what the config adds: each requested track's `implies` (followed on, a kind given
 * explicitly winning), then every `required` track must be in it, or the error names the missing one.
 * An implied bump of a prerelease bump is a prerelease too: `app=prerelease` takes a chart at
 * 0.2.32-rc.0 to 0.2.32-rc.1, not to the stable 0.2.32 its `patch` would make.
 */
export function completeBumpRequest(
  request: ReadonlyMap<string, BumpKind>,
  config: VersionsConfig,
): Map<string, BumpKind> {
  const complete = new Map(request);
  const pending = [...request.keys()];
  while (pending.length) {
    const name = pending.shift();
    const track = config.tracks.find((t) => t.name === name)!;
    const prerelease = isPrereleaseBump(complete.get(name!)!);
    for (const implied of track.implies) {
      if (complete.has(implied.track)) continue;
      complete.set(implied.track, prerelease ? { kind: 'prerelease' } : parseBumpKind(implied.kind)!);
      pending.push(implied.track);
    }
  }
  const asked = [...request].map(([t, k]) => `${t}=${k.kind === 'explicit' ? k.version : k.kind}`).join(', ');
  for (const track of config.tracks) {
    if (!track.required || complete.has(track.name)) continue;
    throw new UserError(
      `track '${track.name}' is required in every bump (${config.file}: required: true) and the bump ${asked} leaves it out: add --${track.name}=patch (bump line ${track.name}=patch), or declare implies: [${track.name}] on the bumped track`,
      {
        input: 'bump',
        value: asked,
        valid: `a bump that includes ${track.name}`,
        location: { file: config.file, line: track.configLine },
      },
    );
  }
  return complete;
}

/** `base` with the requested tracks bumped, or undefined when some bump would not go past its base. */
export function nextVersions(base: ReadonlyMap<string, string>, spec: BumpSpec): Map<string, string> | undefined {
  const next = new Map(base);
  for (const [track, kind] of spec.request) {
    const version = nextVersion(base.get(track)!, kind, spec.preid);
    if (version === undefined) return undefined;
    next.set(track, version);
  }
  return next;
}

/**
 * The release commit message, tag ('' when untagged) and annotated tag message for the versions
 * `next`. `{version}` is the tag track's when it is bumped, else the first requested track's.
 */
export function releaseMessage(
  config: VersionsConfig,
  spec: BumpSpec,
  next: ReadonlyMap<string, string>,
): { message: string; tag: string; tagMessage: string } {
  const { tagTrack } = config;
  const tracks = [...spec.request.keys()];
  const tag = spec.tag && tagTrack ? renderTag(tagTrack.tag!, next.get(tagTrack.name)!) : '';
  const first = tagTrack && spec.request.has(tagTrack.name) ? tagTrack.name : tracks[0];
  const changes = tracks.map((t) => `${t} ${next.get(t)}`).join(', ');
  const values = { version: next.get(first)!, tag, changes, tracks: Object.fromEntries(next) };
  const message = renderMessage(spec.messageTemplate, values);
  return { message, tag, tagMessage: tag ? renderMessage(spec.tagMessageTemplate, values) : '' };
}

/**
 * What a finished bump should warn about: tracks bumped without the tag that releases them, and a tag
 * pushed with the workflow's default credentials (`pushedWithDefaultToken`), which triggers no workflow.
 */
export function bumpWarnings(
  config: VersionsConfig,
  spec: BumpSpec,
  tag: string,
  pushedWithDefaultToken: boolean,
): string[] {
  const warnings: string[] = [];
  const untagged = [...spec.request.keys()].filter((t) => t !== config.tagTrack?.name);
  if (!tag && config.tagTrack && untagged.length) {
    warnings.push(
      `track ${untagged.map((t) => `'${t}'`).join(', ')} was bumped without a tag: nothing releases it until '${config.tagTrack.name}' is bumped with tag: true (CLI: --${config.tagTrack.name}=patch --tag)`,
    );
  }
  if (tag && pushedWithDefaultToken) {
    warnings.push(
      `tag ${tag} was pushed with the workflow's default credentials; if that is the GITHUB_TOKEN, no other workflow (e.g. on: push: tags) runs for it. Pass a GitHub App token or a fine-grained PAT with contents: write as the token input to trigger them`,
    );
  }
  return warnings;
}
