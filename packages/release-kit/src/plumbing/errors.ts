// The one error type for user mistakes; anything else that is thrown is a bug and keeps its stack.

/** Where in a user's file a problem sits, so the runner can annotate that line. */
export interface FileLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface UserErrorDetails {
  /** The input (or CLI flag, or config key) at fault. */
  input?: string;
  /** The offending value, as given. */
  value?: unknown;
  /** What would have been valid. */
  valid?: string;
  location?: FileLocation;
  /** Extra Markdown for the step summary, e.g. the steps to recover from a failed release. */
  summary?: string;
  /** Outputs still worth setting on failure (e.g. per-image results), for later `if: failure()` steps. */
  outputs?: Record<string, string | number | boolean | object>;
}

/**
 * A mistake the user can fix: bad input, a version clash, a missing asset.
 * The message is one line and names the input, the value and what would be valid.
 */
export class UserError extends Error {
  readonly input?: string;
  readonly value?: unknown;
  readonly valid?: string;
  readonly location?: FileLocation;
  readonly summary?: string;
  readonly outputs?: Record<string, string | number | boolean | object>;

  constructor(message: string, details: UserErrorDetails = {}) {
    super(oneLine(message));
    this.name = 'UserError';
    this.input = details.input;
    this.value = details.value;
    this.valid = details.valid;
    this.location = details.location;
    this.summary = details.summary;
    this.outputs = details.outputs;
  }
}

/** `input 'bump' has invalid value "x=huge": expected patch, minor, major, prerelease or x.y.z` */
export function invalidInput(input: string, value: unknown, valid: string, location?: FileLocation): UserError {
  return new UserError(`input '${input}' has invalid value ${showValue(value)}: expected ${valid}`, {
    input,
    value,
    valid,
    location,
  });
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * A message with its location in front (`CHANGELOG.md:9: …`), the way a terminal shows it. Many
 * messages name their file themselves (`CHANGELOG.md:9: …`, `.github/release-kit.yml already exists`):
 * one that already opens with the location's file is left as it is, so the location is never said
 * twice, except that a line number the message leaves out is put in after the file name.
 */
export function locatedMessage(message: string, location?: FileLocation): string {
  if (!location) return message;
  const { file, line } = location;
  if (message.startsWith(file) && !/^[\w./-]/.test(message.slice(file.length))) {
    if (line && message.startsWith(`${file}: `)) return `${file}:${line}${message.slice(file.length)}`;
    return message;
  }
  // Already named further in (`chart charts/x/values.yaml: …`): said once is enough.
  if (message.includes(`${file}:`)) return message;
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}

/** What a rerun means after a service failed for reasons of its own: release-kit's steps are idempotent. */
export const RERUN_IS_SAFE = 'a rerun is safe (what already succeeded is kept, nothing is done twice)';

export interface GaveUp {
  /** What failed, e.g. "GitHub kept failing GET /repos/o/r/releases" or "could not reach registry ghcr.io for …". */
  failed: string;
  /** Why, in a word or two: "HTTP 503", "ECONNREFUSED". */
  reason: string;
  /** How many times it was tried, the first included. */
  tries: number;
  /** What the user can do before the rerun, e.g. "check the API URL and the network". */
  fix: string;
}

/**
 * The one wording of a request that failed on every try for a reason outside the release (a service
 * down, a host out of reach): what failed, why, after how many tries, and that a rerun is safe.
 * GitHub (github/errors.ts) and the registry client say it this way.
 */
export function gaveUpMessage(g: GaveUp): string {
  return `${g.failed} (${g.reason}) after ${g.tries} ${g.tries === 1 ? 'try' : 'tries'}: ${g.fix}; ${RERUN_IS_SAFE}`;
}

/** A UserError as the one JSON object `--json` prints on failure: `{"error": {message, input, value, valid, location}}`. */
export function userErrorJson(error: UserError): { error: Record<string, unknown> } {
  const fields: Record<string, unknown> = { message: locatedMessage(error.message, error.location) };
  if (error.input !== undefined) fields.input = error.input;
  if (error.value !== undefined) fields.value = error.value;
  if (error.valid !== undefined) fields.valid = error.valid;
  if (error.location) fields.location = error.location;
  return { error: fields };
}

/** What each file-system refusal means for the file it names, and what the file should have been. */
const FILE_PROBLEMS: Record<string, { problem: string; valid: string }> = {
  EISDIR: { problem: 'it is a directory', valid: 'a regular file' },
  ENOTDIR: { problem: 'a part of its path is a file, not a directory', valid: 'a path through directories' },
  ENOENT: { problem: 'it does not exist', valid: 'an existing file' },
  ELOOP: { problem: 'its symlinks loop (or point on too many times)', valid: 'a regular file or a symlink to one' },
  EACCES: { problem: 'permission denied', valid: 'a file this job may read and write' },
  EPERM: { problem: 'operation not permitted', valid: 'a file this job may read and write' },
  ENAMETOOLONG: { problem: 'its name is too long', valid: 'a shorter path' },
  EROFS: { problem: 'it is on a read-only file system', valid: 'a writable workspace' },
  ENOSPC: { problem: 'the disk is full', valid: 'free space on the runner' },
  EFBIG: { problem: 'it is too large', valid: 'a smaller file' },
  ENXIO: { problem: 'it is a special file (a FIFO or socket nobody serves)', valid: 'a regular file' },
  EINVAL: { problem: 'it cannot be read as a file', valid: 'a regular file' },
};

interface SystemErrorShape {
  code?: unknown;
  syscall?: unknown;
  path?: unknown;
  name?: unknown;
  message?: unknown;
}

/** yaml's refusal to expand a document whose aliases multiply (a "billion laughs" file). */
export function isYamlAliasLimit(error: unknown): boolean {
  const e = error as SystemErrorShape | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.name === 'ReferenceError' &&
    /excessive alias count/i.test(String(e.message))
  );
}

