// verify-release: check a release (draft or published) against everything its notes name.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/verify-release.js';
process.exitCode = await runAction(operation);
