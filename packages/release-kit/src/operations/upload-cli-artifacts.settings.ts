// What upload-cli-artifacts.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.

export const UPLOAD_MODES = ['release', 'artifact', 'both', 'none'] as const;
export type UploadMode = (typeof UPLOAD_MODES)[number];
export const CHECKSUMS_MODES = ['release', 'skip'] as const;
export type ChecksumsMode = (typeof CHECKSUMS_MODES)[number];

/** Every input of a run, checked. */
export interface UploadSettings {
  name: string;
  tag: string;
  files: string[];
  binaries: string[];
  extraFiles: string[];
  formatLines: string[];
  nameTemplate: string;
  /** As given (checked inside the workspace by the steps), or the default under RUNNER_TEMP. */
  outputDir: string;
  outputDirGiven: boolean;
  upload: UploadMode;
  /** `release`: write the release's checksums file once, from every archive on it; `skip`: leave it alone. */
  checksums: ChecksumsMode;
  createRelease: boolean;
  overwrite: boolean;
  concurrency: number;
  retentionDays: number;
  artifactName?: string;
  token?: string;
  owner: string;
  repo: string;
}
