// verify-images: check every release image's registry digest and cosign signature.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/verify-images.js';
process.exitCode = await runAction(operation);
