// An operation is one action's whole behaviour, independent of how it is invoked (action or CLI).
import type { Inputs } from '../plumbing/inputs.js';
import type { Logger } from '../plumbing/log.js';
import type { RunnerContext } from './context.js';

export type OutputValue = string | number | boolean | object;

export interface OperationResult {
  /** Every operation reports `state` (e.g. created / updated / unchanged). */
  outputs: Record<string, OutputValue> & { state: string };
  /** Markdown for the step summary. */
  summary?: string;
}

export interface OperationContext {
  inputs: Inputs;
  runner: RunnerContext;
  log: Logger;
  /**
   * Hide a secret derived at run time (e.g. a token's base64 credential) from the logs, as
   * `inputs.secret` hides the input itself. Absent where nothing masks (tests); the CLI's is a no-op.
   */
  mask?: (secret: string) => void;
}

export interface InputSpec {
  name: string;
  description: string;
  default?: string;
  required?: boolean;
}

/**
 * Declared alongside the body so the CLI can print --help and a test can hold the declaration,
 * action.yml and the action's README to one another.
 */
export interface Operation {
  /** The action's directory name, e.g. "bump-version". */
  name: string;
  description: string;
  inputs: InputSpec[];
  outputs: { name: string; description: string }[];
  run(context: OperationContext): Promise<OperationResult>;
}
