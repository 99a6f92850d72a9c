#!/usr/bin/env node
// The release-kit CLI's entry: this process's command line, environment and streams, run by cli/commands.ts.
import { runCli } from './commands.js';
import { processHost } from '../runtime/context.js';

process.exitCode = await runCli(process.argv.slice(2), processHost());
