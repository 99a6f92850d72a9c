// What bump-version.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.

/** Every input of a run, checked. */
export interface BumpSettings {
  mode: 'bump' | 'check';
  configPath: string;
  bumpLines: string[];
  preid?: string;
  commit: boolean;
  tag: boolean;
  push: boolean;
  /** The `commit-message` input; undefined: the config's `commit-message:`, else the default. */
  messageTemplate?: string;
  /** The `tag-message` input; undefined: the config's `tag-message:`, else the default. */
  tagMessageTemplate?: string;
  include: string[];
  baseRef?: string;
  staged: boolean;
  allowDirty: boolean;
  token?: string;
}
