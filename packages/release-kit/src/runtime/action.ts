// The run wrapper every action entry uses: inputs in, outputs and a step summary out, one failure path.
// It speaks the runner protocol through ./workflow-commands.js, not @actions/core (see there why).
import * as core from './workflow-commands.js';
import { Inputs, envInputSource } from '../plumbing/inputs.js';
import { isUserError } from '../plumbing/errors.js';
import type { Logger } from '../plumbing/log.js';
import { runnerContext } from './context.js';
import type { Operation, OperationContext, OperationResult } from './operation.js';

/** A Logger that speaks the runner's workflow commands, with file and line on annotations. */
export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  warning: (m, l) => core.warning(m, l ? { file: l.file, startLine: l.line, startColumn: l.column } : undefined),
  error: (m, l) => core.error(m, l ? { file: l.file, startLine: l.line, startColumn: l.column } : undefined),
  startGroup: (title) => core.startGroup(title),
  endGroup: () => core.endGroup(),
};

/**
 * Run an action body. Outputs go to GITHUB_OUTPUT (objects as JSON), the summary to
 * GITHUB_STEP_SUMMARY. A UserError becomes one annotated error line and exit code 1; anything else
 * is a bug and is reported with its stack.
 */
export async function runAction(
  operation: Operation | ((context: OperationContext) => Promise<OperationResult>),
): Promise<void> {
  const body = typeof operation === 'function' ? operation : operation.run;
  try {
    const context: OperationContext = {
      // The operation's declarations carry each input's default (an empty input means "the default").
      inputs: new Inputs(
        envInputSource(),
        (secret) => core.setSecret(secret),
        typeof operation === 'function' ? undefined : operation.inputs,
      ),
      runner: runnerContext(),
      log: actionsLogger,
      mask: (secret) => core.setSecret(secret),
    };
    const result = await body(context);
    setOutputs(result.outputs);
    if (result.summary) core.appendSummary(result.summary);
  } catch (error) {
    if (isUserError(error)) {
      const l = error.location;
      // setFailed prints the ::error:: line; put the file and line on that one annotation.
      if (l) {
        core.error(error.message, { file: l.file, startLine: l.line, startColumn: l.column });
        process.exitCode = 1;
      } else {
        core.setFailed(error.message);
      }
      if (error.outputs) setOutputs(error.outputs);
      if (error.summary) core.appendSummary(error.summary);
    } else {
      const e = error as Error;
      core.setFailed(`release-kit bug (please report): ${e?.stack ?? String(error)}`);
    }
  }
}

function setOutputs(outputs: Record<string, string | number | boolean | object>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
}
