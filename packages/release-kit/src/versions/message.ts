// The release commit and tag message templates: `{version}`, `{tag}`, `{changes}` and one `{<track>}` per track.
import { invalidInput, type FileLocation } from '../plumbing/errors.js';

export const DEFAULT_COMMIT_MESSAGE = 'chore(release): {changes}';
/** The annotated tag's message by default: the tag's name, as `git tag -a v1.2.3 -m v1.2.3`. */
export const DEFAULT_TAG_MESSAGE = '{tag}';

export interface MessageValues {
  /** The tag track's new version, else the first bumped track's. */
  version: string;
  tag: string;
  /** `chart 0.2.27, app 1.1.1`: the bumped tracks and their new versions. */
  changes: string;
  /** Every track's version after the bump. */
  tracks: Record<string, string>;
}

/**
 * Check a template before anything is written: every `{name}` must be a known placeholder and
 * braces must not nest (`{{version}}` is refused rather than half-substituted). `input` names the
 * input or config key at fault (`commit-message`, `tag-message`); `location`, the config line.
 */
export function checkMessageTemplate(
  template: string,
  trackNames: readonly string[],
  input = 'commit-message',
  location?: FileLocation,
): void {
  const known = ['version', 'tag', 'changes', ...trackNames];
  const valid = `text with the placeholders ${known.map((n) => `{${n}}`).join(', ')}`;
  const refuse = () => invalidInput(input, template, valid, location);
  if (template.length > 10_000 || template.trim() === '') throw refuse();
  const stripped = template.replace(/\{([a-z][a-z0-9-]*)\}/g, (whole, name: string) => {
    if (!known.includes(name)) throw refuse();
    return '';
  });
  if (/[{}]/.test(stripped) || /\0/.test(template)) throw refuse();
}

/** Fill a checked template. */
export function renderMessage(template: string, values: MessageValues): string {
  return template.replace(/\{([a-z][a-z0-9-]*)\}/g, (_whole, name: string) => {
    if (name === 'version') return values.version;
    if (name === 'tag') return values.tag;
    if (name === 'changes') return values.changes;
    return values.tracks[name] ?? '';
  });
}
