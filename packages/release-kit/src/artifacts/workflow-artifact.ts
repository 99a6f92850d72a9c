// The run's workflow artifact (@actions/artifact): what an earlier attempt of the job left under the
// name, compared file by file, then uploaded, kept or replaced, so that a rerun of the job converges.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient, type Artifact } from '@actions/artifact';
import { UserError } from '../plumbing/errors.js';
import type { Logger } from '../plumbing/log.js';
import { sha256OfFile } from './hasher.js';

/** One file of the artifact, at the root of its zip. */
export interface ArtifactFile {
  name: string;
  path: string;
  sha256: string;
}

export type ArtifactFileState = 'uploaded' | 'unchanged' | 'replaced';

export interface WorkflowArtifactPlan {
  name: string;
  /** `upload`: none of that name yet; `keep`: the run's artifact holds these very files; `replace`: it holds older bytes of them. */
  action: 'upload' | 'keep' | 'replace';
  /** Each file's state, by name: what the run's artifact will hold of it compared with before. */
  fileStates: Map<string, ArtifactFileState>;
}

export interface WorkflowArtifactOptions {
  name: string;
  /** The artifact-name input when given; undefined when `name` is the default (for the error message). */
  nameInput?: string;
  files: ArtifactFile[];
  /** A folder for the earlier artifact's files while they are compared (removed afterwards). */
  scratchDir: string;
  log: Logger;
}

const STATE_OF_ACTION = { upload: 'uploaded', keep: 'unchanged', replace: 'replaced' } as const;

/** The state the run reports for the artifact as a whole. */
export function artifactState(plan: WorkflowArtifactPlan): ArtifactFileState {
  return STATE_OF_ACTION[plan.action];
}

/**
 * Decide, before anything is uploaded, what the run's artifact of this name needs. The service keeps
 * one artifact per name in a workflow run, earlier attempts' included (CreateArtifact answers 409
 * Conflict), so a rerun of the job finds its first attempt's artifact there.
 *
 * Its digest cannot tell whether it holds these files: it is the sha256 of the zip @actions/artifact
 * streams, whose entries carry each file's mtime on disk, and a rerun writes the archives anew. So the
 * artifact is downloaded (its digest checked) and its files compared with ours by name and sha256:
 * - the same files, byte for byte: kept (`unchanged`, nothing uploaded);
 * - the same file names, other bytes: replaced, as upload-artifact's `overwrite: true` does (delete,
 *   then upload). Refusing would be no safer and would make such reruns impossible: a rerun rebuilds the
 *   binaries, which are often not bit-for-bit reproducible, and it cannot change its inputs. The
 *   artifact is this run's scratch space, and the jobs that consume it are re-run after this one;
 * - other file names: another job or step of this run uploaded it (say two matrix jobs under one
 *   `artifact-name`). Replacing it would silently lose that job's archives, so the run fails in one
 *   line, before anything is uploaded.
 */
export async function planWorkflowArtifact(options: WorkflowArtifactOptions): Promise<WorkflowArtifactPlan> {
  const { name, files, log } = options;
  const client = new DefaultArtifactClient();
  // latest: the newest of each name, as getArtifact and deleteArtifact pick it.
  const { artifacts } = await client.listArtifacts({ latest: true });
  const existing = artifacts.find((a) => a.name === name);
  if (!existing) return { name, action: 'upload', fileStates: new Map(files.map((f) => [f.name, 'uploaded'])) };

  const theirs = await filesOfArtifact(client, existing, options.scratchDir);
  const ours = files.map((f) => f.name).sort();
  const theirNames = [...theirs.keys()].sort();
  if (theirNames.join('\n') !== ours.join('\n')) throw clashWithAnotherJob(options, theirNames, ours);
  const fileStates = new Map<string, ArtifactFileState>(
    files.map((f) => [f.name, theirs.get(f.name) === f.sha256 ? 'unchanged' : 'replaced']),
  );
  const action = [...fileStates.values()].every((s) => s === 'unchanged') ? 'keep' : 'replace';
  log.info(
    action === 'keep'
      ? `workflow artifact ${name} (id ${existing.id}) already holds these ${files.length} files: kept`
      : `workflow artifact ${name} (id ${existing.id}) holds other bytes of ${[...fileStates]
          .filter(([, s]) => s === 'replaced')
          .map(([n]) => n)
          .join(', ')}: it will be replaced`,
  );
  return { name, action, fileStates };
}

/** Carry out the plan: upload, or delete then upload, or nothing. */
export async function applyWorkflowArtifact(
  plan: WorkflowArtifactPlan,
  files: ArtifactFile[],
  options: { rootDirectory: string; retentionDays: number; nameInput?: string; log: Logger },
): Promise<void> {
  if (plan.action === 'keep') return;
  const client = new DefaultArtifactClient();
  if (plan.action === 'replace') {
    const deleted = await client.deleteArtifact(plan.name);
    options.log.info(`deleted the earlier workflow artifact ${plan.name} (id ${deleted.id})`);
  }
  try {
    const uploaded = await client.uploadArtifact(
      plan.name,
      files.map((f) => f.path),
      options.rootDirectory,
      { retentionDays: options.retentionDays },
    );
    options.log.info(`uploaded workflow artifact ${plan.name} (id ${uploaded.id})`);
  } catch (error) {
    // Not listed a moment ago, yet taken: another job of the run is uploading under this name right
    // now (the service lists an artifact only once it is finalized).
    if (error instanceof Error && /\(409\) Conflict/.test(error.message))
      throw new UserError(
        `${nameClause(plan.name, options.nameInput)} names a workflow artifact that another job or step of this run is uploading at the same time (the artifact service answered 409 Conflict); expected a name no other job or step of this run uploads`,
        {
          input: 'artifact-name',
          value: options.nameInput ?? '',
          valid: 'a name no other job or step of this run uploads',
        },
      );
    throw error;
  }
}

/** The earlier artifact's files, by name (relative to the zip's root), with their sha256. */
async function filesOfArtifact(
  client: DefaultArtifactClient,
  artifact: Artifact,
  scratchDir: string,
): Promise<Map<string, string>> {
  await mkdir(scratchDir, { recursive: true });
  const dir = await mkdtemp(path.join(scratchDir, 'artifact-'));
  try {
    const download = await client.downloadArtifact(artifact.id, { path: dir, expectedHash: artifact.digest });
    if (download.digestMismatch)
      throw new Error(
        `workflow artifact ${artifact.name} (id ${artifact.id}) as downloaded does not match its digest ${artifact.digest}`,
      );
    const found = new Map<string, string>();
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      found.set(path.relative(dir, file).split(path.sep).join('/'), await sha256OfFile(file));
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function clashWithAnotherJob(options: WorkflowArtifactOptions, theirs: string[], ours: string[]): UserError {
  const list = (names: string[]) =>
    names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  return new UserError(
    `${nameClause(options.name, options.nameInput)} names a workflow artifact this run already has with other files (${list(theirs)}) than this job's (${list(ours)}): another job or step uploaded it, and replacing it would lose its files; expected a name no other job or step of this run uploads, e.g. one with the platform in it`,
    {
      input: 'artifact-name',
      value: options.nameInput ?? '',
      valid: 'a name no other job or step of this run uploads',
    },
  );
}

function nameClause(name: string, nameInput: string | undefined): string {
  return nameInput === undefined
    ? `input 'artifact-name' (empty: the default name ${JSON.stringify(name)})`
    : `input 'artifact-name' (${JSON.stringify(nameInput)})`;
}
