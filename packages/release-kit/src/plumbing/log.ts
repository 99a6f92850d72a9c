// A small logging seam so library code can warn and annotate without importing @actions/core.
import type { FileLocation } from './errors.js';

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, location?: FileLocation): void;
  error(message: string, location?: FileLocation): void;
}

/** Logger for the CLI and for library callers that pass nothing. */
export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  debug: (m) => {
    if (process.env.RUNNER_DEBUG === '1' || process.env.RELEASE_KIT_DEBUG === '1') console.log(`debug: ${m}`);
  },
  warning: (m, l) => console.warn(`warning: ${where(l)}${m}`),
  error: (m, l) => console.error(`error: ${where(l)}${m}`),
};

/** A logger that swallows everything, for tests and quiet helpers. */
export const silentLogger: Logger = { info() {}, debug() {}, warning() {}, error() {} };

function where(location?: FileLocation): string {
  if (!location) return '';
  return `${location.file}${location.line ? `:${location.line}` : ''}: `;
}
