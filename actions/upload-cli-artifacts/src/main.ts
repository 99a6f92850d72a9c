// Archive CLI binaries per platform, write checksums, and upload them idempotently.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/upload-cli-artifacts.js';
process.exitCode = await runAction(operation);
