// A small logging seam so library code can warn and annotate without importing @actions/core.
import { locatedMessage, type FileLocation } from './errors.js';

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, location?: FileLocation): void;
  error(message: string, location?: FileLocation): void;
  /** Open a foldable group of the lines that follow (the runner's ::group::); a terminal just prints the title. */
  startGroup?(title: string): void;
  endGroup?(): void;
}

/**
 * Run one step of an operation with its log lines in a group titled `title`, as the toolkit's
 * core.group does, so a step summary's reader can fold each step away. The group closes on failure too.
 */
export async function inGroup<T>(log: Logger, title: string, step: () => Promise<T>): Promise<T> {
  log.startGroup?.(title);
  try {
    return await step();
  } finally {
    log.endGroup?.();
  }
}

/** Where a terminal logger writes: progress lines, problem lines (warnings, errors), and whether debug lines show. */
export interface TerminalSinks {
  print: (line: string) => void;
  problems: (line: string) => void;
  /** The runner context's debug flag (RUNNER_DEBUG=1 or RELEASE_KIT_DEBUG=1). */
  debug?: boolean;
}

/**
 * A terminal logger. `print` takes the progress lines (info, debug, group titles); warnings and
 * errors go to `problems` (stderr). The CLI passes stderr as `print` under --json, so stdout holds
 * only the one JSON object.
 */
export function terminalLogger(
  sinks: TerminalSinks = { print: (line) => console.log(line), problems: (line) => console.error(line) },
): Logger {
  return {
    info: (m) => sinks.print(m),
    debug: (m) => {
      if (sinks.debug) sinks.print(`debug: ${m}`);
    },
    warning: (m, l) => sinks.problems(`warning: ${locatedMessage(m, l)}`),
    error: (m, l) => sinks.problems(`error: ${locatedMessage(m, l)}`),
    startGroup: (title) => sinks.print(`▸ ${title}`),
  };
}

/** Logger for library callers that pass nothing. */
export const consoleLogger: Logger = terminalLogger();

/** A logger that swallows everything, for tests and quiet helpers. */
export const silentLogger: Logger = { info() {}, debug() {}, warning() {}, error() {} };

/** A logger that keeps its lines until `replay`: for work that runs concurrently but reports in order. */
export function bufferedLogger(): { log: Logger; replay(target: Logger): void } {
  const lines: [keyof Logger, string, FileLocation | undefined][] = [];
  const keep = (level: 'info' | 'debug' | 'warning' | 'error') => (message: string, location?: FileLocation) =>
    lines.push([level, message, location]);
  return {
    log: { info: keep('info'), debug: keep('debug'), warning: keep('warning'), error: keep('error') },
    replay(target) {
      for (const [level, message, location] of lines) {
        if (level === 'warning' || level === 'error') target[level](message, location);
        else if (level === 'info' || level === 'debug') target[level](message);
      }
    },
  };
}
