// What verify-release.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.

/** Every input of a run, checked: also what release-notes-from-changelog's publish gate passes. */
export interface VerifyReleaseSettings {
  tag: string;
  owner: string;
  repo: string;
  token?: string;
  /**
   * The one registry host username/password are for. The notes are the release author's text, so
   * every other host they name is read anonymously: verifying a release never hands its author a token.
   */
  credentialsRegistry: string;
  username?: string;
  password?: string;
  plainHttp: boolean;
  /** A trusted_root.json's text, and where it came from; else the public-good root via TUF. */
  trustedRootJson?: string;
  trustedRootSource?: string;
}
