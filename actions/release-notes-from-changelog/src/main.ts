// Prepare CHANGELOG.md, render release notes, create the draft release and publish it once every asset is there.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/release-notes-from-changelog.js';
process.exitCode = await runAction(operation);
