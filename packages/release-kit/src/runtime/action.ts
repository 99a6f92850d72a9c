// The run wrapper every action entry uses: inputs in, outputs and a step summary out, one failure path.
// It speaks the runner protocol through ./workflow-commands.js, not @actions/core (see there why).
import { locatedMessage } from '../plumbing/errors.js';
import { Inputs, envInputSource } from '../plumbing/inputs.js';
import type { Logger } from '../plumbing/log.js';
import { processHost, runnerContext, type RunHost } from './context.js';
import { failureOf } from './failure.js';
import type { Operation, OperationContext, OperationResult, OutputValue } from './operation.js';
import { workflowCommands, type WorkflowCommands } from './workflow-commands.js';

/** A Logger that speaks the runner's workflow commands, with file and line on annotations. */
export function actionsLogger(core: WorkflowCommands): Logger {
  return {
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    // The text names the file too (once): the job log shows only the text.
    warning: (m, l) =>
      core.warning(locatedMessage(m, l), l ? { file: l.file, startLine: l.line, startColumn: l.column } : undefined),
    error: (m, l) =>
      core.error(locatedMessage(m, l), l ? { file: l.file, startLine: l.line, startColumn: l.column } : undefined),
    startGroup: (title) => core.startGroup(title),
    endGroup: () => core.endGroup(),
  };
}

/**
 * Run an action body as the runner runs a step and return its exit code. Outputs go to GITHUB_OUTPUT
 * (objects as JSON), the summary to GITHUB_STEP_SUMMARY. A UserError (or a refusal from the user's
 * files, see failure.ts) becomes one annotated error line and exit code 1; anything else is a bug
 * and is reported with its stack. `host` is this process unless a test runs the step in-process.
 */
export async function runAction(
  operation: Operation | ((context: OperationContext) => Promise<OperationResult>),
  host: RunHost = processHost(),
): Promise<number> {
  const body = typeof operation === 'function' ? operation : operation.run;
  const runner = runnerContext(host.env, host.cwd);
  const core = workflowCommands({
    stdout: host.stdout,
    outputFile: runner.outputFile,
    summaryFile: runner.summaryFile,
  });
  const setOutputs = (outputs: Record<string, OutputValue>) => {
    for (const [name, value] of Object.entries(outputs))
      core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
  };
  try {
    const context: OperationContext = {
      // The operation's declarations carry each input's default (an empty input means "the default").
      inputs: new Inputs(
        envInputSource(host.env),
        (secret) => core.setSecret(secret),
        typeof operation === 'function' ? undefined : operation.inputs,
      ),
      runner,
      log: actionsLogger(core),
      mask: (secret) => core.setSecret(secret),
    };
    const result = await body(context);
    setOutputs(result.outputs);
    if (result.summary) core.appendSummary(result.summary);
    return 0;
  } catch (error) {
    const failure = failureOf(error, runner.workspace);
    if (failure.user) {
      const l = failure.user.location;
      // One ::error:: line, with the file and line on that one annotation when there are any. The text
      // names them too (once): the job log shows only the text, the annotation's properties go to the
      // checks view.
      core.error(
        locatedMessage(failure.user.message, l),
        l ? { file: l.file, startLine: l.line, startColumn: l.column } : undefined,
      );
      if (failure.user.outputs) setOutputs(failure.user.outputs);
      if (failure.user.summary) core.appendSummary(failure.user.summary);
      return 1;
    }
    core.error(failure.bug);
    return 1;
  }
}
