// What publish-chart-oci.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.
import type { LintMode } from '../charts/lint-modes.js';

export const ON_EXISTING = ['fail', 'overwrite'] as const;
export type OnExisting = (typeof ON_EXISTING)[number];

/** Every input, parsed and checked before anything is read from disk or sent. */
export interface PublishSettings {
  charts: string[];
  registry: string;
  version?: string;
  appVersion?: string;
  releaseNotesPath?: string;
  username?: string;
  password?: string;
  plainHttp: boolean;
  onExisting: OnExisting;
  lint: LintMode;
}
