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

/** Render a user-supplied value safely on one line: quoted, control characters escaped, capped. */
export function showValue(value: unknown, max = 200): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const quoted = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return quoted;
}

function oneLine(message: string): string {
  return message.replace(/\r?\n/g, ' ').trim();
}
