// Keeps version tracks in sync across files; bumps, commits, tags and pushes them, or checks them on a PR.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/bump-version.js';
process.exitCode = await runAction(operation);