/** `file` as the user named it: relative to `root` when inside it. */
function shownPath(file: string, root?: string): string {
  if (!root || !file.startsWith('/')) return file;
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/**
 * A failure that comes from the user's files rather than from release-kit, as a one-line UserError
 * naming the file: a file-system refusal (EISDIR, ENOTDIR, ELOOP, EACCES…, on `file` or on the path
 * the error carries) or yaml's alias limit. Undefined for anything else, which stays a bug.
 * `file` is the file being read when the error itself names none (a read of a directory, yaml).
 */
export function fileProblem(error: unknown, file?: string, root?: string): UserError | undefined {
  if (typeof error !== 'object' || error === null || isUserError(error)) return undefined;
  const e = error as SystemErrorShape;
  const named = typeof e.path === 'string' ? e.path : file;
  if (isYamlAliasLimit(error)) {
    const where = named ? shownPath(named, root) : 'a YAML file';
    return new UserError(
      `${where}: its YAML aliases expand to too many nodes (a resource-exhaustion "billion laughs" document); expected YAML without nested alias expansion`,
      {
        value: named,
        valid: 'YAML whose aliases expand to a few nodes',
        location: named ? { file: shownPath(named, root) } : undefined,
      },
    );
  }
  const known = typeof e.code === 'string' ? FILE_PROBLEMS[e.code] : undefined;
  if (!known || !named) return undefined;
  const where = shownPath(named, root);
  const verb = WRITING_CALLS.has(String(e.syscall)) ? 'write' : 'read';
  return new UserError(`${where}: cannot ${verb} it: ${known.problem} (${String(e.code)}); expected ${known.valid}`, {
    value: where,
    valid: known.valid,
    location: { file: where },
  });
}

/** The system calls that change a file (the rest only read). */
const WRITING_CALLS = new Set(['write', 'rename', 'mkdir', 'unlink', 'rmdir', 'copyfile', 'symlink', 'chmod', 'utime']);

/**
 * Run `step`, which reads `file`: a failure that comes from the file (see fileProblem) becomes a
 * UserError naming it. For the refusals that carry no path of their own, such as reading a directory
 * (EISDIR from read) or an alias bomb found while converting a YAML document.
 */
export async function readingFile<T>(file: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw fileProblem(error, file) ?? error;
  }
}

/** readingFile for a synchronous step (a YAML document's conversion). */
export function readingFileSync<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw fileProblem(error, file) ?? error;
  }
}

/** Render a user-supplied value safely on one line: quoted, control characters escaped, capped. */
export function showValue(value: unknown, max = 200): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const quoted = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return quoted;
}

function oneLine(message: string): string {
  return message.replace(/\r?\n/g, ' ').trim();
}
