// What release-notes-from-changelog.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.
import type { NotesContent } from '../releases/notes.js';
import type { Supersession } from '../releases/supersede.js';

export const MODES = ['prepare', 'notes', 'release', 'publish', 'supersede'] as const;
export type Mode = (typeof MODES)[number];

/** Every input of a run, checked; the notes' own content as releases/notes.ts takes it. */
export interface ReleaseNotesSettings extends NotesContent {
  mode: Mode;
  changelogPath: string;
  version: string;
  tag: string;
  prerelease: boolean;
  date: string;
  /** No `date` input: today (UTC) was used. */
  dateDefaulted: boolean;
  allowEmpty: boolean;
  extraTypes: string[];
  token?: string;
  owner?: string;
  repo?: string;
  templatePath?: string;
  bodyFile?: string;
  requireAssets: string[];
  chartReleaseNotes?: string;
  chart?: string;
  name?: string;
  targetCommitish?: string;
  installDocsUrl?: string;
  /** publish: how verify-release reaches the registries and the trust root. */
  /** The registry host registry-username/password are for (the publish gate reads others anonymously). */
  registryHost: string;
  registryUsername?: string;
  registryPassword?: string;
  plainHttp: boolean;
  trustedRootPath?: string;
  /** `supersedes`: the bad release this one replaces, and why. */
  supersession?: Supersession;
}
