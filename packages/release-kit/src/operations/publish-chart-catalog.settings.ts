// What publish-chart-catalog.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.

export const TARGETS = ['rancher', 'helm-repo'] as const;
export type Target = (typeof TARGETS)[number];

/** The release notes Buntime keeps next to its chart; used when the input does not name a file. */
export const DEFAULT_RELEASE_NOTES = 'release-notes.md';

/** Every input, parsed and checked before anything is read, packaged or cloned. */
export interface CatalogSettings {
  charts: string[];
  target: Target;
  repository: string;
  /** Scheme and host the token is sent to (http.<origin>/.extraheader); undefined for local paths. */
  origin?: string;
  branch: string;
  directory: string;
  baseUrl?: string;
  releaseNotesPath?: string;
  token?: string;
  /** The username sent with the token (HTTP basic auth). */
  tokenUsername: string;
  /** The commit message template (placeholders checked), or undefined for the default message. */
  commitMessage?: string;
  maxAttempts: number;
}

/** What a commit message template may name; {name} and {version} only when one chart is published. */
export const MESSAGE_PLACEHOLDERS = ['name', 'version', 'charts', 'target'] as const;
