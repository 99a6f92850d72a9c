// The one failure path of both entries (action and CLI): what reaches the top of a run is either the
// user's to fix, said in one line, or a release-kit bug, reported with its stack.
import { fileProblem, isUserError, type UserError } from '../plumbing/errors.js';

export type Failure = { user: UserError; bug?: undefined } | { user?: undefined; bug: string };

/**
 * Judge an error that ended a run. A UserError is the user's; so is a refusal that comes from the
 * user's files wherever it was raised (EISDIR, ENOTDIR, ELOOP, EACCES… on a path, yaml's alias limit),
 * named relative to the workspace. Everything else is a bug and keeps its stack.
 */
export function failureOf(error: unknown, workspace: string): Failure {
  if (isUserError(error)) return { user: error };
  const fromFiles = fileProblem(error, undefined, workspace);
  if (fromFiles) return { user: fromFiles };
  const e = error as Error | undefined;
  return { bug: `release-kit bug (please report): ${e?.stack ?? String(error)}` };
}
